// More attacked.* shapes on invented sentences: responses in deeds, agents hung on the target, lists of
// targets, superlatives (notation in spec-trees.ts).
import { describe, expect, it, vi } from 'vitest';
vi.mock('../../nlp/pipeline.ts', async () => (await import('./spec-trees.ts')).handPipelineModule);
import { edgesOf, frameRelations } from './spec-article.ts';

const rels = (text: string, lang: 'da' | 'nb' | 'en', trees: string[], type = 'attacked'): string[] =>
  edgesOf(frameRelations(text, lang, trees), type);

describe('attacked: responses in deeds', () => {
  it('"X svarte med luftangrep mot Y": the one who responds attacks, and says nothing', () => {
    const text = 'Egypt svarte med luftangrep mot Dravik.';
    const tree = [
      'Egypt|PROPN|2|nsubj||_|U-GPE_ORG svarte|VERB|0|root|svare med|ADP|4|case luftangrep|NOUN|2|obl|luftangrep mot|ADP|6|case Dravik|PROPN|4|nmod||_|U-ORG .|PUNCT|2|punct',
    ];
    expect(rels(text, 'nb', tree)).toEqual(['country:egypt -> organisation:dravik']);
    expect(rels(text, 'nb', tree, 'stated')).toEqual([]);
  });
  it('"X svarte med å angripe Y" is a real attack, not an unreal infinitive', () => {
    expect(
      rels('Egypt svarte med å angripe Dravik.', 'nb', [
        'Egypt|PROPN|2|nsubj||_|U-GPE_ORG svarte|VERB|0|root|svare med|ADP|5|mark å|PART|5|mark angripe|VERB|2|advcl|angripe|VerbForm=Inf Dravik|PROPN|5|obj||_|U-ORG .|PUNCT|2|punct',
      ]),
    ).toEqual(['country:egypt -> organisation:dravik']);
  });
});

describe('attacked: phrases in other places', () => {
  it('"the strike on X by Y" with the by-phrase hung on the target', () => {
    expect(
      rels('The strike on Camp Solano by Egypt ended.', 'en', [
        'The|DET|2|det strike|NOUN|8|nsubj on|ADP|5|case Camp|PROPN|5|compound||_|B-LOC Solano|PROPN|2|nmod||_|L-LOC by|ADP|7|case Egypt|PROPN|5|nmod||_|U-GPE_ORG ended|VERB|0|root|end .|PUNCT|8|punct',
      ]),
    ).toEqual(['country:egypt -> base:solano']);
  });
  it('"attacked several bases, including X"', () => {
    expect(
      rels('Egypt attacked several bases, including Camp Solano.', 'en', [
        'Egypt|PROPN|2|nsubj||_|U-GPE_ORG attacked|VERB|0|root|attack several|ADJ|4|amod bases|NOUN|2|obj|base ,|PUNCT|8|punct including|VERB|8|case|include Camp|PROPN|8|compound||_|B-LOC Solano|PROPN|2|obl||_|L-LOC .|PUNCT|2|punct',
      ]),
    ).toEqual(['country:egypt -> base:solano']);
  });
  it('coordinated places share their preposition: "40 mål i X og Y"', () => {
    expect(
      rels('Mål i Libyen og Tchad blev angrebet af Egypten.', 'da', [
        'Mål|NOUN|7|nsubj|mål i|ADP|3|case Libyen|PROPN|1|nmod||_|U-GPE_LOC og|CCONJ|5|cc Tchad|PROPN|3|conj||_|U-GPE_LOC blev|AUX|7|aux|blive angrebet|VERB|0|root|angribe|VerbForm=Part af|ADP|9|case Egypten|PROPN|7|obl||_|U-GPE_ORG .|PUNCT|7|punct',
      ]),
    ).toEqual(['country:egypt -> country:chad', 'country:egypt -> country:libya']);
  });
  it('a title without its holder\'s name attacks for nobody: "Chile\'s president attacked Lima"', () => {
    expect(
      rels("Egypt's president attacked Dravik.", 'en', [
        "Egypt|PROPN|3|nmod:poss||_|U-GPE_ORG 's|PART|1|case president|NOUN|4|nsubj attacked|VERB|0|root|attack Dravik|PROPN|4|obj||_|U-ORG .|PUNCT|4|punct",
      ]),
    ).toEqual([]);
    expect(
      rels("Egypt's army attacked Dravik.", 'en', [
        "Egypt|PROPN|3|nmod:poss||_|U-GPE_ORG 's|PART|1|case army|NOUN|4|nsubj attacked|VERB|0|root|attack Dravik|PROPN|4|obj||_|U-ORG .|PUNCT|4|punct",
      ]),
    ).toEqual([
      'country:egypt -> organisation:dravik',
      'organisation:egyptian-armed-forces -> organisation:dravik',
    ]);
  });
  it('a region hit is its country hit only when a state attacks', () => {
    expect(
      rels('Dravik angreb Velmar-regionen i Ukraine.', 'da', [
        'Dravik|PROPN|2|nsubj||_|U-ORG angreb|VERB|0|root|angribe Velmar-regionen|PROPN|2|obj|velmar-region|_|U-LOC i|ADP|5|case Ukraine|PROPN|3|nmod||_|U-GPE_LOC .|PUNCT|2|punct',
      ]),
    ).toEqual(['organisation:dravik -> place:velmar']);
  });
  it('"affyrede mere end et dusin missiler mod X": the weapon deep under the verb', () => {
    expect(
      rels('Iran affyrede et dusin missiler mod Camp Solano.', 'da', [
        'Iran|PROPN|2|nsubj||_|U-GPE_ORG affyrede|VERB|0|root|affyre et|DET|4|det dusin|NOUN|2|obl missiler|NOUN|4|nmod|missil mod|ADP|8|case Camp|PROPN|8|compound||_|B-LOC Solano|PROPN|5|nmod||_|L-LOC .|PUNCT|2|punct',
      ]),
    ).toEqual(['country:iran -> base:solano']);
  });
});

