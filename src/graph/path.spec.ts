import { describe, expect, it } from 'vitest';
import { addRelation, createNewsGraph, upsertNode } from './build.ts';
import { collapse, expandedNodes } from './expand.ts';
import { shortestPath } from './path.ts';
import type { RelationType } from './types.ts';

const ev = [{ article: 'a', sentence: 's', start: 0, end: 1 }];
// trump → usa → soleimani ← rouhani; usa → asad ← iran; zarif alone.
function g() {
  const graph = createNewsGraph();
  for (const key of [
    'country:iran',
    'country:usa',
    'person:soleimani',
    'person:rouhani',
    'person:trump',
    'base:asad',
    'person:zarif',
  ]) {
    const type = key.split(':')[0] as 'country' | 'person' | 'base';
    upsertNode(graph, { key, label: key, type, mentions: [] });
  }
  const r = (type: RelationType, s: string, t: string) =>
    addRelation(graph, { type, source: s, target: t, evidence: ev });
  r('attacked', 'country:usa', 'person:soleimani');
  r('attacked', 'country:iran', 'base:asad');
  r('stated', 'person:rouhani', 'person:soleimani');
  r('stated', 'person:trump', 'country:usa');
  r('stationed-at', 'country:usa', 'base:asad');
  return graph;
}

describe('shortestPath', () => {
  it('follows relations in either direction and lists each step', () => {
    const p = shortestPath(g(), 'person:trump', 'person:rouhani')!;
    expect(p.nodes).toEqual(['person:trump', 'country:usa', 'person:soleimani', 'person:rouhani']);
    expect(p.edges).toHaveLength(3);
    expect(p.edges[0]).toContain('person:trump->country:usa');
  });

  it('is null when the two are not connected, and a single node from a node to itself', () => {
    expect(shortestPath(g(), 'person:trump', 'person:zarif')).toBeNull();
    expect(shortestPath(g(), 'person:trump', 'person:nobody')).toBeNull();
    expect(shortestPath(g(), 'base:asad', 'base:asad')).toEqual({ nodes: ['base:asad'], edges: [] });
  });

  it('takes only the relations the view keeps', () => {
    const graph = g();
    const noStationed = (e: string) => graph.getEdgeAttribute(e, 'type') !== 'stationed-at';
    expect(shortestPath(graph, 'country:iran', 'person:trump')!.nodes).toHaveLength(4);
    expect(shortestPath(graph, 'country:iran', 'person:trump', noStationed)).toBeNull();
  });
});

describe('expandedNodes', () => {
  it('starts from one node and adds the direct neighbours of each expanded node', () => {
    const graph = g();
    expect([...expandedNodes(graph, 'country:usa', [])]).toEqual(['country:usa']);
    expect([...expandedNodes(graph, 'country:usa', ['country:usa'])].sort()).toEqual([
      'base:asad',
      'country:usa',
      'person:soleimani',
      'person:trump',
    ]);
    const two = expandedNodes(graph, 'country:usa', ['country:usa', 'base:asad']);
    expect(two.size).toBe(5);
    expect(two.has('country:iran')).toBe(true);
    expect(expandedNodes(graph, 'person:nobody', []).size).toBe(0);
  });

  it('collapsing drops the node and what was expanded only through it', () => {
    const graph = g();
    expect(collapse(graph, 'country:usa', ['country:usa', 'base:asad'], 'base:asad')).toEqual([
      'country:usa',
    ]);
    expect(collapse(graph, 'country:usa', ['country:usa', 'base:asad'], 'country:usa')).toEqual([]);
  });
});
