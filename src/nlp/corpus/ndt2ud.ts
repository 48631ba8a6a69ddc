// NDT (native Norwegian Dependency Treebank) → Universal Dependencies. Tags and features come from
// ndt2ud/tags.ts; the tree is restructured by the steps in ndt2ud/tree.ts.
import type { UdSentence } from './conllu.ts';
import type { NdtSentence } from './ndt.ts';
import { featsOf, uposOf } from './ndt2ud/tags.ts';
import { convertTree } from './ndt2ud/tree.ts';

export { treeProblem } from './ndt2ud/tree.ts';

export type { NdtSentence, NdtWord } from './ndt.ts';
export { readNdt } from './ndt.ts';

export function ndtToUd(s: NdtSentence): UdSentence {
  const upos = s.words.map((_, i) => uposOf(s.words, i));
  const tree = convertTree(s.words, upos);
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
