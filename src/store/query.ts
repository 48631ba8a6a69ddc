/**
 * What `serve` asks the store, on the corpus layer (refresh.ts): each answer is a set of consolidated node
 * ids (and the edges among them) or a page of rows, bounded by a limit, so an answer's cost follows what is
 * shown and not the corpus size.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './schema.ts';

export interface NodeRow {
  id: number;
  key: string;
  type: string;
  label: string;
  country: string | null;
  degree: number;
  articles: number;
}

export interface EdgeRow {
  id: number;
  type: string;
  source: number;
  target: number;
  evidence: number;
  articles: number;
  confidence: number;
  date: string | null;
}

export interface EvidenceRow {
  article: string;
  sentence: string;
  start: number;
  end: number;
  quote: string | null;
  trigger: string | null;
  confidence: number | null;
  rule: string | null;
}

/** FTS5 query from user text: every word must occur (as a prefix when `prefix`); no FTS syntax gets through. */
export function ftsQuery(text: string, prefix: boolean): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  if (!words?.length) return null;
  return words
    .slice(0, 12)
    .map((w) => `"${w}"${prefix ? '*' : ''}`)
    .join(' ');
}

export class StoreQueries {
  private readonly s: Record<string, Statement>;

  constructor(db: Db) {
    const p = (sql: string): Statement => db.prepare(sql);
    this.s = {
      top: p('SELECT * FROM c_nodes ORDER BY degree DESC, id LIMIT ?'),
      byKey: p('SELECT * FROM c_nodes WHERE key = ?'),
      nodes: p('SELECT * FROM c_nodes WHERE id IN (SELECT value FROM json_each(?))'),
      bestOf: p(
        'SELECT * FROM c_nodes WHERE id IN (SELECT value FROM json_each(?)) ORDER BY degree DESC, id LIMIT ?',
      ),
      nodesByKey: p('SELECT * FROM c_nodes WHERE key IN (SELECT value FROM json_each(?))'),
      from: p('SELECT * FROM c_edges WHERE source = ?'),
      out: p('SELECT target FROM c_edges WHERE source = ?'),
      in: p('SELECT source FROM c_edges WHERE target = ?'),
      names: p(
        `SELECT n.* FROM c_nodes n WHERE n.id IN (SELECT node FROM names_fts WHERE names_fts MATCH ?)
         ORDER BY n.degree DESC, n.id LIMIT ?`,
      ),
      aliases: p('SELECT name FROM names_fts WHERE node = ?'),
      home: p('SELECT id FROM c_nodes WHERE id = ? OR country = ?'),
      inArticles: p(
        // By mentions, as a node's `articles` is made (a node may be in an article's graph unnamed).
        `SELECT DISTINCT c.node FROM mentions m JOIN articles a ON a.id = m.article
         JOIN canon c ON c.entity = m.entity WHERE a.ext_id IN (SELECT value FROM json_each(?))`,
      ),
      evidence: p(
        `SELECT a.ext_id AS article, s.text AS sentence, ev.start, ev."end", ev.quote, ev.trigger, ev.confidence, ev.rule
         FROM c_edge_relations cr JOIN evidence ev ON ev.relation = cr.relation
         JOIN sentences s ON s.id = ev.sentence JOIN articles a ON a.id = ev.article
         WHERE cr.edge = ? ORDER BY cr.relation, ev.article, ev.ord LIMIT ? OFFSET ?`,
      ),
      edgeByKeys: p(
        `SELECT e.* FROM c_edges e JOIN c_nodes s ON s.id = e.source JOIN c_nodes t ON t.id = e.target
         WHERE e.type = ? AND s.key = ? AND t.key = ?`,
      ),
      sentences: p(
        `SELECT rowid AS id, text FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?`,
      ),
      cites: p(
        `SELECT DISTINCT e.type, s.key AS source, t.key AS target, a.ext_id AS article
         FROM evidence ev JOIN c_edge_relations cr ON cr.relation = ev.relation JOIN c_edges e ON e.id = cr.edge
         JOIN c_nodes s ON s.id = e.source JOIN c_nodes t ON t.id = e.target JOIN articles a ON a.id = ev.article
         WHERE ev.sentence = ? LIMIT 20`,
      ),
      article: p(
        'SELECT ext_id AS id, file, title, date, lang, text, hash, words FROM articles WHERE ext_id = ?',
      ),
      articleMeta: p('SELECT ext_id, file, title, date, lang, hash, words FROM articles WHERE ext_id = ?'),
      counts: p(
        `SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM c_nodes) AS nodes,
         (SELECT COUNT(*) FROM c_edges) AS edges`,
      ),
    };
  }

  counts(): { articles: number; nodes: number; edges: number } {
    return this.s.counts.get() as { articles: number; nodes: number; edges: number };
  }

