import { filterKeys } from '../../graph/index.ts';
import type { GraphFilter, NewsGraph } from '../../graph/index.ts';

export interface FacetCounts {
  types: Map<string, number>;
  relations: Map<string, number>;
  /** Country node key → the country plus its affiliated actors. */
  countries: Map<string, number>;
  articles: Map<string, number>;
}

function inc(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

/**
 * Live counts for each filter option: what the view would hold with that facet's own criterion lifted, so
 * an option shows what choosing it would give alongside the other filters (the usual faceted-search rule).
 */
export function facetCounts(graph: NewsGraph, filter: GraphFilter): FacetCounts {
  const out: FacetCounts = {
    types: new Map(),
    relations: new Map(),
    countries: new Map(),
    articles: new Map(),
  };
  const without = (k: keyof GraphFilter): GraphFilter => {
    const f = { ...filter };
    delete f[k];
    return f;
  };
  for (const n of filterKeys(graph, without('types')).nodes)
    inc(out.types, graph.getNodeAttribute(n, 'type'));
  for (const e of filterKeys(graph, without('relations')).edges)
    inc(out.relations, graph.getEdgeAttribute(e, 'type'));
  for (const n of filterKeys(graph, without('countries')).nodes) {
    const a = graph.getNodeAttributes(n);
    if (a.type === 'country') inc(out.countries, n);
    else if (a.country) inc(out.countries, a.country);
  }
  for (const n of filterKeys(graph, without('articles')).nodes) {
    for (const id of graph.getNodeAttribute(n, 'articles')) inc(out.articles, id);
  }
  return out;
}
