// Inference-time layout of the parser's two linear models, built once at load. Parsing time is dominated by
// feature look-ups that miss the CPU caches, so the tables are kept small: open addressing over 8-byte slots,
// each holding the feature id and, in the same slot, its weights requantised to 8 bits (measured on dev: the
// same attachment scores as the file's 16 bits). The transition model packs its three weights in the slot;
// the label model packs up to two (class, weight) pairs and points to a side array for longer rows. Weights
// that round to 0 are dropped, so an inline pair never has a zero weight byte, which tells it from a pointer.
// A 256 KB bit filter in front of each table answers most look-ups of absent features (a third of all
// look-ups) without touching the table.
import type { LinearModel, Scorer } from '../model/linear.ts';

/** Slot count for `rows` features at a load factor of at most 5/8. */
function slotsFor(rows: number): number {
  let n = 16;
  while (n * 5 < rows * 8) n *= 2;
  return n;
}

/** Feature ids as the shared FeatureTable stores them: 0 is "empty", so feature 0 is kept as 1. */
const keyOf = (f: number): number => (f === 0 ? 1 : f) | 0;

interface Packed {
  /** One bit per 2^21 buckets of feature ids: a clear bit proves the feature absent without a table probe. */
  filter: Int32Array;
  slots: Int32Array;
  mask: number;
  scale: number;
  side: Uint16Array;
}

/**
 * Builds the table of a model: for the 3-class model (`dense`) the slot value holds the three weight bytes;
 * otherwise a row of one or two (class << 8 | weight byte) pairs is inline, a longer one is in `side`.
 */
function build(m: LinearModel, dense: boolean): Packed {
  const { keys, rowPtr, cls, val } = m;
  let maxAbs = 1;
  for (let k = 0; k < val.length; k++) if (Math.abs(val[k]) > maxAbs) maxAbs = Math.abs(val[k]);
  const step = maxAbs / 127;
  const size = slotsFor(keys.length);
  const mask = size - 1;
  const slots = new Int32Array(size * 2);
  const side = new Uint16Array(dense ? 0 : val.length + keys.length);
  let used = 0;
  const filter = new Int32Array(1 << 16);
  for (let r = 0; r < keys.length; r++) {
    const a = rowPtr[r];
    const b = rowPtr[r + 1];
    let v = 0;
    let count = 0;
    for (let k = a; k < b; k++) {
      const byte = Math.round(val[k] / step) & 255;
      if (byte === 0) continue;
      if (dense) v |= byte << (8 * cls[k]);
      else if (count < 2) v |= ((cls[k] << 8) | byte) << (16 * count);
      count++;
    }
    if (count === 0) continue;
    if (!dense && count > 2) {
      // A pointer has a zero low byte: side[start] is the row length, the row follows.
      v = used << 8;
      side[used++] = count;
      for (let k = a; k < b; k++) {
        const byte = Math.round(val[k] / step) & 255;
        if (byte !== 0) side[used++] = (cls[k] << 8) | byte;
      }
    }
    const key = keyOf(keys[r]);
    let i = key & mask;
    while (slots[i * 2] !== 0) i = (i + 1) & mask;
    slots[i * 2] = key;
    slots[i * 2 + 1] = v;
    const fb = key >>> 11;
    filter[fb >>> 5] |= 1 << (fb & 31);
  }
  return { filter, slots, mask, scale: m.scale * step, side: side.slice(0, used) };
}

/** Slot index of `key`, or -1. */
function find(filter: Int32Array, slots: Int32Array, mask: number, key: number): number {
  const fb = key >>> 11;
  if ((filter[fb >>> 5] & (1 << (fb & 31))) === 0) return -1;
  let i = key & mask;
  for (;;) {
    const k = slots[i * 2];
    if (k === key) return i;
    if (k === 0) return -1;
    i = (i + 1) & mask;
  }
}

/** The SHIFT/LEFT/RIGHT model: three signed weight bytes per slot. */
export class TransitionScorer implements Scorer {
  readonly nClasses = 3;
  private readonly t: Packed;

  constructor(m: LinearModel) {
    if (m.nClasses !== 3) throw new Error('parser: the transition model must have 3 classes');
    this.t = build(m, true);
  }

  score(feats: Uint32Array, n: number, out: Float64Array): void {
    const { filter, slots, mask, scale } = this.t;
    let a = 0;
    let b = 0;
    let c = 0;
    for (let f = 0; f < n; f++) {
      const i = find(filter, slots, mask, keyOf(feats[f]));
      if (i < 0) continue;
      const v = slots[i * 2 + 1];
      a += (v << 24) >> 24;
      b += (v << 16) >> 24;
      c += (v << 8) >> 24;
    }
    out[0] = a * scale;
    out[1] = b * scale;
    out[2] = c * scale;
  }
}

/** The label model: sparse rows of (class << 8 | weight byte), rows of one or two inside the slot. */
export class LabelScorer implements Scorer {
  readonly nClasses: number;
  private readonly t: Packed;

  constructor(m: LinearModel) {
    if (m.nClasses > 256) throw new Error('parser: at most 256 labels');
    this.nClasses = m.nClasses;
    this.t = build(m, false);
  }

  score(feats: Uint32Array, n: number, out: Float64Array): void {
    const nc = this.nClasses;
    const { filter, slots, mask, scale, side } = this.t;
    out.fill(0, 0, nc);
    for (let f = 0; f < n; f++) {
      const i = find(filter, slots, mask, keyOf(feats[f]));
      if (i < 0) continue;
      const v = slots[i * 2 + 1];
      if ((v & 255) !== 0) {
        const e0 = v & 0xffff;
        out[e0 >> 8] += (e0 << 24) >> 24;
        const e1 = v >>> 16;
        if (e1 !== 0) out[e1 >> 8] += (e1 << 24) >> 24;
      } else {
        const start = (v >>> 8) + 1;
        const end = start + side[start - 1];
        for (let j = start; j < end; j++) {
          const e = side[j];
          out[e >> 8] += (e << 24) >> 24;
        }
      }
    }
    for (let c = 0; c < nc; c++) out[c] *= scale;
  }
}
