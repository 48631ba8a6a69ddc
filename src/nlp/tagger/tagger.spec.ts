import { describe, expect, it } from 'vitest';
import { sentenceOfWords } from '../doc.ts';
import { seededRandom } from '../model/random.ts';
import { packParts, unpackParts } from './bundle.ts';
import { Tagger } from './tagger.ts';
import { trainTaggerModel } from './train.ts';
import type { TrainSentence } from './train.ts';

// An invented language: a determiner agreeing in number with its noun (singular -o, plural -oni, lemma -o),
// a verb in the present (-ek) or past (-eki) whose lemma ends in -en, then a full stop; capitalised first word.
const nounStems = ['bir', 'kal', 'mun', 'dor', 'fen', 'gol', 'hal', 'lut', 'sar', 'tem'];
const verbStems = ['pal', 'rit', 'som', 'dav', 'kir', 'mel', 'nur', 'bas'];

function toySentences(count: number, seed: number): TrainSentence[] {
  const rand = seededRandom(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const noun = (s: TrainSentence): void => {
    const plural = rand() < 0.5;
    const stem = pick(nounStems);
    s.words.push(plural ? 'tas' : 'ta', stem + (plural ? 'oni' : 'o'));
    s.upos.push('DET', 'NOUN');
    s.feats.push(`Number=${plural ? 'Plur' : 'Sing'}`, `Number=${plural ? 'Plur' : 'Sing'}`);
    s.lemma.push('ta', stem + 'o');
  };
  return Array.from({ length: count }, () => {
    const s: TrainSentence = { lang: 'xx', words: [], upos: [], feats: [], lemma: [] };
    noun(s);
    const past = rand() < 0.5;
    const stem = pick(verbStems);
    s.words.push(stem + (past ? 'eki' : 'ek'));
    s.upos.push('VERB');
    s.feats.push(`Tense=${past ? 'Past' : 'Pres'}|VerbForm=Fin`);
    s.lemma.push(stem + 'en');
    noun(s);
    s.words.push('.');
    s.upos.push('PUNCT');
    s.feats.push('_');
    s.lemma.push('.');
    s.words[0] = s.words[0][0].toUpperCase() + s.words[0].slice(1);
    return s;
  });
}

const toyModel = (): Uint8Array =>
  trainTaggerModel(toySentences(300, 5), { lang: 'xx', uposEpochs: 4, featsEpochs: 4, trainedOn: 'toy' });

describe('Tagger', () => {
  it('learns a toy language and generalises to unseen stems', () => {
    const tagger = Tagger.load(toyModel());
    const s = sentenceOfWords(['Tas', 'zumoni', 'vireki', 'ta', 'vaso', '.']);
    tagger.tag(s);
    expect(s.upos).toEqual(['DET', 'NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT']);
    expect(s.feats).toEqual([
      'Number=Plur',
      'Number=Plur',
      'Tense=Past|VerbForm=Fin',
      'Number=Sing',
      'Number=Sing',
      '_',
    ]);
    expect(s.lemma).toEqual(['ta', 'zumo', 'viren', 'ta', 'vaso', '.']);
    expect(tagger.meta.trainedOn).toBe('toy');
  });

  it('trains byte-identical weights from the same data, and loads them back', () => {
    const a = toyModel();
    const b = toyModel();
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    // A copy at an odd offset decodes too (the loader copies to align).
    const shifted = new Uint8Array(a.length + 1);
    shifted.set(a, 1);
    const s1 = sentenceOfWords(['Ta', 'kalo', 'somek', 'tas', 'dironi', '.']);
    const s2 = sentenceOfWords(s1.words);
    Tagger.load(a).tag(s1);
    Tagger.load(shifted.subarray(1)).tag(s2);
    expect(s2).toEqual(s1);
    expect(s1.lemma[4]).toBe('diro');
  });

  it('refuses bytes that are not a tagger', () => {
    expect(() => Tagger.load(new Uint8Array(32))).toThrow(/not a model bundle/);
    const parts = unpackParts(packParts([Uint8Array.of(1, 2, 3), Uint8Array.of(4)]));
    expect(parts.map((p) => [...p])).toEqual([[1, 2, 3], [4]]);
  });

  it('tags an empty sentence', () => {
    const s = sentenceOfWords([]);
    Tagger.load(toyModel()).tag(s);
    expect(s.upos).toEqual([]);
  });
});
