/**
 * Graphs `serve` answers with: graph-file JSON (graph-schema/, so the explorer reads it as it reads
 * graph.json) of a bounded set of consolidated nodes and the edges among them. Each edge carries its first
 * few evidence sentences; the rest are paged by /api/evidence. Filters run through graph/filter.ts on a
 * light graph of the candidates SQL picks, so `serve` filters exactly as the explorer and `export` do.
 */
import { createNewsGraph, edgeKey, filterKeys, validateGraphData } from '../graph/index.ts';
import type {
  ArticleMeta,
  EntityType,
  Evidence,
  GraphFilter,
  Lang,
  NewsGraph,
  RelationType,
  SerializedNewsGraph,
} from '../graph/index.ts';
import type { EdgeRow, EvidenceRow, NodeRow, StoreQueries } from './query.ts';

/** Candidates examined for one filter answer, at most: bounds the work whatever the corpus. */
export const CANDIDATE_CAP = 20_000;

export interface GraphAnswer {
  graph: SerializedNewsGraph;
  /** Nodes the filter kept before the limit cut them to the best connected. */
  matched: number;
}

const toEvidence = (r: EvidenceRow): Evidence => {
  const e: Evidence = { article: r.article, sentence: r.sentence, start: r.start, end: r.end };
  if (r.quote !== null) e.quote = r.quote;
  if (r.trigger !== null) e.trigger = r.trigger;
  if (r.confidence !== null) e.confidence = r.confidence;
  if (r.rule !== null) e.rule = r.rule;
  return e;
};

/** The light graph: nodes and edges with what filter.ts reads, and a few evidence sentences per edge. */
function lightGraph(q: StoreQueries, nodes: NodeRow[], edges: EdgeRow[], perEdge: number): NewsGraph {
  const g = createNewsGraph();
  const keyOf = new Map<number, string>();
  for (const n of nodes) {
    keyOf.set(n.id, n.key);
    addNode(g, n);
  }
  for (const e of edges) {
    const s = keyOf.get(e.source);
    const t = keyOf.get(e.target);
    if (s === undefined || t === undefined) continue;
    const evidence = q.evidence(e.id, perEdge).map(toEvidence);
    g.addDirectedEdgeWithKey(edgeKey(e.type as RelationType, s, t), s, t, {
      type: e.type as RelationType,
      evidence,
      confidence: e.confidence,
      ...(e.date ? { date: e.date } : {}),
      articles: [...new Set(evidence.map((x) => x.article))],
    });
  }
  return g;
}

/** Adds the country node of every node shown that names one: a graph file never names a missing node. */
function addCountries(q: StoreQueries, g: NewsGraph): void {
  const missing = new Set<string>();
  g.forEachNode((_k, a) => {
    if (a.country && !g.hasNode(a.country)) missing.add(a.country);
  });
  const rows = q.nodesByKey([...missing]);
  const found = new Set(rows.map((r) => r.key));
  for (const r of rows) if (r.type === 'country') addNode(g, r);
  // A country key no country node has (not seen in a run of this store): dropped rather than dangling.
  g.forEachNode((k, a) => {
    if (a.country && !g.hasNode(a.country) && !found.has(a.country)) g.setNodeAttribute(k, 'country', null);
  });
}

function addNode(g: NewsGraph, n: NodeRow): void {
  g.addNode(n.key, {
    label: n.label,
    type: n.type as EntityType,
    aliases: [n.label],
    ...(n.country ? { country: n.country } : {}),
    mentions: [],
    articles: [],
  });
}

/** Serialized, with the metadata (no text: /api/article has it) of every article its evidence cites. */
function serialize(q: StoreQueries, g: NewsGraph): SerializedNewsGraph {
  addCountries(q, g);
  // Each node's articles: those of the evidence shown on its edges (the explorer counts and filters by them).
  g.forEachEdge((_k, a, s, t) => {
    for (const e of a.evidence)
      for (const n of [s, t]) {
        const list = g.getNodeAttribute(n, 'articles');
        if (!list.includes(e.article)) list.push(e.article);
      }
  });
  const ids = new Set<string>();
  g.forEachEdge((_k, a) => a.evidence.forEach((e) => ids.add(e.article)));
  const articles: ArticleMeta[] = [];
  for (const id of [...ids].sort()) {
    const m = q.articleMeta(id);
    if (!m) continue;
    const meta: ArticleMeta = { id, file: String(m.file), lang: m.lang as Lang };
    if (m.title !== null) meta.title = String(m.title);
    if (m.date !== null) meta.date = String(m.date);
    if (m.hash !== null) meta.hash = String(m.hash);
    if (m.words !== null) meta.words = Number(m.words);
    articles.push(meta);
  }
  g.setAttribute('articles', articles);
  const data = g.export() as unknown as SerializedNewsGraph;
  const checked = validateGraphData(data);
  if (!checked.ok) throw new Error(`store answer is not a valid graph: ${checked.errors[0]}`);
  return data;
}