describe('attacked: a state behind its armed forces', () => {
  it('"the Russian military struck X" is the Russian Armed Forces and Russia striking X', () => {
    expect(
      rels('The Russian military struck Dravik.', 'en', [
        'The|DET|3|det Russian|ADJ|3|amod|russian military|NOUN|4|nsubj struck|VERB|0|root|strike Dravik|PROPN|4|obj||_|U-GPE_LOC .|PUNCT|4|punct',
      ]),
    ).toEqual(['country:russia -> place:dravik', 'organisation:russian-armed-forces -> place:dravik']);
  });
});

describe('attacked: an attack told by where it happened', () => {
  it('"X\'s attacks in Y", with no target named: Y is what was attacked', () => {
    expect(
      rels("Kovia's attacks in Dravik continued.", 'en', [
        "Kovia|PROPN|3|nmod:poss||_|U-ORG 's|PART|1|case attacks|NOUN|6|nsubj|attack in|ADP|5|case Dravik|PROPN|3|nmod||_|U-GPE_LOC continued|VERB|0|root|continue .|PUNCT|6|punct",
      ]),
    ).toEqual(['organisation:kovia -> place:dravik']);
  });
  it('a named target wins over the place: "X\'s attack on Y in Z"', () => {
    expect(
      rels("Kovia's attack on Solano in Dravik failed.", 'en', [
        "Kovia|PROPN|3|nmod:poss||_|U-ORG 's|PART|1|case attack|NOUN|8|nsubj|attack on|ADP|5|case Solano|PROPN|3|nmod||_|U-ORG in|ADP|7|case Dravik|PROPN|3|nmod||_|U-GPE_LOC failed|VERB|0|root|fail .|PUNCT|8|punct",
      ]),
    ).toEqual(['organisation:kovia -> organisation:solano']);
  });
  it('places after a comma, read as appositions, are a list: "attacks in Y, Z and W"', () => {
    expect(
      rels("Kovia's attacks in Dravik, Velmar continued.", 'en', [
        "Kovia|PROPN|3|nmod:poss||_|U-ORG 's|PART|1|case attacks|NOUN|8|nsubj|attack in|ADP|5|case Dravik|PROPN|3|nmod||_|U-GPE_LOC ,|PUNCT|7|punct Velmar|PROPN|5|appos||_|U-GPE_LOC continued|VERB|0|root|continue .|PUNCT|8|punct",
      ]),
    ).toEqual(['organisation:kovia -> place:dravik', 'organisation:kovia -> place:velmar']);
  });
});

describe('attacked: groups and places named around a noun', () => {
  it('"the rebel group attacked X": a definite group noun is the armed group named just before', () => {
    expect(
      rels('Talks with Kovia ended after the rebel group attacked Dravik.', 'en', [
        'Talks|NOUN|2|nsubj|talk with|ADP|4|case Kovia|PROPN|1|nmod||_|U-ORG ended|VERB|0|root|end after|SCONJ|9|mark the|DET|8|det rebel|NOUN|8|compound|rebel group|NOUN|9|nsubj|group attacked|VERB|4|advcl|attack Dravik|PROPN|9|obj||_|U-GPE_LOC .|PUNCT|4|punct',
      ]),
    ).toEqual(['organisation:kovia -> place:dravik']);
  });
  it('"shelled the port town of X": the place noun stands for the place it is of', () => {
    expect(
      rels('Kovia shelled the port town of Dravik.', 'en', [
        'Kovia|PROPN|2|nsubj||_|U-ORG shelled|VERB|0|root|shell the|DET|5|det port|NOUN|5|compound|port town|NOUN|2|obj|town of|ADP|7|case Dravik|PROPN|5|nmod||_|U-GPE_LOC .|PUNCT|2|punct',
      ]),
    ).toEqual(['organisation:kovia -> place:dravik']);
  });
  it('"The attack on X was a strike by Y": an event said to be another has its actors', () => {
    expect(
      rels('The attack on Dravik was a strike by Kovia.', 'en', [
        'The|DET|2|det attack|NOUN|7|nsubj|attack on|ADP|4|case Dravik|PROPN|2|nmod||_|U-GPE_LOC was|AUX|7|cop|be a|DET|7|det strike|NOUN|0|root|strike by|ADP|9|case Kovia|PROPN|7|nmod||_|U-ORG .|PUNCT|7|punct',
      ]),
    ).toEqual(['organisation:kovia -> place:dravik']);
  });
});
