/**
 * Merging graphs: the one implementation behind `mergeInto` and the corpus pipeline. The result is what
 * folding each graph's articles, nodes and edges in with addArticle/upsertNode/addRelation (build.ts) gives —
 * same nodes, edges, list orders and attribute key orders — but the de-duplication sets are kept between
 * graphs instead of rebuilt for every one (which made folding quadratic in a busy node's mentions: a country
 * met in every article), and graphs may arrive serialized (from workers or the cache).
 */
import { combineConfidence, createNewsGraph, newNodeAttributes } from './build.ts';
import { edgeKey } from './keys.ts';
import type {
  ArticleMeta,
  EdgeAttributes,
  Evidence,
  Mention,
  NewsGraph,
  NodeAttributes,
  SerializedNewsGraph,
} from './types.ts';

interface NodeState {
  attrs: NodeAttributes;
  aliases: Set<string>;
  mentions: Set<string>;
  articles: Set<string>;
}

interface EdgeState {
  source: string;
  target: string;
  attrs: EdgeAttributes;
  evidence: Set<string>;
  articles: Set<string>;
}

const mentionKey = (m: Mention): string => `${m.article}\u0000${m.start}\u0000${m.end}`;
const evidenceKey = (e: Evidence): string =>
  `${e.article}\u0000${e.start}\u0000${e.end}\u0000${e.quote ?? ''}`;

function pushUnique(list: string[], seen: Set<string>, item: string): void {
  if (seen.has(item)) return;
  seen.add(item);
  list.push(item);
}

export class GraphMerger {
  private readonly articles: ArticleMeta[] = [];
  private readonly articleIds = new Set<string>();
  private readonly nodes = new Map<string, NodeState>();
  private readonly edges = new Map<string, EdgeState>();

  /** Whether every node's and edge's seen-set holds keys for all its mentions and evidence. */
  private keyed = true;

  /** Folds `source` in: its articles, then its nodes, then its edges, in their order. */
  add(source: SerializedNewsGraph): void {
    // A graph of articles not met before (the pipeline's case: one graph per article) cannot repeat a
    // mention or evidence already here, and graph/build.ts never repeats one within a graph: no keys
    // needed. Otherwise the keys are (re)built and checked.
    const fresh = this.isFresh(source);
    if (!fresh && !this.keyed) this.rekey();
    if (fresh) this.keyed = false;
    this.fresh = fresh;
    for (const a of source.attributes.articles) {
      if (this.articleIds.has(a.id)) continue;
      this.articleIds.add(a.id);
      this.articles.push(a);
    }
    for (const { key, attributes: a } of source.nodes) this.upsertNode(key, a);
    for (const e of source.edges) {
      const a = e.attributes;
      this.addRelation(a.type, e.source, e.target, a.evidence, a.date);
    }
  }

  private fresh = false;

  private isFresh(source: SerializedNewsGraph): boolean {
    const ids = new Set<string>();
    for (const a of source.attributes.articles) {
      if (this.articleIds.has(a.id)) return false;
      ids.add(a.id);
    }
    for (const n of source.nodes)
      for (const m of n.attributes.mentions) if (!ids.has(m.article)) return false;
    for (const e of source.edges)
      for (const ev of e.attributes.evidence) if (!ids.has(ev.article)) return false;
    return true;
  }

  private rekey(): void {
    for (const s of this.nodes.values()) s.mentions = new Set(s.attrs.mentions.map(mentionKey));
    for (const s of this.edges.values()) s.evidence = new Set(s.attrs.evidence.map(evidenceKey));
    this.keyed = true;
  }

  private upsertNode(key: string, input: NodeAttributes): void {
    let state = this.nodes.get(key);
    if (!state) {
      state = {
        attrs: newNodeAttributes(input),
        aliases: new Set(),
        mentions: new Set(),
        articles: new Set(),
      };
      this.nodes.set(key, state);
    }
    const attrs = state.attrs;
    pushUnique(attrs.aliases, state.aliases, input.label);
    for (const alias of input.aliases) pushUnique(attrs.aliases, state.aliases, alias);
    if (this.fresh) attrs.mentions.push(...input.mentions);
    else
      for (const m of input.mentions) {
        const k = mentionKey(m);
        if (state.mentions.has(k)) continue;
        state.mentions.add(k);
        attrs.mentions.push(m);
      }
    for (const m of input.mentions) pushUnique(attrs.articles, state.articles, m.article);
    if ((attrs.country === undefined || attrs.country === null) && input.country)
      attrs.country = input.country;
    if (!attrs.title && input.title) attrs.title = input.title;
  }

  private addRelation(
    type: EdgeAttributes['type'],
    source: string,
    target: string,
    evidence: Evidence[],
    date: string | undefined,
  ): void {
    if (source === target) return;
    const key = edgeKey(type, source, target);
    let state = this.edges.get(key);
    if (!state) {
      state = {
        source,
        target,
        attrs: { type, evidence: [], confidence: 0, articles: [] },
        evidence: new Set(),
        articles: new Set(),
      };
      this.edges.set(key, state);
    }
    const attrs = state.attrs;
    if (this.fresh) attrs.evidence.push(...evidence);
    else
      for (const e of evidence) {
        const k = evidenceKey(e);
        if (state.evidence.has(k)) continue;
        state.evidence.add(k);
        attrs.evidence.push(e);
      }
    const list = (attrs.articles ??= []);
    for (const e of evidence) pushUnique(list, state.articles, e.article);
    if (date && (!attrs.date || date < attrs.date)) attrs.date = date;
  }

  /** Writes the merged nodes and edges into `target` (which must hold nothing the merger has not seen),
   * keeping attributes the merge does not own, such as a layout's x and y. */
  writeInto(target: NewsGraph): NewsGraph {
    target.setAttribute('articles', this.articles);
    for (const [key, s] of this.nodes)
      if (target.hasNode(key)) target.mergeNodeAttributes(key, s.attrs);
      else target.addNode(key, s.attrs);
    for (const [key, s] of this.edges) {
      s.attrs.confidence = combineConfidence(s.attrs.evidence);
      if (target.hasEdge(key)) target.mergeEdgeAttributes(key, s.attrs);
      else target.addDirectedEdgeWithKey(key, s.source, s.target, s.attrs);
    }
    return target;
  }

  /** The merged graph; confidence combined once per edge. */
  graph(): NewsGraph {
    const graph = createNewsGraph({ articles: this.articles });
    for (const [key, s] of this.nodes) graph.addNode(key, s.attrs);
    for (const [key, s] of this.edges) {
      s.attrs.confidence = combineConfidence(s.attrs.evidence);
      graph.addDirectedEdgeWithKey(key, s.source, s.target, s.attrs);
    }
    return graph;
  }
}

/** Folds the sources into `target`, in order: nodes, edges and articles. All use the same node keys.
 * Pass every source in one call: each call reads the whole target once. */
export function mergeInto(target: NewsGraph, ...sources: NewsGraph[]): NewsGraph {
  const merger = new GraphMerger();
  for (const g of [target, ...sources]) merger.add(g.export() as unknown as SerializedNewsGraph);
  return merger.writeInto(target);
}
