// Feature templates. The transition model reads the configuration as Zhang & Nivre (2011) do for arc-eager,
// adapted to arc-hybrid, where the two candidate arcs are s0←b0 and s1→s0: words, tags and morphology of
// s0-s2 and b0-b2, their outermost dependents and those dependents' labels, distances, valencies and label
// sets, as single values, pairs and triples. The label model reads one candidate arc (head, dependent,
// direction). Extraction is table-driven: the configuration's atomic values are written once into a small
// context array, then every template hashes its slots with `mix` (the ids equal f1/f2/f3 of the template
// number and values) in one loop, where the hash inlines. Nothing here allocates.
import { mix } from '../model/hash.ts';
import type { ArcHybrid } from './system.ts';
import type { TokenHashes } from './tokens.ts';

/** Room for every feature of either model. */
export const MAX_FEATURES = 128;

// Context slots of the transition model.
// prettier-ignore
const [
  S0W, S0P, S0WP, S0M, S1W, S1P, S1WP, S1M, S2W, S2P, B0W, B0P, B0WP, B0M, B1W, B1P, B1WP, B2W, B2P,
  S0L1W, S0L1P, S0L1L, S0L2P, S0R1W, S0R1P, S0R1L, S1L1P, S1L1L, S1R1W, S1R1P, S1R1L, S1R2P,
  B0L1W, B0L1P, B0L1L, B0L2W, B0L2P, B0L2L,
  D0, D1, S0VL, S0VR, S1VR, B0VL, S0LS, S0RS, S1LS, S1RS, B0LS, ZERO,
] = Array.from({ length: 50 }, (_, i) => i);
const T_SLOTS = 50;

/** Transition templates: lists of context slots; a template's number is its index. */
// prettier-ignore
const T_TEMPLATES: number[][] = [
  [ZERO],
  // Single positions.
  [S0W], [S0P], [S0WP], [S0M], [S1W], [S1P], [S1WP], [S1M], [B0W], [B0P], [B0WP], [B0M],
  [B1W], [B1P], [B1WP], [B2W], [B2P], [S2P], [S2W],
  // Pairs: s0 with b0 (the LEFT arc) and s1 with s0 (the RIGHT arc).
  [S0WP, B0WP], [S0WP, B0W], [S0W, B0WP], [S0WP, B0P], [S0P, B0WP], [S0W, B0W], [S0P, B0P], [B0P, B1P],
  [S1WP, S0WP], [S1WP, S0W], [S1W, S0WP], [S1WP, S0P], [S1P, S0WP], [S1W, S0W], [S1P, S0P],
  [S0M, B0M], [S1M, S0M],
  // Triples of tags.
  [B0P, B1P, B2P], [S0P, B0P, B1P], [S1P, S0P, B0P], [S0P, S0L1P, B0P], [S0P, S0R1P, B0P], [S0P, B0P, B0L1P],
  [S1P, S1R1P, S0P], [S1P, S0P, S0L1P], [S1P, S0P, S0R1P], [S2P, S1P, S0P], [S0W, B0P, B1P], [S1P, S0W, B0P],
  // Distances.
  [S0W, D0], [S0P, D0], [B0W, D0], [B0P, D0], [S0W, B0W, D0], [S0P, B0P, D0], [S1P, S0P, D1], [S1W, S0W, D1],
  // Valency.
  [S0W, S0VR], [S0W, S0VL], [B0W, B0VL], [S1P, S1VR], [S1W, S1VR],
  // Outermost dependents.
  [S0L1W], [S0L1P], [S0L1L], [S0R1W], [S0R1P], [S0R1L], [B0L1W], [B0L1P], [B0L1L], [S1R1W], [S1R1P], [S1R1L],
  [S1L1P], [S1L1L], [S0L2P], [B0L2W], [B0L2P], [B0L2L],
  [S0P, S0L1P, S0L2P], [B0P, B0L1P, B0L2P], [S1P, S1R1P, S1R2P], [S0P, S0L1L, S0R1L], [S1P, S1R1L, S0P],
  // Label sets.
  [S0W, S0RS], [S0W, S0LS], [S0P, S0LS], [B0W, B0LS], [B0P, B0LS], [S1P, S1RS], [S1P, S1LS],
];

// Context slots of the label model (h = head, d = dependent).
// prettier-ignore
const [
  HW, HP, HWP, HM, DW, DP, DWP, DM, DSFX, DIST, DL1W, DL1L, DL2W, DL2L, DR1L, DLS, DRS,
  HLS, HRS, HL1W, HL1L, HR1L, DPREVP, DNEXTP, HPREVP, HNEXTP, DPREVW, HPREVW, LZERO,
] = Array.from({ length: 29 }, (_, i) => i);
const L_SLOTS = 29;

