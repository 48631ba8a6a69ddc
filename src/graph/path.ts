import type { NewsGraph } from './types.ts';

/** A shortest path: its nodes in order from start to end, and the relation taken at each step. */
export interface GraphPath {
  nodes: string[];
  edges: string[];
}

/**
 * The shortest path between two nodes by breadth-first search, relations read in either direction (who
 * attacked whom matters less here than that the two are connected). `edgeOk` limits the search to what the
 * view shows. Ties are broken by edge key, so the same graph always gives the same path. Null when the two
 * are not connected.
 */
export function shortestPath(
  graph: NewsGraph,
  from: string,
  to: string,
  edgeOk: (edge: string) => boolean = () => true,
): GraphPath | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  if (from === to) return { nodes: [from], edges: [] };
  const via = new Map<string, { prev: string; edge: string } | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length && !via.has(to)) {
    const next: string[] = [];
    for (const n of frontier) {
      const steps: { edge: string; other: string }[] = [];
      graph.forEachEdge(n, (edge, _a, s, t) => {
        if (edgeOk(edge)) steps.push({ edge, other: s === n ? t : s });
      });
      steps.sort((a, b) => (a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0));
      for (const { edge, other } of steps) {
        if (via.has(other)) continue;
        via.set(other, { prev: n, edge });
        next.push(other);
      }
    }
    frontier = next;
  }
  if (!via.has(to)) return null;
  const nodes = [to];
  const edges: string[] = [];
  for (let step = via.get(to); step; step = via.get(step.prev)) {
    edges.unshift(step.edge);
    nodes.unshift(step.prev);
  }
  return { nodes, edges };
}
