import { describe, expect, it } from 'vitest';
import { PerceptronTrainer } from './perceptron.ts';
import { argmax } from './linear.ts';
import { decodeModel, encodeModel } from './codec.ts';
import { f1, hashString } from './hash.ts';
import { seededRandom, shuffle } from './random.ts';

// A toy task: the class is the word's last letter (a, b or c), with a noise feature that carries nothing.
const words = ['ka', 'lb', 'mc', 'na', 'ob', 'pc', 'qa', 'rb', 'sc'];
const classOf = (w: string): number => 'abc'.indexOf(w[w.length - 1]);
const featsOf = (w: string): Uint32Array =>
  Uint32Array.of(f1(1, hashString(w.slice(-1))), f1(2, hashString(w[0])), f1(3, 0));

describe('averaged perceptron', () => {
  it('learns a separable task and keeps its answers through encode/decode', () => {
    const t = new PerceptronTrainer(3);
    const out = new Float64Array(3);
    const rand = seededRandom(7);
    for (let epoch = 0; epoch < 5; epoch++) {
      for (const w of shuffle([...words], rand)) {
        const f = featsOf(w);
        t.score(f, f.length, out);
        t.update(f, f.length, classOf(w), argmax(out, 3));
        t.tick();
      }
    }
    const model = decodeModel<{ name: string }>(encodeModel(t.finish(), { name: 'toy' })).model;
    for (const w of ['xa', 'yb', 'zc']) {
      const f = featsOf(w);
      model.score(f, f.length, out);
      expect(argmax(out, 3)).toBe(classOf(w));
    }
  });

  it('keeps the metadata and refuses a file that is not a model', () => {
    const t = new PerceptronTrainer(2);
    const f = Uint32Array.of(5);
    t.update(f, 1, 1, 0);
    t.tick();
    const file = decodeModel<{ classes: string[] }>(encodeModel(t.finish(), { classes: ['x', 'y'] }));
    expect(file.meta.classes).toEqual(['x', 'y']);
    expect(file.model.nnz).toBe(2);
    expect(() => decodeModel(new Uint8Array(16), 'bad.ngm')).toThrow(/bad.ngm: not a model file/);
  });

  it('is deterministic for a seed', () => {
    const a = shuffle([1, 2, 3, 4, 5, 6], seededRandom(3));
    const b = shuffle([1, 2, 3, 4, 5, 6], seededRandom(3));
    expect(a).toEqual(b);
    expect([...a].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
