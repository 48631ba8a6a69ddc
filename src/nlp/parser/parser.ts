// The dependency parser: greedy arc-hybrid decoding with the trained transition and label models, then
// deprojectivisation of lifted arcs. Fills `head` (0-based, -1 for the root) and `deprel` (UD labels with
// subtypes). The transition system only ever reaches trees, so the output has one root and no cycles.
import { hashString } from '../model/hash.ts';
import type { NlpSentence } from '../doc.ts';
import { decodeParser } from './model.ts';
import type { ParserMeta } from './model.ts';
import { deprojectivize } from './projective.ts';
import { LabelScorer, TransitionScorer } from './scorer.ts';
import { Step } from './step.ts';
import { ArcHybrid, SHIFT } from './system.ts';
import { TokenHashes } from './tokens.ts';

/** Hash of each label for the feature templates: index l + 1, index 0 for "no label". */
export function labelHashes(labels: readonly string[]): Uint32Array {
  const lh = new Uint32Array(labels.length + 1);
  lh[0] = hashString('<nolabel>');
  labels.forEach((l, i) => (lh[i + 1] = hashString(l)));
  return lh;
}

/** Bit of each label in the label-set features: labels sharing a universal relation share a bit. */
export function labelBits(labels: readonly string[]): Int32Array {
  const groups = new Map<string, number>();
  return Int32Array.from(labels, (l) => {
    const u = l.split(/[:\u2191]/)[0];
    if (!groups.has(u)) groups.set(u, groups.size);
    return groups.get(u)! & 31;
  });
}

export class Parser {
  readonly meta: ParserMeta;
  private readonly trans: TransitionScorer;
  private readonly lab: LabelScorer;
  private readonly bits: Int32Array;
  private readonly st = new ArcHybrid();
  private readonly tok = new TokenHashes();
  private readonly step: Step;
  private readonly lang: number;

  private constructor(meta: ParserMeta, trans: TransitionScorer, lab: LabelScorer) {
    this.meta = meta;
    this.trans = trans;
    this.lab = lab;
    this.bits = labelBits(meta.labels);
    this.lang = meta.langFeature ? hashString(meta.langFeature) : 0;
    this.step = new Step(meta.labels.length, meta.root, labelHashes(meta.labels));
  }

  static load(bytes: Uint8Array): Parser {
    const { meta, transitions, labels } = decodeParser(bytes);
    return new Parser(meta, new TransitionScorer(transitions), new LabelScorer(labels));
  }

  /** Labels this model can produce (without lift decorations). */
  get labels(): string[] {
    return [...new Set(this.meta.labels.map((l) => l.split('\u2191')[0]))];
  }

  parse(s: NlpSentence): void {
    const n = s.words.length;
    s.head = new Array<number>(n).fill(-1);
    s.deprel = new Array<string>(n).fill('root');
    if (n === 0) return;
    const { st, tok, step, bits } = this;
    const joint = this.meta.joint;
    tok.fill(s.words, s.upos, s.feats);
    tok.lang = this.lang;
    st.reset(n);
    while (!st.terminal) {
      step.score(st, tok, this.trans, joint ? this.lab : null);
      const move = step.predict();
      if (move === SHIFT) st.shift();
      else {
        const label = joint ? step.best[move] : step.labelArc(st, tok, this.lab, move);
        st.apply(move, label, bits[label]);
      }
    }
    const names = this.meta.labels;
    for (let i = 0; i < n; i++) {
      const h = st.heads[i];
      s.head[i] = h === n ? -1 : h;
      s.deprel[i] = names[st.labels[i]];
    }
    deprojectivize(s.head, s.deprel);
  }
}
