// The attacked.* frames on invented sentences with the trees a parser gives them (spec-trees.ts notation:
// form|UPOS|head|deprel|lemma|feats|ner). Persons, bases and groups are invented; countries are real because
// only the lexicon makes a country.
import { describe, expect, it, vi } from 'vitest';
vi.mock('../../nlp/pipeline.ts', async () => (await import('./spec-trees.ts')).handPipelineModule);
import { edgesOf, frameRelations } from './spec-article.ts';

const attacks = (text: string, lang: 'da' | 'nb' | 'en', trees: string[]): string[] =>
  edgesOf(frameRelations(text, lang, trees), 'attacked');

const BORVIK = 'Borvik-basen|PROPN|2|obj|borvik-base|_|U-LOC';

describe('attacked: verbs', () => {
  it('active: subject attacks object, and each conjunct', () => {
    expect(
      attacks('Rusland angreb Borvik-basen og Kestrel-lejren.', 'da', [
        `Rusland|PROPN|2|nsubj||_|U-GPE_ORG angreb|VERB|0|root|angribe ${BORVIK} og|CCONJ|5|cc Kestrel-lejren|PROPN|3|conj|_|_|U-LOC .|PUNCT|2|punct`,
      ]),
    ).toEqual(['country:russia -> base:borvik', 'country:russia -> base:kestrel']);
  });
  it('active with a target preposition ("struck at X")', () => {
    expect(
      attacks('Israel struck at Dravik.', 'en', [
        'Israel|PROPN|2|nsubj||_|U-GPE_ORG struck|VERB|0|root|strike at|ADP|4|case Dravik|PROPN|2|obl||_|U-ORG .|PUNCT|2|punct',
      ]),
    ).toEqual(['country:israel -> organisation:dravik']);
  });
  it('fire verbs: the object is the weapon, the target follows "at"; passive with agent or origin', () => {
    expect(
      attacks('Iran fired missiles at Camp Solano.', 'en', [
        'Iran|PROPN|2|nsubj||_|U-GPE_ORG fired|VERB|0|root|fire missiles|NOUN|2|obj|missile at|ADP|6|case Camp|PROPN|6|compound||_|B-LOC Solano|PROPN|2|obl||_|L-LOC .|PUNCT|2|punct',
      ]),
    ).toEqual(['country:iran -> base:solano']);
    expect(
      attacks('Rockets were fired at Camp Solano by Dravik.', 'en', [
        'Rockets|NOUN|3|nsubj:pass|rocket were|AUX|3|aux:pass|be fired|VERB|0|root|fire|VerbForm=Part at|ADP|6|case Camp|PROPN|6|compound||_|B-LOC Solano|PROPN|3|obl||_|L-LOC by|ADP|8|case Dravik|PROPN|3|obl:agent||_|U-ORG .|PUNCT|3|punct',
      ]),
    ).toEqual(['organisation:dravik -> base:solano']);
    expect(
      attacks('Raketter ble avfyrt mot Camp Solano fra Libanon.', 'nb', [
        'Raketter|NOUN|3|nsubj|rakett ble|AUX|3|aux:pass|bli avfyrt|VERB|0|root|avfyre|VerbForm=Part mot|ADP|6|case Camp|PROPN|6|compound||_|B-LOC Solano|PROPN|3|obl||_|L-LOC fra|ADP|8|case Libanon|PROPN|3|obl||_|U-GPE_LOC .|PUNCT|3|punct',
      ]),
    ).toEqual(['country:lebanon -> base:solano']);
  });
  it('fire verbs with the target hung on the weapon ("affyrede missiler mod X")', () => {
    expect(
      attacks('Iran affyrede missiler mod Camp Solano.', 'da', [
        'Iran|PROPN|2|nsubj||_|U-GPE_ORG affyrede|VERB|0|root|affyre missiler|NOUN|2|obj|missil mod|ADP|6|case Camp|PROPN|6|compound||_|B-LOC Solano|PROPN|3|nmod||_|L-LOC .|PUNCT|2|punct',
      ]),
    ).toEqual(['country:iran -> base:solano']);
  });
  it('a pronoun in an attacking clause is the entity its sentence opens with, before the subjects of earlier sentences', () => {
    expect(
      attacks('Egypt struck Dravik. Kovia Front says that it hit Camp Solano.', 'en', [
        'Egypt|PROPN|2|nsubj||_|U-GPE_ORG struck|VERB|0|root|strike Dravik|PROPN|2|obj||_|U-ORG .|PUNCT|2|punct',
        'Kovia|PROPN|2|compound||_|B-ORG Front|PROPN|3|nmod||_|L-ORG says|NOUN|0|root|say that|SCONJ|6|mark it|PRON|6|nsubj hit|VERB|3|acl|hit Camp|PROPN|8|compound||_|B-LOC Solano|PROPN|6|obj||_|L-LOC .|PUNCT|3|punct',
      ]),
    ).toEqual(['country:egypt -> organisation:dravik', 'organisation:kovia-front -> base:solano']);
  });
  it('passive: the agent attacks the subject; an origin or a fired weapon names the attacker', () => {
    expect(
      attacks('Borvik-basen blev ramt af Rusland.', 'da', [
        'Borvik-basen|PROPN|3|nsubj|borvik-base|_|U-LOC blev|AUX|3|aux|blive ramt|VERB|0|root|ramme|VerbForm=Part af|ADP|5|case Rusland|PROPN|3|obl||_|U-GPE_ORG .|PUNCT|3|punct',
      ]),
    ).toEqual(['country:russia -> base:borvik']);
    expect(
      attacks('Borvik-basen blev ramt fra Syrien.', 'da', [
        'Borvik-basen|PROPN|3|nsubj|borvik-base|_|U-LOC blev|AUX|3|aux|blive ramt|VERB|0|root|ramme|VerbForm=Part fra|ADP|5|case Syrien|PROPN|3|obl||_|U-GPE_LOC .|PUNCT|3|punct',
      ]),
    ).toEqual(['country:syria -> base:borvik']);
    expect(
      attacks('Kestrel-basen ble rammet med raketter avfyrt fra tyrkisk territorium.', 'nb', [
        'Kestrel-basen|PROPN|3|nsubj|kestrel-base|_|U-LOC ble|AUX|3|aux:pass|bli rammet|VERB|0|root|ramme|VerbForm=Part med|ADP|5|case raketter|NOUN|3|obl|rakett avfyrt|VERB|5|acl|avfyre|VerbForm=Part fra|ADP|9|case tyrkisk|ADJ|9|amod territorium|NOUN|6|obl .|PUNCT|3|punct',
      ]),
    ).toEqual(['country:turkey -> base:kestrel']);
  });
  it('a target noun stands for where it is ("baser i Jemen"), a force for its owner ("U.S. forces")', () => {
    expect(
      attacks('Flere baser i Jemen ble angrepet av Iran.', 'nb', [
        'Flere|ADJ|2|amod|mange baser|NOUN|6|nsubj|base i|ADP|4|case Jemen|PROPN|2|nmod||_|U-GPE_LOC ble|AUX|6|aux:pass|bli angrepet|VERB|0|root|angripe|VerbForm=Part av|ADP|8|case Iran|PROPN|6|obl||_|U-GPE_ORG .|PUNCT|6|punct',
      ]),
    ).toEqual(['country:iran -> country:yemen']);
    expect(
      attacks('U.S. forces in Syria were attacked by Dravik.', 'en', [
        'U.S.|PROPN|2|compound||_|U-GPE_ORG forces|NOUN|6|nsubj:pass|force in|ADP|4|case Syria|PROPN|2|nmod||_|U-GPE_LOC were|AUX|6|aux:pass|be attacked|VERB|0|root|attack|VerbForm=Part by|ADP|8|case Dravik|PROPN|6|obl:agent||_|U-ORG .|PUNCT|6|punct',
      ]),
    ).toEqual(['organisation:dravik -> country:united-states']);
  });
  it("a relative clause's subject is the noun it hangs on; an attack noun's attacker is who launched it", () => {
    expect(
      attacks('Egypt launched an airstrike that killed Tomas Vell.', 'en', [
        'Egypt|PROPN|2|nsubj||_|U-GPE_ORG launched|VERB|0|root|launch an|DET|4|det airstrike|NOUN|2|obj that|PRON|6|nsubj killed|VERB|4|acl:relcl|kill Tomas|PROPN|6|obj||_|B-PER Vell|PROPN|7|flat||_|L-PER .|PUNCT|2|punct',
      ]),
    ).toEqual(['country:egypt -> person:tomas-vel']);
    expect(
      attacks('Det russiske angreb, som dræbte Tomas Vell, kom om natten.', 'da', [
        'Det|DET|3|det|den russiske|ADJ|3|amod|russisk angreb|NOUN|10|nsubj ,|PUNCT|6|punct som|PRON|6|nsubj dræbte|VERB|3|acl:relcl|dræbe Tomas|PROPN|6|obj||_|B-PER Vell|PROPN|7|flat||_|L-PER ,|PUNCT|6|punct kom|VERB|0|root|komme om|ADP|13|case natten|NOUN|10|obl|nat .|PUNCT|10|punct',
      ]),
    ).toEqual(['country:russia -> person:tomas-vel']);
  });
});

