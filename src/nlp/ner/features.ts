// Feature extraction for the recogniser. Everything that does not depend on predicted tags is computed once per
// sentence (`prepare`): the word, its shape and affixes, its neighbours, word statistics and gazetteer marks.
// The tag-history features are added per step (`withHistory`). Features are hashed template ids (model/hash).
import { f1, f2, f3, hashString } from '../model/hash.ts';
import { GAZ_CATEGORIES } from './gazetteer.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { WordStats } from './words.ts';
import { UNKNOWN } from './words.ts';

/** Most static features a token can get: 29 fixed templates, 56 gazetteer bits, 21 neighbour categories. */
const STRIDE = 112;
const NC = GAZ_CATEGORIES.length;

export interface Prepared {
  n: number;
  /** Static features of token i: feats[start[i] .. start[i + 1]). */
  feats: Uint32Array;
  start: Uint32Array;
  /** Per-token value hashes the history features join with, token i at i + 2 (two pads each side). */
  lower: Uint32Array;
  shape: Uint32Array;
  cap: Uint8Array;
}

// Capitalisation classes.
const LOWER = 1;
const TITLE = 2;
const ALLCAPS = 3;
const ONECAP = 4;
const MIXED = 5;
const DIGIT = 6;
const OTHER = 7;

const X = 88; // 'X'
const x = 120; // 'x'
const D = 100; // 'd'

/** Kind of character i of `w` for its shape: X upper, x lower, d digit, else the character itself. */
function kindAt(w: string, lw: string, i: number): number {
  const c = w.charCodeAt(i);
  if (c >= 48 && c <= 57) return D;
  if (c < 128) return c >= 65 && c <= 90 ? X : c >= 97 && c <= 122 ? x : c;
  if (lw.length === w.length && lw.charCodeAt(i) !== c) return X;
  const ch = w[i];
  return ch.toUpperCase() !== ch ? x : c;
}

/** Capitalisation class of the last word `shapeHash` saw (a second result without an allocation). */
let lastCap = OTHER;

/**
 * Hash of the word's shape ("Oslo-mannen" → "Xx-x", "2024" → "d", "U.S." → "X.X.": runs collapsed, at most 8
 * kinds), setting `lastCap` to its capitalisation class.
 */
function shapeHash(w: string, lw: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  let kinds = 0;
  let upper = 0;
  let lowerCount = 0;
  for (let i = 0; i < w.length; i++) {
    const k = kindAt(w, lw, i);
    if (i > 0) {
      if (k === X) upper++;
      else if (k === x) lowerCount++;
    }
    if (k !== last && kinds < 8) {
      h ^= k;
      h = Math.imul(h, 0x01000193);
      kinds++;
    }
    last = k;
  }
  const first = w.length ? kindAt(w, lw, 0) : -1;
  if (first === D) lastCap = DIGIT;
  else if (first === x) lastCap = LOWER;
  else if (first !== X) lastCap = OTHER;
  else if (w.length === 1) lastCap = ONECAP;
  else if (upper === 0) lastCap = TITLE;
  else if (lowerCount === 0) lastCap = ALLCAPS;
  else lastCap = MIXED;
  return h >>> 0;
}

/** hashString(s.slice(from, to)) without building the slice. */
function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = Math.max(0, from); i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const BIAS = f1(1, 0);
const BOS = hashString('<s>');
const EOS = hashString('</s>');

export class Featurizer {
  constructor(
    private readonly stats: WordStats,
    private readonly gaz: Gazetteer | null,
  ) {}

  /** Scratch arrays for `prepare(…, true)`, grown as needed. */
  private room = 0;
  private bufs = Featurizer.alloc(0);

  private static alloc(n: number) {
    return {
      word: new Uint32Array(n),
      // Padded by two on each side, so that neighbours need no bounds checks.
      lower: new Uint32Array(n + 4),
      shape: new Uint32Array(n + 4),
      cap: new Uint8Array(n + 4),
      cats: new Uint8Array(n + 4),
      pos: new Uint32Array(n + 4),
      stat: new Uint8Array(n),
      feats: new Uint32Array(n * STRIDE),
      start: new Uint32Array(n + 1),
    };
  }

