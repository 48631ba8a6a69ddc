import { describe, expect, it } from 'vitest';
import { towardsDanish } from './harmonise.ts';
import type { TrainSentence } from './train.ts';

const sent = (lang: string, rows: [string, string, string, string?][]): TrainSentence => ({
  lang,
  words: rows.map((r) => r[0]),
  upos: rows.map((r) => r[1]),
  feats: rows.map((r) => r[2]),
  lemma: rows.map((r) => r[0].toLowerCase()),
  deprel: rows.map((r) => r[3] ?? 'dep'),
});

describe('towardsDanish', () => {
  it('re-annotates Bokmål in Danish conventions', () => {
    const da = Array.from({ length: 3 }, () => sent('da', [['ikke', 'ADV', '_']]));
    da.push(sent('da', [['godt', 'ADV', 'Degree=Pos']]));
    const [nb] = towardsDanish(
      [
        sent('nb', [
          ['Hun', 'PRON', 'Case=Nom|Gender=Fem|Number=Sing|PronType=Prs'],
          ['har', 'AUX', 'Mood=Ind|Tense=Pres|VerbForm=Fin'],
          ['ikke', 'PART', '_'],
          ['helt', 'ADJ', 'Definite=Ind|Degree=Pos|Gender=Neut|Number=Sing', 'advmod'],
          ['lest', 'VERB', 'VerbForm=Part'],
          ['sin', 'PRON', 'Gender=Masc|Number=Sing|Poss=Yes|PronType=Prs'],
          ['bok', 'NOUN', 'Definite=Ind|Gender=Fem|Number=Sing'],
        ]),
      ],
      da,
    );
    expect(nb.upos).toEqual(['PRON', 'AUX', 'ADV', 'ADV', 'VERB', 'DET', 'NOUN']);
    expect(nb.feats).toEqual([
      'Case=Nom|Gender=Com|Number=Sing|PronType=Prs',
      'Mood=Ind|Tense=Pres|VerbForm=Fin|Voice=Act',
      '_',
      'Degree=Pos',
      'Tense=Past|VerbForm=Part',
      'Gender=Com|Number=Sing|Poss=Yes|PronType=Prs',
      'Definite=Ind|Gender=Com|Number=Sing',
    ]);
  });
});
