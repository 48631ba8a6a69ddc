import { describe, expect, it } from 'vitest';
import { addRelation, createNewsGraph, upsertNode } from '../../graph/index.ts';
import { buildDisplayGraph, curvatureFor, nodeSize } from './display.ts';

const ev = [{ article: 'a', sentence: 's', start: 0, end: 1 }];

describe('buildDisplayGraph', () => {
  it('copies nodes with colour, label and size, and never touches the news graph', () => {
    const g = createNewsGraph();
    upsertNode(g, { key: 'country:a', label: 'A', type: 'country' });
    upsertNode(g, { key: 'person:p', label: 'P', type: 'person' });
    addRelation(g, { type: 'stated', source: 'person:p', target: 'country:a', evidence: ev });
    const before = JSON.stringify(g.export());
    const d = buildDisplayGraph(g);
    expect(d.getNodeAttributes('country:a')).toMatchObject({
      label: 'A',
      color: '#59a14f',
      size: nodeSize(1),
    });
    expect(d.getEdgeAttributes('stated:person:p->country:a')).toMatchObject({
      relation: 'stated',
      type: 'arrow',
      color: '#7f7f7f',
    });
    expect(JSON.stringify(g.export())).toBe(before);
  });

  it('bends parallel edges apart and leaves single edges straight', () => {
    const g = createNewsGraph();
    for (const k of ['a', 'b', 'c']) upsertNode(g, { key: `country:${k}`, label: k, type: 'country' });
    // a→b: attacked + stated (two the same way); b→a: attacked (opposite); a→c: alone.
    addRelation(g, { type: 'attacked', source: 'country:a', target: 'country:b', evidence: ev });
    addRelation(g, { type: 'stated', source: 'country:a', target: 'country:b', evidence: ev });
    addRelation(g, { type: 'attacked', source: 'country:b', target: 'country:a', evidence: ev });
    addRelation(g, { type: 'attacked', source: 'country:a', target: 'country:c', evidence: ev });
    const d = buildDisplayGraph(g);
    const a1 = d.getEdgeAttributes('attacked:country:a->country:b');
    const a2 = d.getEdgeAttributes('stated:country:a->country:b');
    const back = d.getEdgeAttributes('attacked:country:b->country:a');
    expect([a1.type, a2.type, back.type]).toEqual(['curved', 'curved', 'curved']);
    expect(a1.curvature).not.toBe(a2.curvature);
    expect(d.getEdgeAttributes('attacked:country:a->country:c').type).toBe('arrow');
  });

  it('curvature grows with the index and is symmetric', () => {
    expect(curvatureFor(0, 1)).toBe(0);
    expect(curvatureFor(-1, 2)).toBe(-curvatureFor(1, 2));
    expect(curvatureFor(2, 2)).toBeGreaterThan(curvatureFor(1, 2));
  });
});

describe('nodeSize', () => {
  it('scales to the graph: big discs for a small story, small dots for a big graph, hub the largest', () => {
    expect(nodeSize(18, 40, 18)).toBe(24);
    expect(nodeSize(0, 40, 18)).toBe(7);
    expect(nodeSize(18, 1000, 18)).toBe(14);
    expect(nodeSize(1, 1000, 18)).toBeLessThan(nodeSize(1, 40, 18));
  });
});
