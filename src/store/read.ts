/**
 * The NewsGraph rebuilt from the store: each article's own graph read back row by row, folded in article-id
 * order with the pipeline's GraphMerger, consolidated and canonicalised exactly as `extract --out` does, so
 * `export --db` gives the graph file the pipeline would have written for the same articles.
 */
import type { Statement } from 'better-sqlite3';
import { consolidateGraph } from '../extract/consolidate.ts';
import { EXTRACTOR_VERSION } from '../extract/version.ts';
import { canonicalize, GraphMerger } from '../graph/index.ts';
import type {
  ArticleMeta,
  EntityType,
  Evidence,
  Lang,
  Mention,
  NewsGraph,
  RelationType,
  SerializedNewsGraph,
} from '../graph/index.ts';
import type { Db } from './schema.ts';

interface ArticleRow {
  id: number;
  ext_id: string;
  file: string;
  title: string | null;
  date: string | null;
  lang: string;
  text: string;
  hash: string;
  words: number | null;
}

interface NodeRow {
  entity: number;
  key: string;
  type: string;
  label: string;
  country: string | null;
  title: string | null;
}

interface MentionRow {
  entity: number;
  sentence: number;
  start: number;
  end: number;
  text: string | null;
  kind: string | null;
  sense: string | null;
}

interface EdgeRow {
  relation: number;
  type: string;
  source: string;
  target: string;
  date: string | null;
}

interface EvidenceRow {
  relation: number;
  sentence: string;
  start: number;
  end: number;
  quote: string | null;
  trigger: string | null;
  confidence: number | null;
  rule: string | null;
}

export class ArticleReader {
  private readonly s: Record<string, Statement>;

  constructor(db: Db) {
    const p = (sql: string): Statement => db.prepare(sql);
    this.s = {
      article: p('SELECT * FROM articles WHERE id = ?'),
      nodes: p(
        `SELECT n.entity, e.key, e.type, n.label, n.country, n.title FROM article_nodes n
         JOIN entities e ON e.id = n.entity WHERE n.article = ? ORDER BY n.ord`,
      ),
      aliases: p('SELECT entity, alias FROM aliases WHERE article = ? ORDER BY entity, ord'),
      mentions: p(
        'SELECT entity, sentence, start, "end", text, kind, sense FROM mentions WHERE article = ? ORDER BY entity, ord',
      ),
      edges: p(
        `SELECT ae.relation, r.type, s.key AS source, t.key AS target, ae.date FROM article_edges ae
         JOIN relations r ON r.id = ae.relation JOIN entities s ON s.id = r.source
         JOIN entities t ON t.id = r.target WHERE ae.article = ? ORDER BY ae.ord`,
      ),
      evidence: p(
        `SELECT ev.relation, s.text AS sentence, ev.start, ev."end", ev.quote, ev.trigger, ev.confidence, ev.rule
         FROM evidence ev JOIN sentences s ON s.id = ev.sentence WHERE ev.article = ? ORDER BY ev.relation, ev.ord`,
      ),
    };
  }

  /** The article as graph files describe it (the key order the pipeline writes). */
  static meta(a: ArticleRow): ArticleMeta {
    const meta: ArticleMeta = { id: a.ext_id, file: a.file, lang: a.lang as Lang, text: a.text };
    if (a.words !== null) meta.words = a.words;
    if (a.title !== null) meta.title = a.title;
    if (a.date !== null) meta.date = a.date;
    meta.hash = a.hash;
    return meta;
  }