// prettier-ignore
const L_TEMPLATES: number[][] = [
  [LZERO], [HW], [HP], [HWP], [HM], [DW], [DP], [DWP], [DM], [DSFX],
  [HP, DP], [HW, DP], [HP, DW], [HW, DW], [HM, DM], [HM, DW], [HW, DM], [HP, DP, DIST], [HM, DM, DIST],
  // The dependent's own dependents: a case marker or an auxiliary decides many labels (obl:agent, nsubj:pass).
  [DL1W], [DL1W, DP], [DL1W, HP], [DL1W, DP, HM], [DL1L, DP], [DL1L, DL2L, DP], [DL2W, DP], [DR1L, DP],
  [DLS, DP], [DRS, DP], [DLS, DP, HP],
  // What the head already has (a second subject is unlikely).
  [HLS, HP], [HRS, HP], [HLS, HP, DP], [HRS, HP, DP], [HL1L, DP], [HR1L, DP], [HL1W, HP, DP],
  // Neighbours.
  [DPREVP, DP, HP], [DNEXTP, DP, HP], [HPREVP, HP, DP], [HNEXTP, HP, DP], [DPREVW, DP], [HPREVW, HP],
];

/** Flattened templates: for each, its part count then its slots. */
function flatten(templates: number[][]): Int32Array {
  return Int32Array.from(templates.flatMap((t) => [t.length, ...t]));
}

const T_FLAT = flatten(T_TEMPLATES);
const L_FLAT = flatten(L_TEMPLATES);

/**
 * Templates also emitted conjoined with the language in a multilingual model (Daumé's feature
 * augmentation): the shared copy learns what the languages have in common, the conjoined copy where one
 * language's treebank differs. Tag-level pairs and the words that carry function.
 */
const T_LANG = Int32Array.of(3, 7, 11, 26, 27, 34, 38, 39, 54, 55);
const L_LANG = Int32Array.of(0, 3, 7, 8, 10, 13, 14, 17, 20, 23);
export const N_TRANSITION_TEMPLATES = T_TEMPLATES.length;
export const N_LABEL_TEMPLATES = L_TEMPLATES.length;

/**
 * Hashes each template's slots into `out`, template number `base + index`, then the language-conjoined copies
 * of templates `conj` when `lang` is not 0; returns the count.
 */
function extract(
  ctx: Uint32Array,
  flat: Int32Array,
  base: number,
  lang: number,
  conj: Int32Array,
  out: Uint32Array,
): number {
  let k = 0;
  let i = 0;
  while (i < flat.length) {
    const parts = flat[i++];
    let h = base + k;
    for (let j = 0; j < parts; j++) h = mix(h, ctx[flat[i++]]);
    out[k++] = h;
  }
  if (lang !== 0) for (let j = 0; j < conj.length; j++) out[k++] = mix(out[conj[j]], lang);
  return k;
}

/** Distance in buckets 1, 2, 3, 4, 5–6, 7–9, 10+. */
function bucket(d: number): number {
  return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7;
}

/** Label-set value of an empty stack slot. */
const NO_SET = 0x7fffffff;

/** Dependent of `i` recorded in `a` (-1 → none); `none` for no token. */
function child(i: number, a: Int32Array, none: number): number {
  if (i >= none) return none;
  const c = a[i];
  return c < 0 ? none : c;
}

const tctx = new Uint32Array(T_SLOTS);
const lctx = new Uint32Array(L_SLOTS);

/**
 * Features of the configuration into `out`; returns their number. `lh[l + 1]` is the hash of label l
 * (`lh[0]` for no label).
 */
