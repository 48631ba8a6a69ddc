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
  /** Per-token value hashes the history features join with. */
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

function capClass(w: string): number {
  if (!w) return OTHER;
  const c = w[0];
  const up = c.toUpperCase();
  const lo = c.toLowerCase();
  if (up === lo) return c >= '0' && c <= '9' ? DIGIT : OTHER;
  if (c === lo) return LOWER;
  if (w.length === 1) return ONECAP;
  const rest = w.slice(1);
  if (rest === rest.toLowerCase()) return TITLE;
  if (rest === rest.toUpperCase()) return ALLCAPS;
  return MIXED;
}

/** "Oslo-mannen" → "Xx-x", "2024" → "d", "U.S." → "X.X." (runs collapsed). */
function shapeOf(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length && out.length < 8; i++) {
    const c = w[i];
    const up = c.toUpperCase();
    const lo = c.toLowerCase();
    const k = up !== lo ? (c === up ? 'X' : 'x') : c >= '0' && c <= '9' ? 'd' : c;
    if (k !== last) out += k;
    last = k;
  }
  return out;
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

const BOS = hashString('<s>');
const EOS = hashString('</s>');

export class Featurizer {
  constructor(
    private readonly stats: WordStats,
    private readonly gaz: Gazetteer | null,
  ) {}

  prepare(words: readonly string[], upos?: readonly string[]): Prepared {
    const n = words.length;
    const lowerS = words.map((w) => w.toLowerCase());
    const word = new Uint32Array(n);
    const lower = new Uint32Array(n);
    const shape = new Uint32Array(n);
    const cap = new Uint8Array(n);
    const stat = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      word[i] = hashString(words[i]);
      lower[i] = lowerS[i] === words[i] ? word[i] : hashString(lowerS[i]);
      shape[i] = hashString(shapeOf(words[i]));
      cap[i] = capClass(words[i]);
      stat[i] = this.stats.classOf(lowerS[i]);
    }
    const usePos = upos !== undefined && upos.some((p) => p !== 'X');
    const pos = usePos ? upos.map(hashString) : null;
    const marks = this.gaz?.mark(words);
    const feats = new Uint32Array(n * STRIDE);
    const start = new Uint32Array(n + 1);
    let k = 0;
    const lo = (i: number): number => (i < 0 ? BOS : i >= n ? EOS : lower[i]);
    const sh = (i: number): number => (i < 0 ? BOS : i >= n ? EOS : shape[i]);
    const cp = (i: number): number => (i < 0 || i >= n ? 0 : cap[i]);
    const catsAt = (i: number): number => {
      if (!marks || i < 0 || i >= n) return 0;
      let m = 0;
      for (let c = 0; c < NC; c++) if ((marks.span[i] >>> (c * 4)) & 15) m |= 1 << c;
      return m;
    };
    for (let i = 0; i < n; i++) {
      start[i] = k;
      const w = lowerS[i];
      const first = i === 0 ? 1 : 0;
      const c = cap[i];
      feats[k++] = f1(1, 0);
      feats[k++] = f1(2, word[i]);
      feats[k++] = f1(3, lower[i]);
      feats[k++] = f1(4, shape[i]);
      const len = w.length;
      feats[k++] = f1(5, hashRange(w, len - 2, len));
      feats[k++] = f1(6, hashRange(w, len - 3, len));
      feats[k++] = f1(7, hashRange(w, len - 4, len));
      feats[k++] = f1(8, hashRange(w, 0, Math.min(3, len)));
      feats[k++] = f1(10, lo(i - 1));
      feats[k++] = f1(11, lo(i - 2));
      feats[k++] = f1(12, lo(i + 1));
      feats[k++] = f1(13, lo(i + 2));
      feats[k++] = f2(14, lo(i - 1), lower[i]);
      feats[k++] = f2(15, lower[i], lo(i + 1));
      feats[k++] = f2(16, sh(i - 1), shape[i]);
      feats[k++] = f2(17, shape[i], sh(i + 1));
      feats[k++] = f2(18, c, first);
      feats[k++] = f2(19, c, lo(i - 1));
      feats[k++] = f2(20, c, lo(i + 1));
      const s = stat[i];
      const freq = s === UNKNOWN ? 15 : s >> 3;
      const capStat = s === UNKNOWN ? 15 : s & 7;
      feats[k++] = f3(21, freq, c, first);
      feats[k++] = f3(22, capStat, c, first);
      feats[k++] = f1(28, sh(i - 1));
      feats[k++] = f1(29, sh(i + 1));
      feats[k++] = f3(31, cp(i - 1), c, cp(i + 1));
      const hy = w.indexOf('-');
      if (hy > 0 && hy < len - 1) feats[k++] = f1(35, hashRange(w, w.lastIndexOf('-') + 1, len));
      if (pos) {
        const p = (j: number): number => (j < 0 ? BOS : j >= n ? EOS : pos[j]);
        feats[k++] = f1(32, pos[i]);
        feats[k++] = f2(33, p(i - 1), pos[i]);
        feats[k++] = f2(34, pos[i], p(i + 1));
      }
      if (marks) {
        const m = marks.span[i];
        for (let b = 0; b < NC * 4; b++) {
          if (!((m >>> b) & 1)) continue;
          feats[k++] = f1(23, b);
          feats[k++] = f2(24, b, c);
        }
        const prev = catsAt(i - 1);
        const next = catsAt(i + 1);
        const h = marks.head[i];
        for (let cat = 0; cat < NC; cat++) {
          if ((prev >>> cat) & 1) feats[k++] = f1(25, cat);
          if ((next >>> cat) & 1) feats[k++] = f1(26, cat);
          if ((h >>> cat) & 1) feats[k++] = f1(27, cat);
        }
      }
    }
    start[n] = k;
    return { n, feats: feats.slice(0, k), start, lower, shape, cap };
  }

  /**
   * Writes token i's features given the two previous predicted classes (-1 before the sentence) into `out`,
   * returning how many.
   */
  withHistory(p: Prepared, i: number, prev1: number, prev2: number, out: Uint32Array): number {
    const from = p.start[i];
    const to = p.start[i + 1];
    const f = p.feats;
    let k = 0;
    for (let j = from; j < to; j++) out[k++] = f[j];
    const t1 = prev1 + 1;
    out[k++] = f1(40, t1);
    out[k++] = f2(41, prev2 + 1, t1);
    out[k++] = f2(42, t1, p.lower[i]);
    out[k++] = f2(43, t1, p.shape[i]);
    out[k++] = f2(44, t1, p.cap[i]);
    return k;
  }
}

/** Room for one token's features, static and history. */
export const MAX_FEATS = STRIDE + 8;
