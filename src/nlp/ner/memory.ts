// Document memory: what the recogniser said earlier in the same document about a word. A name is usually
// written the same way throughout an article, and its first mention often has the clearest context
// ("statsminister Kari Nordmann" … later "Nordmann"), so earlier predictions are features for later ones
// (Ratinov & Roth 2009, "extended prediction history"). Keys are the words' lower-case hashes.
import { f2, f3 } from '../model/hash.ts';
import type { Prepared } from './features.ts';
import type { TagSet } from './tags.ts';

// Capitalisation class of a lower-case word (features.ts): such words are not remembered.
const LOWER = 1;

export class NerMemory {
  /** Lower-case hash → counts per label (0: seen capitalised outside a name, t + 1: inside a name of type t). */
  private readonly counts = new Map<number, Uint16Array>();

  constructor(private readonly nLabels: number) {}

  clear(): void {
    this.counts.clear();
  }

  /** Writes into `out[i]` the memory feature of token i (0 when the document has said nothing of it). */
  features(p: Prepared, out: Uint32Array): void {
    for (let i = 0; i < p.n; i++) {
      out[i] = 0;
      const cap = p.cap[i + 2];
      if (cap === LOWER) continue;
      const c = this.counts.get(p.lower[i + 2]);
      if (!c) continue;
      let best = 0;
      for (let l = 1; l < c.length; l++) if (c[l] > c[best]) best = l;
      out[i] = i === 0 ? f3(51, best, cap, 1) : f2(50, best, cap);
    }
  }

  /** Remembers a decoded sentence's labels. */
  record(p: Prepared, classes: ArrayLike<number>, tags: TagSet): void {
    for (let i = 0; i < p.n; i++) {
      const t = tags.typeIndex(classes[i]);
      // The first word is capitalised by convention: outside a name it says nothing.
      if (p.cap[i + 2] === LOWER || (t < 0 && i === 0)) continue;
      const key = p.lower[i + 2];
      let c = this.counts.get(key);
      if (!c) this.counts.set(key, (c = new Uint16Array(this.nLabels)));
      if (c[t + 1] < 65535) c[t + 1]++;
    }
  }
}
