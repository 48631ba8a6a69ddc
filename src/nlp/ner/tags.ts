// BILOU label sets and the transitions a tagger may take: class 0 is O, then B, I, L, U for each entity type.
// Decoding asks `allowed` before each step, so a greedy left-to-right tagger never opens a span it cannot
// close or continues one that was never opened.

import type { Span } from '../corpus/iob2.ts';

export type { Span };

const PREFIXES = ['B', 'I', 'L', 'U'] as const;

/** Part of a class: 0 O, 1 B, 2 I, 3 L, 4 U. */
export const O = 0;
export const B = 1;
export const I = 2;
export const L = 3;
export const U = 4;

export class TagSet {
  readonly types: readonly string[];
  /** Class names: "O", "B-PER", "I-PER", "L-PER", "U-PER", "B-ORG", … */
  readonly names: readonly string[];
  private readonly index = new Map<string, number>();

  constructor(types: readonly string[]) {
    this.types = types;
    const names = ['O'];
    for (const t of types) for (const p of PREFIXES) names.push(`${p}-${t}`);
    this.names = names;
    names.forEach((n, i) => this.index.set(n, i));
    const nc = names.length;
    this.moves = new Uint8Array((nc + 1) * nc * 2);
    for (let prev = -1; prev < nc; prev++)
      for (let c = 0; c < nc; c++)
        for (let last = 0; last < 2; last++)
          this.moves[((prev + 1) * nc + c) * 2 + last] = this.allowed(prev, c, last === 1) ? 1 : 0;
  }

  /** `allowed` as a table for the decoding loop: index ((prev + 1) × size + c) × 2 + last. */
  readonly moves: Uint8Array;

  get size(): number {
    return this.names.length;
  }

  /** Class of a BILOU tag name; O for a type outside the set. */
  classOf(tag: string): number {
    return this.index.get(tag) ?? O;
  }

  /** 0 O, 1 B, 2 I, 3 L, 4 U. */
  part(c: number): number {
    return c === 0 ? O : ((c - 1) & 3) + 1;
  }

  /** Index of the class's entity type in `types` (-1 for O). */
  typeIndex(c: number): number {
    return c === 0 ? -1 : (c - 1) >> 2;
  }

  classFor(part: number, typeIndex: number): number {
    return part === O ? 0 : 1 + typeIndex * 4 + (part - 1);
  }

  /**
   * Whether class `c` may follow class `prev` (-1 at the start); `last` is true at the sentence's last token,
   * where a span must close.
   */
  allowed(prev: number, c: number, last: boolean): boolean {
    const open = prev > 0 && (this.part(prev) === B || this.part(prev) === I);
    const p = this.part(c);
    if (open) return (p === I || p === L) && this.typeIndex(c) === this.typeIndex(prev) && (p === L || !last);
    return p === O || p === U || (p === B && !last);
  }

  /** Spans of a class sequence (assumed valid; a stray I or L is read as closing what is open). */
  spans(classes: ArrayLike<number>): Span[] {
    const out: Span[] = [];
    let start = -1;
    for (let i = 0; i < classes.length; i++) {
      const c = classes[i];
      const p = this.part(c);
      if (p === B) start = i;
      else if (p === U) out.push({ start: i, end: i + 1, type: this.types[this.typeIndex(c)] });
      else if (p === L && start >= 0) {
        out.push({ start, end: i + 1, type: this.types[this.typeIndex(c)] });
        start = -1;
      } else if (p === O) start = -1;
    }
    return out;
  }
}

/** Spans of BILOU tag strings ("B-PER", "L-PER", "U-LOC", "O"). */
export function spansOfBilou(tags: readonly string[]): Span[] {
  const out: Span[] = [];
  let start = -1;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    const p = t[0];
    if (p === 'B') start = i;
    else if (p === 'U') out.push({ start: i, end: i + 1, type: t.slice(2) });
    else if (p === 'L' && start >= 0) {
      out.push({ start, end: i + 1, type: t.slice(2) });
      start = -1;
    } else if (p !== 'I') start = -1;
  }
  return out;
}
