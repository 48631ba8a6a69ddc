// More stationed-at shapes on invented sentences: arrivals, service, operating from a base, having a base,
// troops "in X" as a predicate (notation in spec-trees.ts).
import { describe, expect, it, vi } from 'vitest';
vi.mock('../../nlp/pipeline.ts', async () => (await import('./spec-trees.ts')).handPipelineModule);
import { edgesOf, frameRelations } from './spec-article.ts';

const stationed = (text: string, lang: 'da' | 'nb' | 'en', trees: string[]): string[] =>
  edgesOf(frameRelations(text, lang, trees), 'stationed-at');

describe('stationed-at: arriving, serving, operating', () => {
  it('"Omkring 300 franske soldater ankommer til X": an approximator is no preposition; arrivals station', () => {
    expect(
      stationed('Omkring 300 franske soldater ankommer til Estland.', 'da', [
        'Omkring|ADP|4|case|omkring 300|NUM|4|nummod franske|ADJ|4|amod|fransk soldater|NOUN|5|obl|soldat ankommer|VERB|0|root|ankomme til|ADP|7|case Estland|PROPN|5|obl||_|U-GPE_LOC .|PUNCT|5|punct',
      ]),
    ).toEqual(['country:france -> country:estonia']);
  });
  it('"gør tjeneste i X", "operate from X"', () => {
    expect(
      stationed('Danske soldater gør tjeneste i Estland.', 'da', [
        'Danske|ADJ|2|amod|dansk soldater|NOUN|3|nsubj|soldat gør|VERB|0|root|gøre tjeneste|NOUN|3|obj|tjeneste i|ADP|6|case Estland|PROPN|4|nmod||_|U-GPE_LOC .|PUNCT|3|punct',
      ]),
    ).toEqual(['country:denmark -> country:estonia']);
    expect(
      stationed('Dutch troops operate from Camp Solano.', 'en', [
        'Dutch|ADJ|2|amod|dutch troops|NOUN|3|nsubj|troop operate|VERB|0|root from|ADP|6|case Camp|PROPN|6|compound||_|B-LOC Solano|PROPN|3|obl||_|L-LOC .|PUNCT|3|punct',
      ]),
    ).toEqual(['country:netherlands -> base:solano']);
  });
  it('"kampfly er deployert til X" with the participle read as an adjective; sending a letter is no deployment', () => {
    expect(
      stationed('Danske kampfly er deployert til Litauen.', 'nb', [
        'Danske|ADJ|2|amod|dansk kampfly|NOUN|4|nsubj er|AUX|4|cop|være deployert|ADJ|0|root|deployere til|ADP|6|case Litauen|PROPN|4|obl||_|U-GPE_LOC .|PUNCT|4|punct',
      ]),
    ).toEqual(['country:denmark -> country:lithuania']);
    expect(
      stationed('Germany sent a note to Poland.', 'en', [
        'Germany|PROPN|2|nsubj||_|U-GPE_ORG sent|VERB|0|root|send a|DET|4|det note|NOUN|2|obj to|ADP|6|case Poland|PROPN|2|obl||_|U-GPE_LOC .|PUNCT|2|punct',
      ]),
    ).toEqual([]);
  });
});

