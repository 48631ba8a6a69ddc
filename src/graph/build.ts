import { MultiDirectedGraph } from 'graphology';
import { edgeKey } from './keys.ts';
import type {
  ArticleMeta,
  EdgeAttributes,
  EntityType,
  Evidence,
  GraphAttributes,
  Mention,
  NewsGraph,
  NodeAttributes,
  RelationType,
} from './types.ts';

export const GENERATOR = { name: 'newsgraph', version: '0.1.0' } as const;

export function createNewsGraph(attributes: Partial<GraphAttributes> = {}): NewsGraph {
  const graph: NewsGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    allowSelfLoops: false,
  });
  graph.replaceAttributes({ generator: { ...GENERATOR }, articles: [], ...attributes });
  return graph;
}

export interface NodeInput {
  key: string;
  label: string;
  type: EntityType;
  aliases?: string[];
  country?: string | null;
  title?: string;
  mentions?: Mention[];
}

/** The keys of a node's mentions or an edge's evidence, and the list length they were taken at. */
interface KeyIndex {
  keys: Set<string>;
  length: number;
}

const indexes = new WeakMap<object, KeyIndex>();

/**
 * The keys of `list`, kept between calls: rebuilding them on every upsert made a node mentioned once per
 * sentence cost quadratic time (a 1 MB article spent most of its minute here). Rebuilt whenever the list's
 * length is not the one recorded, should anything else have changed it.
 */
function index<T>(list: T[], key: (item: T) => string): KeyIndex {
  let ix = indexes.get(list);
  if (!ix || ix.length !== list.length) {
    ix = { keys: new Set(list.map(key)), length: list.length };
    indexes.set(list, ix);
  }
  return ix;
}

function pushUnique<T>(list: T[], items: Iterable<T>): void {
  for (const item of items) if (!list.includes(item)) list.push(item);
}

function mentionKey(m: Mention): string {
  return `${m.article}\u0000${m.start}\u0000${m.end}`;
}

/** A node's attributes before any name or mention is folded in: the key order every graph file has. */
export function newNodeAttributes(
  input: Pick<NodeInput, 'label' | 'type' | 'country' | 'title'>,
): NodeAttributes {
  const attrs: NodeAttributes = {
    label: input.label,
    type: input.type,
    aliases: [],
    mentions: [],
    articles: [],
  };
  if (input.country !== undefined) attrs.country = input.country;
  if (input.title) attrs.title = input.title;
  return attrs;
}

/** Adds the node or folds the input into the existing one (aliases, mentions, articles; first country wins). */
export function upsertNode(graph: NewsGraph, input: NodeInput): string {
  const mentions = input.mentions ?? [];
  if (!graph.hasNode(input.key)) graph.addNode(input.key, newNodeAttributes(input));
  const attrs = graph.getNodeAttributes(input.key);
  pushUnique(attrs.aliases, [input.label, ...(input.aliases ?? [])]);
  const seen = index(attrs.mentions, mentionKey);
  for (const m of mentions) {
    if (!seen.keys.has(mentionKey(m))) {
      attrs.mentions.push(m);
      seen.keys.add(mentionKey(m));
    }
  }
  seen.length = attrs.mentions.length;
  pushUnique(
    attrs.articles,
    mentions.map((m) => m.article),
  );
  if ((attrs.country === undefined || attrs.country === null) && input.country) attrs.country = input.country;
  if (!attrs.title && input.title) attrs.title = input.title;
  return input.key;
}

export interface RelationInput {
  type: RelationType;
  source: string;
  target: string;
  evidence: Evidence[];
  date?: string;
}

function evidenceKey(e: Evidence): string {
  return `${e.article}\u0000${e.start}\u0000${e.end}\u0000${e.quote ?? ''}`;
}

/** Noisy-or over articles: independent articles agreeing raise confidence; repeats in one article do not. */
export function combineConfidence(evidence: Evidence[]): number {
  const best = new Map<string, number>();
  for (const e of evidence) {
    const c = e.confidence ?? 0.5;
    best.set(e.article, Math.max(best.get(e.article) ?? 0, c));
  }
  let miss = 1;
  for (const c of best.values()) miss *= 1 - c;
  return Math.round((1 - miss) * 1000) / 1000;
}

function earliest(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a <= b ? a : b;
}

/** Adds the relation, or appends its evidence to the one edge of that (type, source, target). */
export function addRelation(graph: NewsGraph, input: RelationInput): string | null {
  if (input.source === input.target) return null;
  const key = edgeKey(input.type, input.source, input.target);
  if (!graph.hasEdge(key)) {
    graph.addDirectedEdgeWithKey(key, input.source, input.target, {
      type: input.type,
      evidence: [],
      confidence: 0,
      articles: [],
    });
  }
  const attrs = graph.getEdgeAttributes(key);
  const seen = index(attrs.evidence, evidenceKey);
  for (const e of input.evidence) {
    if (!seen.keys.has(evidenceKey(e))) {
      attrs.evidence.push(e);
      seen.keys.add(evidenceKey(e));
    }
  }
  seen.length = attrs.evidence.length;
  attrs.articles ??= [];
  pushUnique(
    attrs.articles,
    input.evidence.map((e) => e.article),
  );
  attrs.confidence = combineConfidence(attrs.evidence);
  const date = earliest(attrs.date, input.date);
  if (date) attrs.date = date;
  return key;
}

/** Adds the article's metadata once (by id). */
export function addArticle(graph: NewsGraph, article: ArticleMeta): void {
  const articles = graph.getAttribute('articles');
  if (!articles.some((a) => a.id === article.id)) articles.push(article);
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A copy with nodes, edges, articles and lists in a fixed order, so the same input always gives the same
 * file, byte for byte, whatever order the articles were processed in.
 */
export function canonicalize(graph: NewsGraph): NewsGraph {
  const out = createNewsGraph({
    ...graph.getAttributes(),
    articles: [...graph.getAttribute('articles')].sort((a, b) => byString(a.id, b.id)),
  });
  const mentionOrder = (a: Mention, b: Mention): number =>
    byString(a.article, b.article) || a.start - b.start || a.end - b.end;
  const evidenceOrder = (a: Evidence, b: Evidence): number =>
    byString(a.article, b.article) ||
    a.start - b.start ||
    a.end - b.end ||
    byString(a.quote ?? '', b.quote ?? '');
  for (const key of graph.nodes().sort(byString)) {
    const a = graph.getNodeAttributes(key);
    out.addNode(key, {
      ...a,
      aliases: [...a.aliases],
      mentions: [...a.mentions].sort(mentionOrder),
      articles: [...a.articles].sort(byString),
    });
  }
  for (const key of graph.edges().sort(byString)) {
    const a = graph.getEdgeAttributes(key);
    out.addDirectedEdgeWithKey(key, graph.source(key), graph.target(key), {
      ...a,
      evidence: [...a.evidence].sort(evidenceOrder),
      articles: [...(a.articles ?? [])].sort(byString),
    });
  }
  return out;
}