describe('attacked: event nouns', () => {
  it('a genitive, a demonym or a compound names the attacker of "attack on X"', () => {
    expect(
      attacks('Ruslands angreb på Borvik-basen fortsætter.', 'da', [
        'Ruslands|PROPN|2|nmod:poss|rusland|_|U-GPE_ORG angreb|NOUN|5|nsubj på|ADP|4|case Borvik-basen|PROPN|2|nmod|borvik-base|_|U-LOC fortsætter|VERB|0|root|fortsætte .|PUNCT|5|punct',
      ]),
    ).toEqual(['country:russia -> base:borvik']);
    expect(
      attacks('The U.S. strike on Camp Solano ended.', 'en', [
        'The|DET|3|det U.S.|PROPN|3|compound||_|U-GPE_ORG strike|NOUN|7|nsubj on|ADP|6|case Camp|PROPN|6|compound||_|B-LOC Solano|PROPN|3|nmod||_|L-LOC ended|VERB|0|root|end .|PUNCT|7|punct',
      ]),
    ).toEqual(['country:united-states -> base:solano']);
  });
  it('the owner of an owner: "de russiske styrkers drab på X"', () => {
    expect(
      attacks('De russiske styrkers drab på Tomas Vell chokerede.', 'da', [
        'De|DET|3|det|den russiske|ADJ|3|amod|russisk styrkers|NOUN|4|nmod:poss|styrke drab|NOUN|8|nsubj på|ADP|6|case Tomas|PROPN|4|nmod||_|B-PER Vell|PROPN|6|flat||_|L-PER chokerede|VERB|0|root|chokere .|PUNCT|8|punct',
      ]),
    ).toEqual(['country:russia -> person:tomas-vel']);
  });
  it('a genitive read as plain nmod; a region hit is its country hit too', () => {
    expect(
      attacks('Ruslands angreb på Velmar-regionen i Ukraine fortsætter.', 'da', [
        'Ruslands|PROPN|2|nmod|rusland|_|U-GPE_ORG angreb|NOUN|7|nsubj på|ADP|4|case Velmar-regionen|PROPN|2|nmod|velmar-region|_|U-LOC i|ADP|6|case Ukraine|PROPN|4|nmod||_|U-GPE_LOC fortsætter|VERB|0|root|fortsætte .|PUNCT|7|punct',
      ]),
    ).toEqual(['country:russia -> country:ukraine', 'country:russia -> place:velmar']);
  });
  it('"the killing of X in a U.S. drone strike": the victim, and the attacker of the strike it was part of', () => {
    expect(
      attacks('They mourned the killing of Tomas Vell in a U.S. drone strike.', 'en', [
        'They|PRON|2|nsubj|they mourned|VERB|0|root|mourn the|DET|4|det killing|NOUN|2|obj of|ADP|6|case Tomas|PROPN|4|nmod||_|B-PER Vell|PROPN|6|flat||_|L-PER in|ADP|12|case a|DET|12|det U.S.|PROPN|12|compound||_|U-GPE_ORG drone|NOUN|12|compound strike|NOUN|4|nmod .|PUNCT|2|punct',
      ]),
    ).toEqual(['country:united-states -> person:tomas-vel']);
  });
  it('a target no entity names was hit where the attack took place', () => {
    expect(
      attacks('Egypt carried out airstrikes against rebels in Libya.', 'en', [
        'Egypt|PROPN|2|nsubj||_|U-GPE_ORG carried|VERB|0|root|carry out|ADP|2|compound:prt airstrikes|NOUN|2|obj|airstrike against|ADP|6|case rebels|NOUN|4|nmod|rebel in|ADP|8|case Libya|PROPN|2|obl||_|U-GPE_LOC .|PUNCT|2|punct',
      ]),
    ).toEqual(['country:egypt -> country:libya']);
  });
  it('light verbs: "carried out an attack on X"', () => {
    expect(
      attacks('Dravik carried out an attack on Camp Solano.', 'en', [
        'Dravik|PROPN|2|nsubj||_|U-ORG carried|VERB|0|root|carry out|ADP|2|compound:prt an|DET|5|det attack|NOUN|2|obj on|ADP|8|case Camp|PROPN|8|compound||_|B-LOC Solano|PROPN|2|obl||_|L-LOC .|PUNCT|2|punct',
      ]),
    ).toEqual(['organisation:dravik -> base:solano']);
  });
  it('"X came under a Syrian rocket attack"', () => {
    expect(
      attacks('Camp Solano came under a Syrian rocket attack.', 'en', [
        'Camp|PROPN|2|compound||_|B-LOC Solano|PROPN|3|nsubj||_|L-LOC came|VERB|0|root|come under|ADP|8|case a|DET|8|det Syrian|ADJ|8|amod|syrian rocket|NOUN|8|compound attack|NOUN|3|obl .|PUNCT|3|punct',
      ]),
    ).toEqual(['country:syria -> base:solano']);
  });
  it('a weapon points back to the attack that named it, not to the last attack told', () => {
    expect(
      attacks(
        'Raketter avfyrt fra Syria rammet Kestrel-basen. Egypt angrep Dravik. Rakettene rammet også Velmar-leiren.',
        'nb',
        [
          'Raketter|NOUN|5|nsubj|rakett avfyrt|VERB|1|acl|avfyre|VerbForm=Part fra|ADP|4|case Syria|PROPN|2|obl||_|U-GPE_LOC rammet|VERB|0|root|ramme Kestrel-basen|PROPN|5|obj|kestrel-base|_|U-LOC .|PUNCT|5|punct',
          'Egypt|PROPN|2|nsubj||_|U-GPE_ORG angrep|VERB|0|root|angripe Dravik|PROPN|2|obj||_|U-ORG .|PUNCT|2|punct',
          'Rakettene|NOUN|2|nsubj|rakett|Definite=Def rammet|VERB|0|root|ramme også|ADV|2|advmod Velmar-leiren|PROPN|2|obj|velmar-leir|_|U-LOC .|PUNCT|2|punct',
        ],
      ),
    ).toEqual([
      'country:egypt -> organisation:dravik',
      'country:syria -> base:kestrel',
      'country:syria -> base:velmar',
    ]);
  });
  it('weapons fired from somewhere, wherever the parser hung the participle', () => {
    expect(
      attacks('Kestrel-basen ble angrepet med raketter avfyrt fra Syria.', 'nb', [
        'Kestrel-basen|PROPN|3|nsubj|kestrel-base|_|U-LOC ble|AUX|3|aux:pass|bli angrepet|VERB|0|root|angripe|VerbForm=Part med|ADP|5|case raketter|NOUN|3|obl|rakett avfyrt|VERB|3|xcomp|avfyre|VerbForm=Part fra|ADP|8|case Syria|PROPN|6|obl||_|U-GPE_LOC .|PUNCT|3|punct',
      ]),
    ).toEqual(['country:syria -> base:kestrel']);
  });
  it('"blamed X for the attack": the attack told before, and a definite weapon pointing back', () => {
    expect(
      attacks('A rocket attack hit Camp Solano. Egypt blamed Dravik for the attack.', 'en', [
        'A|DET|3|det rocket|NOUN|3|compound attack|NOUN|4|nsubj hit|VERB|0|root Camp|PROPN|6|compound||_|B-LOC Solano|PROPN|4|obj||_|L-LOC .|PUNCT|4|punct',
        'Egypt|PROPN|2|nsubj||_|U-GPE_ORG blamed|VERB|0|root|blame Dravik|PROPN|2|obj||_|U-ORG for|ADP|6|case the|DET|6|det attack|NOUN|2|obl .|PUNCT|2|punct',
      ]),
    ).toEqual(['organisation:dravik -> base:solano']);
    expect(
      attacks('Raketter avfyrt fra Syria rammet Kestrel-basen. Rakettene rammet også Velmar-leiren.', 'nb', [
        'Raketter|NOUN|5|nsubj|rakett avfyrt|VERB|1|acl|avfyre|VerbForm=Part fra|ADP|4|case Syria|PROPN|2|obl||_|U-GPE_LOC rammet|VERB|0|root|ramme Kestrel-basen|PROPN|5|obj|kestrel-base|_|U-LOC .|PUNCT|5|punct',
        'Rakettene|NOUN|2|nsubj|rakett|Definite=Def rammet|VERB|0|root|ramme også|ADV|2|advmod Velmar-leiren|PROPN|2|obj|velmar-leir|_|U-LOC .|PUNCT|2|punct',
      ]),
    ).toEqual(['country:syria -> base:kestrel', 'country:syria -> base:velmar']);
  });
});

