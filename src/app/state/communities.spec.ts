import { describe, expect, it } from 'vitest';
import { addRelation, createNewsGraph, upsertNode } from '../../graph/index.ts';
import { communities } from './communities.ts';

/* Two triangles of countries (a-b-c, x-y-z) joined by one weak tie c→x: two communities, a's the same as b's. */
function g() {
  const graph = createNewsGraph();
  for (const k of ['a', 'b', 'c', 'x', 'y', 'z'])
    upsertNode(graph, { key: `country:${k}`, label: k, type: 'country' });
  const ev = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ article: `t${i}`, sentence: 's', start: 0, end: 1 }));
  const r = (s: string, t: string, n: number) =>
    addRelation(graph, { type: 'attacked', source: `country:${s}`, target: `country:${t}`, evidence: ev(n) });
  r('a', 'b', 3);
  r('b', 'c', 3);
  r('c', 'a', 3);
  r('x', 'y', 3);
  r('y', 'z', 3);
  r('z', 'x', 3);
  r('c', 'x', 1);
  return graph;
}

describe('communities', () => {
  it('finds the two triangles', () => {
    const graph = g();
    const c = communities(graph, { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) });
    const of = (k: string) => c.get(`country:${k}`);
    expect(new Set(c.values())).toEqual(new Set([0, 1]));
    expect([of('a'), of('b')]).toEqual([of('c'), of('c')]);
    expect([of('y'), of('z')]).toEqual([of('x'), of('x')]);
    expect(of('a')).not.toBe(of('x'));
  });

  it('only what is visible: without the tie and one triangle, one community', () => {
    const graph = g();
    const nodes = new Set(['country:a', 'country:b', 'country:c']);
    const edges = new Set(
      graph.edges().filter((e) => nodes.has(graph.source(e)) && nodes.has(graph.target(e))),
    );
    expect([...communities(graph, { nodes, edges }).values()]).toEqual([0, 0, 0]);
  });
});
