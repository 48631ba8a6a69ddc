import { describe, expect, it } from 'vitest';
import { detectStandard, ndtToUd, readNdt, treeProblem } from './ndt2ud.ts';

type Row = [form: string, lemma: string, pos: string, feats: string, head: number, rel: string];

/** An NDT sentence from rows (all sentences here are invented). */
const ndt = (...rows: Row[]) =>
  readNdt(
    rows
      .map((r, i) => [i + 1, r[0], r[1], r[2], r[2], r[3], r[4], r[5], '_', 'name=O'].join('\t'))
      .join('\n'),
  )[0];

/** "head:deprel" per word, 1-based heads. */
const arcs = (s: ReturnType<typeof ndt>, std?: 'nb' | 'nn') =>
  ndtToUd(s, std).words.map((w) => `${w.head}:${w.deprel}`);

const PUNKT: Row = ['.', '$.', 'clb', '<punkt>', 0, 'IP'];
const at = (row: Row, head: number): Row => [row[0], row[1], row[2], row[3], head, row[5]];

describe('ndtToUd tags', () => {
  // "Hunden har spist maten ." (the dog has eaten the food)
  const s = ndt(
    ['Hunden', 'hund', 'subst', 'appell|mask|be|ent', 2, 'SUBJ'],
    ['har', 'ha', 'verb', 'pres', 0, 'FINV'],
    ['spist', 'spise', 'verb', 'perf-part', 2, 'INFV'],
    ['maten', 'mat', 'subst', 'appell|mask|be|ent', 3, 'DOBJ'],
    at(PUNKT, 2),
  );
  const ud = ndtToUd(s);

  it('maps parts of speech, with AUX for an auxiliary governing a non-finite verb', () => {
    expect(ud.words.map((w) => w.upos)).toEqual(['NOUN', 'AUX', 'VERB', 'NOUN', 'PUNCT']);
  });

  it('maps features to UD FEATS in UD order', () => {
    expect(ud.words[0].feats).toBe('Definite=Def|Gender=Masc|Number=Sing');
    expect(ud.words[1].feats).toBe('Mood=Ind|Tense=Pres|VerbForm=Fin');
    expect(ud.words[2].feats).toBe('VerbForm=Part');
    expect(ud.words[4].feats).toBe('_');
  });

  it('keeps lemmas, the OBT tag as XPOS and the name tag in MISC', () => {
    expect(ud.words.map((w) => w.lemma)).toEqual(['hund', 'ha', 'spise', 'mat', '.']);
    expect(ud.words[0].xpos).toBe('subst');
    expect(ud.words[0].misc).toBe('name=O');
  });

  it('makes the main verb the head of its auxiliary', () => {
    expect(arcs(s)).toEqual(['3:nsubj', '3:aux', '0:root', '3:obj', '3:punct']);
  });

  it('detects the written standard from OBT features', () => {
    expect(detectStandard(s)).toBe('nb');
    expect(detectStandard(ndt(['Båten', 'båt', 'subst', 'appell|mask|eint|bu', 0, 'FRAG']))).toBe('nn');
  });
});

