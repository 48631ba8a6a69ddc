import { describe, expect, it } from 'vitest';
import { addArticle, addRelation, createNewsGraph, upsertNode } from './build.ts';
import { filterFromParams, filterKeys, filterToParams, isEmptyFilter } from './filter.ts';
import { dateInRange } from './filter-time.ts';
import type { EntityType, RelationType } from './types.ts';

/*
 * Articles: a1 2020-01-03, a2 2020-01 (month only), a3 2020-02-10, a4 undated.
 * Edges (evidence articles): usa→iran (a1, a3), iran→asad (a2), trump→usa (a3), x→iran (a4).
 * place:nowhere is mentioned in a1 and has no relation.
 */
function g() {
  const graph = createNewsGraph();
  addArticle(graph, { id: 'a1', file: 'a1', lang: 'en', date: '2020-01-03' });
  addArticle(graph, { id: 'a2', file: 'a2', lang: 'en', date: '2020-01' });
  addArticle(graph, { id: 'a3', file: 'a3', lang: 'en', date: '2020-02-10' });
  addArticle(graph, { id: 'a4', file: 'a4', lang: 'en' });
  const n = (key: string, type: EntityType, articles: string[]) =>
    upsertNode(graph, {
      key,
      label: key,
      type,
      mentions: articles.map((article) => ({ article, sentence: 0, start: 0, end: 1 })),
    });
  n('country:usa', 'country', ['a1', 'a3']);
  n('country:iran', 'country', ['a1', 'a2']);
  n('base:asad', 'base', ['a2']);
  n('person:trump', 'person', ['a3']);
  n('person:x', 'person', ['a4']);
  n('place:nowhere', 'place', ['a1']);
  const r = (type: RelationType, source: string, target: string, articles: string[]) =>
    addRelation(graph, {
      type,
      source,
      target,
      evidence: articles.map((article, i) => ({ article, sentence: 's', start: i, end: i + 1 })),
    });
  r('attacked', 'country:usa', 'country:iran', ['a1', 'a3']);
  r('attacked', 'country:iran', 'base:asad', ['a2']);
  r('stated', 'person:trump', 'country:usa', ['a3']);
  r('stated', 'person:x', 'country:iran', ['a4']);
  return graph;
}

const sorted = (s: Set<string>): string[] => [...s].sort();

describe('dateInRange', () => {
  it('compares ISO dates and prefixes, a prefix standing for its whole period', () => {
    expect(dateInRange('2020-01-03', '2020-01-01', '2020-01-31')).toBe(true);
    expect(dateInRange('2020-01-03', '2020-01-04')).toBe(false);
    expect(dateInRange('2020-01-31', undefined, '2020-01')).toBe(true);
    expect(dateInRange('2020-02-01', undefined, '2020-01')).toBe(false);
    expect(dateInRange('2019-12-31', '2020-01')).toBe(false);
    expect(dateInRange('2020-01', '2020-01-15', '2020-01-20')).toBe(true);
    expect(dateInRange('2020-01-08T12:00:00Z', '2020-01-08', '2020-01-08')).toBe(true);
    expect(dateInRange(undefined, '2020')).toBe(false);
    expect(dateInRange(undefined)).toBe(true);
  });
});

describe('filterKeys by time', () => {
  it('from 2020-02 keeps the relations with evidence from a3 and the nodes a3 supports', () => {
    const { nodes, edges } = filterKeys(g(), { from: '2020-02' });
    expect(sorted(edges)).toEqual(['attacked:country:usa->country:iran', 'stated:person:trump->country:usa']);
    expect(sorted(nodes)).toEqual(['country:iran', 'country:usa', 'person:trump']);
  });

  it('to 2020-01 keeps January (a1 and a2)', () => {
    const { nodes, edges } = filterKeys(g(), { to: '2020-01' });
    expect(sorted(edges)).toEqual(['attacked:country:iran->base:asad', 'attacked:country:usa->country:iran']);
    expect(sorted(nodes)).toEqual(['base:asad', 'country:iran', 'country:usa', 'place:nowhere']);
  });

  it('a mid-January range keeps the month-dated a2 but not a1 of 3 January', () => {
    const { nodes, edges } = filterKeys(g(), { from: '2020-01-15', to: '2020-01-31' });
    expect(sorted(edges)).toEqual(['attacked:country:iran->base:asad']);
    expect(sorted(nodes)).toEqual(['base:asad', 'country:iran']);
  });

  it('a range with no article keeps nothing', () => {
    const { nodes, edges } = filterKeys(g(), { from: '2021' });
    expect(nodes.size + edges.size).toBe(0);
  });
});

describe('filterKeys decluttered', () => {
  it('minEvidence 2 keeps the one edge with two evidence items; within a range only in-range ones count', () => {
    expect(sorted(filterKeys(g(), { minEvidence: 2 }).edges)).toEqual(['attacked:country:usa->country:iran']);
    expect(filterKeys(g(), { minEvidence: 2, from: '2020-02' }).edges.size).toBe(0);
  });

  it('minRelations 1 hides the isolated node, 2 keeps the hubs', () => {
    expect(sorted(filterKeys(g(), { minRelations: 1 }).nodes)).toEqual([
      'base:asad',
      'country:iran',
      'country:usa',
      'person:trump',
      'person:x',
    ]);
    const two = filterKeys(g(), { minRelations: 2 });
    expect(sorted(two.nodes)).toEqual(['country:iran', 'country:usa']);
    expect(sorted(two.edges)).toEqual(['attacked:country:usa->country:iran']);
  });

  it('minRelations counts only the relations other criteria keep', () => {
    const { nodes } = filterKeys(g(), { minRelations: 1, relations: ['stated'] });
    expect(sorted(nodes)).toEqual(['country:iran', 'country:usa', 'person:trump', 'person:x']);
  });
});

describe('time and declutter in the URL', () => {
  it('round-trip; malformed values are dropped', () => {
    const f = { from: '2020-01', to: '2020-02-15', minEvidence: 2, minRelations: 1 };
    expect(filterFromParams(filterToParams(f))).toEqual(f);
    expect(filterFromParams(new URLSearchParams('from=yesterday&to=2020-13&minEvidence=-1'))).toEqual({});
    expect(isEmptyFilter({ from: '2020' })).toBe(false);
  });
});
