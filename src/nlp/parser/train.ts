// Training (pure, so it can run anywhere): averaged perceptron over labelled arc-hybrid transitions with the
// dynamic oracle and exploration (Goldberg & Nivre 2012): from epoch `exploreFrom` on, the parser follows its
// own prediction with probability `explore` even when it is wrong, and learns the best moves from the states
// its mistakes lead to. Non-projective trees are lifted first (pseudo-projective parsing).
import { hashString } from '../model/hash.ts';
import type { LinearModel } from '../model/linear.ts';
import { PerceptronTrainer } from '../model/perceptron.ts';
import { seededRandom, shuffle } from '../model/random.ts';
import { dropClass, encodeParser, FEATURE_VERSION } from './model.ts';
import { transitionCosts } from './oracle.ts';
import { labelBits, labelHashes } from './parser.ts';
import { baseLabel, projectivize } from './projective.ts';
import { Step } from './step.ts';
import { ArcHybrid, LEFT, RIGHT, SHIFT } from './system.ts';
import { TokenHashes } from './tokens.ts';

export interface ParserExample {
  words: string[];
  upos: string[];
  feats: string[];
  /** Gold heads, 0-based, -1 for the root. */
  heads: number[];
  labels: string[];
  /** Language of the sentence, for a multilingual model with `langFeature`. */
  lang?: string;
}

export interface ParserTrainOptions {
  epochs: number;
  seed: number;
  /** First epoch (0-based) that explores. */
  exploreFrom: number;
  /** Probability of following a wrong prediction while exploring. */
  explore: number;
  /** Averaged weights below this magnitude are dropped from the transition / label model. */
  pruneTransitions: number;
  pruneLabels: number;
  /** Lift decorations seen fewer times are dropped (the word stays lifted, its label plain). */
  minLiftCount: number;
  /**
   * Multilingual model parsing this language: templates are also conjoined with each example's `lang` (an
   * example without one counts as this language). Undefined for a monolingual model.
   */
  langFeature?: string;
  /** Score labels jointly with moves (true) or choose them after the move (false). */
  joint: boolean;
  /** Projectivise (true) or train on projective sentences only (false), to measure the gain. */
  pseudoProjective: boolean;
  trainedOn: string;
  /** Called after each epoch with the share of moves predicted right and the weights so far. */
  onEpoch?: (epoch: number, accuracy: number, fitted: FittedParser) => void;
}

interface Gold {
  ex: ParserExample;
  heads: Int32Array;
  labels: Int32Array;
}

export interface TrainedParser {
  bytes: Uint8Array;
  transitions: LinearModel;
  labels: LinearModel;
  labelNames: string[];
  liftedArcs: number;
  skipped: number;
}

/** The trainers after the last epoch, before averaging and pruning. */
export interface FittedParser {
  joint: boolean;
  langFeature?: string;
  trans: PerceptronTrainer;
  lab: PerceptronTrainer;
  names: string[];
  root: number;
  liftedArcs: number;
  skipped: number;
}

export function trainParserModel(examples: readonly ParserExample[], o: ParserTrainOptions): TrainedParser {
  return packParser(fitParser(examples, o), o.pruneTransitions, o.pruneLabels, o.trainedOn);
}

/** Averages, prunes and encodes fitted weights. */
export function packParser(
  f: FittedParser,
  pruneT: number,
  pruneL: number,
  trainedOn: string,
): TrainedParser {
  const transitions = f.trans.finish({ prune: pruneT });
  const labels = dropClass(f.lab.finish({ prune: pruneL }), f.names.length);
  const bytes = encodeParser(transitions, labels, {
    component: 'parser',
    featureVersion: FEATURE_VERSION,
    labels: f.names,
    joint: f.joint,
    langFeature: f.langFeature ?? null,
    root: f.root,
    trainedOn,
  });
  return { bytes, transitions, labels, labelNames: f.names, liftedArcs: f.liftedArcs, skipped: f.skipped };
}