  top(limit: number): NodeRow[] {
    return this.s.top.all(limit) as NodeRow[];
  }

  nodes(ids: Iterable<number>): NodeRow[] {
    return this.s.nodes.all(JSON.stringify([...ids])) as NodeRow[];
  }

  /** The `cap` best connected of `ids`, and those of `keep` among them whatever their rank. */
  bestOf(ids: Set<number>, cap: number, keep: number[]): NodeRow[] {
    if (ids.size <= cap) return this.nodes(ids);
    const rows = this.s.bestOf.all(JSON.stringify([...ids]), cap) as NodeRow[];
    const missing = keep.filter((k) => ids.has(k) && !rows.some((r) => r.id === k));
    return missing.length ? [...rows, ...this.nodes(missing)] : rows;
  }

  nodesByKey(keys: string[]): NodeRow[] {
    return this.s.nodesByKey.all(JSON.stringify(keys)) as NodeRow[];
  }

  /** Edges with both ends in `ids`: each node's out-edges, kept when the target is in (cost: their out-degrees). */
  edgesAmong(ids: Iterable<number>): EdgeRow[] {
    const set = new Set(ids);
    const out: EdgeRow[] = [];
    for (const id of set)
      for (const e of this.s.from.all(id) as EdgeRow[]) if (set.has(e.target)) out.push(e);
    return out;
  }

  /** A node by key, else by label or alias (case-insensitive, preferring `type`), as filter.ts resolves. */
  resolve(ref: string, type?: string): NodeRow | undefined {
    const byKey = this.s.byKey.get(ref) as NodeRow | undefined;
    if (byKey) return byKey;
    const q = ftsQuery(ref, false);
    if (!q) return undefined;
    const want = ref.trim().normalize('NFC').toLocaleLowerCase();
    const rows = this.s.names.all(q, 50) as NodeRow[];
    // FTS finds the candidates; the exact (case-folded) name decides.
    const exact = rows.filter((r) =>
      (this.s.aliases.pluck().all(r.id) as string[]).some(
        (n) => n.normalize('NFC').toLocaleLowerCase() === want,
      ),
    );
    return exact.find((r) => r.type === type) ?? exact[0];
  }

  /** Nodes within `depth` hops of `start` (either direction), at most `cap` of them, nearest first. */
  neighbourhood(start: number, depth: number, cap: number): Set<number> {
    const reached = new Set([start]);
    let frontier = [start];
    for (let d = 0; d < depth && frontier.length; d++) {
      const next: number[] = [];
      for (const n of frontier) {
        const near = [...(this.s.out.pluck().all(n) as number[]), ...(this.s.in.pluck().all(n) as number[])];
        for (const m of near) {
          if (reached.has(m)) continue;
          reached.add(m);
          next.push(m);
          if (reached.size >= cap) return reached;
        }
      }
      frontier = next;
    }
    return reached;
  }

  /** A country and the actors affiliated with it, plus everything they relate to (the filter decides). */
  countryCandidates(country: NodeRow, cap: number): Set<number> {
    const home = this.s.home.pluck().all(country.id, country.key) as number[];
    const out = new Set(home);
    for (const n of home) {
      if (out.size >= cap) break;
      for (const m of this.s.out.pluck().all(n) as number[]) out.add(m);
      for (const m of this.s.in.pluck().all(n) as number[]) out.add(m);
    }
    return out;
  }

  nodesInArticles(ids: string[]): Set<number> {
    return new Set(this.s.inArticles.pluck().all(JSON.stringify(ids)) as number[]);
  }

  names(q: string, limit: number): NodeRow[] {
    return this.s.names.all(q, limit) as NodeRow[];
  }

  evidence(edge: number, limit: number, offset = 0): EvidenceRow[] {
    return this.s.evidence.all(edge, limit, offset) as EvidenceRow[];
  }

  edgeByKeys(type: string, source: string, target: string): EdgeRow | undefined {
    return this.s.edgeByKeys.get(type, source, target) as EdgeRow | undefined;
  }

  searchEvidence(
    q: string,
    limit: number,
    offset: number,
  ): { sentence: string; cited: { type: string; source: string; target: string; article: string }[] }[] {
    const rows = this.s.sentences.all(q, limit, offset) as { id: number; text: string }[];
    return rows.map((r) => ({
      sentence: r.text,
      cited: this.s.cites.all(r.id) as { type: string; source: string; target: string; article: string }[],
    }));
  }

  /** An article as graph files hold it, text included (null fields are absent ones). */
  article(id: string): Record<string, string | number | null> | undefined {
    return this.s.article.get(id) as Record<string, string | number | null> | undefined;
  }

  articleMeta(id: string): Record<string, string | number | null> | undefined {
    return this.s.articleMeta.get(id) as Record<string, string | number | null> | undefined;
  }
}
