import { MultiDirectedGraph } from 'graphology';
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import { ontology } from '../../graph/index.ts';
import type { EntityType, NewsGraph, RelationType } from '../../graph/index.ts';
import { initialPosition } from './positions.ts';

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

/** Node size grows with degree, on a square-root scale so hubs do not swallow the picture. */
export function nodeSize(degree: number): number {
  return Math.min(26, 6 + 2.6 * Math.sqrt(degree));
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
export function buildDisplayGraph(graph: NewsGraph): DisplayGraph {
  const d: DisplayGraph = new MultiDirectedGraph<DisplayNode, DisplayEdge>();
  graph.forEachNode((key, a) => {
    const pos =
      typeof a.x === 'number' && typeof a.y === 'number'
        ? { x: a.x, y: a.y }
        : initialPosition(key, graph.order);
    d.addNode(key, {
      ...pos,
      size: nodeSize(graph.degree(key)),
      color: ontology.entityTypes[a.type]?.color ?? '#999',
      label: a.label,
      entity: a.type,
    });
  });
  graph.forEachEdge((key, a, s, t) => {
    d.addDirectedEdgeWithKey(key, s, t, {
      size: 1.5 + Math.min(3, a.evidence.length * 0.5),
      color: ontology.relationTypes[a.type]?.color ?? '#999',
      label: ontology.relationTypes[a.type]?.label ?? a.type,
      relation: a.type,
      type: 'arrow',
    });
  });
  indexParallelEdgesIndex(d, {
    edgeIndexAttribute: 'parallelIndex',
    edgeMinIndexAttribute: 'parallelMinIndex',
    edgeMaxIndexAttribute: 'parallelMaxIndex',
  });
  d.forEachEdge((key, a) => {
    const index = a.parallelIndex as number | null | undefined;
    const max = a.parallelMaxIndex as number | null | undefined;
    const min = a.parallelMinIndex as number | null | undefined;
    if (typeof index !== 'number' || typeof max !== 'number') return;
    // With an odd count the middle edge (index 0) stays straight; every other one bends away from it.
    if (typeof min === 'number') {
      if (index !== 0) d.mergeEdgeAttributes(key, { type: 'curved', curvature: curvatureFor(index, max) });
    } else {
      d.mergeEdgeAttributes(key, { type: 'curved', curvature: curvatureFor(index, max) });
    }
  });
  return d;
}