export function fitParser(
  examples: readonly ParserExample[],
  o: Omit<ParserTrainOptions, 'trainedOn'>,
): FittedParser {
  // Lift, and keep decorations frequent enough to be learnt.
  let liftedArcs = 0;
  let skipped = 0;
  const lifted: { ex: ParserExample; heads: number[]; labels: string[] }[] = [];
  for (const ex of examples) {
    const p = projectivize(ex.heads, ex.labels);
    if (p.lifted && !o.pseudoProjective) {
      skipped++;
      continue;
    }
    liftedArcs += p.lifted;
    lifted.push({ ex, heads: p.heads, labels: p.labels });
  }
  const count = new Map<string, number>();
  for (const x of lifted) for (const l of x.labels) count.set(l, (count.get(l) ?? 0) + 1);
  for (const x of lifted)
    x.labels = x.labels.map((l) => (l !== baseLabel(l) && count.get(l)! < o.minLiftCount ? baseLabel(l) : l));
  count.clear();
  for (const x of lifted) for (const l of x.labels) count.set(l, (count.get(l) ?? 0) + 1);
  const names = [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || (a < b ? -1 : 1));
  if (!count.has('root')) names.push('root');
  const index = new Map(names.map((l, i) => [l, i]));
  const root = index.get('root')!;
  const gold: Gold[] = lifted.map((x) => {
    const n = x.heads.length;
    return {
      ex: x.ex,
      heads: Int32Array.from(x.heads, (h) => (h < 0 ? n : h)),
      labels: Int32Array.from(x.labels, (l) => index.get(l)!),
    };
  });

  const L = names.length;
  const NONE = L; // sink class of the label trainer, for one-sided updates
  const trans = new PerceptronTrainer(3);
  const lab = new PerceptronTrainer(L + 1);
  const bits = labelBits(names);
  const step = new Step(L, root, labelHashes(names));
  const st = new ArcHybrid();
  const tok = new TokenHashes();
  const costs = new Int32Array(3);
  const heads = new Int32Array(3);
  const rand = seededRandom(o.seed);
  const order = gold.map((_, i) => i);

  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, rand);
    let right = 0;
    let total = 0;
    for (const gi of order) {
      const g = gold[gi];
      const n = g.heads.length;
      tok.fill(g.ex.words, g.ex.upos, g.ex.feats);
      tok.lang = o.langFeature ? hashString(g.ex.lang ?? o.langFeature) : 0;
      st.reset(n);
      while (!st.terminal) {
        step.score(st, tok, trans, o.joint ? lab : null);
        transitionCosts(st, g.heads, costs);
        const s0 = st.s(0);
        const goldHead = s0 >= 0 ? g.heads[s0] : -2;
        const goldLabel = s0 >= 0 ? g.labels[s0] : -1;
        // The arc moves' heads: an arc with the right head must also carry the gold label.
        heads[LEFT] = st.b;
        heads[RIGHT] = st.s(1);
        const pm = step.predict();
        const pl = step.best[pm];
        let min = Infinity;
        for (let m = 0; m < 3; m++) if (costs[m] >= 0 && costs[m] < min) min = costs[m];
        // Best-scoring zero-loss labelled move.
        let om = -1;
        let ol = -1;
        let best = -Infinity;
        for (let m = 0; m < 3; m++) {
          if (costs[m] !== min) continue;
          const l = m !== SHIFT && heads[m] === goldHead ? goldLabel : step.best[m];
          const sc = step.moveScore(m, l);
          if (sc > best) {
            best = sc;
            om = m;
            ol = l;
          }
        }
        const pWrong =
          costs[pm] > min || (o.joint && pm !== SHIFT && heads[pm] === goldHead && pl !== goldLabel);
        total++;
        if (!pWrong) right++;
        else if (om !== pm) trans.update(step.fa, step.na, om, pm);
        if (pWrong && o.joint) {
          // Label model: towards the oracle's labelled arc, away from the predicted one.
          const oFeat = om === LEFT ? (step.toRoot ? null : step.fl) : om === RIGHT ? step.fr : null;
          const pFeat = pm === LEFT ? (step.toRoot ? null : step.fl) : pm === RIGHT ? step.fr : null;
          const oN = om === LEFT ? step.nl : step.nr;
          const pN = pm === LEFT ? step.nl : step.nr;
          if (om === pm && oFeat) lab.update(oFeat, oN, ol, pl);
          else {
            if (oFeat) lab.update(oFeat, oN, ol, NONE);
            if (pFeat) lab.update(pFeat, pN, NONE, pl);
          }
        }
        trans.tick();
        lab.tick();
        const follow = epoch >= o.exploreFrom && pWrong && rand() < o.explore;
        const m = follow ? pm : om;
        let l = follow ? pl : ol;
        if (m !== SHIFT && !o.joint) {
          // Labels chosen after the move: learn them on the arcs the parser actually builds.
          const guess = step.labelArc(st, tok, lab, m);
          if (heads[m] === goldHead && !(m === LEFT && step.toRoot)) {
            if (guess !== goldLabel)
              lab.update(m === LEFT ? step.fl : step.fr, m === LEFT ? step.nl : step.nr, goldLabel, guess);
            l = goldLabel;
          } else l = guess;
        }
        st.apply(m, l, m === SHIFT ? 0 : bits[l]);
      }
    }
    o.onEpoch?.(epoch, right / Math.max(1, total), {
      joint: o.joint,
      langFeature: o.langFeature,
      trans,
      lab,
      names,
      root,
      liftedArcs,
      skipped,
    });
  }

  return { joint: o.joint, langFeature: o.langFeature, trans, lab, names, root, liftedArcs, skipped };
}
