// Feature templates of the UPOS and FEATS models (Honnibal's "good POS tagger in 200 lines" extended with
// shapes, prefixes and two-word windows). Each writes feature ids into a reused Uint32Array and returns the
// count; values are the per-token hashes of Lexical, tags are their class indices.
import { f1, f2, f3 } from '../model/hash.ts';
import { ALLCAP, CAP, MAX_PREFIX, MAX_SUFFIX, NONE } from './lexical.ts';
import type { Lexical } from './lexical.ts';

/** Room for every template of either model. */
export const MAX_FEATURES = 64;

/** Class index standing for "no tag" before the sentence start / after its end. */
export const NO_TAG = 0xffff;

/**
 * UPOS features of token i given the two previous predicted tags, the ambiguity class of every token (0
 * when not in the lexicon) and a language id (0 when the model is for one language only).
 */
export function uposFeatures(
  x: Lexical,
  i: number,
  p1: number,
  p2: number,
  amb: Uint32Array,
  lang: number,
  out: Uint32Array,
): number {
  const n = x.n;
  const low = x.low[i];
  const sb = i * MAX_SUFFIX;
  const pb = i * MAX_PREFIX;
  const flags = x.flags[i];
  const s3 = x.suf[sb + 2];
  let k = 0;
  out[k++] = f1(0, 1);
  out[k++] = f1(1, x.word[i]);
  out[k++] = f1(2, low);
  out[k++] = f1(3, x.suf[sb]);
  out[k++] = f1(4, x.suf[sb + 1]);
  out[k++] = f1(5, s3);
  out[k++] = f1(6, x.suf[sb + 3]);
  out[k++] = f1(7, x.pre[pb]);
  out[k++] = f1(8, x.pre[pb + 1]);
  out[k++] = f1(9, x.pre[pb + 2]);
  out[k++] = f1(10, x.shape[i]);
  out[k++] = f1(11, x.short[i]);
  out[k++] = f2(12, flags, i === 0 ? 1 : 0);
  out[k++] = f1(13, p1);
  out[k++] = f1(14, p2);
  out[k++] = f2(15, p1, p2);
  out[k++] = f2(16, p1, low);
  out[k++] = f2(17, p1, s3);
  const l1 = x.lowAt(i - 1);
  const r1 = x.lowAt(i + 1);
  out[k++] = f1(18, l1);
  out[k++] = f1(19, x.suffix(i - 1, 3));
  out[k++] = f1(20, x.lowAt(i - 2));
  out[k++] = f1(21, r1);
  out[k++] = f1(22, x.suffix(i + 1, 3));
  out[k++] = f1(23, x.lowAt(i + 2));
  const a0 = amb[i];
  const a1 = i + 1 < n ? amb[i + 1] : NONE;
  out[k++] = f1(24, a1);
  out[k++] = f1(28, a0);
  out[k++] = f2(29, a0, p1);
  out[k++] = f2(30, a1, i + 2 < n ? amb[i + 2] : NONE);
  out[k++] = f2(31, a0, a1);

  out[k++] = f2(25, l1, low);
  out[k++] = f2(26, low, r1);
  out[k++] = f2(27, i + 1 < n ? x.flags[i + 1] & (CAP | ALLCAP) : NONE, flags & (CAP | ALLCAP));
  if (lang !== 0) {
    out[k++] = f1(40, lang);
    out[k++] = f2(41, lang, low);
    out[k++] = f2(42, lang, s3);
    out[k++] = f2(43, lang, x.suf[sb + 1]);
    out[k++] = f2(44, lang, p1);
    out[k++] = f3(45, lang, p1, p2);
    out[k++] = f2(46, lang, r1);
    out[k++] = f2(47, lang, l1);
  }
  return k;
}

/**
 * FEATS features of token i, every one conjoined with its UPOS `u`; the whole sentence's UPOS is known by
 * then, so the window looks both ways.
 */
export function featsFeatures(
  x: Lexical,
  i: number,
  upos: Uint16Array,
  lang: number,
  out: Uint32Array,
): number {
  const n = x.n;
  const u = upos[i];
  const low = x.low[i];
  const sb = i * MAX_SUFFIX;
  const u1 = i > 0 ? upos[i - 1] : NO_TAG;
  const u2 = i > 1 ? upos[i - 2] : NO_TAG;
  const r1 = i + 1 < n ? upos[i + 1] : NO_TAG;
  const l1 = x.lowAt(i - 1);
  let k = 0;
  out[k++] = f1(100, u);
  out[k++] = f2(101, u, low);
  out[k++] = f2(102, u, x.suf[sb]);
  out[k++] = f2(103, u, x.suf[sb + 1]);
  out[k++] = f2(104, u, x.suf[sb + 2]);
  out[k++] = f2(105, u, x.suf[sb + 3]);
  out[k++] = f2(106, u, x.suf[sb + 4]);
  out[k++] = f2(107, u, x.short[i]);
  out[k++] = f2(108, u, x.flags[i]);
  out[k++] = f2(109, u, u1);
  out[k++] = f2(110, u, r1);
  out[k++] = f3(111, u, u1, u2);
  out[k++] = f3(112, u, u1, r1);
  out[k++] = f2(113, u, l1);
  out[k++] = f3(114, u, u1, l1);
  out[k++] = f2(115, u, x.lowAt(i + 1));
  out[k++] = f2(116, u, x.lowAt(i - 2));
  out[k++] = f3(117, u, l1, x.suffix(i, 2));
  out[k++] = f2(118, u, x.suffix(i - 1, 2));
  if (lang !== 0) {
    out[k++] = f2(140, lang, u);
    out[k++] = f3(141, lang, u, low);
    out[k++] = f3(142, lang, u, x.suf[sb + 1]);
    out[k++] = f3(143, lang, u, x.suf[sb + 2]);
    out[k++] = f3(144, lang, u, u1);
    out[k++] = f3(145, lang, u, l1);
  }
  return k;
}
