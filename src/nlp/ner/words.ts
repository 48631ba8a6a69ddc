// Word statistics the recogniser keeps beside its weights: for each frequent lower-case word, how often it
// occurs (a frequency class) and how often it is capitalised inside a sentence. A capitalised word that is
// usually lower case is seldom a name; a rare word that is always capitalised usually is. Where a treebank
// gives parts of speech, also how often the word is a proper noun.

import { hashString } from '../model/hash.ts';

/** Unknown word: its own class for both statistics. */
export const UNKNOWN = 255;

export interface WordStatsData {
  /** Words, space-separated (words never contain spaces). */
  words: string;
  /** Per word: frequency × 32 + capitalisation × 4 + proper-noun class, as char codes 48 + value. */
  classes: string;
}

export class WordStats {
  // Open addressing on the words' hashes (hashString), which the recogniser computes anyway: no string is
  // hashed twice. Two words with one 32-bit hash would share a class, which no model would notice.
  private readonly keys: Uint32Array;
  private readonly vals: Uint8Array;
  private readonly mask: number;
  readonly size: number;

  constructor(data: WordStatsData) {
    const words = data.words ? data.words.split(' ') : [];
    let cap = 1024;
    while (cap < words.length * 2) cap *= 2;
    this.keys = new Uint32Array(cap);
    this.vals = new Uint8Array(cap);
    this.mask = cap - 1;
    this.size = words.length;
    for (let i = 0; i < words.length; i++) {
      const h = hashString(words[i]) || 1;
      let at = h & this.mask;
      while (this.keys[at] !== 0 && this.keys[at] !== h) at = (at + 1) & this.mask;
      this.keys[at] = h;
      this.vals[at] = data.classes.charCodeAt(i) - 48;
    }
  }

  /** Frequency class (0–7) × 32 + capitalisation class (0–4) × 4 + proper-noun class (0–3), or UNKNOWN. */
  classOf(lower: string): number {
    return this.classOfHash(hashString(lower));
  }

  /** `classOf` by the word's hashString. */
  classOfHash(hash: number): number {
    const h = hash || 1;
    let at = h & this.mask;
    for (;;) {
      const k = this.keys[at];
      if (k === h) return this.vals[at];
      if (k === 0) return UNKNOWN;
      at = (at + 1) & this.mask;
    }
  }
}

/** Counts over running text, turned into classes by `build`. */
export class WordCounter {
  private readonly counts = new Map<string, [total: number, inner: number, capital: number, propn: number]>();
  private readonly tagged = new Map<string, number>();

  /** Counts a sentence; with `upos`, also its proper nouns. */
  add(words: readonly string[], upos?: readonly string[]): void {
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const lower = w.toLowerCase();
      let c = this.counts.get(lower);
      if (!c) this.counts.set(lower, (c = [0, 0, 0, 0]));
      c[0]++;
      if (upos) {
        this.tagged.set(lower, (this.tagged.get(lower) ?? 0) + 1);
        if (upos[i] === 'PROPN') c[3]++;
      }
      // The first word is capitalised by convention, so only later ones tell.
      if (i > 0) {
        c[1]++;
        if (w !== lower) c[2]++;
      }
    }
  }

  /** Words seen at least `minCount` times, sorted for a deterministic file. */
  build(minCount: number): WordStatsData {
    const words: string[] = [];
    let classes = '';
    const keys = [...this.counts.keys()].filter(
      (k) => this.counts.get(k)![0] >= minCount && !k.includes(' '),
    );
    keys.sort();
    for (const k of keys) {
      const [total, inner, capital, propn] = this.counts.get(k)!;
      const freq = Math.min(7, Math.floor(Math.log2(total)));
      let cap = 4;
      if (inner > 0) {
        const r = capital / inner;
        cap = r < 0.1 ? 0 : r < 0.5 ? 1 : r < 0.9 ? 2 : 3;
      }
      const tagged = this.tagged.get(k) ?? 0;
      const pr = propn / tagged;
      const pn = tagged === 0 ? 0 : pr < 0.2 ? 1 : pr < 0.8 ? 2 : 3;
      words.push(k);
      classes += String.fromCharCode(48 + freq * 32 + cap * 4 + pn);
    }
    return { words: words.join(' '), classes };
  }
}
