// An open-addressing hash table from 32-bit feature ids to row numbers: the feature dictionary of a model,
// in typed arrays (no Map in the scoring loop). Key 0 is reserved as "empty"; a feature that hashes to 0 is
// stored as 1, a collision the models never notice.

export class FeatureTable {
  private keys: Uint32Array;
  private rows: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let n = 1024;
    while (n < capacity * 2) n *= 2;
    this.keys = new Uint32Array(n);
    this.rows = new Int32Array(n);
    this.mask = n - 1;
  }

  /** Row of feature `key`, or -1. */
  get(key: number): number {
    const k = key === 0 ? 1 : key >>> 0;
    let i = k & this.mask;
    for (;;) {
      const at = this.keys[i];
      if (at === k) return this.rows[i];
      if (at === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** Row of feature `key`, adding it as row `this.size` when new. */
  intern(key: number): number {
    const k = key === 0 ? 1 : key >>> 0;
    let i = k & this.mask;
    for (;;) {
      const at = this.keys[i];
      if (at === k) return this.rows[i];
      if (at === 0) break;
      i = (i + 1) & this.mask;
    }
    const row = this.size++;
    this.keys[i] = k;
    this.rows[i] = row;
    if (this.size * 2 > this.keys.length) this.grow();
    return row;
  }

  /** Every (key, row) pair, in row order. */
  entries(): Uint32Array {
    const out = new Uint32Array(this.size);
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== 0) out[this.rows[i]] = this.keys[i];
    return out;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldRows = this.rows;
    const n = oldKeys.length * 2;
    this.keys = new Uint32Array(n);
    this.rows = new Int32Array(n);
    this.mask = n - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i];
      if (k === 0) continue;
      let j = k & this.mask;
      while (this.keys[j] !== 0) j = (j + 1) & this.mask;
      this.keys[j] = k;
      this.rows[j] = oldRows[i];
    }
  }
}
