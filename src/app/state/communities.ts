// Louvain communities of what the filters keep: relations as undirected ties weighted by their evidence.
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { FilterResult, NewsGraph } from '../../graph/index.ts';

/** A seeded generator (mulberry32): the same graph always gets the same communities. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Community number per visible node, numbered by size (0 is the largest). */
export function communities(graph: NewsGraph, visible: FilterResult): Map<string, number> {
  const g = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const n of [...visible.nodes].sort()) g.addNode(n);
  for (const e of [...visible.edges].sort()) {
    const s = graph.source(e);
    const t = graph.target(e);
    if (!g.hasNode(s) || !g.hasNode(t)) continue;
    const w = graph.getEdgeAttribute(e, 'evidence').length;
    if (g.hasEdge(s, t)) g.updateEdgeAttribute(s, t, 'weight', (x) => (x ?? 0) + w);
    else g.addEdge(s, t, { weight: w });
  }
  const raw = g.order ? louvain(g, { getEdgeWeight: 'weight', rng: seeded(17) }) : {};
  const size = new Map<number, number>();
  for (const c of Object.values(raw)) size.set(c, (size.get(c) ?? 0) + 1);
  const order = [...size.keys()].sort((a, b) => size.get(b)! - size.get(a)! || a - b);
  const rank = new Map(order.map((c, i) => [c, i]));
  return new Map(Object.entries(raw).map(([n, c]) => [n, rank.get(c)!]));
}
