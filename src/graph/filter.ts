import { createNewsGraph } from './build.ts';
import {
  extraCriteria,
  hasTimeOrDeclutter,
  timeDeclutterFromParams,
  timeDeclutterToParams,
} from './filter-time.ts';
import type { TimeDeclutterFilter } from './filter-time.ts';
import { ENTITY_TYPES, RELATION_TYPES } from './types.ts';
import type { EntityType, NewsGraph, RelationType } from './types.ts';

/**
 * A filter is data, so the same filter runs in the explorer, in the CLI's export and in a shared URL.
 * All present criteria must hold (AND); within a list, any value may match (OR).
 */
export interface GraphFilter extends TimeDeclutterFilter {
  /** Keep nodes of these entity types. */
  types?: EntityType[];
  /** Keep edges of these relation types. */
  relations?: RelationType[];
  /** Keep each country and the actors affiliated with it (node key, label or alias). */
  countries?: string[];
  /** Keep this actor's neighbourhood (node key, label or alias)… */
  actor?: string;
  /** …to this many hops (1 or 2; default 1). */
  depth?: number;
  /** Keep what the articles with these ids support. */
  articles?: string[];
  /** Keep edges at least this confident. */
  minConfidence?: number;
}

export interface FilterResult {
  nodes: Set<string>;
  edges: Set<string>;
}

const fold = (s: string): string => s.normalize('NFC').toLocaleLowerCase();

/** Finds a node by key, then by label or alias (case-insensitive); prefers `type` when given. */
export function resolveNode(graph: NewsGraph, ref: string, type?: EntityType): string | undefined {
  if (graph.hasNode(ref)) return ref;
  const want = fold(ref.trim());
  let found: string | undefined;
  graph.forEachNode((key, a) => {
    if (found && (!type || graph.getNodeAttribute(found, 'type') === type)) return;
    if (type && a.type !== type && found) return;
    if (fold(a.label) === want || a.aliases.some((x) => fold(x) === want)) found = key;
  });
  return found;
}

/** The keys of the nodes and edges a filter keeps. */
export function filterKeys(graph: NewsGraph, filter: GraphFilter): FilterResult {
  const articles = filter.articles?.length ? new Set(filter.articles) : undefined;
  const types = filter.types?.length ? new Set<string>(filter.types) : undefined;
  const relations = filter.relations?.length ? new Set<string>(filter.relations) : undefined;
  let countries: Set<string> | undefined;
  if (filter.countries?.length) {
    countries = new Set(filter.countries.map((c) => resolveNode(graph, c, 'country') ?? c));
  }

  const extra = extraCriteria(graph, filter);
  // `allowed`: nodes every node criterion but the country one accepts; `home`: those also in a chosen country.
  const allowed = new Set<string>();
  const home = new Set<string>();
  graph.forEachNode((key, a) => {
    if (types && !types.has(a.type)) return;
    if (articles && !a.articles.some((id) => articles.has(id))) return;
    if (!extra.node(key, a)) return; // time (filter-time.ts)
    allowed.add(key);
    if (!countries || countries.has(key) || (a.country && countries.has(a.country))) home.add(key);
  });

  const edgePasses = (key: string, s: string, t: string): boolean => {
    const a = graph.getEdgeAttributes(key);
    if (relations && !relations.has(a.type)) return false;
    if (filter.minConfidence !== undefined && a.confidence < filter.minConfidence) return false;
    if (articles && !a.evidence.some((e) => articles.has(e.article))) return false;
    if (!extra.edge(key, a)) return false; // time, minEvidence (filter-time.ts)
    // A country filter keeps its actors' relations with anyone (Denmark → a base in Iraq), not only
    // relations inside the country: one end at home is enough.
    return allowed.has(s) && allowed.has(t) && (home.has(s) || home.has(t));
  };

  const nodes = new Set(home);
  if (countries) {
    graph.forEachEdge((key, _a, s, t) => {
      if (edgePasses(key, s, t)) nodes.add(s).add(t);
    });
  }
  const edgeOk = (key: string): boolean => {
    const s = graph.source(key);
    const t = graph.target(key);
    return nodes.has(s) && nodes.has(t) && edgePasses(key, s, t);
  };

  // A relation filter is about who takes part: nodes without such a relation would only be noise.
  if (relations) {
    const taking = new Set<string>();
    graph.forEachEdge((key, _a, s, t) => {
      if (edgeOk(key)) taking.add(s).add(t);
    });
    for (const n of [...nodes]) if (!taking.has(n)) nodes.delete(n);
  }

  extra.prune(nodes, edgeOk); // minRelations (filter-time.ts)

  if (filter.actor !== undefined) {
    const start = resolveNode(graph, filter.actor);
    const depth = Math.max(1, Math.min(3, filter.depth ?? 1));
    const reached = new Set<string>();
    if (start && nodes.has(start)) {
      reached.add(start);
      let frontier = [start];
      for (let d = 0; d < depth; d++) {
        const next: string[] = [];
        for (const n of frontier) {
          graph.forEachEdge(n, (edge, _a, s, t) => {
            const other = s === n ? t : s;
            if (!reached.has(other) && edgeOk(edge)) {
              reached.add(other);
              next.push(other);
            }
          });
        }
        frontier = next;
      }
    }
    for (const n of [...nodes]) if (!reached.has(n)) nodes.delete(n);
  }

  const edges = new Set<string>();
  graph.forEachEdge((key) => {
    if (edgeOk(key)) edges.add(key);
  });
  return { nodes, edges };
}

