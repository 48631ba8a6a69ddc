// NDT tree → UD tree: promote content words over function words, label, then the finer UD distinctions.
import type { NdtWord } from '../ndt.ts';
import { Graph } from './graph.ts';
import { assignLabels } from './labels.ts';
import { invertAppositions, invertReportedSpeech, resumedAdverbials } from './invert.ts';
import { promoteFunctionWords } from './promote.ts';
import { attachPunctuation } from './punct.ts';

export interface UdTree {
  /** 1-based heads, 0 for the root. */
  head: number[];
  deprel: string[];
}

const PASSIVE_AUX = new Set(['bli', 'verte']);
const COPULA = new Set(['være', 'vere']);

/** `bli`/`verte` + participle (Nynorsk tags it as an adjective) is a passive; `være` + participle a copula. */
function refineAuxiliaries(g: Graph): void {
  for (let k = 0; k < g.n; k++) {
    if (g.rel[k] !== 'aux') continue;
    const lemma = g.words[k].lemma;
    if (COPULA.has(lemma)) g.rel[k] = 'cop';
    else if (PASSIVE_AUX.has(lemma)) g.rel[k] = 'aux:pass';
  }
}

/** Subjects of s-passives and of `bli`-passives are `nsubj:pass`. */
function passiveSubjects(g: Graph): void {
  for (let k = 0; k < g.n; k++) {
    if (g.rel[k] !== 'nsubj') continue;
    const h = g.head[k];
    const passive = g.words[h].feats.includes('pass') || g.hasChild(h, (c) => g.rel[c] === 'aux:pass');
    if (passive) g.rel[k] = 'nsubj:pass';
  }
}

/** Exactly one root: later roots attach to the first. */
function singleRoot(g: Graph): void {
  const roots: number[] = [];
  for (let k = 0; k < g.n; k++) if (g.head[k] < 0) roots.push(k);
  for (const r of roots.slice(1)) {
    g.head[r] = roots[0];
    g.rel[r] = 'parataxis';
  }
  if (roots.length) g.rel[roots[0]] = 'root';
}

export function convertTree(words: NdtWord[], upos: string[], standard: 'nb' | 'nn'): UdTree {
  const g = new Graph(words, upos, standard);
  invertAppositions(g);
  invertReportedSpeech(g);
  resumedAdverbials(g);
  promoteFunctionWords(g);
  refineAuxiliaries(g);
  assignLabels(g);
  passiveSubjects(g);
  singleRoot(g);
  attachPunctuation(g);
  return { head: g.head.map((h) => h + 1), deprel: g.rel };
}

/** Why a head array (1-based, 0 root) is not a valid UD tree, or null: one root, heads in range, no cycles. */
export function treeProblem(head: number[]): string | null {
  const n = head.length;
  if (head.filter((h) => h === 0).length !== 1) return 'not exactly one root';
  for (let i = 0; i < n; i++) {
    if (!Number.isInteger(head[i]) || head[i] < 0 || head[i] > n || head[i] === i + 1)
      return `bad head at ${i + 1}`;
    let h = head[i];
    for (let steps = 0; h !== 0; steps++) {
      if (steps > n) return `cycle through ${i + 1}`;
      h = head[h - 1];
    }
  }
  return null;
}
