import { describe, expect, it } from 'vitest';
import { addRelation, createNewsGraph, upsertNode } from './build.ts';
import { applyFilter, filterFromParams, filterKeys, filterToParams, resolveNode } from './filter.ts';
import type { EntityType, RelationType } from './types.ts';

const ev = [{ article: 'a', sentence: 's', start: 0, end: 1 }];
function g() {
  const graph = createNewsGraph();
  const n = (key: string, type: EntityType, country?: string, aliases: string[] = []) =>
    upsertNode(graph, {
      key,
      label: key.split(':')[1]!,
      type,
      country,
      aliases,
      mentions: [{ article: key.startsWith('person:z') ? 'b' : 'a', sentence: 0, start: 0, end: 1 }],
    });
  n('country:iran', 'country');
  n('country:usa', 'country');
  n('person:soleimani', 'person', 'country:iran', ['Qasem Soleimani']);
  n('person:rouhani', 'person', 'country:iran');
  n('person:trump', 'person', 'country:usa');
  n('base:asad', 'base');
  n('person:zarif', 'person', 'country:iran');
  const r = (type: RelationType, s: string, t: string) =>
    addRelation(graph, { type, source: s, target: t, evidence: ev });
  r('attacked', 'country:usa', 'person:soleimani');
  r('attacked', 'country:iran', 'base:asad');
  r('stated', 'person:rouhani', 'person:soleimani');
  r('stated', 'person:trump', 'country:usa');
  r('stationed-at', 'country:usa', 'base:asad');
  return graph;
}

describe('filterKeys', () => {
  it('by country keeps the country, its actors, and their relations with anyone plus the other ends', () => {
    const { nodes, edges } = filterKeys(g(), { countries: ['Iran'] });
    // USA and the base are outside Iran but take part in relations with Iranian actors.
    expect([...nodes].sort()).toEqual([
      'base:asad',
      'country:iran',
      'country:usa',
      'person:rouhani',
      'person:soleimani',
      'person:zarif',
    ]);
    expect([...edges].sort()).toEqual([
      'attacked:country:iran->base:asad',
      'attacked:country:usa->person:soleimani',
      'stated:person:rouhani->person:soleimani',
    ]);
    // A relation between two outsiders is not kept (USA stationed at the base).
    expect(edges.has('stationed-at:country:usa->base:asad')).toBe(false);
  });

  it('by country with a type keeps only other ends of that type', () => {
    const { nodes, edges } = filterKeys(g(), { countries: ['country:iran'], types: ['person'] });
    expect([...nodes].sort()).toEqual(['person:rouhani', 'person:soleimani', 'person:zarif']);
    expect([...edges]).toEqual(['stated:person:rouhani->person:soleimani']);
  });

  it('by relation keeps only the nodes that take part in such a relation', () => {
    const { nodes, edges } = filterKeys(g(), { relations: ['attacked'] });
    expect([...nodes].sort()).toEqual(['base:asad', 'country:iran', 'country:usa', 'person:soleimani']);
    expect(edges.size).toBe(2);
    const withCountry = filterKeys(g(), { relations: ['stated'], countries: ['Iran'] });
    expect([...withCountry.nodes].sort()).toEqual(['person:rouhani', 'person:soleimani']);
  });

  it('by actor keeps its neighbourhood at depth 1 and 2', () => {
    const d1 = filterKeys(g(), { actor: 'Qasem Soleimani' });
    expect([...d1.nodes].sort()).toEqual(['country:usa', 'person:rouhani', 'person:soleimani']);
    const d2 = filterKeys(g(), { actor: 'person:soleimani', depth: 2 });
    expect(d2.nodes.has('base:asad')).toBe(true);
    expect(d2.nodes.has('person:trump')).toBe(true);
    expect(d2.nodes.has('person:zarif')).toBe(false);
  });

  it('combines type, relation and article criteria', () => {
    const graph = g();
    expect(filterKeys(graph, { types: ['person'] }).edges.size).toBe(1);
    expect([...filterKeys(graph, { relations: ['attacked'] }).edges].length).toBe(2);
    expect(filterKeys(graph, { articles: ['b'] }).nodes).toEqual(new Set(['person:zarif']));
  });

  it('an unknown actor keeps nothing', () => {
    expect(filterKeys(g(), { actor: 'nobody' }).nodes.size).toBe(0);
  });

  it('applyFilter builds the subgraph', () => {
    const sub = applyFilter(g(), { relations: ['stationed-at'], types: ['country', 'base'] });
    // Iran has no stationed-at relation: only the two ends are left.
    expect(sub.order).toBe(2);
    expect(sub.size).toBe(1);
  });

  it('applyFilter keeps only the articles the kept nodes and edges cite', () => {
    const graph = g();
    graph.setAttribute('articles', [
      { id: 'a', file: 'a.txt', lang: 'en' },
      { id: 'b', file: 'b.txt', lang: 'en' },
    ]);
    expect(
      applyFilter(graph, { articles: ['b'] })
        .getAttribute('articles')
        .map((a) => a.id),
    ).toEqual(['b']);
    expect(applyFilter(graph, {}).getAttribute('articles')).toHaveLength(2);
  });

  it('resolves by alias, case-insensitively', () => {
    expect(resolveNode(g(), 'qasem soleimani')).toBe('person:soleimani');
  });
});

describe('filter in the URL', () => {
  it('round-trips and drops unknown types', () => {
    const f = { types: ['person' as const], countries: ['country:iran'], actor: 'x', depth: 2 };
    expect(filterFromParams(filterToParams(f))).toEqual(f);
    expect(filterFromParams(new URLSearchParams('type=person,planet'))).toEqual({ types: ['person'] });
  });
});
