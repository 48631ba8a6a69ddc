import { MultiDirectedGraph } from 'graphology';
import { ontology } from '../../graph/index.ts';
import type { EntityType, NewsGraph, RelationType } from '../../graph/index.ts';
import { initialPosition } from './positions.ts';

/** @sigma/edge-curve's DEFAULT_EDGE_CURVATURE, copied: importing it pulls WebGL code into Node tests. */
const DEFAULT_EDGE_CURVATURE = 0.25;

export interface DisplayNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  entity: EntityType;
  [k: string]: unknown;
}
export interface DisplayEdge {
  size: number;
  color: string;
  label: string;
  relation: RelationType;
  /** Sigma's program: straight arrows, or curved ones for parallel edges. */
  type: 'arrow' | 'curved';
  curvature?: number;
  [k: string]: unknown;
}
export type DisplayGraph = MultiDirectedGraph<DisplayNode, DisplayEdge>;

/** Smallest and largest node radius (px) by graph size: a 40-node story gets big discs, 3,000 nodes small dots. */
function sizeRange(order: number): [number, number] {
  if (order <= 50) return [7, 24];
  if (order <= 300) return [5, 18];
  if (order <= 2000) return [3.5, 14];
  return [2.5, 12];
}

/**
 * Node size grows with degree relative to the graph's best-connected node, on a square-root scale so hubs do
 * not swallow the picture; the range shrinks as the graph grows. Crowded graphs get small dots: they would
 * overlap anyway, and in software WebGL the pixels drawn are the frame's cost.
 */
export function nodeSize(degree: number, order = 0, maxDegree = degree): number {
  if (order > 5000) return Math.min(14, 1.5 + 0.5 * Math.sqrt(degree));
  const [lo, hi] = sizeRange(order);
  return maxDegree > 0 ? lo + (hi - lo) * Math.sqrt(degree / maxDegree) : lo;
}

/** Spreads k parallel edges: the further from the middle, the stronger the bend (sigma's parallel-edges recipe). */
export function curvatureFor(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -curvatureFor(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/**
 * The graph sigma draws: same keys as the news graph, only display attributes. The news graph itself is
 * never touched for display, so exports stay byte-identical to the CLI's.
 */
export function buildDisplayGraph(graph: NewsGraph, withEdges = true): DisplayGraph {
  const d: DisplayGraph = new MultiDirectedGraph<DisplayNode, DisplayEdge>();
  let maxDegree = 0;
  if (graph.order <= 5000)
    graph.forEachNode((key) => void (maxDegree = Math.max(maxDegree, graph.degree(key))));
  graph.forEachNode((key, a) => {
    const pos =
      typeof a.x === 'number' && typeof a.y === 'number'
        ? { x: a.x, y: a.y }
        : initialPosition(key, graph.order);
    d.addNode(key, {
      ...pos,
      size: nodeSize(graph.degree(key), graph.order, maxDegree),
      color: ontology.entityTypes[a.type]?.color ?? '#999',
      label: a.label,
      entity: a.type,
    });
  });
  if (!withEdges) return d;
  graph.forEachEdge((key, a, s, t) => {
    d.addDirectedEdgeWithKey(key, s, t, {
      size: 1.5 + Math.min(3, a.evidence.length * 0.5),
      color: ontology.relationTypes[a.type]?.color ?? '#999',
      label: ontology.relationTypes[a.type]?.label ?? a.type,
      relation: a.type,
      type: 'arrow',
    });
  });
  spreadParallelEdges(d);
  return d;
}

/**
 * Curvature for edges that share both ends, in either direction: the same rule as @sigma/edge-curve's
 * indexParallelEdgesIndex (k edges one way get indices −(k−1)/2…(k−1)/2, the middle one straight; a lone
 * edge facing an opposite one bends by 1), in one pass over a Map — the library's version takes about a
 * second on 100,000 edges.
 */
export function spreadParallelEdges(d: DisplayGraph): void {
  const directed = new Map<string, string[]>();
  const pairCount = new Map<string, number>();
  d.forEachEdge((key, _a, s, t) => {
    const k = `${s}\u0000${t}`;
    const list = directed.get(k);
    if (list) list.push(key);
    else directed.set(k, [key]);
    const u = s < t ? k : `${t}\u0000${s}`;
    pairCount.set(u, (pairCount.get(u) ?? 0) + 1);
  });
  for (const [k, edges] of directed) {
    const [s, t] = k.split('\u0000');
    const both = pairCount.get(s < t ? k : `${t}\u0000${s}`) ?? 0;
    if (both === 1) continue;
    if (edges.length === 1) {
      d.mergeEdgeAttributes(edges[0], { type: 'curved', curvature: curvatureFor(1, 1) });
      continue;
    }
    const max = edges.length === both ? (edges.length - 1) / 2 : edges.length;
    edges.forEach((e, i) => {
      // All one way: centred on a straight middle edge; with some the other way: all bend to one side.
      const index = edges.length === both ? i - (edges.length - 1) / 2 : i + 1;
      if (index !== 0) d.mergeEdgeAttributes(e, { type: 'curved', curvature: curvatureFor(index, max) });
    });
  }
}
