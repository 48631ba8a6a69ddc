// The stated.* frames on invented sentences with hand-built trees (notation in spec-trees.ts).
import { describe, expect, it, vi } from 'vitest';
vi.mock('../../nlp/pipeline.ts', async () => (await import('./spec-trees.ts')).handPipelineModule);
import { edgesOf, frameRelations } from './spec-article.ts';

const stated = (text: string, lang: 'da' | 'nb' | 'en', trees: string[]): string[] =>
  edgesOf(frameRelations(text, lang, trees), 'stated');

describe('stated', () => {
  it("a reporting verb's subject speaks about the entities of its clause, inverted or not", () => {
    expect(
      stated('- Russland må trekke seg ut, sier utenriksminister Kari Lund.', 'nb', [
        `-|PUNCT|5|punct Russland|PROPN|5|nsubj||_|U-GPE_ORG må|AUX|5|aux|måtte trekke|VERB|0|root seg|PRON|5|obj ut|ADP|5|compound:prt ,|PUNCT|8|punct sier|VERB|5|parataxis|si utenriksminister|NOUN|8|nsubj Kari|PROPN|9|flat||_|B-PER Lund|PROPN|9|flat||_|L-PER .|PUNCT|5|punct`,
      ]),
    ).toEqual(['person:kari-lund -> country:russia']);
    expect(
      stated('The Dravik Brigade said Egypt struck Camp Solano.', 'en', [
        'The|DET|3|det Dravik|PROPN|3|compound||_|B-ORG Brigade|PROPN|4|nsubj||_|L-ORG said|VERB|0|root|say Egypt|PROPN|6|nsubj||_|U-GPE_ORG struck|VERB|4|ccomp|strike Camp|PROPN|8|compound||_|B-LOC Solano|PROPN|6|obj||_|L-LOC .|PUNCT|4|punct',
      ]),
    ).toEqual(['organisation:dravik-brigade -> base:solano', 'organisation:dravik-brigade -> country:egypt']);
  });
  it('"U.S. officials said": officials speak for their country', () => {
    expect(
      stated('U.S. officials said Camp Solano was hit.', 'en', [
        'U.S.|PROPN|2|compound||_|U-GPE_ORG officials|NOUN|3|nsubj|official said|VERB|0|root|say Camp|PROPN|5|compound||_|B-LOC Solano|PROPN|7|nsubj:pass||_|L-LOC was|AUX|7|aux:pass|be hit|VERB|3|ccomp|hit|VerbForm=Part .|PUNCT|3|punct',
      ]),
    ).toEqual(['country:united-states -> base:solano']);
  });
  it("a passive's agent speaks", () => {
    expect(
      stated('Angrepet på Kestrel-basen ble bekreftet av Iran.', 'nb', [
        'Angrepet|NOUN|5|nsubj|angrep på|ADP|3|case Kestrel-basen|PROPN|1|nmod|kestrel-base|_|U-LOC ble|AUX|5|aux:pass|bli bekreftet|VERB|0|root|bekrefte|VerbForm=Part av|ADP|7|case Iran|PROPN|5|obl||_|U-GPE_ORG .|PUNCT|5|punct',
      ]),
    ).toEqual(['country:iran -> base:kestrel']);
  });
  it('"ifølge X": X speaks about the clause it hangs on', () => {
    expect(
      stated('Ifølge Tomas Vell er Borvik-basen tom.', 'da', [
        'Ifølge|ADP|2|case|ifølge Tomas|PROPN|6|obl||_|B-PER Vell|PROPN|2|flat||_|L-PER er|AUX|6|cop|være Borvik-basen|PROPN|6|nsubj|borvik-base|_|U-LOC tom|ADJ|0|root .|PUNCT|6|punct',
      ]),
    ).toEqual(['person:tomas-vel -> base:borvik']);
  });
  it('a proposal\'s author hung deep under a date ("Fremsat den 2. maj af X")', () => {
    expect(
      stated('Forslag om soldater til Mali.\n\nFremsat den 2. maj af Anna Holm.', 'da', [
        'Forslag|NOUN|0|root|forslag om|ADP|3|case soldater|NOUN|1|nmod|soldat til|ADP|5|case Mali|PROPN|3|nmod||_|U-GPE_LOC .|PUNCT|1|punct',
        'Fremsat|VERB|0|root|fremsae den|DET|4|det 2.|NUM|4|nummod maj|NOUN|1|obj af|ADP|6|case Anna|PROPN|4|nmod||_|B-PER Holm|PROPN|6|flat||_|L-PER .|PUNCT|1|punct',
      ]),
    ).toEqual(['person:ana-holm -> country:mali']);
  });
  it('a reporting clause hung on another clause speaks about that clause only when it says nothing itself', () => {
    expect(
      stated('Egypt struck Orvik, and Kovia denied the report.', 'en', [
        'Egypt|PROPN|2|nsubj||_|U-GPE_ORG struck|VERB|0|root|strike Orvik|PROPN|2|obj||_|U-GPE_LOC ,|PUNCT|6|punct and|CCONJ|6|cc Kovia|PROPN|6|nsubj||_|U-ORG denied|VERB|2|parataxis|denied the|DET|8|det report|NOUN|6|obj .|PUNCT|2|punct',
      ]),
    ).toEqual([]);
  });
  it('"Fremsat af X" and "Det skriver X" speak about the sentence before', () => {
    expect(
      stated('Forslag om soldater til Mali.\n\nFremsat af udenrigsministeren Anna Holm.', 'da', [
        'Forslag|NOUN|0|root|forslag om|ADP|3|case soldater|NOUN|1|nmod|soldat til|ADP|5|case Mali|PROPN|3|nmod||_|U-GPE_LOC .|PUNCT|1|punct',
        'Fremsat|VERB|0|root|fremsætte|VerbForm=Part af|ADP|3|case udenrigsministeren|NOUN|1|obl|udenrigsminister Anna|PROPN|3|flat||_|B-PER Holm|PROPN|3|flat||_|L-PER .|PUNCT|1|punct',
      ]),
    ).toEqual(['person:ana-holm -> country:mali']);
    expect(
      stated('Borvik-basen er lukket. Det skriver Tomas Vell.', 'da', [
        'Borvik-basen|PROPN|3|nsubj|borvik-base|_|U-LOC er|AUX|3|aux|være lukket|VERB|0|root|lukke|VerbForm=Part .|PUNCT|3|punct',
        'Det|PRON|2|obj|det skriver|VERB|0|root|skrive Tomas|PROPN|2|nsubj||_|B-PER Vell|PROPN|3|flat||_|L-PER .|PUNCT|2|punct',
      ]),
    ).toEqual(['person:tomas-vel -> base:borvik']);
  });
  it('a dash paragraph is the speaker\'s named in it; "sagde han" is the last speaker', () => {
    expect(
      stated('- Kestrel-basen er sikker. Rusland er langt væk, siger Kari Lund.', 'da', [
        '-|PUNCT|4|punct Kestrel-basen|PROPN|4|nsubj|kestrel-base|_|U-LOC er|AUX|4|cop|være sikker|ADJ|0|root .|PUNCT|4|punct',
        'Rusland|PROPN|4|nsubj||_|U-GPE_ORG er|AUX|4|cop|være langt|ADV|4|advmod væk|ADV|0|root ,|PUNCT|6|punct siger|VERB|4|parataxis|sige Kari|PROPN|6|nsubj||_|B-PER Lund|PROPN|7|flat||_|L-PER .|PUNCT|4|punct',
      ]),
    ).toEqual(['person:kari-lund -> base:kestrel', 'person:kari-lund -> country:russia']);
  });
  it('verb second: a name read as the object of "skriver" speaks when the subject slot names nobody', () => {
    expect(
      stated('Det skriver Tomas Vell om Borvik-basen.', 'da', [
        'Det|PRON|2|nsubj|det skriver|VERB|0|root|skrive Tomas|PROPN|2|obj||_|B-PER Vell|PROPN|3|flat||_|L-PER om|ADP|6|case Borvik-basen|PROPN|2|obl|borvik-base|_|U-LOC .|PUNCT|2|punct',
      ]),
    ).toEqual(['person:tomas-vel -> base:borvik']);
    // English has no verb second: "told X" names who was told.
    expect(
      stated('Egypt told Tomas Vell about Camp Solano.', 'en', [
        'Egypt|PROPN|2|nsubj||_|U-GPE_ORG told|VERB|0|root|tell Tomas|PROPN|2|obj||_|B-PER Vell|PROPN|3|flat||_|L-PER about|ADP|7|case Camp|PROPN|7|compound||_|B-LOC Solano|PROPN|2|obl||_|L-LOC .|PUNCT|2|punct',
      ]),
    ).toEqual(['country:egypt -> base:solano', 'country:egypt -> person:tomas-vel']);
  });
  it('"lyder det fra X"', () => {
    expect(
      stated('- Borvik-basen er tom, lyder det fra Tomas Vell.', 'da', [
        '-|PUNCT|4|punct Borvik-basen|PROPN|4|nsubj|borvik-base|_|U-LOC er|AUX|4|cop|være tom|ADJ|0|root ,|PUNCT|6|punct lyder|VERB|4|parataxis|lyde det|PRON|6|nsubj|det fra|ADP|9|case Tomas|PROPN|6|obl||_|B-PER Vell|PROPN|9|flat||_|L-PER .|PUNCT|4|punct',
      ]),
    ).toEqual(['person:tomas-vel -> base:borvik']);
  });
  it('a news medium alone relays the last speaker of the paragraph; beside another speaker it is dropped', () => {
    expect(
      stated('Tomas Vell siger, at Borvik-basen er tom. Kestrel-lejren er også tom, skriver Reuters.', 'da', [
        'Tomas|PROPN|3|nsubj||_|B-PER Vell|PROPN|1|flat||_|L-PER siger|VERB|0|root|sige ,|PUNCT|8|punct at|SCONJ|8|mark Borvik-basen|PROPN|8|nsubj|borvik-base|_|U-LOC er|AUX|8|cop|være tom|ADJ|3|ccomp .|PUNCT|3|punct',
        'Kestrel-lejren|PROPN|4|nsubj|kestrel-lejr|_|U-LOC er|AUX|4|cop|være også|ADV|4|advmod tom|ADJ|0|root ,|PUNCT|6|punct skriver|VERB|4|parataxis|skrive Reuters|PROPN|6|nsubj||_|U-ORG .|PUNCT|4|punct',
      ]),
    ).toEqual(['person:tomas-vel -> base:borvik', 'person:tomas-vel -> base:kestrel']);
  });
  it('"kalder X en trussel"; "bad X Y om": only the first object after the verb speaks', () => {
    expect(
      stated('Tomas Vell kalder Rusland en trussel.', 'da', [
        'Tomas|PROPN|3|nsubj||_|B-PER Vell|PROPN|1|flat||_|L-PER kalder|VERB|0|root|kalde Rusland|PROPN|3|obj||_|U-GPE_ORG en|DET|6|det trussel|NOUN|3|xcomp .|PUNCT|3|punct',
      ]),
    ).toEqual(['person:tomas-vel -> country:russia']);
    expect(
      stated('Derfor bad Tomas Vell ambassadøren Kari Lund om Borvik-basen.', 'da', [
        'Derfor|ADV|2|advmod|derfor bad|VERB|0|root|bede Tomas|PROPN|2|obj||_|B-PER Vell|PROPN|3|flat||_|L-PER ambassadøren|NOUN|2|obj|ambassadør Kari|PROPN|5|flat||_|B-PER Lund|PROPN|6|flat||_|L-PER om|ADP|9|case Borvik-basen|PROPN|2|obl|borvik-base|_|U-LOC .|PUNCT|2|punct',
      ]),
    ).toEqual(['person:tomas-vel -> base:borvik', 'person:tomas-vel -> person:kari-lund']);
  });
  it('"Chile må svare": answering without an answer says nothing', () => {
    expect(
      stated('Tomas Vell mener, at Chile må svare.', 'da', [
        'Tomas|PROPN|3|nsubj||_|B-PER Vell|PROPN|1|flat||_|L-PER mener|VERB|0|root|mene ,|PUNCT|8|punct at|SCONJ|8|mark Chile|PROPN|8|nsubj||_|U-GPE_ORG må|AUX|8|aux|måtte svare|VERB|3|ccomp|svare .|PUNCT|3|punct',
      ]),
    ).toEqual(['person:tomas-vel -> country:chile']);
  });
});
