import { describe, expect, it } from 'vitest';
import { scoreSentences, scoreWords } from './score.ts';

// "ab cd ef": three words; the system splits the last one differently in the raw-text case.
const gold = [
  { start: 0, end: 2, upos: 'NOUN', head: 1, deprel: 'nsubj:pass' },
  { start: 3, end: 5, upos: 'VERB', head: -1, deprel: 'root' },
  { start: 6, end: 8, upos: 'NOUN', head: 1, deprel: 'obj' },
];

describe('CoNLL 2018-style scores', () => {
  it('scores aligned words, universal labels for LAS and full labels apart', () => {
    const sys = [
      { start: 0, end: 2, upos: 'NOUN', head: 1, deprel: 'nsubj' },
      { start: 3, end: 5, upos: 'AUX', head: -1, deprel: 'root' },
      { start: 6, end: 8, upos: 'NOUN', head: 0, deprel: 'obj' },
    ];
    const s = scoreWords(gold, sys);
    expect(s.words.f1).toBe(1);
    expect(s.upos.tp).toBe(2);
    expect(s.uas.tp).toBe(2);
    expect(s.las.tp).toBe(2);
    expect(s.lasFull.tp).toBe(1);
  });

  it('counts words the tokeniser got wrong as misses and false alarms', () => {
    const sys = [
      { start: 0, end: 2, upos: 'NOUN', head: 1, deprel: 'nsubj:pass' },
      { start: 3, end: 5, upos: 'VERB', head: -1, deprel: 'root' },
      { start: 6, end: 7, upos: 'NOUN', head: 1, deprel: 'obj' },
      { start: 7, end: 8, upos: 'PUNCT', head: 1, deprel: 'punct' },
    ];
    const s = scoreWords(gold, sys);
    expect(s.words.tp).toBe(2);
    expect(s.words.precision).toBe(0.5);
    expect(s.las.recall).toBeCloseTo(2 / 3, 6);
    expect(
      scoreSentences(
        [{ start: 0, end: 8 }],
        [
          { start: 0, end: 5 },
          { start: 6, end: 8 },
        ],
      ).f1,
    ).toBe(0);
  });
});
