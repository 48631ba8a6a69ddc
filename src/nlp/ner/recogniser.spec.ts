import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeModel } from '../model/codec.ts';
import { PerceptronTrainer } from '../model/perceptron.ts';
import { sentenceOfWords } from '../doc.ts';
import { Decoder, oracle } from './decode.ts';
import { Featurizer } from './features.ts';
import { Gazetteer } from './gazetteer.ts';
import { NER_FEATURES_VERSION, Recogniser } from './recogniser.ts';
import type { NerMeta } from './recogniser.ts';
import { TagSet } from './tags.ts';
import { WordCounter, WordStats } from './words.ts';

const weights = (lang: string): URL => new URL(`../weights/${lang}.ner.ngm`, import.meta.url);

/** A tiny model trained on invented sentences, encoded as a model file. */
function toyModel(gaz: Gazetteer): Uint8Array {
  const tags = new TagSet(['PER', 'LOC']);
  const data: [string, string][] = [
    ['Kari Nordmann bor i Tromsø .', 'B-PER L-PER O O U-LOC O'],
    ['Ola flyttet til Bodø i fjor .', 'U-PER O O U-LOC O O O'],
    ['I Narvik traff Per Hansen en venn .', 'O U-LOC O B-PER L-PER O O O'],
  ];
  const counter = new WordCounter();
  for (const [s] of data) counter.add(s.split(' '));
  const words = counter.build(1);
  const fz = new Featurizer(new WordStats(words), gaz);
  const decoder = new Decoder(tags, fz);
  const trainer = new PerceptronTrainer(tags.size);
  const out = new Int32Array(16);
  for (let epoch = 0; epoch < 8; epoch++)
    for (const [s, t] of data) {
      const gold = t.split(' ').map((x) => tags.classOf(x));
      decoder.decode(trainer, fz.prepare(s.split(' ')), out, (i, f, n, guess, prev) => {
        trainer.update(f, n, oracle(tags, gold, i, prev), guess);
        trainer.tick();
      });
    }
  const meta: NerMeta = {
    component: 'ner',
    featuresVersion: NER_FEATURES_VERSION,
    lang: 'nb',
    types: tags.types as string[],
    words,
    gazetteer: gaz.fingerprint,
  };
  return encodeModel(trainer.finish(), meta);
}

describe('recogniser', () => {
  const gaz = Gazetteer.fromLists({ place: ['Tromsø', 'Bodø', 'Narvik'] });

  it('keeps its answers through the model file (weight round-trip)', () => {
    const bytes = toyModel(gaz);
    const a = Recogniser.load(bytes, gaz);
    const b = Recogniser.load(Uint8Array.from(bytes), gaz);
    const s1 = sentenceOfWords('Kari Nordmann bor i Tromsø .'.split(' '));
    const s2 = sentenceOfWords(s1.words);
    a.recognise(s1);
    b.recognise(s2);
    expect(s1.ner).toEqual(['B-PER', 'L-PER', 'O', 'O', 'U-LOC', 'O']);
    expect(s2.ner).toEqual(s1.ner);
    expect(a.spans(s1)).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 4, end: 5, type: 'LOC' },
    ]);
    expect(a.gazetteerMatches).toBe(true);
    expect(Recogniser.load(bytes, Gazetteer.fromLists({})).gazetteerMatches).toBe(false);
  });

  it('refuses a file that is not a recogniser model', () => {
    const t = new PerceptronTrainer(2);
    t.update(Uint32Array.of(3), 1, 1, 0);
    t.tick();
    expect(() => Recogniser.load(encodeModel(t.finish(), { component: 'tagger' }))).toThrow(/tagger/);
  });

  it('handles empty sentences and odd tokens', () => {
    const rec = Recogniser.load(toyModel(gaz), gaz);
    const empty = sentenceOfWords([]);
    rec.recognise(empty);
    expect(empty.ner).toEqual([]);
    const odd = sentenceOfWords(['', '—', '123', 'ÆØÅ']);
    rec.recognise(odd);
    expect(odd.ner).toHaveLength(4);
  });

  it.runIf(existsSync(weights('nb')))('the committed bokmål model finds people and places', () => {
    const rec = Recogniser.load(new Uint8Array(readFileSync(weights('nb'))));
    const s = sentenceOfWords('Statsminister Kari Nordmann møtte Jonas Berg i Bergen .'.split(' '));
    rec.recognise(s);
    const found = rec.spans(s).map((x) => `${s.words.slice(x.start, x.end).join(' ')}/${x.type}`);
    expect(found).toContain('Kari Nordmann/PER');
    expect(found).toContain('Jonas Berg/PER');
    expect(found.some((f) => f.startsWith('Bergen/GPE'))).toBe(true);
  });

  it.runIf(existsSync(weights('nb')))('remembers a name across the sentences of a document', () => {
    const rec = Recogniser.load(new Uint8Array(readFileSync(weights('nb'))));
    const doc = (): ReturnType<typeof sentenceOfWords>[] => [
      sentenceOfWords('Statsminister Kari Nordmann møtte Jonas Berg i Bergen .'.split(' ')),
      sentenceOfWords('Etterpå sa Nordmann at Berg hadde rett .'.split(' ')),
    ];
    const together = doc();
    rec.recogniseDoc(together);
    expect(together[1].ner[2]).toBe('U-PER');
    expect(together[1].ner[4]).toBe('U-PER');
    // Alone, the surname has less to go on; whatever the model says, the tags stay well formed.
    const alone = doc()[1];
    rec.recognise(alone);
    expect(alone.ner).toHaveLength(8);
  });

  it.runIf(existsSync(weights('nb')))('needs no part-of-speech tags (upos all X, or filled)', () => {
    const rec = Recogniser.load(new Uint8Array(readFileSync(weights('nb'))));
    const bare = sentenceOfWords('Kari Nordmann bor i Tromsø .'.split(' '));
    const tagged = sentenceOfWords(bare.words);
    tagged.upos = ['PROPN', 'PROPN', 'VERB', 'ADP', 'PROPN', 'PUNCT'];
    rec.recognise(bare);
    rec.recognise(tagged);
    expect(bare.ner).toEqual(tagged.ner);
    expect(rec.spans(bare)).toContainEqual({ start: 0, end: 2, type: 'PER' });
  });

  it.runIf(existsSync(weights('en')))(
    'the committed English model finds a person and an organisation',
    () => {
      const rec = Recogniser.load(new Uint8Array(readFileSync(weights('en'))));
      const s = sentenceOfWords('Yesterday Maria Jensen joined the United Nations in Geneva .'.split(' '));
      rec.recognise(s);
      const found = rec.spans(s).map((x) => `${s.words.slice(x.start, x.end).join(' ')}/${x.type}`);
      expect(found).toContain('Maria Jensen/PER');
      expect(found).toContain('United Nations/ORG');
    },
  );
});
