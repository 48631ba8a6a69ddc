// Inference-time layout of a LinearModel, built once at load: an open-addressing table whose slot holds the
// feature id next to its weights (dense for the 3-class transition model) or next to the bounds of its
// sparse row (label model), with class and weight packed in one integer. A feature lookup then touches one
// cache line instead of four arrays, which is most of the parser's time.
import type { LinearModel, Scorer } from '../model/linear.ts';

/** Slots for `rows` features at a load factor of at most 5/8. */
function slotsFor(rows: number): number {
  let n = 16;
  while (n * 5 < rows * 8) n *= 2;
  return n;
}

/** Feature ids as the shared FeatureTable stores them: 0 is "empty", so feature 0 is kept as 1. */
const keyOf = (f: number): number => (f === 0 ? 1 : f) | 0;

export class FastScorer implements Scorer {
  readonly nClasses: number;
  private readonly mask: number;
  /** 4 ints per slot: key, then either 3 dense weights or (start, end) into `entries`. */
  private readonly slots: Int32Array;
  /** Sparse entries: weight << 16 | class. */
  private readonly entries: Int32Array;
  private readonly dense: boolean;
  private readonly scale: number;

  constructor(m: LinearModel) {
    this.nClasses = m.nClasses;
    this.scale = m.scale;
    this.dense = m.nClasses === 3;
    const rows = m.keys.length;
    const size = slotsFor(rows);
    this.mask = size - 1;
    this.slots = new Int32Array(size * 4);
    this.entries = new Int32Array(this.dense ? 0 : m.val.length);
    if (!this.dense) for (let k = 0; k < m.val.length; k++) this.entries[k] = (m.val[k] << 16) | m.cls[k];
    for (let r = 0; r < rows; r++) {
      const key = keyOf(m.keys[r]);
      let i = key & this.mask;
      while (this.slots[i * 4] !== 0) i = (i + 1) & this.mask;
      const at = i * 4;
      this.slots[at] = key;
      if (this.dense)
        for (let k = m.rowPtr[r]; k < m.rowPtr[r + 1]; k++) this.slots[at + 1 + m.cls[k]] = m.val[k];
      else {
        this.slots[at + 1] = m.rowPtr[r];
        this.slots[at + 2] = m.rowPtr[r + 1];
      }
    }
  }

  score(feats: Uint32Array, n: number, out: Float64Array): void {
    const nc = this.nClasses;
    const { slots, mask, entries } = this;
    out.fill(0, 0, nc);
    for (let f = 0; f < n; f++) {
      const key = keyOf(feats[f]);
      let i = key & mask;
      let at = i * 4;
      while (slots[at] !== key) {
        if (slots[at] === 0) {
          at = -1;
          break;
        }
        i = (i + 1) & mask;
        at = i * 4;
      }
      if (at < 0) continue;
      if (this.dense) {
        out[0] += slots[at + 1];
        out[1] += slots[at + 2];
        out[2] += slots[at + 3];
      } else {
        const end = slots[at + 2];
        for (let k = slots[at + 1]; k < end; k++) {
          const e = entries[k];
          out[e & 0xffff] += e >> 16;
        }
      }
    }
    const s = this.scale;
    for (let c = 0; c < nc; c++) out[c] *= s;
  }
}
