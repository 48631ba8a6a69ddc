import { describe, expect, it } from 'vitest';
import { CAP, HYPHEN, Lexical, MAX_SUFFIX } from './lexical.ts';
import { editOf } from './lemma.ts';
import { buildLexicon, dictTagOf, jackknifedEntries, maskOf } from './lexicon.ts';
import { Heads, headsOfData, restrictFeats } from './morph.ts';

describe('tagger parts', () => {
  it('describes lemmas as endings to swap, lower-casing unless the lemma keeps capitals', () => {
    expect(editOf('Dogs', 'dog')).toBe('L\ts\t');
    expect(editOf('went', 'go')).toBe('L\twent\tgo');
    expect(editOf('Americans', 'American')).toBe('K\ts\t');
    expect(editOf('i', 'I')).toBe('K\ti\tI');
  });

  it('hashes suffixes of the lower-cased form, clipped to the word', () => {
    const x = new Lexical();
    x.load(['Sea-Bird', 'bird']);
    expect(x.suffix(0, 4)).toBe(x.suffix(1, 4));
    expect(x.suffix(0, 5)).not.toBe(x.suffix(1, 5));
    expect(x.suffix(1, MAX_SUFFIX)).toBe(x.suffix(1, 4));
    expect(x.flags[0] & (CAP | HYPHEN)).toBe(CAP | HYPHEN);
    expect(x.shape[0]).not.toBe(x.shape[1]);
  });

  it('keeps the predicted keys of FEATS in UD order', () => {
    expect(restrictFeats('Definite=Def|Gender=Com|Number=Sing|Person=3')).toBe(
      'Definite=Def|Gender=Com|Number=Sing',
    );
    expect(restrictFeats('Person=3')).toBe('_');
    const heads = new Heads(headsOfData(['Number=Sing|Tense=Past', 'Number=Plur', '_']));
    expect(heads.heads.map((h) => h.key)).toEqual(['Number', 'Tense']);
    const v = new Uint8Array(2);
    heads.valuesOf('Tense=Past|Number=Plur|Mood=Ind', v);
    expect(heads.format(v)).toBe('Number=Plur|Tense=Past');
  });

  it('builds the lexicon, and leaves a word out of its own fold', () => {
    const sents = [
      { words: ['a', 'b'], upos: [0, 1] },
      { words: ['a', 'b'], upos: [0, 2] },
      { words: ['a', 'c'], upos: [0, 1] },
    ];
    const opts = { minCount: 1, minShare: 0.05, dictMinCount: 3, dictMinRatio: 0.9, featsDictMinRatio: 1 };
    const lex = buildLexicon(sents, 3, opts);
    expect(dictTagOf(lex.get('a')!)).toBe(0);
    expect(maskOf(lex.get('b')!)).toBe(0b110);
    expect(dictTagOf(lex.get('b')!)).toBe(-1);
    const folded = jackknifedEntries(sents, 3, 3, opts);
    expect(folded[2][1]).toBe(0);
    expect(maskOf(folded[0][1])).toBe(0b100);
  });
});
