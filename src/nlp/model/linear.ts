// The inference side of a linear model: sparse rows of 16-bit weights, one row per feature, found through a
// FeatureTable. Only non-zero (feature, class) weights are kept, so scoring touches what the feature knows
// about and a model of a few hundred thousand features stays a few megabytes.
import { FeatureTable } from './table.ts';

export interface Scorer {
  readonly nClasses: number;
  /** Adds every class's score for the `n` features in `feats` to `out` (which it first zeroes). */
  score(feats: Uint32Array, n: number, out: Float64Array): void;
}

export class LinearModel implements Scorer {
  readonly nClasses: number;
  readonly table: FeatureTable;
  /** Feature ids in row order. */
  readonly keys: Uint32Array;
  /** Row r's weights are entries rowPtr[r] .. rowPtr[r+1]. */
  readonly rowPtr: Uint32Array;
  readonly cls: Uint8Array | Uint16Array;
  readonly val: Int16Array;
  /** Real weight = val × scale. */
  readonly scale: number;

  constructor(
    nClasses: number,
    keys: Uint32Array,
    rowPtr: Uint32Array,
    cls: Uint8Array | Uint16Array,
    val: Int16Array,
    scale: number,
  ) {
    this.nClasses = nClasses;
    this.keys = keys;
    this.rowPtr = rowPtr;
    this.cls = cls;
    this.val = val;
    this.scale = scale;
    this.table = new FeatureTable(keys.length);
    for (let r = 0; r < keys.length; r++) this.table.intern(keys[r]);
  }

  score(feats: Uint32Array, n: number, out: Float64Array): void {
    out.fill(0, 0, this.nClasses);
    const { table, rowPtr, cls, val } = this;
    for (let i = 0; i < n; i++) {
      const r = table.get(feats[i]);
      if (r < 0) continue;
      const end = rowPtr[r + 1];
      for (let k = rowPtr[r]; k < end; k++) out[cls[k]] += val[k];
    }
    if (this.scale !== 1) for (let c = 0; c < this.nClasses; c++) out[c] *= this.scale;
  }

  /** Number of stored (feature, class) weights. */
  get nnz(): number {
    return this.val.length;
  }
}

/** Index of the highest score among classes allowed by `valid` (all when omitted); -1 when none is. */
export function argmax(scores: Float64Array, n: number, valid?: (c: number) => boolean): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let c = 0; c < n; c++) {
    if (valid && !valid(c)) continue;
    if (scores[c] > bestScore) {
      bestScore = scores[c];
      best = c;
    }
  }
  return best;
}
