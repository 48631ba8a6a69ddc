// Shared by the merge tests: the reference fold and the merger, both to canonical text.
import {
  addArticle,
  addRelation,
  canonicalize,
  createNewsGraph,
  GraphMerger,
  serializeGraph,
  stringifyGraph,
  upsertNode,
} from '../../src/graph/index.ts';
import type { NewsGraph } from '../../src/graph/index.ts';

/** The reference: every graph folded in with the builders, article by article, node by node, edge by edge. */
export function reference(graphs: NewsGraph[]): string {
  const g = createNewsGraph();
  for (const a of graphs) {
    for (const article of a.getAttribute('articles')) addArticle(g, article);
    a.forEachNode((key, n) =>
      upsertNode(g, {
        key,
        label: n.label,
        type: n.type,
        aliases: n.aliases,
        country: n.country,
        title: n.title,
        mentions: n.mentions,
      }),
    );
    a.forEachEdge((_k, e, source, target) =>
      addRelation(g, { type: e.type, source, target, evidence: e.evidence, date: e.date }),
    );
  }
  return stringifyGraph(canonicalize(g));
}

/** Through the merger, each graph serialized as a worker or the cache hands it over. */
export function merged(graphs: NewsGraph[]): string {
  const m = new GraphMerger();
  for (const a of graphs) m.add(JSON.parse(JSON.stringify(serializeGraph(a))));
  return stringifyGraph(canonicalize(m.graph()));
}
