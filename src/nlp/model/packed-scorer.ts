// A model re-laid for scoring speed at load time. Scoring waits on memory: a LinearModel
// look-up touches the key table, the row table, the row pointers, then the class and weight arrays. Here a
// slot holds its key beside its row's start and length, and an entry packs class and weight in one 32-bit
// word, so a feature costs about two cache misses instead of five. Same scores as the LinearModel.
import type { LinearModel, Scorer } from './linear.ts';

export class PackedScorer implements Scorer {
  readonly nClasses: number;
  /** Slot s: [key, start << 8 | length]; key 0 marks an empty slot. */
  private readonly slots: Uint32Array;
  private readonly mask: number;
  /** Entry: class << 16 | (weight & 0xffff). */
  private readonly entries: Int32Array;
  private readonly scale: number;

  constructor(m: LinearModel) {
    this.nClasses = m.nClasses;
    this.scale = m.scale;
    const rows = m.keys.length;
    let n = 1024;
    while (n < rows * 2) n *= 2;
    this.mask = n - 1;
    this.slots = new Uint32Array(n * 2);
    this.entries = new Int32Array(m.val.length);
    for (let k = 0; k < m.val.length; k++) this.entries[k] = (m.cls[k] << 16) | (m.val[k] & 0xffff);
    for (let r = 0; r < rows; r++) {
      const start = m.rowPtr[r];
      const len = m.rowPtr[r + 1] - start;
      if (len > 255 || start >= 1 << 24) throw new Error('PackedScorer: model too large to pack');
      const key = m.keys[r] === 0 ? 1 : m.keys[r];
      let i = key & this.mask;
      while (this.slots[i * 2] !== 0 && this.slots[i * 2] !== key) i = (i + 1) & this.mask;
      this.slots[i * 2] = key;
      this.slots[i * 2 + 1] = (start << 8) | len;
    }
  }

  score(feats: Uint32Array, n: number, out: Float64Array): void {
    const nc = this.nClasses;
    out.fill(0, 0, nc);
    const { slots, mask, entries } = this;
    for (let f = 0; f < n; f++) {
      const key = feats[f] === 0 ? 1 : feats[f];
      let i = key & mask;
      for (;;) {
        const at = slots[i * 2];
        if (at === key) {
          const s = slots[i * 2 + 1];
          const end = (s >>> 8) + (s & 255);
          for (let k = s >>> 8; k < end; k++) {
            const e = entries[k];
            out[e >>> 16] += (e << 16) >> 16;
          }
          break;
        }
        if (at === 0) break;
        i = (i + 1) & mask;
      }
    }
    const scale = this.scale;
    if (scale !== 1) for (let c = 0; c < nc; c++) out[c] *= scale;
  }
}
