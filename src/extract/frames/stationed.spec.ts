// The stationed.* frames on invented sentences with hand-built trees (notation in spec-trees.ts).
import { describe, expect, it, vi } from 'vitest';
vi.mock('../../nlp/pipeline.ts', async () => (await import('./spec-trees.ts')).handPipelineModule);
import { edgesOf, frameRelations } from './spec-article.ts';

const stationed = (text: string, lang: 'da' | 'nb' | 'en', trees: string[]): string[] =>
  edgesOf(frameRelations(text, lang, trees), 'stationed-at');

describe('stationed-at: verbs', () => {
  it('"X soldiers are stationed in Y", and in the country that holds Y', () => {
    expect(
      stationed('Norske soldater er stasjonert i Velmar-regionen i Irak.', 'nb', [
        'Norske|ADJ|2|amod|norsk soldater|NOUN|4|nsubj|soldat er|AUX|4|aux|være stasjonert|VERB|0|root|stasjonere|VerbForm=Part i|ADP|6|case Velmar-regionen|PROPN|4|obl|velmar-region|_|U-LOC i|ADP|8|case Irak|PROPN|6|nmod||_|U-GPE_LOC .|PUNCT|4|punct',
      ]),
    ).toEqual(['country:norway -> country:iraq', 'country:norway -> place:velmar']);
  });
  it('a "hvor/where" clause on a base', () => {
    expect(
      stationed('Vi besøgte Borvik-basen, hvor danske soldater er udstationeret.', 'da', [
        'Vi|PRON|2|nsubj|vi besøgte|VERB|0|root|besøge Borvik-basen|PROPN|2|obj|borvik-base|_|U-LOC ,|PUNCT|9|punct hvor|ADV|9|advmod danske|ADJ|7|amod|dansk soldater|NOUN|9|nsubj|soldat er|AUX|9|aux|være udstationeret|VERB|3|acl:relcl|udstationere|VerbForm=Part .|PUNCT|2|punct',
      ]),
    ).toEqual(['country:denmark -> base:borvik']);
  });
  it('sent and deployed: "were deployed to X", "Sweden sent soldiers to X", "stationed troops in X"', () => {
    expect(
      stationed('Danish troops were deployed to Camp Solano.', 'en', [
        'Danish|ADJ|2|amod|danish troops|NOUN|4|nsubj:pass|troop were|AUX|4|aux:pass|be deployed|VERB|0|root|deploy|VerbForm=Part to|ADP|7|case Camp|PROPN|7|compound||_|B-LOC Solano|PROPN|4|obl||_|L-LOC .|PUNCT|4|punct',
      ]),
    ).toEqual(['country:denmark -> base:solano']);
    expect(
      stationed('Sweden sent soldiers to Mali.', 'en', [
        'Sweden|PROPN|2|nsubj||_|U-GPE_ORG sent|VERB|0|root|send soldiers|NOUN|2|obj|soldier to|ADP|5|case Mali|PROPN|2|obl||_|U-GPE_LOC .|PUNCT|2|punct',
      ]),
    ).toEqual(['country:sweden -> country:mali']);
    expect(
      stationed('Germany stationed troops in Lithuania.', 'en', [
        'Germany|PROPN|2|nsubj||_|U-GPE_ORG stationed|VERB|0|root|station troops|NOUN|2|obj|troop in|ADP|5|case Lithuania|PROPN|2|obl||_|U-GPE_LOC .|PUNCT|2|punct',
      ]),
    ).toEqual(['country:germany -> country:lithuania']);
  });
  it('"deployed hundreds of fighters to X": the counted force, the place named on it; weapon systems are forces', () => {
    expect(
      stationed('Dravik deployed hundreds of fighters to Mali.', 'en', [
        'Dravik|PROPN|2|nsubj||_|U-ORG deployed|VERB|0|root|deploy hundreds|NOUN|2|obj|hundred of|ADP|5|case fighters|NOUN|3|nmod|fighter to|ADP|7|case Mali|PROPN|5|nmod||_|U-GPE_LOC .|PUNCT|2|punct',
      ]),
    ).toEqual(['organisation:dravik -> country:mali']);
    expect(
      stationed('A British missile system was stationed in Estonia.', 'en', [
        'A|DET|4|det British|ADJ|4|amod|british missile|NOUN|4|compound system|NOUN|6|nsubj:pass was|AUX|6|aux:pass|be stationed|VERB|0|root|station|VerbForm=Part in|ADP|8|case Estonia|PROPN|6|obl||_|U-GPE_LOC .|PUNCT|6|punct',
      ]),
    ).toEqual(['country:united-kingdom -> country:estonia']);
  });
  it('having or keeping a force somewhere; a bare contribution is no force', () => {
    expect(
      stationed('Sverige beholder en liten styrke i Mali.', 'nb', [
        'Sverige|PROPN|2|nsubj||_|U-GPE_ORG beholder|VERB|0|root|beholde en|DET|5|det liten|ADJ|5|amod|liten styrke|NOUN|2|obj i|ADP|7|case Mali|PROPN|5|nmod||_|U-GPE_LOC .|PUNCT|2|punct',
      ]),
    ).toEqual(['country:sweden -> country:mali']);
    expect(
      stationed('Norge har soldater i Jordan.', 'nb', [
        'Norge|PROPN|2|nsubj||_|U-GPE_ORG har|VERB|0|root|ha soldater|NOUN|2|obj|soldat i|ADP|5|case Jordan|PROPN|2|obl||_|U-GPE_LOC .|PUNCT|2|punct',
      ]),
    ).toEqual(['country:norway -> country:jordan']);
    expect(
      stationed('Norge har et bidrag i Jordan.', 'nb', [
        'Norge|PROPN|2|nsubj||_|U-GPE_ORG har|VERB|0|root|ha et|DET|4|det bidrag|NOUN|2|obj|bidrag i|ADP|6|case Jordan|PROPN|2|obl||_|U-GPE_LOC .|PUNCT|2|punct',
      ]),
    ).toEqual([]);
  });
  it("a state's armed force stationed somewhere is the state stationed there", () => {
    expect(
      stationed('The US military is based at Camp Solano.', 'en', [
        'The|DET|3|det|the US|PROPN|3|compound||_|B-ORG military|NOUN|5|nsubj:pass||_|L-ORG is|AUX|5|aux:pass|be based|VERB|0|root|base|VerbForm=Part at|ADP|8|case Camp|PROPN|8|compound||_|B-LOC Solano|PROPN|5|obl||_|L-LOC .|PUNCT|5|punct',
      ]),
    ).toEqual(['country:united-states -> base:solano', 'organisation:us-military -> base:solano']);
  });
  it('a base hosting troops', () => {
    expect(
      stationed('Camp Solano hosts Danish troops.', 'en', [
        'Camp|PROPN|2|compound||_|B-LOC Solano|PROPN|3|nsubj||_|L-LOC hosts|VERB|0|root|host Danish|ADJ|5|amod|danish troops|NOUN|3|obj|troop .|PUNCT|3|punct',
      ]),
    ).toEqual(['country:denmark -> base:solano']);
  });
});

