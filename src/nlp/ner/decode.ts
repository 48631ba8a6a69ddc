// Greedy left-to-right BILOU decoding, shared by training (where a callback learns from each step) and
// inference. Each step picks the best class among those the previous class allows.
import type { Scorer } from '../model/linear.ts';
import { MAX_FEATS } from './features.ts';
import type { Featurizer, Prepared } from './features.ts';
import type { TagSet } from './tags.ts';

/** Called at each step in training with the features, the guess and the previous class. */
export type Learner = (i: number, feats: Uint32Array, n: number, guess: number, prev: number) => void;

export class Decoder {
  private readonly feats = new Uint32Array(MAX_FEATS);
  private readonly scores: Float64Array;

  constructor(
    private readonly tags: TagSet,
    private readonly fz: Featurizer,
  ) {
    this.scores = new Float64Array(tags.size);
  }

  /** Writes the class of each token into `out`; `doc` holds the document memory's feature per token. */
  decode(scorer: Scorer, p: Prepared, out: Int32Array, learn?: Learner, doc?: Uint32Array): void {
    const { tags, feats, scores } = this;
    const moves = tags.moves;
    const nc = tags.size;
    let prev1 = -1;
    let prev2 = -1;
    for (let i = 0; i < p.n; i++) {
      const n = this.fz.withHistory(p, i, prev1, prev2, feats, doc);
      scorer.score(feats, n, scores);
      const last = i === p.n - 1 ? 1 : 0;
      const row = (prev1 + 1) * nc;
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < nc; c++) {
        if (scores[c] > bestScore && moves[(row + c) * 2 + last] === 1) {
          bestScore = scores[c];
          best = c;
        }
      }
      if (learn) learn(i, feats, n, best, prev1);
      out[i] = best;
      prev2 = prev1;
      prev1 = best;
    }
  }
}

/**
 * The class training should push towards at token i, given the class predicted before it: the gold class when
 * it is reachable, else the nearest valid one (close the open span, or start the gold span here).
 */
export function oracle(tags: TagSet, gold: ArrayLike<number>, i: number, prev: number): number {
  const g = gold[i];
  const last = i === gold.length - 1;
  if (tags.allowed(prev, g, last)) return g;
  const prevPart = tags.part(prev);
  // A span is open that gold does not continue: close it here.
  if (prev > 0 && (prevPart === 1 || prevPart === 2)) return tags.classFor(3, tags.typeIndex(prev));
  // Gold continues a span the prediction did not open: start it here.
  const part = tags.part(g);
  return tags.classFor(part === 2 && !last ? 1 : 4, tags.typeIndex(g));
}
