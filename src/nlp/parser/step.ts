// One decision of the parser, shared by training and parsing. A labelled transition's score is factored:
// score(LEFT_l) = transition(LEFT) + label_LEFT(l), score(RIGHT_l) = transition(RIGHT) + label_RIGHT(l), where
// the transition model reads the whole configuration and the label model the candidate arc. Jointly this is a
// perceptron over labelled transitions whose features are conjoined either with the move or with the
// (direction, label) pair, which keeps the trainer's dense rows to 3 and ~L+1 classes instead of 2L+1.
import type { Scorer } from '../model/linear.ts';
import { labelFeatures, MAX_FEATURES, transitionFeatures } from './features.ts';
import type { ArcHybrid } from './system.ts';
import { LEFT, RIGHT, SHIFT } from './system.ts';
import type { TokenHashes } from './tokens.ts';

export class Step {
  readonly fa = new Uint32Array(MAX_FEATURES);
  readonly fl = new Uint32Array(MAX_FEATURES);
  readonly fr = new Uint32Array(MAX_FEATURES);
  na = 0;
  nl = 0;
  nr = 0;
  readonly sa = new Float64Array(3);
  readonly sl: Float64Array;
  readonly sr: Float64Array;
  /** Which moves are valid now. */
  readonly valid = new Uint8Array(3);
  /** Best label per arc move, and whether that arc goes to the root token (label forced to root). */
  readonly best = new Int32Array(3);
  toRoot = false;

  constructor(
    /** Labels the label model scores (its classes 0..nLabels-1; a trainer may have more). */
    readonly nLabels: number,
    readonly root: number,
    readonly lh: Uint32Array,
  ) {
    this.sl = new Float64Array(nLabels + 1);
    this.sr = new Float64Array(nLabels + 1);
  }

  /** Scores every valid move of `st`: the transition model, then (if `lab`) each arc's best label. */
  score(st: ArcHybrid, tok: TokenHashes, trans: Scorer, lab: Scorer | null): void {
    this.valid[SHIFT] = st.canShift() ? 1 : 0;
    this.valid[LEFT] = st.canLeft() ? 1 : 0;
    this.valid[RIGHT] = st.canRight() ? 1 : 0;
    this.toRoot = st.b === st.n;
    this.na = transitionFeatures(st, tok, this.lh, this.fa);
    trans.score(this.fa, this.na, this.sa);
    this.nl = 0;
    this.nr = 0;
    this.sl[this.root] = 0;
    this.sr[this.root] = 0;
    this.best[LEFT] = this.root;
    this.best[RIGHT] = this.root;
    if (!lab) return;
    if (this.valid[LEFT]) this.labelArc(st, tok, lab, LEFT);
    if (this.valid[RIGHT]) this.labelArc(st, tok, lab, RIGHT);
  }

  /** Scores the labels of one arc move (features in fl/fr) and returns the best, root for the root token. */
  labelArc(st: ArcHybrid, tok: TokenHashes, lab: Scorer, move: number): number {
    const s0 = st.s(0);
    if (move === LEFT) {
      if (this.toRoot) return (this.best[LEFT] = this.root);
      this.nl = labelFeatures(st, tok, this.lh, st.b, s0, 0, this.fl);
      lab.score(this.fl, this.nl, this.sl);
      return (this.best[LEFT] = this.argmaxLabel(this.sl));
    }
    this.nr = labelFeatures(st, tok, this.lh, st.s(1), s0, 1, this.fr);
    lab.score(this.fr, this.nr, this.sr);
    return (this.best[RIGHT] = this.argmaxLabel(this.sr));
  }

  /** Score of a labelled move (the label is ignored for SHIFT and for arcs to the root token). */
  moveScore(move: number, label: number): number {
    if (move === SHIFT) return this.sa[SHIFT];
    if (move === LEFT) return this.sa[LEFT] + (this.toRoot ? 0 : this.sl[label]);
    return this.sa[RIGHT] + this.sr[label];
  }

  /** The highest-scoring valid move (its label is `best[move]`). */
  predict(): number {
    let best = -1;
    let bestScore = -Infinity;
    for (let m = 0; m < 3; m++) {
      if (!this.valid[m]) continue;
      const sc = this.moveScore(m, this.best[m]);
      if (sc > bestScore) {
        bestScore = sc;
        best = m;
      }
    }
    return best;
  }

  private argmaxLabel(s: Float64Array): number {
    let best = -1;
    let bestScore = -Infinity;
    for (let l = 0; l < this.nLabels; l++) {
      if (l === this.root) continue;
      if (s[l] > bestScore) {
        bestScore = s[l];
        best = l;
      }
    }
    return best;
  }
}
