import { describe, expect, it } from 'vitest';
import {
  addArticle,
  addRelation,
  canonicalize,
  combineConfidence,
  createNewsGraph,
  upsertNode,
} from './build.ts';
import { mergeInto } from './merge.ts';
import { nodeKey, slug } from './keys.ts';
import { parseGraph, stringifyGraph } from './serialize.ts';

function small() {
  const g = createNewsGraph();
  addArticle(g, { id: 'a.txt', file: 'a.txt', lang: 'da', text: 'Iran angreb basen. USA svarede.' });
  upsertNode(g, {
    key: 'country:iran',
    label: 'Iran',
    type: 'country',
    mentions: [{ article: 'a.txt', sentence: 0, start: 0, end: 4 }],
  });
  upsertNode(g, { key: 'base:x', label: 'X', type: 'base', country: 'country:iran' });
  addRelation(g, {
    type: 'attacked',
    source: 'country:iran',
    target: 'base:x',
    evidence: [{ article: 'a.txt', sentence: 'Iran angreb basen.', start: 0, end: 18, confidence: 0.8 }],
    date: '2020-01',
  });
  return g;
}

describe('keys', () => {
  it('slugs keep Scandinavian letters and fold punctuation', () => {
    expect(slug('Tromsø  Al-Asad!')).toBe('tromsø-al-asad');
    expect(nodeKey('person', 'Qassem Soleimani')).toBe('person:qassem-soleimani');
  });
});

describe('build', () => {
  it('folds a second mention of a node into the first', () => {
    const g = small();
    upsertNode(g, {
      key: 'country:iran',
      label: 'Irans',
      type: 'country',
      mentions: [{ article: 'b.txt', sentence: 2, start: 5, end: 10 }],
    });
    const a = g.getNodeAttributes('country:iran');
    expect(a.aliases).toEqual(['Iran', 'Irans']);
    expect(a.mentions).toHaveLength(2);
    expect(a.articles).toEqual(['a.txt', 'b.txt']);
  });

  it('keeps one edge per relation and appends evidence', () => {
    const g = small();
    addRelation(g, {
      type: 'attacked',
      source: 'country:iran',
      target: 'base:x',
      evidence: [{ article: 'b.txt', sentence: 'Iran ramte X.', start: 3, end: 16, confidence: 0.5 }],
      date: '2019-12',
    });
    expect(g.size).toBe(1);
    const e = g.getEdgeAttributes(g.edges()[0]!);
    expect(e.evidence).toHaveLength(2);
    expect(e.date).toBe('2019-12');
    expect(e.confidence).toBeCloseTo(1 - 0.2 * 0.5, 5);
  });

  it('refuses self-loops', () => {
    const g = small();
    expect(
      addRelation(g, { type: 'stated', source: 'country:iran', target: 'country:iran', evidence: [] }),
    ).toBeNull();
  });

  it('combines confidence per article, not per repeat', () => {
    const e = (article: string, confidence: number) => ({
      article,
      sentence: 's',
      start: 0,
      end: 1,
      confidence,
    });
    expect(combineConfidence([e('a', 0.5), e('a', 0.5)])).toBe(0.5);
    expect(combineConfidence([e('a', 0.5), e('b', 0.5)])).toBe(0.75);
  });

  it('merges graphs and canonicalises to the same bytes whatever the order', () => {
    const a = small();
    const b = createNewsGraph();
    addArticle(b, { id: 'b.txt', file: 'b.txt', lang: 'nb', text: 'USA har soldater i Irak.' });
    upsertNode(b, { key: 'country:usa', label: 'USA', type: 'country' });
    upsertNode(b, { key: 'country:iraq', label: 'Irak', type: 'country' });
    addRelation(b, {
      type: 'stationed-at',
      source: 'country:usa',
      target: 'country:iraq',
      evidence: [{ article: 'b.txt', sentence: 'USA har soldater i Irak.', start: 0, end: 24 }],
    });
    const ab = canonicalize(mergeInto(mergeInto(createNewsGraph(), a), b));
    const ba = canonicalize(mergeInto(mergeInto(createNewsGraph(), b), a));
    expect(ab.order).toBe(4);
    expect(ab.size).toBe(2);
    expect(stringifyGraph(ab)).toBe(stringifyGraph(ba));
    expect(ab.getAttribute('articles').map((x) => x.id)).toEqual(['a.txt', 'b.txt']);
  });

  it('round-trips through the graph file', () => {
    const g = parseGraph(stringifyGraph(small()));
    expect(g.order).toBe(2);
    expect(g.getNodeAttribute('base:x', 'country')).toBe('country:iran');
    expect(g.getEdgeAttributes(g.edges()[0]!).evidence[0]!.sentence).toBe('Iran angreb basen.');
  });
});
