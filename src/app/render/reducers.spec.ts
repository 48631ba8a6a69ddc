import { describe, expect, it } from 'vitest';
import { DIM_EDGE, DIM_NODE, PIN, edgeReducer, nodeReducer } from './reducers.ts';
import type { ReducerContext } from './reducers.ts';
import type { DisplayEdge, DisplayNode } from './display.ts';

const node = (label: string): DisplayNode => ({
  x: 0,
  y: 0,
  size: 5,
  color: '#e15759',
  label,
  entity: 'person',
});
const edge: DisplayEdge = {
  size: 1,
  color: '#d62728',
  label: 'attacked',
  relation: 'attacked',
  type: 'arrow',
};
const ends = (e: string): [string, string] => (e === 'e1' ? ['a', 'b'] : ['b', 'c']);

function ctx(patch: Partial<ReducerContext> = {}): ReducerContext {
  return {
    visible: { nodes: new Set(['a', 'b', 'c']), edges: new Set(['e1', 'e2']) },
    focus: null,
    neighbours: new Set(),
    selectedNode: null,
    selectedEdge: null,
    hoveredEdge: null,
    labelOrder: [],
    forced: new Set(),
    zoomedIn: false,
    ...patch,
  };
}

describe('reducers', () => {
  it('hide what the filter leaves out', () => {
    const c = ctx({ visible: { nodes: new Set(['a']), edges: new Set() } });
    expect(nodeReducer('b', node('B'), c).hidden).toBe(true);
    expect(nodeReducer('a', node('A'), c).hidden).toBeUndefined();
    expect(edgeReducer('e1', edge, c, ends).hidden).toBe(true);
  });

  it('dim everything outside the focused node’s neighbourhood', () => {
    const c = ctx({ focus: 'a', neighbours: new Set(['b']) });
    expect(nodeReducer('c', node('C'), c)).toMatchObject({ color: DIM_NODE, label: '' });
    expect(nodeReducer('b', node('B'), c)).toMatchObject({ color: '#e15759', label: 'B', forceLabel: true });
    expect(edgeReducer('e2', edge, c, ends)).toMatchObject({ color: DIM_EDGE, label: '' });
    expect(edgeReducer('e1', edge, c, ends)).toMatchObject({ color: '#d62728', label: 'attacked' });
  });

  it('show relation labels only on hover, focus or when zoomed in', () => {
    expect(edgeReducer('e1', edge, ctx(), ends).label).toBe('');
    expect(edgeReducer('e1', edge, ctx({ hoveredEdge: 'e1' }), ends).label).toBe('attacked');
    expect(edgeReducer('e2', edge, ctx({ zoomedIn: true }), ends).label).toBe('attacked');
  });

  it('leave a hub’s relation labels to hover, and label the top-ranked nodes', () => {
    const hub = ctx({ focus: 'b', neighbours: new Set(['a', 'c']), focusEdgeLabels: false });
    expect(edgeReducer('e1', edge, hub, ends).label).toBe('');
    expect(edgeReducer('e1', edge, { ...hub, hoveredEdge: 'e1' }, ends).label).toBe('attacked');
    const ranked = ctx({ labelOrder: ['a'], forced: new Set(['a']) });
    expect(nodeReducer('a', node('A'), ranked).forceLabel).toBe(true);
    expect(nodeReducer('c', node('C'), ranked).forceLabel).toBeUndefined();
  });

  it('never change the data they are given', () => {
    const n = node('A');
    nodeReducer('a', n, ctx({ focus: 'b', neighbours: new Set() }));
    expect(n).toEqual(node('A'));
  });

  it('light a path and dim the rest, over any focus', () => {
    const c = ctx({ path: { nodes: new Set(['a', 'b']), edges: new Set(['e1']) }, focus: 'c' });
    expect(nodeReducer('a', node('A'), c).color).toBe('#e15759');
    expect(nodeReducer('a', node('A'), c).forceLabel).toBe(true);
    expect(nodeReducer('c', node('C'), c).color).toBe(DIM_NODE);
    expect(edgeReducer('e1', edge, c, ends).color).toBe('#d62728');
    expect(edgeReducer('e2', edge, c, ends).color).toBe(DIM_EDGE);
  });

  it('size and colour by a metric, and mark pinned nodes', () => {
    const c = ctx({
      sizes: new Map([['a', 20]]),
      colors: new Map([['a', '#123456']]),
      pinned: new Set(['a']),
    });
    const a = nodeReducer('a', node('A'), c);
    expect([a.size, a.color, a.label]).toEqual([20, '#123456', `${PIN}A`]);
    expect(nodeReducer('b', node('B'), c).size).toBe(5);
  });
});
