// NDT tree → UD tree. First version: the NDT tree copied through with a rough label mapping.
import type { NdtWord } from '../ndt.ts';

export interface UdTree {
  /** 1-based heads, 0 for the root. */
  head: number[];
  deprel: string[];
}

const ROUGH: Record<string, string> = {
  SUBJ: 'nsubj',
  DOBJ: 'obj',
  IOBJ: 'iobj',
  DET: 'det',
  IP: 'punct',
  IK: 'punct',
  FINV: 'ccomp',
  INFV: 'xcomp',
  ADV: 'advmod',
  ATR: 'amod',
  PUTFYLL: 'obl',
  KOORD: 'conj',
  'KOORD-ELL': 'conj',
  KONJ: 'cc',
  SBU: 'mark',
  SPRED: 'xcomp',
  OPRED: 'xcomp',
  FSPRED: 'xcomp',
  FOPRED: 'xcomp',
  FLAT: 'flat:name',
  FSUBJ: 'expl',
  FOBJ: 'expl',
  APP: 'appos',
  FRAG: 'parataxis',
  PAR: 'parataxis',
  PSUBJ: 'nsubj',
  POBJ: 'obj',
  INTERJ: 'discourse',
  UKJENT: 'dep',
};

export function convertTree(words: NdtWord[], _upos: string[]): UdTree {
  const head = words.map((w) => w.head);
  const deprel = words.map((w) => (w.head === 0 ? 'root' : (ROUGH[w.deprel] ?? 'dep')));
  return { head, deprel };
}
