import { describe, expect, it } from 'vitest';
import { wordsOf } from './words.ts';

const tok = (text: string, start = 0) => ({ text, start, end: start + text.length });

describe('words for the models', () => {
  it('splits English clitics as English-EWT does, offsets exact', () => {
    expect(wordsOf([tok("Norway's", 10)], 'en')).toEqual([
      { text: 'Norway', start: 10, end: 16 },
      { text: "'s", start: 16, end: 18 },
    ]);
    expect(wordsOf([tok("don't")], 'en').map((w) => w.text)).toEqual(['do', "n't"]);
    expect(wordsOf([tok("can't")], 'en').map((w) => w.text)).toEqual(['ca', "n't"]);
    expect(wordsOf([tok('they’re')], 'en').map((w) => w.text)).toEqual(['they', '’re']);
  });

  it('leaves Scandinavian tokens whole', () => {
    expect(wordsOf([tok("USA's")], 'da').map((w) => w.text)).toEqual(["USA's"]);
  });
});
