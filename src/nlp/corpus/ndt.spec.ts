import { describe, expect, it } from 'vitest';
import { readNdt } from './ndt.ts';

// Invented sentence: "Katten | sov ." with a paragraph marker in the middle.
const SAMPLE = [
  '# newdoc id = x001',
  '# sent_id = x001-001',
  '1\tKatten\tkatt\tsubst\tsubst\tappell|mask|be|ent\t3\tSUBJ\t_\tname=O',
  '2\t|\t$|\tclb\tclb\t<overskrift>\t3\tIP\t_\tname=O',
  '3\tsov\tsove\tverb\tverb\tpret\t0\tFINV\t_\tname=O',
  '4\t.\t$.\tclb\tclb\t<punkt>\t3\tIP\t_\tname=O',
  '',
  '# sent_id = x001-002',
  '1\tKari\tKari\tsubst\tsubst\tprop\t2\tSUBJ\t_\tname=B-PER',
  '2\tlo\tle\tverb\tverb\tpret\t0\tFINV\t_\tname=O',
  '',
].join('\n');

describe('readNdt', () => {
  const sents = readNdt(SAMPLE);

  it('reads sentences with ids and comments', () => {
    expect(sents.map((s) => s.id)).toEqual(['x001-001', 'x001-002']);
    expect(sents[0].comments).toEqual(['# newdoc id = x001']);
  });

  it('drops paragraph markers and renumbers heads', () => {
    const w = sents[0].words;
    expect(w.map((x) => x.form)).toEqual(['Katten', 'sov', '.']);
    expect(w.map((x) => x.head)).toEqual([2, 0, 2]);
  });

  it('splits features, strips $ from punctuation lemmas and keeps the name tag', () => {
    expect(sents[0].words[0].feats).toEqual(['appell', 'mask', 'be', 'ent']);
    expect(sents[0].words[2].lemma).toBe('.');
    expect(sents[1].words[0].ner).toBe('B-PER');
    expect(sents[1].words[1].feats).toEqual(['pret']);
  });
});
