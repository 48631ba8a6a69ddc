// Size and colour by a metric: maps of display values for the reducers. Betweenness is loaded on demand
// (graphology-metrics stays out of the first bundle) and computed over what the view shows.
import { UndirectedGraph } from 'graphology';
import type { FilterResult, NewsGraph } from '../../graph/index.ts';
import { communities } from '../state/communities.ts';
import type { ColorBy, SizeBy } from '../state/explore.ts';
import { nodeSize } from './display.ts';

/** Community colours, by community size rank; communities past the palette share a grey. */
export const COMMUNITY_COLORS = [
  '#e6194b',
  '#3cb44b',
  '#4363d8',
  '#f58231',
  '#911eb4',
  '#42d4f4',
  '#f032e6',
  '#9a6324',
  '#808000',
  '#000075',
];
export const OTHER_COMMUNITY = '#a9a9a9';

export function communityColor(rank: number): string {
  return COMMUNITY_COLORS[rank] ?? OTHER_COMMUNITY;
}

/** Raw metric values per visible node; null for the default (degree, already the display size). */
export async function metricValues(
  graph: NewsGraph,
  visible: FilterResult,
  by: SizeBy,
): Promise<Map<string, number> | null> {
  if (by === 'relations') return null;
  const values = new Map<string, number>();
  if (by === 'mentions') {
    for (const n of visible.nodes) values.set(n, graph.getNodeAttribute(n, 'mentions').length);
    return values;
  }
  // Who stands between the others, in the picture shown: visible relations as undirected ties.
  const g = new UndirectedGraph();
  for (const n of visible.nodes) g.addNode(n);
  for (const e of visible.edges) {
    const s = graph.source(e);
    const t = graph.target(e);
    if (s !== t && g.hasNode(s) && g.hasNode(t) && !g.hasEdge(s, t)) g.addEdge(s, t);
  }
  const { default: betweenness } = await import('graphology-metrics/centrality/betweenness');
  for (const [n, v] of Object.entries(betweenness(g, { normalized: false }))) values.set(n, v);
  return values;
}

/** Display sizes from metric values: the same square-root scale as degree sizes. */
export function sizesFrom(values: ReadonlyMap<string, number>, order: number): Map<string, number> {
  let max = 0;
  for (const v of values.values()) max = Math.max(max, v);
  const sizes = new Map<string, number>();
  for (const [n, v] of values) sizes.set(n, nodeSize(v, order, max));
  return sizes;
}

export function colorsFor(
  graph: NewsGraph,
  visible: FilterResult,
  by: ColorBy,
): Map<string, string> | undefined {
  if (by === 'type') return undefined;
  const colors = new Map<string, string>();
  for (const [n, c] of communities(graph, visible)) colors.set(n, communityColor(c));
  return colors;
}