describe('ndtToUd tree', () => {
  it('makes the noun the head of a prepositional phrase (obl under a verb, nmod under a noun)', () => {
    // "Per bor i et hus ved sjøen ."
    const s = ndt(
      ['Per', 'Per', 'subst', 'prop', 2, 'SUBJ'],
      ['bor', 'bo', 'verb', 'pres', 0, 'FINV'],
      ['i', 'i', 'prep', '_', 2, 'ADV'],
      ['et', 'en', 'det', 'nøyt|ent|kvant', 5, 'DET'],
      ['hus', 'hus', 'subst', 'appell|nøyt|ub|ent', 3, 'PUTFYLL'],
      ['ved', 'ved', 'prep', '_', 5, 'ATR'],
      ['sjøen', 'sjø', 'subst', 'appell|mask|be|ent', 6, 'PUTFYLL'],
      at(PUNKT, 2),
    );
    expect(arcs(s)).toEqual(['2:nsubj', '0:root', '5:case', '5:det', '2:obl', '7:case', '5:nmod', '2:punct']);
  });

  it('makes the predicative the head of a copula, and bli + participle a passive', () => {
    // "Huset er rødt ." / "Huset ble solgt ."
    const cop = ndt(
      ['Huset', 'hus', 'subst', 'appell|nøyt|be|ent', 2, 'SUBJ'],
      ['er', 'være', 'verb', 'pres', 0, 'FINV'],
      ['rødt', 'rød', 'adj', 'nøyt|ub|ent|pos', 2, 'SPRED'],
      at(PUNKT, 2),
    );
    expect(arcs(cop)).toEqual(['3:nsubj', '3:cop', '0:root', '3:punct']);
    const pass = ndt(
      ['Huset', 'hus', 'subst', 'appell|nøyt|be|ent', 2, 'SUBJ'],
      ['ble', 'bli', 'verb', 'pret', 0, 'FINV'],
      ['solgt', 'selge', 'verb', 'perf-part', 2, 'INFV'],
      at(PUNKT, 2),
    );
    expect(arcs(pass)).toEqual(['3:nsubj:pass', '3:aux:pass', '0:root', '3:punct']);
  });

  it('marks subordinate and infinitive clauses', () => {
    // "Hun sa at hun ville prøve å komme ."
    const s = ndt(
      ['Hun', 'hun', 'pron', 'fem|ent|pers|hum|3|nom', 2, 'SUBJ'],
      ['sa', 'si', 'verb', 'pret', 0, 'FINV'],
      ['at', 'at', 'sbu', '_', 5, 'SBU'],
      ['hun', 'hun', 'pron', 'fem|ent|pers|hum|3|nom', 5, 'SUBJ'],
      ['prøvde', 'prøve', 'verb', 'pret', 2, 'DOBJ'],
      ['å', 'å', 'inf-merke', '_', 5, 'DOBJ'],
      ['komme', 'komme', 'verb', 'inf', 6, 'INFV'],
      at(PUNKT, 2),
    );
    expect(arcs(s)).toEqual([
      '2:nsubj',
      '0:root',
      '5:mark',
      '5:nsubj',
      '2:ccomp',
      '7:mark',
      '5:xcomp',
      '2:punct',
    ]);
  });

  it('keeps coordination with the first conjunct as head and the conjunction on the next', () => {
    // "Per og Kari kom ."
    const s = ndt(
      ['Per', 'Per', 'subst', 'prop', 4, 'SUBJ'],
      ['og', 'og', 'konj', 'clb', 3, 'KONJ'],
      ['Kari', 'Kari', 'subst', 'prop', 1, 'KOORD'],
      ['kom', 'komme', 'verb', 'pret', 0, 'FINV'],
      at(PUNKT, 4),
    );
    expect(arcs(s)).toEqual(['4:nsubj', '3:cc', '1:conj', '0:root', '4:punct']);
  });

  it('makes the reporting verb the root of a quotation', () => {
    // "Det regner , sier Per ."
    const s = ndt(
      ['Det', 'det', 'pron', 'nøyt|ent|pers|3', 2, 'FSUBJ'],
      ['regner', 'regne', 'verb', 'pres', 0, 'FINV'],
      [',', '$,', '<komma>', '_', 2, 'IK'],
      ['sier', 'si', 'verb', 'pres', 2, 'PAR'],
      ['Per', 'Per', 'subst', 'prop', 4, 'SUBJ'],
      at(PUNKT, 2),
    );
    expect(arcs(s)).toEqual(['2:expl', '4:ccomp', '2:punct', '0:root', '4:nsubj', '4:punct']);
  });

  it('makes a title before a name its head, the name flat', () => {
    // "minister Kari Nordmann kom"
    const s = ndt(
      ['minister', 'minister', 'subst', 'appell|mask|ub|ent', 2, 'APP'],
      ['Kari', 'Kari', 'subst', 'prop', 4, 'SUBJ'],
      ['Nordmann', 'Nordmann', 'subst', 'prop', 2, 'FLAT'],
      ['kom', 'komme', 'verb', 'pret', 0, 'FINV'],
    );
    expect(arcs(s)).toEqual(['4:nsubj', '1:flat:name', '1:flat:name', '0:root']);
  });

  it('gives valid trees, even for punctuation-only sentences', () => {
    const s = ndt(['(', '$(', '<parentes-beg>', '_', 0, 'FRAG'], ['.', '$.', 'clb', '<punkt>', 1, 'IP']);
    expect(treeProblem(ndtToUd(s).words.map((w) => w.head))).toBeNull();
    expect(treeProblem([0, 1, 0])).toBe('not exactly one root');
    expect(treeProblem([2, 3, 1])).toBe('not exactly one root');
    expect(treeProblem([0, 3, 2])).toMatch(/cycle/);
  });
});