/** The `limit` best connected of `nodes` (and `keep`, always), with the edges among them. */
function bounded(
  q: StoreQueries,
  nodes: NodeRow[],
  limit: number,
  perEdge: number,
  keep?: number,
): GraphAnswer {
  const chosen = [...nodes]
    .sort((a, b) => Number(b.id === keep) - Number(a.id === keep) || b.degree - a.degree || a.id - b.id)
    .slice(0, limit);
  const g = lightGraph(q, chosen, q.edgesAmong(chosen.map((n) => n.id)), perEdge);
  return { graph: serialize(q, g), matched: nodes.length };
}

/** The first picture: the `limit` actors with most relations and the edges among them. */
export function overview(q: StoreQueries, limit: number, perEdge: number): GraphAnswer {
  return bounded(q, q.top(limit), limit, perEdge);
}

/** An actor's neighbourhood to `depth` hops. */
export function neighbourhood(
  q: StoreQueries,
  start: NodeRow,
  depth: number,
  limit: number,
  perEdge: number,
): GraphAnswer {
  return bounded(
    q,
    q.nodes(q.neighbourhood(start.id, depth, Math.max(1000, limit * 4))),
    limit,
    perEdge,
    start.id,
  );
}

/**
 * Any GraphFilter: SQL narrows the candidates (the countries' actors and their neighbours, the actor's
 * neighbourhood, the articles' nodes; else the best connected), filter.ts decides among them. Countries
 * and the actor must be node keys (the API resolves names first).
 */
export function filtered(q: StoreQueries, filter: GraphFilter, limit: number, perEdge: number): GraphAnswer {
  let candidates: Set<number> | undefined;
  const narrow = (s: Set<number>): void => {
    candidates = candidates ? new Set([...candidates].filter((x) => s.has(x))) : s;
  };
  let start: NodeRow | undefined;
  // Kept whatever their rank when the candidates are cut: the actor, the countries asked for.
  const keep: number[] = [];
  if (filter.actor !== undefined) {
    start = q.resolve(filter.actor);
    if (start) keep.push(start.id);
    narrow(
      start
        ? q.neighbourhood(start.id, Math.max(1, Math.min(3, filter.depth ?? 1)), CANDIDATE_CAP)
        : new Set(),
    );
  }
  if (filter.countries?.length) {
    const all = new Set<number>();
    for (const c of filter.countries) {
      const country = q.resolve(c, 'country');
      if (!country) continue;
      keep.push(country.id);
      for (const n of q.countryCandidates(country, CANDIDATE_CAP)) all.add(n);
    }
    narrow(all);
  }
  if (filter.articles?.length) narrow(q.nodesInArticles(filter.articles));
  // A large candidate set (a hub country's neighbours) is cut to its best connected few times the limit
  // first: the answer is the best connected part of the match, at a cost that does not grow with the corpus.
  const cut = Math.max(1000, limit * 4);
  const rows = candidates ? q.bestOf(candidates, cut, keep) : q.top(Math.min(CANDIDATE_CAP, cut));
  // Evidence is read for the edges shown, after filtering; the article filter alone needs it to decide.
  const perEdgeForFilter = filter.articles?.length ? 50 : 0;
  const light = lightGraph(q, rows, q.edgesAmong(rows.map((r) => r.id)), perEdgeForFilter);
  if (filter.articles?.length) {
    // filter.ts keeps nodes by their articles: those of the filter each one is named in.
    const wanted = new Set(filter.articles);
    for (const id of wanted)
      for (const n of q.nodes(q.nodesInArticles([id]))) light.getNodeAttributes(n.key)?.articles.push(id);
  }
  const { nodes, edges } = filterKeys(light, filter);
  const kept = rows.filter((r) => nodes.has(r.key));
  const chosen = new Set(
    [...kept]
      .sort(
        (a, b) =>
          Number(b.id === start?.id) - Number(a.id === start?.id) || b.degree - a.degree || a.id - b.id,
      )
      .slice(0, limit)
      .map((r) => r.key),
  );
  for (const key of light.edges())
    if (!edges.has(key) || !chosen.has(light.source(key)) || !chosen.has(light.target(key)))
      light.dropEdge(key);
  for (const key of light.nodes()) if (!chosen.has(key)) light.dropNode(key);
  const idOf = new Map(rows.map((r) => [r.key, r.id]));
  const edgeIds = new Map(
    q
      .edgesAmong([...chosen].map((k) => idOf.get(k) as number))
      .map((e) => [`${e.type}\u0000${e.source}\u0000${e.target}`, e.id]),
  );
  light.forEachEdge((_key, a, s, t) => {
    const id = edgeIds.get(`${a.type}\u0000${idOf.get(s)}\u0000${idOf.get(t)}`);
    a.evidence = id === undefined ? [] : q.evidence(id, perEdge).map(toEvidence);
  });
  return { graph: serialize(q, light), matched: kept.length };
}
