import { describe, expect, it } from 'vitest';
import { addArticle, createNewsGraph } from '../../graph/index.ts';
import { citation, groupEvidence } from './groups.ts';

function graph() {
  const g = createNewsGraph();
  addArticle(g, { id: 'a', file: 'a.txt', title: 'Old', date: '2020-01-03', lang: 'en' });
  addArticle(g, { id: 'b', file: 'b.txt', title: 'New', date: '2020-01-09', lang: 'en' });
  addArticle(g, { id: 'c', file: 'c.txt', lang: 'en' });
  const url = { url: 'https://example.org/new' };
  Object.assign(g.getAttribute('articles')[1], url);
  return g;
}
const ev = (article: string, sentence: string) => ({ article, sentence, start: 0, end: sentence.length });

describe('groupEvidence', () => {
  it('groups identical sentences with their count, newest first, undated last', () => {
    const groups = groupEvidence(graph(), [
      ev('c', 'Undated.'),
      ev('a', 'Iran fired missiles.'),
      ev('b', 'Iran  fired missiles.'),
      ev('a', 'Only old.'),
    ]);
    // Each group stands for its newest article.
    expect(groups.map((g) => [g.ev.article, g.ev.sentence, g.items.length, g.date])).toEqual([
      ['b', 'Iran  fired missiles.', 2, '2020-01-09'],
      ['a', 'Only old.', 1, '2020-01-03'],
      ['c', 'Undated.', 1, undefined],
    ]);
  });
});

describe('citation', () => {
  it('holds the sentence, the article title, its date and its address when it has one', () => {
    const g = graph();
    const [a, b] = g.getAttribute('articles');
    expect(citation(ev('a', 'Iran fired.'), a)).toBe('“Iran fired.” — Old, 2020-01-03.');
    expect(citation(ev('b', 'Iran fired.'), b)).toBe(
      '“Iran fired.” — New, 2020-01-09. https://example.org/new',
    );
  });
});