/** A new graph holding only what the filter keeps (graph attributes copied). */
export function applyFilter(graph: NewsGraph, filter: GraphFilter): NewsGraph {
  const { nodes, edges } = filterKeys(graph, filter);
  const out = createNewsGraph(structuredClone(graph.getAttributes()));
  graph.forEachNode((key, a) => {
    if (nodes.has(key)) out.addNode(key, structuredClone(a));
  });
  graph.forEachEdge((key, a, s, t) => {
    if (edges.has(key)) out.addDirectedEdgeWithKey(key, s, t, structuredClone(a));
  });
  // A filtered graph carries only the articles its nodes and edges cite: a view of three nodes does not
  // ship the text of six hundred articles.
  if (!isEmptyFilter(filter)) {
    const cited = new Set<string>();
    out.forEachNode((_k, a) => a.articles.forEach((id) => cited.add(id)));
    out.forEachEdge((_k, a) => a.evidence.forEach((e) => cited.add(e.article)));
    out.setAttribute(
      'articles',
      out.getAttribute('articles').filter((a) => cited.has(a.id)),
    );
  }
  return out;
}

export function isEmptyFilter(filter: GraphFilter): boolean {
  return (
    !filter.types?.length &&
    !filter.relations?.length &&
    !filter.countries?.length &&
    filter.actor === undefined &&
    !filter.articles?.length &&
    filter.minConfidence === undefined &&
    !hasTimeOrDeclutter(filter)
  );
}

/** Filter → URL search params (what the explorer puts in its address bar). */
export function filterToParams(filter: GraphFilter): URLSearchParams {
  const p = new URLSearchParams();
  if (filter.types?.length) p.set('type', filter.types.join(','));
  if (filter.relations?.length) p.set('relation', filter.relations.join(','));
  if (filter.countries?.length) p.set('country', filter.countries.join(','));
  if (filter.actor !== undefined) p.set('actor', filter.actor);
  if (filter.depth !== undefined) p.set('depth', String(filter.depth));
  if (filter.articles?.length) p.set('article', filter.articles.join(','));
  if (filter.minConfidence !== undefined) p.set('minConfidence', String(filter.minConfidence));
  timeDeclutterToParams(filter, p);
  return p;
}

const list = (v: string | null): string[] | undefined =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;

/** URL search params → filter; unknown type names are dropped rather than trusted. */
export function filterFromParams(p: URLSearchParams): GraphFilter {
  const f: GraphFilter = timeDeclutterFromParams(p);
  const types = list(p.get('type'))?.filter((t): t is EntityType =>
    (ENTITY_TYPES as readonly string[]).includes(t),
  );
  if (types?.length) f.types = types;
  const rels = list(p.get('relation'))?.filter((t): t is RelationType =>
    (RELATION_TYPES as readonly string[]).includes(t),
  );
  if (rels?.length) f.relations = rels;
  const countries = list(p.get('country'));
  if (countries?.length) f.countries = countries;
  const actor = p.get('actor');
  if (actor) f.actor = actor;
  const depth = Number(p.get('depth'));
  if (p.has('depth') && Number.isFinite(depth)) f.depth = depth;
  const articles = list(p.get('article'));
  if (articles?.length) f.articles = articles;
  const mc = Number(p.get('minConfidence'));
  if (p.has('minConfidence') && Number.isFinite(mc)) f.minConfidence = mc;
  return f;
}
