// A LinearModel re-indexed for scoring speed at load time: tagging spends its time waiting on memory, one
// feature look-up touching the key table, the row table, the row pointers and then the class and weight
// arrays. Here a slot holds its key next to its row's position and length, so a feature costs three cache
// misses instead of five; the class and weight arrays are the model's own. Same scores.
import type { LinearModel, Scorer } from '../model/linear.ts';

export class FastScorer implements Scorer {
  readonly nClasses: number;
  /** Slot s: [key, start << 8 | length]; key 0 marks an empty slot. */
  private readonly slots: Uint32Array;
  private readonly mask: number;
  private readonly cls: Uint8Array | Uint16Array;
  private readonly val: Int16Array;
  private readonly scale: number;

  constructor(m: LinearModel) {
    this.nClasses = m.nClasses;
    this.scale = m.scale;
    const rows = m.keys.length;
    let n = 1024;
    while (n < rows * 2) n *= 2;
    this.mask = n - 1;
    this.slots = new Uint32Array(n * 2);
    this.cls = m.cls;
    this.val = m.val;
    for (let r = 0; r < rows; r++) {
      const start = m.rowPtr[r];
      const len = m.rowPtr[r + 1] - start;
      if (len > 255) throw new Error('FastScorer: a row with more than 255 classes');
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
    const { slots, mask, cls, val } = this;
    for (let f = 0; f < n; f++) {
      const key = feats[f] === 0 ? 1 : feats[f];
      let i = key & mask;
      for (;;) {
        const at = slots[i * 2];
        if (at === key) {
          const s = slots[i * 2 + 1];
          const end = (s >>> 8) + (s & 255);
          for (let k = s >>> 8; k < end; k++) out[cls[k]] += val[k];
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
