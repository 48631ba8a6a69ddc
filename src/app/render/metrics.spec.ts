import { describe, expect, it } from 'vitest';
import { addRelation, createNewsGraph, filterKeys, upsertNode } from '../../graph/index.ts';
import { OTHER_COMMUNITY, colorsFor, communityColor, metricValues, sizesFrom } from './metrics.ts';

const ev = [{ article: 'a', sentence: 's', start: 0, end: 1 }];
// A chain a - b - c - d, plus e seen three times and tied to d.
function g() {
  const graph = createNewsGraph();
  for (const k of ['a', 'b', 'c', 'd', 'e']) {
    const mentions = Array.from({ length: k === 'e' ? 3 : 1 }, (_, i) => ({
      article: 'a',
      sentence: i,
      start: i * 10,
      end: i * 10 + 1,
    }));
    upsertNode(graph, { key: `person:${k}`, label: k, type: 'person', mentions });
  }
  const r = (s: string, t: string) =>
    addRelation(graph, { type: 'stated', source: `person:${s}`, target: `person:${t}`, evidence: ev });
  r('a', 'b');
  r('b', 'c');
  r('c', 'd');
  r('d', 'e');
  return graph;
}

describe('metrics', () => {
  it('counts mentions and betweenness over what is shown', async () => {
    const graph = g();
    const visible = filterKeys(graph, {});
    expect(await metricValues(graph, visible, 'relations')).toBeNull();
    expect((await metricValues(graph, visible, 'mentions'))!.get('person:e')).toBe(3);
    const b = (await metricValues(graph, visible, 'betweenness'))!;
    // On a path of five, the middle node lies on 4 of the 10 shortest paths, its neighbours on 3, the ends on 0.
    expect(b.get('person:c')).toBe(4);
    expect(b.get('person:b')).toBe(3);
    expect(b.get('person:a')).toBe(0);
  });

  it('sizes grow with the value, colours follow the communities', () => {
    const sizes = sizesFrom(
      new Map([
        ['x', 0],
        ['y', 4],
      ]),
      10,
    );
    expect(sizes.get('y')!).toBeGreaterThan(sizes.get('x')!);
    const graph = g();
    const colors = colorsFor(graph, filterKeys(graph, {}), 'community')!;
    expect(colors.size).toBe(5);
    expect(colorsFor(graph, filterKeys(graph, {}), 'type')).toBeUndefined();
    expect(communityColor(99)).toBe(OTHER_COMMUNITY);
  });
});
