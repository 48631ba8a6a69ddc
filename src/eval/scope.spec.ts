import { describe, expect, it } from 'vitest';
import { distinctGoldArticles, sameArticle } from './scope.ts';

describe('sameArticle', () => {
  it('maps a short gold id to the file it starts, at a separator only', () => {
    expect(sameArticle('000', { id: '000_b57bbfb5a02c07cb.txt', file: '000_b57bbfb5a02c07cb.txt' })).toBe(
      true,
    );
    expect(sameArticle('000', { id: 'x', file: 'seeds/000.txt' })).toBe(true);
    expect(sameArticle('000', { id: '0001_aa.txt', file: '0001_aa.txt' })).toBe(false);
    expect(sameArticle('001', { id: '000_b57.txt', file: '000_b57.txt' })).toBe(false);
  });

  it('maps a full gold file name to the article, wherever the file lies', () => {
    expect(sameArticle('000_b57.txt', { id: 'a', file: 'news/000_b57.txt' })).toBe(true);
    expect(sameArticle('000_b57.txt', { id: 'a', file: 'news/000_b58.txt' })).toBe(false);
  });
});

describe('distinctGoldArticles', () => {
  it('counts "000" and "000_….txt" as one article', () => {
    const gold = { articles: { '000_a.txt': {}, '001_b.txt': {} }, entities: [], relations: [] };
    expect(distinctGoldArticles(['000_a.txt', '001_b.txt', '000', '001', '002'], gold)).toEqual([
      '000_a.txt',
      '001_b.txt',
      '002',
    ]);
  });
});