describe('stationed-at: bases and places', () => {
  it('"har en militærbase i X", "har base ved flyplassen i X", "keeps advisers at Peruvian bases"', () => {
    expect(
      stationed('Tyrkia har en militærbase i Korvala.', 'nb', [
        'Tyrkia|PROPN|2|nsubj||_|U-GPE_ORG har|VERB|0|root|ha en|DET|4|det militærbase|NOUN|2|obj i|ADP|6|case Korvala|PROPN|4|nmod||_|U-LOC .|PUNCT|2|punct',
      ]),
    ).toEqual(['country:turkey -> place:korvala']);
    expect(
      stationed('Chile keeps advisers at Peruvian bases.', 'en', [
        'Chile|PROPN|2|nsubj||_|U-GPE_ORG keeps|VERB|0|root|keep advisers|NOUN|2|obj|adviser at|ADP|6|case Peruvian|ADJ|6|amod|peruvian bases|NOUN|3|nmod|base .|PUNCT|2|punct',
      ]),
    ).toEqual(['country:chile -> country:peru']);
  });
  it('troops "er i X" with the place as predicate, troops training "where" a base is', () => {
    expect(
      stationed('Kenyanske politifolk er nå i Somalia.', 'nb', [
        'Kenyanske|ADJ|2|amod|kenyansk politifolk|NOUN|6|nsubj|politifolk er|AUX|6|cop|være nå|ADV|6|advmod i|ADP|6|case Somalia|PROPN|0|root||_|U-GPE_LOC .|PUNCT|6|punct',
      ]),
    ).toEqual(['country:kenya -> country:somalia']);
    expect(
      stationed('Vejen fører til Camp Solano, hvor franske soldater træner.', 'da', [
        'Vejen|NOUN|2|nsubj|vej fører|VERB|0|root|føre til|ADP|5|case Camp|PROPN|5|compound||_|B-LOC Solano|PROPN|2|obl||_|L-LOC ,|PUNCT|10|punct hvor|ADV|10|advmod franske|ADJ|9|amod|fransk soldater|NOUN|10|nsubj|soldat træner|VERB|5|acl:relcl|træne .|PUNCT|2|punct',
      ]),
    ).toEqual(['country:france -> base:solano']);
  });
  it('warplanes "fra luftbasen X" fly from that base; the largest base "in the Pacific" is no place of it', () => {
    expect(
      stationed('Britiske kampfly fra Camp Solano har bombet mål.', 'nb', [
        'Britiske|ADJ|2|amod|britisk kampfly|NOUN|7|nsubj fra|ADP|5|case Camp|PROPN|5|compound||_|B-LOC Solano|PROPN|2|nmod||_|L-LOC har|AUX|7|aux|ha bombet|VERB|0|root|bombe mål|NOUN|7|obj .|PUNCT|7|punct',
      ]),
    ).toEqual(['country:united-kingdom -> base:solano']);
    expect(
      stationed('Camp Solano is the largest British base in the Atlantic.', 'en', [
        'Camp|PROPN|2|compound||_|B-LOC Solano|PROPN|7|nsubj||_|L-LOC is|AUX|7|cop|be the|DET|7|det largest|ADJ|7|amod|large|Degree=Sup British|ADJ|7|amod|british base|NOUN|0|root in|ADP|10|case the|DET|10|det Atlantic|PROPN|7|nmod||_|U-LOC .|PUNCT|7|punct',
      ]),
    ).toEqual(['country:united-kingdom -> base:solano']);
  });
  it('"kampfly fra luftbasen X" with the name hung elsewhere: a base noun is the name right after it', () => {
    expect(
      stationed('Britiske kampfly fra luftbasen Korvik har bombet mål.', 'nb', [
        'Britiske|ADJ|2|amod|britisk kampfly|NOUN|7|obl fra|ADP|4|case luftbasen|NOUN|2|nmod|luftbase Korvik|PROPN|7|nsubj||_|U-LOC har|AUX|7|aux|ha bombet|VERB|0|root|bombe mål|NOUN|7|obj .|PUNCT|7|punct',
      ]),
    ).toEqual(['country:united-kingdom -> base:korvik']);
  });
});

describe('stationed-at: forces named after where they serve', () => {
  it('"FN\'s styrke i Libanon (UNIFIL)": the name the parser hung on the place is the force\'s', () => {
    expect(
      stationed('FN forstærker FN’s styrke i Libanon (UNIFIL).', 'da', [
        'FN|PROPN|2|nsubj||_|U-ORG forstærker|VERB|0|root|forstærke FN’s|PROPN|4|nmod:poss|fn|Case=Gen|U-ORG styrke|NOUN|2|obj|styrke i|ADP|6|case Libanon|PROPN|4|nmod||_|U-GPE_LOC (|PUNCT|8|punct UNIFIL|PROPN|6|appos||_|U-ORG )|PUNCT|8|punct .|PUNCT|2|punct',
      ]),
    ).toEqual(['organisation:un -> country:lebanon', 'organisation:unifil -> country:lebanon']);
  });
  it('"the African Union Transition Mission in Somalia" is stationed in Somalia by its name alone', () => {
    expect(
      stationed('Egypt praised the African Union Transition Mission in Somalia.', 'en', [
        'Egypt|PROPN|2|nsubj||_|U-GPE_ORG praised|VERB|0|root|praise the|DET|9|det African|PROPN|9|compound||_|B-ORG Union|PROPN|9|compound||_|I-ORG Transition|PROPN|9|compound||_|I-ORG Mission|PROPN|2|obj||_|I-ORG in|ADP|9|case Somalia|PROPN|6|nmod||_|L-ORG .|PUNCT|2|punct',
      ]),
    ).toEqual(['organisation:atmis -> country:somalia']);
  });
  it('"deployed troops to the X islands": a name the recogniser missed, compounded onto a place noun, is the place', () => {
    expect(
      stationed('Egypt deployed troops to the Solano islands.', 'en', [
        'Egypt|PROPN|2|nsubj||_|U-GPE_ORG deployed|VERB|0|root|deploy troops|NOUN|2|obj|troop to|ADP|7|case the|DET|7|det Solano|PROPN|7|compound islands|NOUN|2|obl|island .|PUNCT|2|punct',
      ]),
    ).toEqual(['country:egypt -> place:solano']);
  });
  it('"brigaden i X, der også Egypt stiller styrkebidrag": "der" with its own subject is "where", and X is the place', () => {
    expect(
      stationed('Norge leder brigaden i Dravik, der også Egypt stiller styrkebidrag.', 'nb', [
        'Norge|PROPN|2|nsubj||_|U-GPE_ORG leder|VERB|0|root|lede brigaden|NOUN|2|obj|brigade i|ADP|5|case Dravik|PROPN|3|nmod||_|U-GPE_LOC ,|PUNCT|10|punct der|SCONJ|10|mark også|ADV|9|advmod Egypt|PROPN|10|nsubj||_|U-GPE_ORG stiller|VERB|2|advcl|stille styrkebidrag|NOUN|10|obj|styrkebidrag .|PUNCT|2|punct',
      ]),
    ).toEqual(['country:egypt -> place:dravik']);
  });
});
