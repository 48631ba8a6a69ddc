// Speakers named by a document's form rather than a reporting verb: a speaker label before a speech, a
// statement noun with its author, a bill's author before its title (notation in spec-trees.ts).
import { describe, expect, it, vi } from 'vitest';
vi.mock('../../nlp/pipeline.ts', async () => (await import('./spec-trees.ts')).handPipelineModule);
import { edgesOf, frameRelations } from './spec-article.ts';

const stated = (text: string, lang: 'da' | 'nb' | 'en', trees: string[]): string[] =>
  edgesOf(frameRelations(text, lang, trees), 'stated');

describe('speakers named by the form of the document', () => {
  it('"Utenriksminister X: …" makes X the speaker of the speech that follows, until another label', () => {
    expect(
      stated('Utenriksminister Kari Lund: Takk.\n\nEgypt angrep Dravik.\n\nTomas Vell: Iran.', 'nb', [
        'Utenriksminister|NOUN|5|nsubj|utenriksminister Kari|PROPN|1|flat||_|B-PER Lund|PROPN|1|flat||_|L-PER :|PUNCT|1|punct Takk|NOUN|0|root|takk .|PUNCT|5|punct',
        'Egypt|PROPN|2|nsubj||_|U-GPE_ORG angrep|VERB|0|root|angripe|VerbForm=Fin Dravik|PROPN|2|obj||_|U-GPE_LOC .|PUNCT|2|punct',
        'Tomas|PROPN|4|nsubj||_|B-PER Vell|PROPN|1|flat||_|L-PER :|PUNCT|1|punct Iran|PROPN|0|root||_|U-GPE_ORG .|PUNCT|4|punct',
      ]),
    ).toEqual([
      'person:kari-lund -> country:egypt',
      'person:kari-lund -> place:dravik',
      'person:tomas-vel -> country:iran',
    ]);
  });
  it('"X sagde: …" is no label: the verb before the colon introduces the quote', () => {
    expect(
      stated('Kari Lund spiste: Egypt.', 'nb', [
        'Kari|PROPN|3|nsubj||_|B-PER Lund|PROPN|1|flat||_|L-PER spiste|VERB|0|root|spise :|PUNCT|3|punct Egypt|PROPN|3|obj||_|U-GPE_ORG .|PUNCT|3|punct',
      ]),
    ).toEqual([]);
  });
  it('"Statement by X on Y": a statement noun\'s author speaks about its subject', () => {
    expect(
      stated('Statement by Tomas Vell on Egypt', 'en', [
        'Statement|NOUN|0|root|statement by|ADP|3|case Tomas|PROPN|1|nmod||_|B-PER Vell|PROPN|3|flat||_|L-PER on|ADP|6|case Egypt|PROPN|1|nmod||_|U-GPE_ORG',
      ]),
    ).toEqual(['person:tomas-vel -> country:egypt']);
  });
});

describe('speakers together', () => {
  it('"Egypt and Kovia announced that …": co-speakers do not speak about one another', () => {
    expect(
      stated('Egypt and Kovia announced that Dravik attacked.', 'en', [
        'Egypt|PROPN|4|nsubj||_|U-GPE_ORG and|CCONJ|3|cc Kovia|PROPN|1|conj||_|U-ORG announced|VERB|0|root|announce that|SCONJ|7|mark Dravik|PROPN|7|nsubj||_|U-GPE_ORG attacked|VERB|4|ccomp|attack .|PUNCT|4|punct',
      ]),
    ).toEqual(['country:egypt -> place:dravik', 'organisation:kovia -> place:dravik']);
  });
  it('"X meddeler sit samtykke til, at …" gives consent, it reports nothing', () => {
    expect(
      stated('Folketinget meddeler sit samtykke til, at Egypt angriber.', 'da', [
        'Folketinget|PROPN|2|nsubj||_|U-ORG meddeler|VERB|0|root|meddele sit|DET|4|det samtykke|NOUN|2|obj|samtykke til|ADP|9|mark ,|PUNCT|9|punct at|SCONJ|9|mark Egypt|PROPN|9|nsubj||_|U-GPE_ORG angriber|VERB|4|acl|angribe .|PUNCT|2|punct',
      ]),
    ).toEqual([]);
  });
});

describe('speakers with their affiliation', () => {
  it('"Kovia Press Secretary Tomas Vell said": the person the phrase names speaks, not the body', () => {
    expect(
      stated('Kovia Press Secretary Tomas Vell said Egypt struck.', 'en', [
        'Kovia|PROPN|6|nsubj||_|U-ORG Press|PROPN|1|flat Secretary|PROPN|1|flat Tomas|PROPN|3|flat||_|B-PER Vell|PROPN|3|flat||_|L-PER said|VERB|0|root|say Egypt|PROPN|8|nsubj||_|U-GPE_ORG struck|VERB|6|ccomp|strike .|PUNCT|6|punct',
      ]),
    ).toEqual(['person:tomas-vel -> country:egypt']);
  });
});

describe('messages from someone', () => {
  it('"the message from X was that …": X speaks', () => {
    expect(
      stated('The message from Tomas Vell was that Egypt struck.', 'en', [
        'The|DET|2|det message|NOUN|0|root|message from|ADP|4|case Tomas|PROPN|2|nmod||_|B-PER Vell|PROPN|4|flat||_|L-PER was|AUX|2|cop|be that|SCONJ|9|mark Egypt|PROPN|9|nsubj||_|U-GPE_ORG struck|VERB|2|acl|strike .|PUNCT|2|punct',
      ]),
    ).toEqual(['person:tomas-vel -> country:egypt']);
  });
});