describe('attacked: pointing back to the attack told', () => {
  const first =
    'Rusland|PROPN|2|nsubj||_|U-GPE_ORG angreb|VERB|0|root|angribe Borvik-basen|PROPN|2|obj|borvik-base|_|U-LOC .|PUNCT|2|punct';
  it('a passive without agent continues the attack just told', () => {
    expect(
      attacks('Rusland angreb Borvik-basen. Også Kestrel-lejren blev beskudt.', 'da', [
        first,
        'Også|ADV|4|advmod|også Kestrel-lejren|PROPN|4|nsubj|kestrel-lejr|_|U-LOC blev|AUX|4|aux|blive beskudt|VERB|0|root|beskyde|VerbForm=Part .|PUNCT|4|punct',
      ]),
    ).toEqual(['country:russia -> base:borvik', 'country:russia -> base:kestrel']);
  });
  it('"stod bag angrebet" with "bag" read as a noun', () => {
    expect(
      attacks('Borvik-basen blev ramt i nat. Rusland stod bag angrebet.', 'da', [
        'Borvik-basen|PROPN|3|nsubj|borvik-base|_|U-LOC blev|AUX|3|aux|blive ramt|VERB|0|root|ramme|VerbForm=Part i|ADP|5|case nat|NOUN|3|obl .|PUNCT|3|punct',
        'Rusland|PROPN|2|nsubj||_|U-GPE_ORG stod|VERB|0|root|stå bag|NOUN|2|obj angrebet|NOUN|3|nmod|angreb|Definite=Def .|PUNCT|2|punct',
      ]),
    ).toEqual(['country:russia -> base:borvik']);
  });
  it('"militsen X": a name after a noun; "nedskydningen af X" names the victim, never the attacker', () => {
    expect(
      attacks('Ruslands angreb på militsen Dravik fortsætter.', 'da', [
        'Ruslands|PROPN|2|nmod:poss|rusland|_|U-GPE_ORG angreb|NOUN|6|nsubj på|ADP|4|case militsen|NOUN|2|nmod|milits Dravik|PROPN|4|nmod||_|U-ORG fortsætter|VERB|0|root|fortsætte .|PUNCT|6|punct',
      ]),
    ).toEqual(['country:russia -> organisation:dravik']);
    expect(
      attacks('Nedskydningen af en russisk drone over Kovia.', 'da', [
        'Nedskydningen|NOUN|0|root|nedskydning af|ADP|5|case en|DET|5|det russisk|ADJ|5|amod|russisk drone|NOUN|1|nmod over|ADP|7|case Kovia|PROPN|1|nmod||_|U-GPE_LOC .|PUNCT|1|punct',
      ]),
    ).toEqual([]);
  });
  it('"X stod bag angrebet" and "X påtog sig ansvaret for angrebet" name the attacker of the attack told', () => {
    expect(
      attacks('Borvik-basen blev ramt i nat. Rusland stod bag angrebet.', 'da', [
        'Borvik-basen|PROPN|3|nsubj|borvik-base|_|U-LOC blev|AUX|3|aux|blive ramt|VERB|0|root|ramme|VerbForm=Part i|ADP|5|case nat|NOUN|3|obl .|PUNCT|3|punct',
        'Rusland|PROPN|2|nsubj||_|U-GPE_ORG stod|VERB|0|root|stå bag|ADP|4|case angrebet|NOUN|2|obl|angreb|Definite=Def .|PUNCT|2|punct',
      ]),
    ).toEqual(['country:russia -> base:borvik']);
    expect(
      attacks('Borvik-basen blev ramt i nat. Dravik påtog sig ansvaret for angrebet.', 'da', [
        'Borvik-basen|PROPN|3|nsubj|borvik-base|_|U-LOC blev|AUX|3|aux|blive ramt|VERB|0|root|ramme|VerbForm=Part i|ADP|5|case nat|NOUN|3|obl .|PUNCT|3|punct',
        'Dravik|PROPN|2|nsubj||_|U-ORG påtog|VERB|0|root|påtage sig|PRON|2|obj|sig ansvaret|NOUN|2|obj|ansvar for|ADP|6|case angrebet|NOUN|4|nmod|angreb|Definite=Def .|PUNCT|2|punct',
      ]),
    ).toEqual(['organisation:dravik -> base:borvik']);
    expect(
      attacks('Borvik-basen blev ramt i nat. Dravik tog ansvaret for angrebet.', 'da', [
        'Borvik-basen|PROPN|3|nsubj|borvik-base|_|U-LOC blev|AUX|3|aux|blive ramt|VERB|0|root|ramme|VerbForm=Part i|ADP|5|case nat|NOUN|3|obl .|PUNCT|3|punct',
        'Dravik|PROPN|2|nsubj||_|U-ORG tog|VERB|0|root|tage ansvaret|NOUN|2|obj|ansvar for|ADP|5|case angrebet|NOUN|2|obl|angreb|Definite=Def .|PUNCT|2|punct',
      ]),
    ).toEqual(['organisation:dravik -> base:borvik']);
  });
  it('a pronoun in what a body reports is that body ("X bekræfter, at den har angrebet")', () => {
    expect(
      attacks('Dravik bekræfter, at den har angrebet Borvik-basen.', 'da', [
        'Dravik|PROPN|2|nsubj||_|U-ORG bekræfter|VERB|0|root|bekræfte ,|PUNCT|7|punct at|SCONJ|7|mark den|PRON|7|nsubj har|AUX|7|aux|have angrebet|VERB|2|ccomp|angribe|VerbForm=Part Borvik-basen|PROPN|7|obj|borvik-base|_|U-LOC .|PUNCT|2|punct',
      ]),
    ).toEqual(['organisation:dravik -> base:borvik']);
  });
});