describe('stationed-at: pointing back', () => {
  it('"har 70 soldater udstationeret der": the subject that has them, and "der" the place just named (the base, not the country it lies in)', () => {
    expect(
      stationed('Kestrel-basen ligger i Irak. Norge har 70 soldater utplassert der.', 'nb', [
        'Kestrel-basen|PROPN|2|nsubj|kestrel-base|_|U-LOC ligger|VERB|0|root|ligge i|ADP|4|case Irak|PROPN|2|obl||_|U-GPE_LOC .|PUNCT|2|punct',
        'Norge|PROPN|2|nsubj||_|U-GPE_ORG har|VERB|0|root|ha 70|NUM|4|nummod soldater|NOUN|2|obj|soldat utplassert|VERB|4|acl|utplassere|VerbForm=Part der|ADV|5|advmod .|PUNCT|2|punct',
      ]),
    ).toEqual(['country:norway -> base:kestrel']);
  });
  it('"Den bruges af britiske soldater": the base just named, used by the troops\' country', () => {
    expect(
      stationed('Kestrel-basen ligger i Irak. Den bruges af britiske soldater.', 'da', [
        'Kestrel-basen|PROPN|2|nsubj|kestrel-base|_|U-LOC ligger|VERB|0|root|ligge i|ADP|4|case Irak|PROPN|2|obl||_|U-GPE_LOC .|PUNCT|2|punct',
        'Den|PRON|2|nsubj|den bruges|VERB|0|root|bruge|Voice=Pass af|ADP|5|case britiske|ADJ|5|amod|britisk soldater|NOUN|2|obl|soldat .|PUNCT|2|punct',
      ]),
    ).toEqual(['country:united-kingdom -> base:kestrel']);
  });
});

describe('stationed-at: what is no force', () => {
  it('a base is where forces are, not a force: "a NATO base located in X" stations NATO at the base only', () => {
    expect(
      stationed('Camp Solano is a NATO base located in Orvik.', 'en', [
        'Camp|PROPN|2|compound||_|B-LOC Solano|PROPN|6|nsubj||_|L-LOC is|AUX|6|cop|be a|DET|6|det NATO|PROPN|6|compound||_|U-ORG base|NOUN|0|root located|VERB|6|acl|locate|VerbForm=Part,Tense=Past in|ADP|9|case Orvik|PROPN|7|obl||_|U-LOC .|PUNCT|6|punct',
      ]),
    ).toEqual(['organisation:nato -> base:solano']);
  });
});

