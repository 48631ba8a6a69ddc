// Choosing FEATS from the heads' scores: each head picks its best value among those its UPOS was seen with;
// when the combination was never seen with that UPOS (Tense=Pres with VerbForm=Ger, say), the best-scoring
// combination that was seen is taken instead. A UPOS seen with one combination only (PUNCT: none) needs no
// scoring at all.
import type { Heads } from './morph.ts';

interface UposBundles {
  /** Values of bundle b: vals[b * nh + h]. */
  vals: Uint8Array;
  strs: string[];
  /** Code of a combination (values as base-16 digits) → bundle index. */
  byCode: Map<number, number>;
  /** Classes of the shared model each head may take. */
  allowed: Uint16Array[];
}

export class FeatsDecoder {
  readonly heads: Heads;
  private readonly per: UposBundles[];

  /** `bundles`: UPOS index → the FEATS strings (restricted to the heads' keys) seen with it. */
  constructor(heads: Heads, bundles: readonly (readonly string[])[]) {
    this.heads = heads;
    const nh = heads.heads.length;
    // Codes hold one base-16 digit per head in a double's 53 bits.
    if (nh > 13 || heads.heads.some((h) => h.values.length > 16))
      throw new Error('FEATS: too many keys or values');
    const tmp = new Uint8Array(nh);
    this.per = bundles.map((list0) => {
      const list = list0.length ? list0 : ['_'];
      const vals = new Uint8Array(list.length * nh);
      const byCode = new Map<number, number>();
      const seen = heads.heads.map(() => new Set<number>());
      list.forEach((f, b) => {
        heads.valuesOf(f, tmp);
        vals.set(tmp, b * nh);
        byCode.set(codeOf(tmp, 0, nh), b);
        tmp.forEach((v, h) => seen[h].add(heads.offsets[h] + v));
      });
      const allowed = seen.map((s) => Uint16Array.from([...s].sort((a, b) => a - b)));
      return { vals, strs: list.map((_, b) => heads.format(vals, b * nh)), byCode, allowed };
    });
  }

  /** Whether UPOS u takes one FEATS combination only. */
  fixed(u: number): boolean {
    return this.per[u].strs.length === 1;
  }

  /** Bundle index of a FEATS string for UPOS u, -1 when never seen with it. */
  indexOf(u: number, feats: string): number {
    return this.per[u].strs.indexOf(feats);
  }

  /** FEATS string of bundle b of UPOS u. */
  str(u: number, b: number): string {
    return this.per[u].strs[b];
  }

  /** Writes bundle b's values to out[at..]. */
  copy(u: number, b: number, out: Uint8Array, at: number): void {
    const nh = this.heads.heads.length;
    out.set(this.per[u].vals.subarray(b * nh, b * nh + nh), at);
  }

  /** Best bundle of UPOS u for the heads' scores; its values go to out[at..]. */
  decode(scores: Float64Array, u: number, out: Uint8Array, at: number): number {
    const p = this.per[u];
    const nh = this.heads.heads.length;
    const offsets = this.heads.offsets;
    let code = 0;
    for (let h = 0; h < nh; h++) {
      const cs = p.allowed[h];
      let best = cs[0];
      for (let j = 1; j < cs.length; j++) if (scores[cs[j]] > scores[best]) best = cs[j];
      const v = best - offsets[h];
      out[at + h] = v;
      code = code * 16 + v;
    }
    const b = p.byCode.get(code);
    if (b !== undefined) return b;
    let bestB = 0;
    let bestScore = -Infinity;
    const nb = p.strs.length;
    for (let k = 0; k < nb; k++) {
      let sc = 0;
      for (let h = 0; h < nh; h++) sc += scores[offsets[h] + p.vals[k * nh + h]];
      if (sc > bestScore) [bestB, bestScore] = [k, sc];
    }
    this.copy(u, bestB, out, at);
    return bestB;
  }
}

function codeOf(vals: Uint8Array, at: number, nh: number): number {
  let code = 0;
  for (let h = 0; h < nh; h++) code = code * 16 + vals[at + h];
  return code;
}
