// Per-token value hashes, computed once per sentence into reused typed arrays so that the feature templates
// of the three models only combine numbers. Affix hashes are built incrementally: prefixes with FNV-1a
// forwards, suffixes with FNV-1a over the characters read backwards, so all lengths cost one pass.
import { hashString } from '../model/hash.ts';

/** Longest suffix whose hash is kept (the lemmatiser reads up to this; the tagger up to 4). */
export const MAX_SUFFIX = 8;
/** Longest prefix whose hash is kept. */
export const MAX_PREFIX = 3;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Hash standing for "no token here" (before the sentence start or after its end). */
export const NONE = 0x5bd1e995;

// Character classes of the word shape.
const UPPER = 88; // 'X'
const LOWER = 120; // 'x'
const DIGIT = 100; // 'd'

function charClass(c: number, ch: string): number {
  if (c >= 48 && c <= 57) return DIGIT;
  if (c < 128) {
    if (c >= 65 && c <= 90) return UPPER;
    if (c >= 97 && c <= 122) return LOWER;
    return c;
  }
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  if (lo !== up) return ch === up ? UPPER : LOWER;
  return c;
}

/** Flag bits of a token. */
export const CAP = 1; // first character upper-case
export const ALLCAP = 2; // every letter upper-case, at least two letters
export const DIGITS = 4; // contains a digit
export const HYPHEN = 8; // contains '-'

export class Lexical {
  n = 0;
  lower: string[] = [];
  /** Hash of the form as written. */
  word = new Uint32Array(64);
  /** Hash of the lower-cased form. */
  low = new Uint32Array(64);
  /** Shape with runs of one character class cut at 3 ("Minister" → "Xxxx", "12.50" → "dd.dd"). */
  shape = new Uint32Array(64);
  /** Shape with every run cut at 1 ("Xx", "d.d"). */
  short = new Uint32Array(64);
  flags = new Uint8Array(64);
  /** suf[i * MAX_SUFFIX + k - 1]: hash of the last k characters of the lower-cased form (whole form if shorter). */
  suf = new Uint32Array(64 * MAX_SUFFIX);
  /** pre[i * MAX_PREFIX + k - 1]: hash of the first k characters of the lower-cased form. */
  pre = new Uint32Array(64 * MAX_PREFIX);

  load(words: readonly string[]): void {
    const n = words.length;
    this.n = n;
    if (n > this.word.length) this.grow(n);
    const lower = this.lower;
    lower.length = n;
    for (let i = 0; i < n; i++) {
      const w = words[i];
      const lw = w.toLowerCase();
      lower[i] = lw;
      this.word[i] = hashString(w);
      this.low[i] = hashString(lw);
      this.affixes(i, lw);
      this.shapes(i, w);
    }
  }

  /** Suffix hash of token i with length k (1..MAX_SUFFIX); NONE outside the sentence. */
  suffix(i: number, k: number): number {
    return i < 0 || i >= this.n ? NONE : this.suf[i * MAX_SUFFIX + k - 1];
  }

  /** Lower-cased form hash of token i; NONE outside the sentence. */
  lowAt(i: number): number {
    return i < 0 || i >= this.n ? NONE : this.low[i];
  }

  private affixes(i: number, lw: string): void {
    const len = lw.length;
    let h = FNV_OFFSET;
    const sb = i * MAX_SUFFIX;
    for (let k = 1; k <= MAX_SUFFIX; k++) {
      if (k <= len) h = Math.imul(h ^ lw.charCodeAt(len - k), FNV_PRIME);
      this.suf[sb + k - 1] = h >>> 0;
    }
    h = FNV_OFFSET;
    const pb = i * MAX_PREFIX;
    for (let k = 1; k <= MAX_PREFIX; k++) {
      if (k <= len) h = Math.imul(h ^ lw.charCodeAt(k - 1), FNV_PRIME);
      this.pre[pb + k - 1] = h >>> 0;
    }
  }

  private shapes(i: number, w: string): void {
    let shape = FNV_OFFSET;
    let short = FNV_OFFSET;
    let prev = -1;
    let run = 0;
    let letters = 0;
    let uppers = 0;
    let flags = 0;
    for (let j = 0; j < w.length; j++) {
      const c = w.charCodeAt(j);
      const cls = c < 128 ? charClass(c, '') : charClass(c, w[j]);
      if (cls === UPPER || cls === LOWER) letters++;
      if (cls === UPPER) uppers++;
      if (cls === DIGIT) flags |= DIGITS;
      if (c === 45) flags |= HYPHEN;
      if (cls === prev) run++;
      else {
        run = 1;
        prev = cls;
        short = Math.imul(short ^ cls, FNV_PRIME);
      }
      if (run <= 3) shape = Math.imul(shape ^ cls, FNV_PRIME);
    }
    if (w.length && charClass(w.charCodeAt(0), w[0]) === UPPER) flags |= CAP;
    if (letters >= 2 && uppers === letters) flags |= ALLCAP;
    this.shape[i] = shape >>> 0;
    this.short[i] = short >>> 0;
    this.flags[i] = flags;
  }

  private grow(n: number): void {
    let cap = this.word.length;
    while (cap < n) cap *= 2;
    this.word = new Uint32Array(cap);
    this.low = new Uint32Array(cap);
    this.shape = new Uint32Array(cap);
    this.short = new Uint32Array(cap);
    this.flags = new Uint8Array(cap);
    this.suf = new Uint32Array(cap * MAX_SUFFIX);
    this.pre = new Uint32Array(cap * MAX_PREFIX);
  }
}
