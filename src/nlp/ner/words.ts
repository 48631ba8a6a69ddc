// Word statistics the recogniser keeps beside its weights: for each frequent lower-case word, how often it
// occurs (a frequency class) and how often it is capitalised inside a sentence. A capitalised word that is
// usually lower case is seldom a name; a rare word that is always capitalised usually is.

/** Unknown word: its own class for both statistics. */
export const UNKNOWN = 255;

export interface WordStatsData {
  /** Words, space-separated (words never contain spaces). */
  words: string;
  /** Per word: frequency class × 8 + capitalisation class, as a string of char codes 48 + value. */
  classes: string;
}

export class WordStats {
  private readonly map = new Map<string, number>();

  constructor(data: WordStatsData) {
    const words = data.words ? data.words.split(' ') : [];
    for (let i = 0; i < words.length; i++) this.map.set(words[i], data.classes.charCodeAt(i) - 48);
  }

  /** Frequency class × 8 + capitalisation class, or UNKNOWN. */
  classOf(lower: string): number {
    return this.map.get(lower) ?? UNKNOWN;
  }

  get size(): number {
    return this.map.size;
  }
}

/** Counts over running text, turned into classes by `build`. */
export class WordCounter {
  private readonly counts = new Map<string, [total: number, inner: number, capital: number]>();

  add(words: readonly string[]): void {
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const lower = w.toLowerCase();
      let c = this.counts.get(lower);
      if (!c) this.counts.set(lower, (c = [0, 0, 0]));
      c[0]++;
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
      const [total, inner, capital] = this.counts.get(k)!;
      const freq = Math.min(7, Math.floor(Math.log2(total)));
      let cap = 4;
      if (inner > 0) {
        const r = capital / inner;
        cap = r < 0.1 ? 0 : r < 0.5 ? 1 : r < 0.9 ? 2 : 3;
      }
      words.push(k);
      classes += String.fromCharCode(48 + freq * 8 + cap);
    }
    return { words: words.join(' '), classes };
  }
}
