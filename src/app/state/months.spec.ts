import { describe, expect, it } from 'vitest';
import { monthsOf } from './months.ts';

const article = (id: string, date?: string) => ({ id, file: id, lang: 'en' as const, date });

describe('monthsOf', () => {
  it('counts articles per month and fills the months between with zeros, across a year end', () => {
    const months = monthsOf([
      article('a', '2019-11-30'),
      article('b', '2020-02'),
      article('c', '2020-02-14T08:00:00Z'),
      article('d'),
      article('e', '2020'),
    ]);
    expect([...months]).toEqual([
      ['2019-11', 1],
      ['2019-12', 0],
      ['2020-01', 0],
      ['2020-02', 2],
    ]);
  });

  it('is empty without dated articles', () => {
    expect(monthsOf([article('x')]).size).toBe(0);
  });
});
