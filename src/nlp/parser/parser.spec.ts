import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentenceOfWords } from '../doc.ts';
import type { NlpSentence } from '../doc.ts';
import { decodeParser } from './model.ts';
import { Parser } from './parser.ts';
import { trainParserModel } from './train.ts';
import type { ParserExample } from './train.ts';

// Invented toy grammar: DET NOUN VERB DET NOUN PUNCT, with an optional passive "was VERB by NOUN".
const nouns = ['dog', 'cat', 'farmer', 'boat', 'river', 'lamp'];
const verbs = ['sees', 'finds', 'likes', 'paints'];

function active(a: string, v: string, b: string): ParserExample {
  return {
    words: ['the', a, v, 'the', b, '.'],
    upos: ['DET', 'NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT'],
    feats: ['_', 'Number=Sing', 'Mood=Ind|Tense=Pres|VerbForm=Fin', '_', 'Number=Sing', '_'],
    heads: [1, 2, -1, 4, 2, 2],
    labels: ['det', 'nsubj', 'root', 'det', 'obj', 'punct'],
  };
}

function passive(a: string, v: string, b: string): ParserExample {
  return {
    words: ['the', a, 'was', v, 'by', b, '.'],
    upos: ['DET', 'NOUN', 'AUX', 'VERB', 'ADP', 'NOUN', 'PUNCT'],
    feats: [
      '_',
      'Number=Sing',
      'Mood=Ind|Tense=Past|VerbForm=Fin',
      'Tense=Past|VerbForm=Part|Voice=Pass',
      '_',
      'Number=Sing',
      '_',
    ],
    heads: [1, 3, 3, -1, 5, 3, 3],
    labels: ['det', 'nsubj:pass', 'aux:pass', 'root', 'case', 'obl:agent', 'punct'],
  };
}

const examples: ParserExample[] = [];
for (const a of nouns)
  for (const b of nouns) if (a !== b) for (const v of verbs) examples.push(active(a, v, b), passive(a, v, b));

function sentenceOf(ex: ParserExample): NlpSentence {
  const s = sentenceOfWords(ex.words);
  s.upos = [...ex.upos];
  s.feats = [...ex.feats];
  return s;
}

describe('parser training and model file', () => {
  const options = {
    epochs: 4,
    seed: 3,
    exploreFrom: 1,
    explore: 0.9,
    pruneTransitions: 0,
    pruneLabels: 0,
    minLiftCount: 1,
    joint: true,
    pseudoProjective: true,
    trainedOn: 'invented toy sentences',
  };
  const trained = trainParserModel(examples, options);

  it('is deterministic: the same data and seed give the same bytes', () => {
    expect(trainParserModel(examples, options).bytes).toEqual(trained.bytes);
  });

  it('learns a toy grammar', () => {
    const parser = Parser.load(trained.bytes);
    for (const ex of [active('lamp', 'likes', 'river'), passive('cat', 'paints', 'boat')]) {
      const s = sentenceOf(ex);
      parser.parse(s);
      expect(s.head).toEqual(ex.heads);
      expect(s.deprel).toEqual(ex.labels);
    }
  });

  it('round-trips through the weight file', () => {
    const { meta, transitions, labels } = decodeParser(trained.bytes);
    expect(meta.labels).toEqual(trained.labelNames);
    expect(meta.trainedOn).toBe('invented toy sentences');
    expect(Array.from(transitions.keys)).toEqual(Array.from(trained.transitions.keys));
    expect(Array.from(labels.val)).toEqual(Array.from(trained.labels.val));
    // Copy at an odd offset: the decoder must not depend on the caller's alignment.
    const shifted = new Uint8Array(trained.bytes.length + 1);
    shifted.set(trained.bytes, 1);
    const a = Parser.load(trained.bytes);
    const b = Parser.load(shifted.subarray(1));
    const s1 = sentenceOf(passive('dog', 'finds', 'lamp'));
    const s2 = sentenceOf(passive('dog', 'finds', 'lamp'));
    a.parse(s1);
    b.parse(s2);
    expect(s2.head).toEqual(s1.head);
    expect(s2.deprel).toEqual(s1.deprel);
    expect(() => Parser.load(new Uint8Array(40))).toThrow(/parser/);
  });

  it('trains a multilingual model with language-conjoined features', () => {
    const mixed = examples.map((ex, i) => ({ ...ex, lang: i % 3 === 0 ? 'da' : 'nb' }));
    const model = trainParserModel(mixed, { ...options, langFeature: 'da' });
    const parser = Parser.load(model.bytes);
    expect(parser.meta.langFeature).toBe('da');
    const ex = active('boat', 'sees', 'dog');
    const s = sentenceOf(ex);
    parser.parse(s);
    expect(s.head).toEqual(ex.heads);
  });

  it('always returns a tree, even for an empty or one-word sentence', () => {
    const parser = Parser.load(trained.bytes);
    const one = sentenceOfWords(['hello']);
    parser.parse(one);
    expect(one.head).toEqual([-1]);
    expect(one.deprel).toEqual(['root']);
    const none = sentenceOfWords([]);
    parser.parse(none);
    expect(none.head).toEqual([]);
  });
});

const enModel = new URL('../weights/en.parser.ngm', import.meta.url);

describe.skipIf(!existsSync(enModel))('committed English parser', () => {
  it('finds the passive subject and the agent (gold tags)', () => {
    const parser = Parser.load(new Uint8Array(readFileSync(enModel)));
    const s = sentenceOfWords(['The', 'base', 'was', 'attacked', 'by', 'militants', '.']);
    s.upos = ['DET', 'NOUN', 'AUX', 'VERB', 'ADP', 'NOUN', 'PUNCT'];
    s.feats = [
      'Definite=Def|PronType=Art',
      'Number=Sing',
      'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin',
      'Tense=Past|VerbForm=Part|Voice=Pass',
      '_',
      'Number=Plur',
      '_',
    ];
    parser.parse(s);
    expect(s.head).toEqual([1, 3, 3, -1, 5, 3, 3]);
    expect(s.deprel).toEqual(['det', 'nsubj:pass', 'aux:pass', 'root', 'case', 'obl:agent', 'punct']);
  });
});
