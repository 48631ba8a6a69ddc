// The training side: an averaged perceptron over hashed features (Collins 2002; the tagger and parser of
// spaCy v1 and UDPipe 1 are the same learner). Averaging is lazy: each weight remembers when it last changed,
// so an update costs only the weights it touches.
import { FeatureTable } from './table.ts';
import { LinearModel } from './linear.ts';
import type { Scorer } from './linear.ts';

export interface FinishOptions {
  /** Averaged weights with a smaller magnitude are dropped (0 keeps every weight that quantises to non-zero). */
  prune?: number;
}

export class PerceptronTrainer implements Scorer {
  readonly nClasses: number;
  readonly table = new FeatureTable(1 << 16);
  private w: Float32Array;
  private totals: Float64Array;
  private stamps: Int32Array;
  /** Instances seen: the clock of the lazy average. */
  private time = 0;

  constructor(nClasses: number) {
    this.nClasses = nClasses;
    const cap = (1 << 16) * nClasses;
    this.w = new Float32Array(cap);
    this.totals = new Float64Array(cap);
    this.stamps = new Int32Array(cap);
  }

  score(feats: Uint32Array, n: number, out: Float64Array): void {
    const nc = this.nClasses;
    out.fill(0, 0, nc);
    for (let i = 0; i < n; i++) {
      const r = this.table.get(feats[i]);
      if (r < 0) continue;
      const base = r * nc;
      for (let c = 0; c < nc; c++) out[c] += this.w[base + c];
    }
  }

  /** One instance seen (call once per prediction, whether or not it was wrong). */
  tick(): void {
    this.time++;
  }

  /** Moves weight `by` (default 1) from class `guess` to class `truth` for each feature. */
  update(feats: Uint32Array, n: number, truth: number, guess: number, by = 1): void {
    if (truth === guess) return;
    for (let i = 0; i < n; i++) {
      const base = this.rowOf(feats[i]) * this.nClasses;
      this.bump(base + truth, by);
      this.bump(base + guess, -by);
    }
  }

  /** The averaged, pruned, 16-bit model. */
  finish(opts: FinishOptions = {}): LinearModel {
    const prune = opts.prune ?? 0;
    const nc = this.nClasses;
    const rows = this.table.size;
    const keys = this.table.entries();
    const t = Math.max(1, this.time);
    const avg = new Float32Array(rows * nc);
    let maxAbs = 0;
    for (let i = 0; i < rows * nc; i++) {
      const a = (this.totals[i] + (this.time - this.stamps[i]) * this.w[i]) / t;
      avg[i] = a;
      if (Math.abs(a) > maxAbs) maxAbs = Math.abs(a);
    }
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const keptKeys: number[] = [];
    const rowPtr: number[] = [0];
    const cls: number[] = [];
    const val: number[] = [];
    for (let r = 0; r < rows; r++) {
      const before = val.length;
      for (let c = 0; c < nc; c++) {
        const a = avg[r * nc + c];
        if (Math.abs(a) < prune) continue;
        const q = Math.round(a / scale);
        if (q === 0) continue;
        cls.push(c);
        val.push(q);
      }
      if (val.length > before) {
        keptKeys.push(keys[r]);
        rowPtr.push(val.length);
      }
    }
    return new LinearModel(
      nc,
      Uint32Array.from(keptKeys),
      Uint32Array.from(rowPtr),
      nc <= 256 ? Uint8Array.from(cls) : Uint16Array.from(cls),
      Int16Array.from(val),
      scale,
    );
  }

  private rowOf(feat: number): number {
    const r = this.table.intern(feat);
    const need = (r + 1) * this.nClasses;
    if (need > this.w.length) this.growTo(need);
    return r;
  }

  private growTo(need: number): void {
    let cap = this.w.length * 2;
    while (cap < need) cap *= 2;
    const w = new Float32Array(cap);
    w.set(this.w);
    const totals = new Float64Array(cap);
    totals.set(this.totals);
    const stamps = new Int32Array(cap);
    stamps.set(this.stamps);
    this.w = w;
    this.totals = totals;
    this.stamps = stamps;
  }

  private bump(i: number, by: number): void {
    this.totals[i] += (this.time - this.stamps[i]) * this.w[i];
    this.stamps[i] = this.time;
    this.w[i] += by;
  }
}