  /** One article's own graph, as its worker gave it. */
  graph(id: number): SerializedNewsGraph | undefined {
    const a = this.s.article.get(id) as ArticleRow | undefined;
    if (!a) return undefined;
    const ext = a.ext_id;
    const aliases = groupBy(this.s.aliases.all(id) as { entity: number; alias: string }[]);
    const mentions = groupBy(this.s.mentions.all(id) as MentionRow[]);
    const evidence = groupBy(
      (this.s.evidence.all(id) as EvidenceRow[]).map((r) => ({ ...r, entity: r.relation })),
    );
    const nodes = (this.s.nodes.all(id) as NodeRow[]).map((n) => {
      const ms = (mentions.get(n.entity) ?? []).map((m): Mention => {
        const mention: Mention = { article: ext, sentence: m.sentence, start: m.start, end: m.end };
        if (m.text !== '') mention.text = m.text ?? a.text.slice(m.start, m.end);
        if (m.kind !== null) mention.kind = m.kind as Mention['kind'];
        if (m.sense !== null) mention.sense = m.sense as Mention['sense'];
        return mention;
      });
      return {
        key: n.key,
        attributes: {
          label: n.label,
          type: n.type as EntityType,
          aliases: (aliases.get(n.entity) ?? []).map((x) => x.alias),
          ...(n.country === null ? {} : { country: n.country === '' ? null : n.country }),
          ...(n.title === null ? {} : { title: n.title }),
          mentions: ms,
          articles: ms.length ? [ext] : [],
        },
      };
    });
    const edges = (this.s.edges.all(id) as EdgeRow[]).map((e) => {
      const ev = (evidence.get(e.relation) ?? []).map((r): Evidence => {
        const out: Evidence = { article: ext, sentence: r.sentence, start: r.start, end: r.end };
        if (r.quote !== null) out.quote = r.quote;
        if (r.trigger !== null) out.trigger = r.trigger;
        if (r.confidence !== null) out.confidence = r.confidence;
        if (r.rule !== null) out.rule = r.rule;
        return out;
      });
      return {
        source: e.source,
        target: e.target,
        attributes: {
          type: e.type as RelationType,
          evidence: ev,
          confidence: 0,
          ...(e.date === null ? {} : { date: e.date }),
          articles: [ext],
        },
      };
    });
    return {
      options: { type: 'directed', multi: true, allowSelfLoops: false },
      attributes: { generator: { name: 'newsgraph', version: '0.1.0' }, articles: [ArticleReader.meta(a)] },
      nodes,
      edges,
    };
  }
}

function groupBy<T extends { entity: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.entity);
    if (list) list.push(r);
    else out.set(r.entity, [r]);
  }
  return out;
}

export interface RebuildOptions {
  /** Only these article ids (as the graph names them); default: every article. */
  articles?: string[];
  builtAt?: string;
}

/** Row ids of the articles to read, in article-id order (the pipeline's merge order). */
export function articleRowIds(db: Db, only?: string[]): number[] {
  if (only?.length) {
    const find = db.prepare('SELECT id FROM articles WHERE ext_id = ?').pluck();
    const ids = [...new Set(only)].sort().map((x) => find.get(x) as number | undefined);
    return ids.filter((x): x is number => x !== undefined);
  }
  // Sorted here, not by SQLite's collation: JavaScript's code-unit order is the pipeline's.
  const rows = db.prepare('SELECT id, ext_id FROM articles').all() as { id: number; ext_id: string }[];
  rows.sort((a, b) => (a.ext_id < b.ext_id ? -1 : a.ext_id > b.ext_id ? 1 : 0));
  return rows.map((r) => r.id);
}

/** The graph `extract --out` would build from the store's articles (or a subset of them). */
export function rebuildGraph(db: Db, options: RebuildOptions = {}): NewsGraph {
  const reader = new ArticleReader(db);
  const merger = new GraphMerger();
  // One article's rows at a time: the store is never read into one string or one result set.
  for (const id of articleRowIds(db, options.articles)) {
    const g = reader.graph(id);
    if (g) merger.add(g);
  }
  const graph = canonicalize(consolidateGraph(merger.graph()));
  graph.setAttribute('generator', {
    ...graph.getAttribute('generator'),
    extractorVersion: EXTRACTOR_VERSION,
  });
  if (options.builtAt) graph.setAttribute('builtAt', options.builtAt);
  return graph;
}