describe('attacked: "it" and "the base" point back to the subject before', () => {
  const lies =
    'Camp|PROPN|2|compound||_|B-LOC Solano|PROPN|3|nsubj||_|L-LOC lies|VERB|0|root|lie in|ADP|5|case Kenya|PROPN|3|obl||_|U-GPE_LOC .|PUNCT|3|punct';
  it('"It was attacked by X" is the subject of the sentence before, not the base named last', () => {
    expect(
      attacks('Camp Solano lies near Camp Orin. It was attacked by Dravik.', 'en', [
        'Camp|PROPN|2|compound||_|B-LOC Solano|PROPN|3|nsubj||_|L-LOC lies|VERB|0|root|lie near|ADP|6|case Camp|PROPN|6|compound||_|B-LOC Orin|PROPN|3|obl||_|L-LOC .|PUNCT|3|punct',
        'It|PRON|3|nsubj:pass|it was|AUX|3|aux:pass|be attacked|VERB|0|root|attack|VerbForm=Part by|ADP|5|case Dravik|PROPN|3|obl:agent||_|U-ORG .|PUNCT|3|punct',
      ]),
    ).toEqual(['organisation:dravik -> base:solano']);
  });
  it('"the air base came under a Syrian attack"', () => {
    expect(
      attacks('Camp Solano lies in Kenya. The air base came under a Syrian attack.', 'en', [
        lies,
        'The|DET|3|det|the air|NOUN|3|compound base|NOUN|4|nsubj came|VERB|0|root|come under|ADP|8|case a|DET|8|det Syrian|ADJ|8|amod|syrian attack|NOUN|4|obl .|PUNCT|4|punct',
      ]),
    ).toEqual(['country:syria -> base:solano']);
  });
});

