// The committed models on invented sentences: what the relation rules rely on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentenceOfWords } from '../doc.ts';
import type { NlpSentence } from '../doc.ts';
import { Tagger } from './tagger.ts';

const load = (lang: string): Tagger =>
  Tagger.load(new Uint8Array(readFileSync(new URL(`../weights/${lang}.tagger.ngm`, import.meta.url))));

function tagged(t: Tagger, text: string): NlpSentence {
  const s = sentenceOfWords(text.split(' '));
  t.tag(s);
  return s;
}

describe('committed tagger models', () => {
  it('en: a reported passive', () => {
    const s = tagged(load('en'), 'The minister said that the troops were attacked .');
    expect(s.upos).toEqual(['DET', 'NOUN', 'VERB', 'SCONJ', 'DET', 'NOUN', 'AUX', 'VERB', 'PUNCT']);
    expect(s.feats[7].split('|')).toEqual(expect.arrayContaining(['VerbForm=Part', 'Voice=Pass']));
    expect(s.lemma[2]).toBe('say');
    expect(s.lemma[6]).toBe('be');
    // EWT treats "troops" as a plurale tantum (Number=Ptan, lemma "troops"); regular plurals lose their -s.
    expect(s.lemma[5]).toBe('troops');
    const t = tagged(load('en'), 'Two soldiers were wounded when rebels fired rockets at the base .');
    expect(t.lemma.slice(0, 2)).toEqual(['two', 'soldier']);
    expect(t.feats[1]).toBe('Number=Plur');
    expect(t.upos[6]).toBe('VERB');
    expect(t.lemma[6]).toBe('fire');
  });

  it('nb: a passive with "bli"', () => {
    const s = tagged(load('nb'), 'Ministeren sa at soldatene ble angrepet av opprørerne .');
    expect(s.upos).toEqual(['NOUN', 'VERB', 'SCONJ', 'NOUN', 'AUX', 'VERB', 'ADP', 'NOUN', 'PUNCT']);
    expect(s.feats[3].split('|')).toEqual(expect.arrayContaining(['Definite=Def', 'Number=Plur']));
    expect(s.feats[5]).toContain('VerbForm=Part');
    expect([s.lemma[3], s.lemma[4], s.lemma[5]]).toEqual(['soldat', 'bli', 'angripe']);
  });

  it('nn: a passive with "verte"', () => {
    const s = tagged(load('nn'), 'Ministeren sa at soldatane vart angripne av opprørarane .');
    expect(s.upos.slice(0, 5)).toEqual(['NOUN', 'VERB', 'SCONJ', 'NOUN', 'AUX']);
    expect(s.feats[3]).toContain('Number=Plur');
    expect(s.feats[5]).toContain('VerbForm=Part');
    expect([s.lemma[3], s.lemma[4], s.lemma[5]]).toEqual(['soldat', 'verte', 'angripe']);
  });

  it('da: a passive with "blive"', () => {
    const s = tagged(load('da'), 'Ministeren sagde , at soldaterne blev angrebet af oprørerne .');
    expect(s.upos).toEqual(['NOUN', 'VERB', 'PUNCT', 'SCONJ', 'NOUN', 'AUX', 'VERB', 'ADP', 'NOUN', 'PUNCT']);
    expect(s.feats[4].split('|')).toEqual(expect.arrayContaining(['Definite=Def', 'Number=Plur']));
    expect(s.feats[6]).toContain('VerbForm=Part');
    expect([s.lemma[1], s.lemma[4], s.lemma[5]]).toEqual(['sige', 'soldat', 'blive']);
  });
});
