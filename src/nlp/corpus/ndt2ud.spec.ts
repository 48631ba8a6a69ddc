import { describe, expect, it } from 'vitest';
import { ndtToUd, readNdt } from './ndt2ud.ts';

const row = (i: number, form: string, lemma: string, pos: string, feats: string, head: number, rel: string) =>
  [i, form, lemma, pos, pos, feats, head, rel, '_', 'name=O'].join('\t');

// Invented: "Hunden har spist maten ." (the dog has eaten the food)
const PERFECT = [
  row(1, 'Hunden', 'hund', 'subst', 'appell|mask|be|ent', 2, 'SUBJ'),
  row(2, 'har', 'ha', 'verb', 'pres', 0, 'FINV'),
  row(3, 'spist', 'spise', 'verb', 'perf-part', 2, 'INFV'),
  row(4, 'maten', 'mat', 'subst', 'appell|mask|be|ent', 3, 'DOBJ'),
  row(5, '.', '$.', 'clb', '<punkt>', 2, 'IP'),
].join('\n');

describe('ndtToUd tags', () => {
  const ud = ndtToUd(readNdt(PERFECT)[0]);

  it('maps parts of speech, with AUX for an auxiliary governing a non-finite verb', () => {
    expect(ud.words.map((w) => w.upos)).toEqual(['NOUN', 'AUX', 'VERB', 'NOUN', 'PUNCT']);
  });

  it('maps features to UD FEATS in UD order', () => {
    expect(ud.words[0].feats).toBe('Definite=Def|Gender=Masc|Number=Sing');
    expect(ud.words[1].feats).toBe('Mood=Ind|Tense=Pres|VerbForm=Fin');
    expect(ud.words[2].feats).toBe('VerbForm=Part');
    expect(ud.words[4].feats).toBe('_');
  });

  it('keeps lemmas and the OBT tag as XPOS', () => {
    expect(ud.words.map((w) => w.lemma)).toEqual(['hund', 'ha', 'spise', 'mat', '.']);
    expect(ud.words[0].xpos).toBe('subst');
  });

  it('gives a valid tree', () => {
    const heads = ud.words.map((w) => w.head);
    expect(heads.filter((h) => h === 0)).toHaveLength(1);
    expect(heads.every((h) => h >= 0 && h <= heads.length)).toBe(true);
  });
});