describe('attacked: misattached phrases', () => {
  it('a by-phrase attached to the place before it still names the attacker', () => {
    expect(
      attacks('Camp Solano was attacked near Orvik by Dravik.', 'en', [
        'Camp|PROPN|2|compound||_|B-LOC Solano|PROPN|4|nsubj:pass||_|L-LOC was|AUX|4|aux:pass|be attacked|VERB|0|root|attack|VerbForm=Part near|ADP|6|case Orvik|PROPN|4|obl||_|U-GPE_LOC by|ADP|8|case Dravik|PROPN|6|nmod||_|U-ORG .|PUNCT|4|punct',
      ]),
    ).toEqual(['organisation:dravik -> base:solano']);
  });
  it('"blamed X ..., for the attack" with the for-phrase attached deeper', () => {
    expect(
      attacks(
        'A rocket attack hit Camp Solano. Egypt blamed Dravik, a militia of Orvik, for the attack.',
        'en',
        [
          'A|DET|3|det rocket|NOUN|3|compound attack|NOUN|4|nsubj hit|VERB|0|root Camp|PROPN|6|compound||_|B-LOC Solano|PROPN|4|obj||_|L-LOC .|PUNCT|4|punct',
          'Egypt|PROPN|2|nsubj||_|U-GPE_ORG blamed|VERB|0|root|blame Dravik|PROPN|2|obj||_|U-ORG ,|PUNCT|6|punct a|DET|6|det militia|NOUN|3|appos of|ADP|8|case Orvik|PROPN|6|nmod||_|U-GPE_LOC ,|PUNCT|12|punct for|ADP|12|case the|DET|12|det attack|NOUN|8|nmod .|PUNCT|2|punct',
        ],
      ),
    ).toEqual(['organisation:dravik -> base:solano']);
  });
});

