import { describe, expect, it } from 'vitest';
import { parseTree } from './spec-trees.ts';
import { Tree } from './tree.ts';

const grammar = {
  passiveAux: new Set(['blive', 'bli', 'be', 'være']),
  agentPreps: new Set(['af', 'av', 'by']),
  relativePronouns: new Set(['som', 'which', 'that']),
  whereRelatives: new Set(['hvor', 'where', 'der']),
  timeNouns: new Set(['january', 'januar', 'week', 'natt']),
  approximators: new Set(['omkring', 'about']),
  includePreps: new Set(['blandt andet', 'including']),
  placeHeads: new Set(['base', 'basen', 'by']),
};
const tree = (spec: string): Tree => new Tree(parseTree(spec), grammar);
/** Enhanced dependents of a word as "rel:word". */
const down = (t: Tree, w: string): string[] =>
  t.down[t.s.words.indexOf(w)].map((e) => `${e.rel}:${t.s.words[e.to]}`).sort();

describe('normalised, enhanced tree', () => {
  it('reads a Danish "blev" + participle as passive, with nsubj:pass and obl:agent', () => {
    // "Lejren blev ramt af Kovia."
    const t = tree(
      'Lejren|NOUN|3|nsubj|lejr blev|AUX|3|aux|blive ramt|VERB|0|root|ramme|VerbForm=Part af|ADP|5|case Kovia|PROPN|3|obl',
    );
    expect(t.feat(2, 'Voice')).toBe('Pass');
    expect(down(t, 'ramt')).toEqual(['aux:blev', 'nsubj:pass:Lejren', 'obl:agent:Kovia']);
  });
  it('keeps an active perfect active', () => {
    const t = tree(
      'Kovia|PROPN|3|nsubj har|AUX|3|aux|have ramt|VERB|0|root|ramme|VerbForm=Part lejren|NOUN|3|obj|lejr',
    );
    expect(t.feat(2, 'Voice')).toBeUndefined();
    expect(down(t, 'ramt')).toContain('nsubj:Kovia');
  });
  it("gives a relative clause the noun it hangs on, in the relative word's role", () => {
    // "the strike that killed Dara"
    const t = tree(
      'the|DET|2|det strike|NOUN|0|root that|PRON|4|nsubj killed|VERB|2|acl:relcl|kill Dara|PROPN|4|obj',
    );
    expect(down(t, 'killed')).toEqual(['nsubj:strike', 'nsubj:that', 'obj:Dara']);
  });
  it('gives a "hvor/where" clause its noun as obl:where', () => {
    // "basen, hvor soldater er stationeret"
    const t = tree(
      'basen|NOUN|0|root|base ,|PUNCT|6|punct hvor|ADV|6|advmod soldater|NOUN|6|nsubj|soldat er|AUX|6|cop|være stationeret|VERB|1|acl:relcl|stationere|VerbForm=Part',
    );
    expect(down(t, 'stationeret')).toContain('obl:where:basen');
    expect(down(t, 'stationeret')).toContain('nsubj:pass:soldater');
  });
  it('reads "som"/"der" as complementisers too: the antecedent fills the gap, or is the place', () => {
    // "basen som Kovia angrep", "basen som ble angrepet", "leiren der soldatene bor"
    const obj = tree(
      'basen|NOUN|0|root|base som|SCONJ|4|mark Kovia|PROPN|4|nsubj angrep|VERB|1|acl:relcl|angripe',
    );
    expect(down(obj, 'angrep')).toEqual(['mark:som', 'nsubj:Kovia', 'obj:basen']);
    const subj = tree(
      'basen|NOUN|0|root|base som|SCONJ|4|mark ble|AUX|4|aux:pass|bli angrepet|VERB|1|acl:relcl|angripe|VerbForm=Part',
    );
    expect(down(subj, 'angrepet')).toContain('nsubj:pass:basen');
    const where = tree(
      'leiren|NOUN|0|root|leir der|SCONJ|4|mark soldatene|NOUN|4|nsubj|soldat bor|VERB|1|acl:relcl|bo',
    );
    expect(down(where, 'bor')).toContain('obl:where:leiren');
  });
  it('makes a noun the passive subject of the participle on it ("missiles fired from X")', () => {
    const t = tree(
      'missiles|NOUN|0|root|missile fired|VERB|1|acl|fire|Tense=Past,VerbForm=Part from|ADP|4|case Kovia|PROPN|2|obl',
    );
    expect(down(t, 'fired')).toEqual(['nsubj:pass:missiles', 'obl:Kovia']);
  });
  it('shares relations over conjuncts and a subject over conjoined verbs', () => {
    // "Kovia struck Tarn and Lusk and killed Dara"
    const t = tree(
      'Kovia|PROPN|2|nsubj struck|VERB|0|root|strike Tarn|PROPN|2|obj and|CCONJ|5|cc Lusk|PROPN|3|conj and|CCONJ|7|cc killed|VERB|2|conj|kill Dara|PROPN|7|obj',
    );
    expect(down(t, 'struck')).toEqual(['conj:killed', 'nsubj:Kovia', 'obj:Lusk', 'obj:Tarn']);
    expect(down(t, 'killed')).toEqual(['cc:and', 'nsubj:Kovia', 'obj:Dara']);
  });
  it('gives a controlled verb its head\'s subject ("responded by striking")', () => {
    const t = tree(
      'Kovia|PROPN|2|nsubj responded|VERB|0|root|respond by|SCONJ|4|mark striking|VERB|2|advcl|strike|VerbForm=Ger depots|NOUN|4|obj|depot',
    );
    expect(down(t, 'striking')).toContain('nsubj:Kovia');
  });
  it('reads the preposition of a nominal, with fixed parts ("according to")', () => {
    const t = tree('according|VERB|3|case to|ADP|1|fixed Orvik|PROPN|0|root');
    expect(t.caseOf(2)).toBe('according to');
  });
  it('repairs three parser habits: the passive auxiliary as head, a relative clause on a time noun, a loose "hvor" clause', () => {
    // "ble flere baser angrepet" with "ble" read as the main verb
    const aux = tree(
      'ble|VERB|0|root|bli baser|NOUN|1|xcomp|base angrepet|VERB|1|advcl|angripe|VerbForm=Part av|ADP|5|case Kovia|PROPN|3|obl',
    );
    expect(down(aux, 'angrepet')).toEqual(['nsubj:pass:baser', 'obl:agent:Kovia']);
    // "angrebet 3. januar, som dræbte X": the clause hangs on "angrebet", not on "januar"
    const time = tree(
      'angrebet|NOUN|0|root|angreb 3.|NUM|3|nummod januar|NOUN|1|nmod|januar som|PRON|5|nsubj dræbte|VERB|3|acl:relcl|dræbe Dara|PROPN|5|obj',
    );
    expect(down(time, 'dræbte')).toContain('nsubj:angrebet');
    // "rammet basen, hvor soldater er stasjonert" with the clause read as a conjunct of "rammet"
    const loose = tree(
      'rammet|VERB|0|root|ramme basen|NOUN|1|obj|base ,|PUNCT|7|punct hvor|ADV|7|advmod soldater|NOUN|7|nsubj|soldat er|AUX|7|cop|være stasjonert|VERB|1|conj|stasjonere|VerbForm=Part',
    );
    expect(down(loose, 'stasjonert')).toContain('obl:where:basen');
  });
  it("an expletive's object is the logical subject; conjuncts share the preposition", () => {
    // "I Kovia er det stasjonert soldater"
    const expl = tree(
      'I|ADP|2|case Kovia|PROPN|5|obl er|AUX|5|cop|være det|PRON|5|expl stasjonert|VERB|0|root|stasjonere|VerbForm=Part soldater|NOUN|5|obj|soldat',
    );
    expect(down(expl, 'stasjonert')).toContain('nsubj:pass:soldater');
    const conj = tree('i|ADP|2|case Tarn|PROPN|0|root og|CCONJ|4|cc Lusk|PROPN|2|conj');
    expect(conj.caseOf(3)).toBe('i');
  });
  it('a relative pronoun under a verb read as a conjunct still stands for the noun phrase before it', () => {
    // "basen Tarn i Kovia, som huser soldater" with "huser" parsed as a conjunct of the main verb
    const t = tree(
      'ramte|VERB|0|root|ramme basen|NOUN|1|obj|base Tarn|PROPN|2|appos i|ADP|5|case Kovia|PROPN|3|nmod ,|PUNCT|8|punct som|PRON|8|nsubj huser|VERB|1|conj|huse soldater|NOUN|8|obj|soldat',
    );
    expect(down(t, 'huser')).toContain('nsubj:basen');
  });
  it('moves a subject off an auxiliary, and reads the second of two subjects around a verb as its object', () => {
    // "Kovia har angrebet Tarn" with "Kovia" hung on "har" and "Tarn" read as a subject
    const t = tree(
      'Kovia|PROPN|2|nsubj har|AUX|3|aux|have angrebet|VERB|0|root|angribe|VerbForm=Part Tarn|PROPN|3|nsubj',
    );
    expect(down(t, 'angrebet')).toEqual(['aux:har', 'nsubj:Kovia', 'obj:Tarn']);
  });
  it('"Natt til X ble baser angrepet" with the nominal hung on "ble": the bases are the subject, the night its time', () => {
    const t = tree(
      'Natt|NOUN|2|nsubj|natt ble|AUX|3|aux:pass|bli angrepet|VERB|0|root|angripe|VerbForm=Part baser|NOUN|2|xcomp|base',
    );
    expect(down(t, 'angrepet')).toEqual(['aux:pass:ble', 'nsubj:pass:baser', 'obl:tmod:Natt']);
  });
  it('a participle read as the complement of a noun has that noun as its subject', () => {
    // "har 70 soldater udstationeret på X" with "udstationeret" as xcomp of "soldater"
    const t = tree(
      'soldater|NOUN|0|root|soldat udstationeret|VERB|1|xcomp|udstationere|VerbForm=Part på|ADP|4|case Tarn|PROPN|2|obl',
    );
    expect(down(t, 'udstationeret')).toContain('nsubj:pass:soldater');
  });
});
