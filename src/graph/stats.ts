import type { NewsGraph } from './types.ts';

export interface GraphStats {
  articles: number;
  nodes: number;
  edges: number;
  nodesByType: Record<string, number>;
  edgesByType: Record<string, number>;
  /** Actors (non-country nodes) per affiliated country label; "(none)" for unaffiliated. */
  actorsByCountry: Record<string, number>;
  topActors: { key: string; label: string; type: string; degree: number }[];
}

function count(into: Record<string, number>, key: string): void {
  into[key] = (into[key] ?? 0) + 1;
}

export function graphStats(graph: NewsGraph, top = 10): GraphStats {
  const nodesByType: Record<string, number> = {};
  const edgesByType: Record<string, number> = {};
  const actorsByCountry: Record<string, number> = {};
  graph.forEachNode((_k, a) => {
    count(nodesByType, a.type);
    if (a.type === 'country') return;
    const c = a.country && graph.hasNode(a.country) ? graph.getNodeAttribute(a.country, 'label') : '(none)';
    count(actorsByCountry, c);
  });
  graph.forEachEdge((_k, a) => count(edgesByType, a.type));
  const topActors = graph
    .mapNodes((key, a) => ({ key, label: a.label, type: a.type, degree: graph.degree(key) }))
    .sort((a, b) => b.degree - a.degree || a.key.localeCompare(b.key))
    .slice(0, top);
  return {
    articles: graph.getAttribute('articles').length,
    nodes: graph.order,
    edges: graph.size,
    nodesByType,
    edgesByType,
    actorsByCountry,
    topActors,
  };
}

/** "5 articles, 60 nodes (20 person, …), 45 edges (10 attacked, …)" */
export function summaryLine(s: GraphStats): string {
  const parts = (r: Record<string, number>): string =>
    Object.entries(r)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k, v]) => `${v} ${k}`)
      .join(', ');
  return `${s.articles} articles, ${s.nodes} nodes (${parts(s.nodesByType)}), ${s.edges} edges (${parts(s.edgesByType)})`;
}