  /**
   * Everything about a sentence that does not depend on predicted tags. With `scratch`, the result lives in
   * buffers the next call reuses (inference); without, it is the caller's to keep (training).
   */
  prepare(words: readonly string[], upos?: readonly string[], scratch = false): Prepared {
    const n = words.length;
    if (scratch && n > this.room) {
      this.room = Math.max(n, this.room * 2, 64);
      this.bufs = Featurizer.alloc(this.room);
    }
    const b = scratch ? this.bufs : Featurizer.alloc(n);
    const lowerS = words.map((w) => w.toLowerCase());
    const { word, lower, shape, cap, cats, pos, stat, feats, start } = b;
    lower[0] = lower[1] = shape[0] = shape[1] = pos[0] = pos[1] = BOS;
    lower[n + 2] = lower[n + 3] = shape[n + 2] = shape[n + 3] = pos[n + 2] = pos[n + 3] = EOS;
    cap[0] = cap[1] = cap[n + 2] = cap[n + 3] = 0;
    cats.fill(0, 0, n + 4);
    for (let i = 0; i < n; i++) {
      const w = words[i];
      const lw = lowerS[i];
      word[i] = hashString(w);
      const lh = lw === w ? word[i] : hashString(lw);
      lower[i + 2] = lh;
      shape[i + 2] = shapeHash(w, lw);
      cap[i + 2] = lastCap;
      stat[i] = this.stats.classOfHash(lh);
    }
    const usePos = upos !== undefined && upos.some((p) => p !== 'X');
    if (usePos) for (let i = 0; i < n; i++) pos[i + 2] = hashString(upos[i]);
    const marks = this.gaz ? this.gaz.mark(words, lowerS, lower, 2) : null;
    if (marks)
      for (let i = 0; i < n; i++) {
        let m = 0;
        for (let c = 0; c < NC; c++) if ((marks.span[i] >>> (c * 4)) & 15) m |= 1 << c;
        cats[i + 2] = m;
      }
    let k = 0;
    for (let i = 0; i < n; i++) {
      start[i] = k;
      const j = i + 2;
      const w = lowerS[i];
      const first = i === 0 ? 1 : 0;
      const c = cap[j];
      const lh = lower[j];
      const sh = shape[j];
      feats[k++] = BIAS;
      feats[k++] = f1(2, word[i]);
      feats[k++] = f1(3, lh);
      feats[k++] = f1(4, sh);
      const len = w.length;
      feats[k++] = f1(5, hashRange(w, len - 2, len));
      feats[k++] = f1(6, hashRange(w, len - 3, len));
      feats[k++] = f1(7, hashRange(w, len - 4, len));
      feats[k++] = f1(8, hashRange(w, 0, Math.min(3, len)));
      feats[k++] = f1(10, lower[j - 1]);
      feats[k++] = f1(11, lower[j - 2]);
      feats[k++] = f1(12, lower[j + 1]);
      feats[k++] = f1(13, lower[j + 2]);
      feats[k++] = f2(14, lower[j - 1], lh);
      feats[k++] = f2(15, lh, lower[j + 1]);
      feats[k++] = f2(16, shape[j - 1], sh);
      feats[k++] = f2(17, sh, shape[j + 1]);
      feats[k++] = f2(18, c, first);
      feats[k++] = f2(19, c, lower[j - 1]);
      feats[k++] = f2(20, c, lower[j + 1]);
      const s = stat[i];
      const freq = s === UNKNOWN ? 15 : s >> 5;
      const capStat = s === UNKNOWN ? 15 : (s >> 2) & 7;
      feats[k++] = f3(21, freq, c, first);
      feats[k++] = f3(22, capStat, c, first);
      if (s !== UNKNOWN && (s & 3) !== 0) feats[k++] = f3(36, s & 3, c, first);
      feats[k++] = f1(28, shape[j - 1]);
      feats[k++] = f1(29, shape[j + 1]);
      feats[k++] = f3(31, cap[j - 1], c, cap[j + 1]);
      const hy = w.indexOf('-');
      if (hy > 0 && hy < len - 1) feats[k++] = f1(35, hashRange(w, w.lastIndexOf('-') + 1, len));
      if (usePos) {
        feats[k++] = f1(32, pos[j]);
        feats[k++] = f2(33, pos[j - 1], pos[j]);
        feats[k++] = f2(34, pos[j], pos[j + 1]);
      }
      if (marks) {
        const m = marks.span[i];
        if (m !== 0)
          for (let bit = 0; bit < NC * 4; bit++) {
            if (!((m >>> bit) & 1)) continue;
            feats[k++] = f1(23, bit);
            feats[k++] = f2(24, bit, c);
          }
        const prev = cats[j - 1];
        const next = cats[j + 1];
        const h = marks.head[i];
        if ((prev | next | h) !== 0)
          for (let cat = 0; cat < NC; cat++) {
            if ((prev >>> cat) & 1) feats[k++] = f1(25, cat);
            if ((next >>> cat) & 1) feats[k++] = f1(26, cat);
            if ((h >>> cat) & 1) feats[k++] = f1(27, cat);
          }
      }
    }
    start[n] = k;
    return { n, feats: scratch ? feats : feats.slice(0, k), start, lower, shape, cap };
  }

  /**
   * Writes token i's features given the two previous predicted classes (-1 before the sentence) into `out`,
   * returning how many.
   */
  withHistory(
    p: Prepared,
    i: number,
    prev1: number,
    prev2: number,
    out: Uint32Array,
    doc?: Uint32Array,
  ): number {
    const from = p.start[i];
    const to = p.start[i + 1];
    const f = p.feats;
    let k = 0;
    for (let j = from; j < to; j++) out[k++] = f[j];
    const t1 = prev1 + 1;
    out[k++] = f1(40, t1);
    out[k++] = f2(41, prev2 + 1, t1);
    out[k++] = f2(42, t1, p.lower[i + 2]);
    out[k++] = f2(43, t1, p.shape[i + 2]);
    out[k++] = f2(44, t1, p.cap[i + 2]);
    if (doc && doc[i] !== 0) out[k++] = doc[i];
    return k;
  }
}

/** Room for one token's features, static and history. */
export const MAX_FEATS = STRIDE + 8;
