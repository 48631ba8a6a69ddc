// NDT (native Norwegian Dependency Treebank) → Universal Dependencies. Tags and features come from
// ndt2ud/tags.ts; the tree is restructured by the steps in ndt2ud/tree.ts.
import type { UdSentence } from './conllu.ts';
import type { NdtSentence } from './ndt.ts';
import { featsOf, uposOf } from './ndt2ud/tags.ts';
import { convertTree } from './ndt2ud/tree.ts';

export { treeProblem } from './ndt2ud/tree.ts';

export type { NdtSentence, NdtWord } from './ndt.ts';
export { readNdt } from './ndt.ts';

/** Written standard: Bokmål and Nynorsk UD differ in a few conventions. */
export type NorwegianStandard = 'nb' | 'nn';

/** The standard a sentence is written in, from the OBT features only the Nynorsk tagger uses. */
export function detectStandard(s: NdtSentence): NorwegianStandard {
  let nn = 0;
  let nb = 0;
  for (const w of s.words) {
    for (const f of w.feats) {
      if (f === 'eint' || f === 'bu' || f === 'st-form' || f === '<ordenstal>') nn++;
      else if (f === 'ent' || f === 'be' || f === 'pass' || f === '<ordenstall>') nb++;
    }
  }
  return nn > nb ? 'nn' : 'nb';
}

/** Converts one NDT sentence; pass the standard when known (per file), else it is guessed per sentence. */
export function ndtToUd(s: NdtSentence, standard?: NorwegianStandard): UdSentence {
  // Checked at run time too: `sentences.map(ndtToUd)` from untyped code would pass the index.
  const std = standard === 'nb' || standard === 'nn' ? standard : detectStandard(s);
  const upos = s.words.map((_, i) => uposOf(s.words, i));
  const tree = convertTree(s.words, upos, std);
  const words = s.words.map((w, i) => ({
    form: w.form,
    lemma: w.lemma,
    upos: upos[i],
    xpos: w.pos,
    feats: featsOf(w, upos[i]),
    head: tree.head[i],
    deprel: tree.deprel[i],
    misc: `name=${w.ner}`,
  }));
  return {
    id: s.id,
    text: '',
    words,
    tokens: words.map((w, i) => ({ form: w.form, from: i + 1, to: i + 1, spaceAfter: true })),
    comments: s.comments,
  };
}