export function transitionFeatures(st: ArcHybrid, t: TokenHashes, lh: Uint32Array, out: Uint32Array): number {
  const none = st.n + 1;
  const { w, p, wp, m } = t;
  const { labels, lc1, lc2, rc1, rc2, sp, stack, nl, nr, lset, rset } = st;
  const c = tctx;
  const s0 = sp > 0 ? stack[sp - 1] : none;
  const s1 = sp > 1 ? stack[sp - 2] : none;
  const s2 = sp > 2 ? stack[sp - 3] : none;
  const b0 = st.b;
  const b1 = b0 + 1 <= st.n ? b0 + 1 : none;
  const b2 = b0 + 2 <= st.n ? b0 + 2 : none;
  c[S0W] = w[s0];
  c[S0P] = p[s0];
  c[S0WP] = wp[s0];
  c[S0M] = m[s0];
  c[S1W] = w[s1];
  c[S1P] = p[s1];
  c[S1WP] = wp[s1];
  c[S1M] = m[s1];
  c[S2W] = w[s2];
  c[S2P] = p[s2];
  c[B0W] = w[b0];
  c[B0P] = p[b0];
  c[B0WP] = wp[b0];
  c[B0M] = m[b0];
  c[B1W] = w[b1];
  c[B1P] = p[b1];
  c[B1WP] = wp[b1];
  c[B2W] = w[b2];
  c[B2P] = p[b2];
  const lab = lh[0];
  let x = child(s0, lc1, none);
  c[S0L1W] = w[x];
  c[S0L1P] = p[x];
  c[S0L1L] = x < none ? lh[labels[x] + 1] : lab;
  c[S0L2P] = p[child(s0, lc2, none)];
  x = child(s0, rc1, none);
  c[S0R1W] = w[x];
  c[S0R1P] = p[x];
  c[S0R1L] = x < none ? lh[labels[x] + 1] : lab;
  x = child(s1, lc1, none);
  c[S1L1P] = p[x];
  c[S1L1L] = x < none ? lh[labels[x] + 1] : lab;
  x = child(s1, rc1, none);
  c[S1R1W] = w[x];
  c[S1R1P] = p[x];
  c[S1R1L] = x < none ? lh[labels[x] + 1] : lab;
  c[S1R2P] = p[child(s1, rc2, none)];
  x = child(b0, lc1, none);
  c[B0L1W] = w[x];
  c[B0L1P] = p[x];
  c[B0L1L] = x < none ? lh[labels[x] + 1] : lab;
  x = child(b0, lc2, none);
  c[B0L2W] = w[x];
  c[B0L2P] = p[x];
  c[B0L2L] = x < none ? lh[labels[x] + 1] : lab;
  c[D0] = s0 < none ? bucket(b0 - s0) : 0;
  c[D1] = s1 < none && s0 < none ? bucket(s0 - s1) : 0;
  c[S0VL] = s0 < none ? Math.min(nl[s0], 4) : 9;
  c[S0VR] = s0 < none ? Math.min(nr[s0], 4) : 9;
  c[S1VR] = s1 < none ? Math.min(nr[s1], 4) : 9;
  c[B0VL] = Math.min(nl[b0], 4);
  c[S0LS] = s0 < none ? lset[s0] : NO_SET;
  c[S0RS] = s0 < none ? rset[s0] : NO_SET;
  c[S1LS] = s1 < none ? lset[s1] : NO_SET;
  c[S1RS] = s1 < none ? rset[s1] : NO_SET;
  c[B0LS] = lset[b0];
  c[ZERO] = 0;
  return extract(c, T_FLAT, 0, t.lang, T_LANG, out);
}

/**
 * Features of the candidate arc head→dep (`dir` 0 for LEFT, 1 for RIGHT) for the label model.
 */
export function labelFeatures(
  st: ArcHybrid,
  t: TokenHashes,
  lh: Uint32Array,
  h: number,
  d: number,
  dir: number,
  out: Uint32Array,
): number {
  const none = st.n + 1;
  const { w, p, wp, m, sfx } = t;
  const { labels, lc1, lc2, rc1, lset, rset } = st;
  const c = lctx;
  const lab = lh[0];
  c[HW] = w[h];
  c[HP] = p[h];
  c[HWP] = wp[h];
  c[HM] = m[h];
  c[DW] = w[d];
  c[DP] = p[d];
  c[DWP] = wp[d];
  c[DM] = m[d];
  c[DSFX] = sfx[d];
  c[DIST] = bucket(Math.abs(h - d));
  let x = child(d, lc1, none);
  c[DL1W] = w[x];
  c[DL1L] = x < none ? lh[labels[x] + 1] : lab;
  x = child(d, lc2, none);
  c[DL2W] = w[x];
  c[DL2L] = x < none ? lh[labels[x] + 1] : lab;
  x = child(d, rc1, none);
  c[DR1L] = x < none ? lh[labels[x] + 1] : lab;
  c[DLS] = lset[d];
  c[DRS] = rset[d];
  c[HLS] = lset[h];
  c[HRS] = rset[h];
  x = child(h, lc1, none);
  c[HL1W] = w[x];
  c[HL1L] = x < none ? lh[labels[x] + 1] : lab;
  x = child(h, rc1, none);
  c[HR1L] = x < none ? lh[labels[x] + 1] : lab;
  const dPrev = d > 0 ? d - 1 : none;
  const hPrev = h > 0 ? h - 1 : none;
  c[DPREVP] = p[dPrev];
  c[DNEXTP] = p[d + 1 < st.n ? d + 1 : none];
  c[HPREVP] = p[hPrev];
  c[HNEXTP] = p[h + 1 < st.n ? h + 1 : none];
  c[DPREVW] = w[dPrev];
  c[HPREVW] = w[hPrev];
  c[LZERO] = 0;
  // Direction is part of every template number: LEFT and RIGHT arcs learn their labels apart.
  return extract(c, L_FLAT, dir ? 300 : 200, t.lang, L_LANG, out);
}
