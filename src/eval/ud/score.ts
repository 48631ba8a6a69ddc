// Tagging and parsing scores in the CoNLL 2018 shared task's manner: words are matched by their character
// spans, so the same function scores gold-token runs (every word matches) and raw-text runs (where the
// product's own tokeniser and sentence splitter decide the words). LAS compares the universal part of the
// label (before ':'), as the shared task did; full labels are reported too.
import { prf } from '../ner/spans.ts';
import type { PRF } from '../ner/spans.ts';

export interface ScoredWord {
  start: number;
  end: number;
  upos: string;
  /** Index of the head word in the same list, -1 for the root. */
  head: number;
  deprel: string;
  feats?: string;
  lemma?: string;
}

export interface UdScore {
  words: PRF;
  sentences?: PRF;
  upos: PRF;
  uas: PRF;
  las: PRF;
  /** LAS with subtypes ("nsubj:pass" ≠ "nsubj"). */
  lasFull: PRF;
}

const universal = (l: string): string => l.split(':')[0];

/** Scores system words against gold words (both in document order, spans over the same text). */
export function scoreWords(gold: readonly ScoredWord[], sys: readonly ScoredWord[]): UdScore {
  const goldAt = new Map<string, number>();
  gold.forEach((w, i) => goldAt.set(`${w.start}:${w.end}`, i));
  /** Gold index of each system word, or -1. */
  const match = sys.map((w) => goldAt.get(`${w.start}:${w.end}`) ?? -1);
  let words = 0;
  let upos = 0;
  let uas = 0;
  let las = 0;
  let lasFull = 0;
  sys.forEach((w, i) => {
    const g = match[i];
    if (g < 0) return;
    words++;
    const gw = gold[g];
    if (w.upos === gw.upos) upos++;
    const headMatches = w.head < 0 ? gw.head < 0 : match[w.head] >= 0 && match[w.head] === gw.head;
    if (!headMatches) return;
    uas++;
    if (universal(w.deprel) === universal(gw.deprel)) las++;
    if (w.deprel === gw.deprel) lasFull++;
  });
  const at = (tp: number): PRF => prf(tp, sys.length - tp, gold.length - tp);
  return { words: at(words), upos: at(upos), uas: at(uas), las: at(las), lasFull: at(lasFull) };
}

/** Sentence boundaries scored as spans. */
export function scoreSentences(
  gold: readonly { start: number; end: number }[],
  sys: readonly { start: number; end: number }[],
): PRF {
  const g = new Set(gold.map((s) => `${s.start}:${s.end}`));
  const tp = sys.filter((s) => g.has(`${s.start}:${s.end}`)).length;
  return prf(tp, sys.length - tp, gold.length - tp);
}