describe('attacked: what is not asserted', () => {
  const tree = (extra: string): string =>
    `Rusland|PROPN|2|nsubj||_|U-GPE_ORG angreb|VERB|0|root|angribe ${BORVIK} ${extra}`;
  it('negation, a modal, a condition and a question drop the edge', () => {
    expect(attacks('Rusland angreb Borvik-basen.', 'da', [tree('.|PUNCT|2|punct')])).toHaveLength(1);
    expect(
      attacks('Rusland angreb ikke Borvik-basen.', 'da', [
        'Rusland|PROPN|2|nsubj||_|U-GPE_ORG angreb|VERB|0|root|angribe ikke|ADV|2|advmod Borvik-basen|PROPN|2|obj|borvik-base|_|U-LOC .|PUNCT|2|punct',
      ]),
    ).toEqual([]);
    expect(
      attacks('Rusland kan angribe Borvik-basen.', 'da', [
        'Rusland|PROPN|3|nsubj||_|U-GPE_ORG kan|AUX|3|aux|kunne angribe|VERB|0|root|angribe|VerbForm=Inf Borvik-basen|PROPN|3|obj|borvik-base|_|U-LOC .|PUNCT|3|punct',
      ]),
    ).toEqual([]);
    expect(
      attacks('Hvis Rusland angriber Borvik-basen, svarer Danmark.', 'da', [
        'Hvis|SCONJ|3|mark|hvis Rusland|PROPN|3|nsubj||_|U-GPE_ORG angriber|VERB|6|advcl|angribe Borvik-basen|PROPN|3|obj|borvik-base|_|U-LOC ,|PUNCT|3|punct svarer|VERB|0|root|svare Danmark|PROPN|6|nsubj||_|U-GPE_ORG .|PUNCT|6|punct',
      ]),
    ).toEqual([]);
    expect(attacks('Rusland angreb Borvik-basen?', 'da', [tree('?|PUNCT|2|punct')])).toEqual([]);
  });
  it('an unreal infinitive ("plans to attack") and a denial drop it', () => {
    expect(
      attacks('Iran plans to attack Camp Solano.', 'en', [
        'Iran|PROPN|2|nsubj||_|U-GPE_ORG plans|VERB|0|root|plan to|PART|4|mark attack|VERB|2|xcomp|attack|VerbForm=Inf Camp|PROPN|6|compound||_|B-LOC Solano|PROPN|4|obj||_|L-LOC .|PUNCT|2|punct',
      ]),
    ).toEqual([]);
    expect(
      attacks('Iran began to attack Camp Solano.', 'en', [
        'Iran|PROPN|2|nsubj||_|U-GPE_ORG began|VERB|0|root|begin to|PART|4|mark attack|VERB|2|xcomp|attack|VerbForm=Inf Camp|PROPN|6|compound||_|B-LOC Solano|PROPN|4|obj||_|L-LOC .|PUNCT|2|punct',
      ]),
    ).toEqual(['country:iran -> base:solano']);
    expect(
      attacks('Moscow denied that Russia struck Camp Solano.', 'en', [
        'Moscow|PROPN|2|nsubj||_|U-GPE_ORG denied|VERB|0|root|deny that|SCONJ|5|mark Russia|PROPN|5|nsubj||_|U-GPE_ORG struck|VERB|2|ccomp|strike Camp|PROPN|7|compound||_|B-LOC Solano|PROPN|5|obj||_|L-LOC .|PUNCT|2|punct',
      ]),
    ).toEqual([]);
  });
});
