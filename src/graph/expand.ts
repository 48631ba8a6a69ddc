import type { NewsGraph } from './types.ts';

/**
 * The nodes an exploration shows: the start node, then, for each expanded node in the order it was
 * expanded, its direct neighbours (through the relations `edgeOk` accepts). An expanded node that is no
 * longer shown (a collapse upstream removed it) adds nothing, so collapsing prunes what hung from it.
 */
export function expandedNodes(
  graph: NewsGraph,
  start: string,
  expanded: readonly string[],
  edgeOk: (edge: string) => boolean = () => true,
): Set<string> {
  const shown = new Set<string>();
  if (!graph.hasNode(start)) return shown;
  shown.add(start);
  for (const n of expanded) {
    if (!shown.has(n)) continue;
    graph.forEachEdge(n, (edge, _a, s, t) => {
      if (edgeOk(edge)) shown.add(s === n ? t : s);
    });
  }
  return shown;
}

/** Collapsing a node: it is no longer expanded, nor is anything expanded only through it. */
export function collapse(
  graph: NewsGraph,
  start: string,
  expanded: readonly string[],
  node: string,
  edgeOk: (edge: string) => boolean = () => true,
): string[] {
  const rest = expanded.filter((n) => n !== node);
  const shown = expandedNodes(graph, start, rest, edgeOk);
  return rest.filter((n) => shown.has(n));
}