describe('stationed-at: troop nouns and bases', () => {
  it('troops with an owner and a place; "our" troops are the home country\'s', () => {
    expect(
      stationed('De franske soldater i Niger rejser hjem.', 'da', [
        'De|DET|3|det|den franske|ADJ|3|amod|fransk soldater|NOUN|6|nsubj|soldat i|ADP|5|case Niger|PROPN|3|nmod||_|U-GPE_LOC rejser|VERB|0|root|rejse hjem|ADV|6|advmod .|PUNCT|6|punct',
      ]),
    ).toEqual(['country:france -> country:niger']);
    // A country's own troops at home are not stationed there.
    expect(
      stationed('De nigerske soldater i Niger rejser hjem.', 'da', [
        'De|DET|3|det|den nigerske|ADJ|3|amod|nigersk soldater|NOUN|6|nsubj|soldat i|ADP|5|case Niger|PROPN|3|nmod||_|U-GPE_LOC rejser|VERB|0|root|rejse hjem|ADV|6|advmod .|PUNCT|6|punct',
      ]),
    ).toEqual([]);
    expect(
      stationed('Vårt personell i Kestrel-basen er trygt.', 'nb', [
        'Vårt|DET|2|nmod:poss|vår personell|NOUN|6|nsubj i|ADP|4|case Kestrel-basen|PROPN|2|nmod|kestrel-base|_|U-LOC er|AUX|6|cop|være trygt|ADJ|0|root|trygg .|PUNCT|6|punct',
      ]),
    ).toEqual(['country:norway -> base:kestrel']);
  });
  it('"styrkebidraget" without a nation is the home country\'s in its own language, and nobody\'s in English', () => {
    expect(
      stationed('Styrkebidraget er lokalisert i Jordan.', 'nb', [
        'Styrkebidraget|NOUN|3|nsubj|styrkebidrag|Definite=Def er|AUX|3|cop|være lokalisert|VERB|0|root|lokalisere|VerbForm=Part i|ADP|5|case Jordan|PROPN|3|obl||_|U-GPE_LOC .|PUNCT|3|punct',
      ]),
    ).toEqual(['country:norway -> country:jordan']);
    expect(
      stationed('The contribution is located in Jordan.', 'en', [
        'The|DET|2|det|the contribution|NOUN|4|nsubj:pass is|AUX|4|aux:pass|be located|VERB|0|root|locate|VerbForm=Part in|ADP|6|case Jordan|PROPN|4|obl||_|U-GPE_LOC .|PUNCT|4|punct',
      ]),
    ).toEqual([]);
  });
  it('"troops remain in X"', () => {
    expect(
      stationed('Italian troops remain in Lebanon.', 'en', [
        'Italian|ADJ|2|amod|italian troops|NOUN|3|nsubj|troop remain|VERB|0|root in|ADP|5|case Lebanon|PROPN|3|obl||_|U-GPE_LOC .|PUNCT|3|punct',
      ]),
    ).toEqual(['country:italy -> country:lebanon']);
  });
  it('a base with an owner: named, or "it" pointing back to the base', () => {
    expect(
      stationed('Camp Solano is a British base in Kenya.', 'en', [
        'Camp|PROPN|2|compound||_|B-LOC Solano|PROPN|6|nsubj||_|L-LOC is|AUX|6|cop|be a|DET|6|det British|ADJ|6|amod|british base|NOUN|0|root in|ADP|8|case Kenya|PROPN|6|nmod||_|U-GPE_LOC .|PUNCT|6|punct',
      ]),
    ).toEqual(['country:united-kingdom -> base:solano', 'country:united-kingdom -> country:kenya']);
    // A country's own base at home is no stationing.
    expect(
      stationed('Camp Solano is a Kenyan base in Kenya.', 'en', [
        'Camp|PROPN|2|compound||_|B-LOC Solano|PROPN|6|nsubj||_|L-LOC is|AUX|6|cop|be a|DET|6|det Kenyan|ADJ|6|amod|kenyan base|NOUN|0|root in|ADP|8|case Kenya|PROPN|6|nmod||_|U-GPE_LOC .|PUNCT|6|punct',
      ]),
    ).toEqual([]);
    expect(
      stationed('Camp Solano lies in Kenya. It is a British base.', 'en', [
        'Camp|PROPN|2|compound||_|B-LOC Solano|PROPN|3|nsubj||_|L-LOC lies|VERB|0|root|lie in|ADP|5|case Kenya|PROPN|3|obl||_|U-GPE_LOC .|PUNCT|3|punct',
        'It|PRON|5|nsubj|it is|AUX|5|cop|be a|DET|5|det British|ADJ|5|amod|british base|NOUN|0|root .|PUNCT|5|punct',
      ]),
    ).toEqual(['country:united-kingdom -> base:solano']);
  });
});
