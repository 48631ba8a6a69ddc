import { describe, expect, it } from 'vitest';
import { PerceptronTrainer } from '../model/perceptron.ts';
import { seededRandom } from '../model/random.ts';
import { Decoder, oracle } from './decode.ts';
import { Featurizer } from './features.ts';
import { TagSet, spansOfBilou } from './tags.ts';
import { WordStats } from './words.ts';
import type { Scorer } from '../model/linear.ts';

const tags = new TagSet(['PER', 'ORG', 'LOC']);

/** Whether a BILOU class sequence is well formed: every span opened is closed, with one type. */
function valid(seq: ArrayLike<number>): boolean {
  let open = -1;
  for (let i = 0; i < seq.length; i++) {
    const part = tags.part(seq[i]);
    const type = tags.typeIndex(seq[i]);
    if (open >= 0) {
      if ((part !== 2 && part !== 3) || type !== open) return false;
      if (part === 3) open = -1;
    } else if (part === 2 || part === 3) return false;
    else if (part === 1) open = type;
  }
  return open < 0;
}

/** A scorer that gives every class a random score: the worst case for the constraints. */
function randomScorer(seed: number): Scorer {
  const rand = seededRandom(seed);
  return {
    nClasses: tags.size,
    score(_f: Uint32Array, _n: number, out: Float64Array): void {
      for (let c = 0; c < tags.size; c++) out[c] = rand() * 10 - 5;
    },
  };
}

describe('BILOU tags', () => {
  it('names classes O, then B I L U per type', () => {
    expect(tags.names.slice(0, 6)).toEqual(['O', 'B-PER', 'I-PER', 'L-PER', 'U-PER', 'B-ORG']);
    expect(tags.classOf('U-LOC')).toBe(12);
    expect(tags.classOf('B-MISC')).toBe(0);
  });

  it('greedy decoding never emits an invalid sequence, whatever the scores', () => {
    const fz = new Featurizer(new WordStats({ words: '', classes: '' }), null);
    const decoder = new Decoder(tags, fz);
    for (let seed = 1; seed <= 200; seed++) {
      const n = 1 + (seed % 9);
      const p = fz.prepare(Array.from({ length: n }, (_, i) => `Ord${i}`));
      const out = new Int32Array(n);
      decoder.decode(randomScorer(seed), p, out);
      expect(valid(out)).toBe(true);
    }
  });

  it('reads spans back from tag strings and from classes', () => {
    const t = ['B-PER', 'L-PER', 'O', 'U-LOC', 'B-ORG', 'I-ORG', 'L-ORG'];
    const spans = [
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 7, type: 'ORG' },
    ];
    expect(spansOfBilou(t)).toEqual(spans);
    expect(tags.spans(t.map((x) => tags.classOf(x)))).toEqual(spans);
  });

  it('the oracle closes a span gold does not continue and opens one gold continues', () => {
    const gold = ['O', 'B-PER', 'L-PER', 'O'].map((x) => tags.classOf(x));
    // Predicted O at 1: gold's L-PER at 2 is out of reach, so U-PER is the target.
    expect(tags.names[oracle(tags, gold, 2, tags.classOf('O'))]).toBe('U-PER');
    // Predicted B-ORG at 2: gold's O at 3 is out of reach, so close the ORG span.
    expect(tags.names[oracle(tags, gold, 3, tags.classOf('B-ORG'))]).toBe('L-ORG');
    expect(tags.names[oracle(tags, gold, 1, tags.classOf('O'))]).toBe('B-PER');
  });

  it('learns a toy task through the decoder', () => {
    const fz = new Featurizer(new WordStats({ words: '', classes: '' }), null);
    const decoder = new Decoder(tags, fz);
    const trainer = new PerceptronTrainer(tags.size);
    const words = ['Ola', 'Hansen', 'bor', 'i', 'Tromsø', '.'];
    const gold = ['B-PER', 'L-PER', 'O', 'O', 'U-LOC', 'O'].map((x) => tags.classOf(x));
    const p = fz.prepare(words);
    const out = new Int32Array(words.length);
    for (let epoch = 0; epoch < 5; epoch++)
      decoder.decode(trainer, p, out, (i, f, n, guess, prev) => {
        trainer.update(f, n, oracle(tags, gold, i, prev), guess);
        trainer.tick();
      });
    decoder.decode(trainer.finish(), p, out);
    expect([...out]).toEqual(gold);
  });
});
