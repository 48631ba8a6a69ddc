// Names the recogniser found, classified and folded: place words inside a name, letters that name nobody,
// middle initials and a place read as a person (hand-built trees stand in for the models; spec-trees.ts).
import { describe, expect, it, vi } from 'vitest';
vi.mock('../nlp/pipeline.ts', async () => (await import('./frames/spec-trees.ts')).handPipelineModule);
import { createNewsGraph, upsertNode } from '../graph/index.ts';
import { handTrees } from './frames/spec-trees.ts';
import { consolidate, extractArticle } from './index.ts';

const nodesOf = (text: string, lang: 'da' | 'nb' | 'en', trees: string[]): string[] => {
  handTrees(trees);
  const g = extractArticle({ id: 'a.txt', file: 'a.txt', text, lang });
  return g.filterNodes((_k, a) => a.type !== 'country').sort();
};

describe('names from the recogniser', () => {
  it('a generic place word ends a place\'s name, whatever type the model gave it ("X International Airport")', () => {
    expect(
      nodesOf('The plane left Solano International Airport.', 'en', [
        'The|DET|2|det plane|NOUN|3|nsubj left|VERB|0|root|leave Solano|PROPN|6|compound||_|B-PER International|PROPN|6|compound||_|I-PER Airport|PROPN|3|obj||_|L-PER .|PUNCT|3|punct',
      ]),
    ).toEqual(['place:solano-international-airport']);
  });
  it('a generic place word opens one ("Wadi X")', () => {
    expect(
      nodesOf('They crossed Wadi Solano.', 'en', [
        'They|PRON|2|nsubj crossed|VERB|0|root|cross Wadi|PROPN|4|compound||_|B-PER Solano|PROPN|2|obj||_|L-PER .|PUNCT|2|punct',
      ]),
    ).toEqual(['place:wadi-solano']);
  });
  it('a letter alone names nobody ("B 104" numbers a bill)', () => {
    expect(
      nodesOf('B 104 Forslag om soldater.', 'da', [
        'B|PROPN|3|compound||_|U-PER 104|NUM|1|nummod Forslag|NOUN|0|root|forslag om|ADP|5|case soldater|NOUN|3|nmod|soldat .|PUNCT|3|punct',
      ]),
    ).toEqual([]);
  });
  it('"X, Niger": a name followed by a comma and a country is a place there', () => {
    expect(
      nodesOf('They fought in Solano Vell, Niger.', 'en', [
        'They|PRON|2|nsubj fought|VERB|0|root|fight in|ADP|4|case Solano|PROPN|2|obl||_|B-ORG Vell|PROPN|4|flat||_|L-ORG ,|PUNCT|7|punct Niger|PROPN|4|appos||_|U-GPE_LOC .|PUNCT|2|punct',
      ]),
    ).toEqual(['place:solano-vel']);
  });
  it('a Scandinavian definite place noun ends a place\'s name ("Solano Bugten")', () => {
    expect(
      nodesOf('Skibe sejler i Solano Bugten.', 'da', [
        'Skibe|NOUN|2|nsubj|skib sejler|VERB|0|root|sejle i|ADP|4|case Solano|PROPN|2|obl||_|B-PER Bugten|PROPN|4|flat||_|L-PER .|PUNCT|2|punct',
      ]),
    ).toEqual(['place:solano-bugten']);
  });
  it('a name after "operasjonen", quoted or not, is an operation, no person', () => {
    expect(
      nodesOf('Norge deltar i operasjonen ”Solano Vell”.', 'nb', [
        'Norge|PROPN|2|nsubj||_|U-GPE_ORG deltar|VERB|0|root|delta i|ADP|4|case operasjonen|NOUN|2|obl|operasjon ”|PUNCT|6|punct Solano|PROPN|4|appos||_|B-PER Vell|PROPN|6|flat||_|L-PER ”|PUNCT|6|punct .|PUNCT|2|punct',
      ]),
    ).toEqual(['organisation:solano-vel']);
  });
  it('"udenrigsministeren (Anna Holm)": the title before a parenthesised name is hers, and gives her country', () => {
    handTrees([
      'Fremsat|VERB|0|root|fremsætte|VerbForm=Part af|ADP|3|case udenrigsministeren|NOUN|1|obl|udenrigsminister (|PUNCT|5|punct Anna|PROPN|3|appos||_|B-PER Holm|PROPN|5|flat||_|L-PER )|PUNCT|5|punct',
    ]);
    const g = extractArticle({
      id: 'a.txt',
      file: 'a.txt',
      text: 'Fremsat af udenrigsministeren (Anna Holm)',
      lang: 'da',
    });
    expect(g.getNodeAttribute('person:ana-holm', 'country')).toBe('country:denmark');
  });
  it('"U.S. military forces": the military word describes the forces, the country still names their owner', () => {
    expect(
      nodesOf('U.S. military forces attacked Dravik.', 'en', [
        'U.S.|PROPN|3|compound||_|U-GPE_LOC military|ADJ|3|amod forces|NOUN|4|nsubj|force attacked|VERB|0|root|attack Dravik|PROPN|4|obj||_|U-ORG .|PUNCT|4|punct',
      ]),
    ).toEqual(['organisation:dravik']);
    const g = extractArticle({
      id: 'a.txt',
      file: 'a.txt',
      text: 'U.S. military forces attacked Dravik.',
      lang: 'en',
    });
    expect(g.hasNode('country:united-states')).toBe(true);
  });
  it('a well-known surname alone gives the country its bearers share ("Hegseth"), not one they do not', () => {
    handTrees(['Hegseth|PROPN|2|nsubj||_|U-PER spoke|VERB|0|root|speak .|PUNCT|2|punct']);
    const g = extractArticle({ id: 'a.txt', file: 'a.txt', text: 'Hegseth spoke.', lang: 'en' });
    expect(g.getNodeAttribute('person:hegseth', 'country')).toBe('country:united-states');
  });
  it('a headline verb after a name is no part of it ("Tomas Anders Vell Holds a Briefing")', () => {
    expect(
      nodesOf('Tomas Anders Vell Holds a Briefing', 'en', [
        'Tomas|PROPN|4|compound||_|B-PER Anders|PROPN|1|flat||_|I-PER Vell|PROPN|1|flat||_|I-PER Holds|PROPN|0|root||_|L-PER a|DET|6|det Briefing|PROPN|4|list',
      ]),
    ).toEqual(['person:tomas-anders-vel']);
  });
  it('"X from Solano, California": a town the lexicons do not know is placed by the name after it', () => {
    handTrees([
      'Tomas|PROPN|5|nsubj||_|B-PER Vell|PROPN|1|flat||_|L-PER from|ADP|4|case Solano|PROPN|1|nmod||_|U-LOC worked|VERB|0|root|work .|PUNCT|5|punct',
    ]);
    const text = 'Tomas Vell from Solano worked.';
    expect(
      extractArticle({ id: 'a.txt', file: 'a.txt', text, lang: 'en' }).getNodeAttribute(
        'person:tomas-vel',
        'country',
      ),
    ).toBeUndefined();
    handTrees([
      'Tomas|PROPN|7|nsubj||_|B-PER Vell|PROPN|1|flat||_|L-PER from|ADP|4|case Solano|PROPN|1|nmod||_|U-LOC ,|PUNCT|6|punct California|PROPN|4|appos||_|U-LOC worked|VERB|0|root|work .|PUNCT|7|punct',
    ]);
    const g = extractArticle({
      id: 'a.txt',
      file: 'a.txt',
      text: 'Tomas Vell from Solano, California worked.',
      lang: 'en',
    });
    expect(g.getNodeAttribute('person:tomas-vel', 'country')).toBe('country:united-states');
  });
  it("an organisation whose name opens with a country or its adjective is that country's", () => {
    handTrees([
      'Egypt|PROPN|3|compound||_|B-ORG Solano|PROPN|3|compound||_|I-ORG Airlines|PROPN|4|nsubj||_|L-ORG flew|VERB|0|root|fly .|PUNCT|4|punct',
    ]);
    const g = extractArticle({ id: 'a.txt', file: 'a.txt', text: 'Egypt Solano Airlines flew.', lang: 'en' });
    const org = g.filterNodes((_k, a) => a.type === 'organisation')[0];
    expect(g.getNodeAttribute(org, 'country')).toBe('country:egypt');
  });
  it('"the K-9 Air Base": a proper noun before a capitalised base suffix names a base, number and all', () => {
    expect(
      nodesOf('Kovia struck the K-9 Air Base.', 'en', [
        'Kovia|PROPN|2|nsubj||_|U-ORG struck|VERB|0|root|strike the|DET|6|det K-9|PROPN|6|compound Air|PROPN|6|compound Base|PROPN|2|obj .|PUNCT|2|punct',
      ]),
    ).toEqual(['base:k-9', 'organisation:kovia']);
  });
});

describe('folding persons across the corpus', () => {
  it('a middle initial makes no other person ("Tomas Vell" is "Tomas K. Vell")', () => {
    const g = createNewsGraph();
    upsertNode(g, { key: 'person:tomas-vell', label: 'Tomas Vell', type: 'person' });
    upsertNode(g, { key: 'person:tomas-k-vell', label: 'Tomas K. Vell', type: 'person' });
    consolidate(g);
    expect(g.filterNodes((_k, a) => a.type === 'person')).toEqual(['person:tomas-k-vell']);
  });
  it('a silent, untitled "person" named like a base is that base', () => {
    const g = createNewsGraph();
    upsertNode(g, { key: 'person:solano', label: 'Solano', type: 'person' });
    upsertNode(g, { key: 'base:solano', label: 'Solano', type: 'base' });
    consolidate(g);
    expect(g.nodes().sort()).toEqual(['base:solano']);
  });
});
