/**
 * Writing articles into the store: each article's own graph (one article, as a worker gives it, expanded)
 * goes into the article layer. An article already there under the same id is deleted first, inside the
 * same transaction, so a reader or a killed run sees either the old rows or the new ones.
 */
import { createHash } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import type { ArticleMeta, SerializedNewsGraph } from '../graph/index.ts';
import type { Db } from './schema.ts';

export interface StoredArticle {
  id: number;
  hash: string;
  extractor: string;
}

const sentenceHash = (text: string): Buffer => createHash('sha256').update(text).digest().subarray(0, 16);

export class StoreWriter {
  private readonly entityIds = new Map<string, number>();
  private readonly relationIds = new Map<string, number>();
  private readonly s: Record<string, Statement>;

  constructor(private readonly db: Db) {
    const p = (sql: string): Statement => db.prepare(sql);
    this.s = {
      find: p('SELECT id, hash, extractor FROM articles WHERE ext_id = ?'),
      insertArticle: p(
        'INSERT INTO articles (ext_id, file, title, date, lang, text, hash, words, extractor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      entity: p('SELECT id FROM entities WHERE key = ?'),
      insertEntity: p('INSERT INTO entities (key, type) VALUES (?, ?)'),
      node: p(
        'INSERT INTO article_nodes (article, ord, entity, label, country, title) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      alias: p('INSERT INTO aliases (article, entity, ord, alias) VALUES (?, ?, ?, ?)'),
      mention: p(
        'INSERT INTO mentions (article, entity, ord, sentence, start, "end", text, kind, sense) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      relation: p('SELECT id FROM relations WHERE type = ? AND source = ? AND target = ?'),
      insertRelation: p('INSERT INTO relations (type, source, target) VALUES (?, ?, ?)'),
      edge: p('INSERT INTO article_edges (article, ord, relation, date) VALUES (?, ?, ?, ?)'),
      sentence: p('SELECT id FROM sentences WHERE hash = ?'),
      insertSentence: p('INSERT INTO sentences (hash, text) VALUES (?, ?)'),
      sentenceFts: p('INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)'),
      evidence: p(
        'INSERT INTO evidence (article, relation, ord, sentence, start, "end", quote, trigger, confidence, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      dirty: p("INSERT OR REPLACE INTO meta (key, value) VALUES ('dirty', '1')"),
      // Rows of a replaced article may leave entities, relations and sentences nothing refers to.
      replaced: p("INSERT OR REPLACE INTO meta (key, value) VALUES ('replaced', '1')"),
    };
    const del = [
      'DELETE FROM article_nodes WHERE article = ?',
      'DELETE FROM aliases WHERE article = ?',
      'DELETE FROM mentions WHERE article = ?',
      'DELETE FROM article_edges WHERE article = ?',
      'DELETE FROM evidence WHERE article = ?',
      'DELETE FROM articles WHERE id = ?',
    ].map(p);
    this.deleteRows = (id) => {
      for (const d of del) d.run(id);
    };
  }

  private readonly deleteRows: (id: number) => void;

  /** What the store holds for this article id, to tell an unchanged article from a changed one. */
  find(extId: string): StoredArticle | undefined {
    return this.s.find.get(extId) as StoredArticle | undefined;
  }

  /** Removes an article's rows (its entities, relations and sentences stay until refresh sweeps them). */
  remove(extId: string): boolean {
    const old = this.find(extId);
    if (!old) return false;
    this.deleteRows(old.id);
    this.s.dirty.run();
    this.s.replaced.run();
    return true;
  }

  private entity(key: string, type: string): number {
    let id = this.entityIds.get(key);
    if (id === undefined) {
      const row = this.s.entity.get(key) as { id: number } | undefined;
      id = row ? row.id : Number(this.s.insertEntity.run(key, type).lastInsertRowid);
      this.entityIds.set(key, id);
    }
    return id;
  }

  private relation(type: string, source: number, target: number): number {
    const k = `${type}\u0000${source}\u0000${target}`;
    let id = this.relationIds.get(k);
    if (id === undefined) {
      const row = this.s.relation.get(type, source, target) as { id: number } | undefined;
      id = row ? row.id : Number(this.s.insertRelation.run(type, source, target).lastInsertRowid);
      this.relationIds.set(k, id);
    }
    return id;
  }

  private sentence(text: string): number {
    const hash = sentenceHash(text);
    const row = this.s.sentence.get(hash) as { id: number } | undefined;
    if (row) return row.id;
    const id = Number(this.s.insertSentence.run(hash, text).lastInsertRowid);
    this.s.sentenceFts.run(id, text);
    return id;
  }

  /**
   * Puts one article's graph in, replacing what the store held under its id. Not itself a transaction:
   * call it inside `transaction()` (one per article or per batch of articles).
   */
  put(
    graph: SerializedNewsGraph,
    meta: ArticleMeta & { text: string; hash: string },
    extractor: string,
  ): void {
    const old = this.find(meta.id);
    if (old) {
      this.deleteRows(old.id);
      this.s.replaced.run();
    }
    const article = Number(
      this.s.insertArticle.run(
        meta.id,
        meta.file,
        meta.title ?? null,
        meta.date ?? null,
        meta.lang,
        meta.text,
        meta.hash,
        meta.words ?? null,
        extractor,
      ).lastInsertRowid,
    );
    const text = meta.text;
    graph.nodes.forEach((n, ord) => {
      const a = n.attributes;
      const entity = this.entity(n.key, a.type);
      const country = a.country === undefined ? null : a.country === null ? '' : a.country;
      this.s.node.run(article, ord, entity, a.label, country, a.title ?? null);
      a.aliases.forEach((alias, i) => this.s.alias.run(article, entity, i, alias));
      a.mentions.forEach((m, i) => {
        const same = m.text === undefined ? null : m.text === text.slice(m.start, m.end) ? null : m.text;
        // A mention without text is marked by an empty string (none of the extractor's do this today).
        const stored = m.text === undefined ? '' : same;
        this.s.mention.run(
          article,
          entity,
          i,
          m.sentence,
          m.start,
          m.end,
          stored,
          m.kind ?? null,
          m.sense ?? null,
        );
      });
    });
    graph.edges.forEach((e, ord) => {
      const a = e.attributes;
      const relation = this.relation(a.type, this.entity(e.source, ''), this.entity(e.target, ''));
      this.s.edge.run(article, ord, relation, a.date ?? null);
      a.evidence.forEach((ev, i) =>
        this.s.evidence.run(
          article,
          relation,
          i,
          this.sentence(ev.sentence),
          ev.start,
          ev.end,
          ev.quote ?? null,
          ev.trigger ?? null,
          ev.confidence ?? null,
          ev.rule ?? null,
        ),
      );
    });
    this.s.dirty.run();
  }

  /** Runs `fn` in one transaction: all of it is committed, or (on a throw) none of it. */
  transaction<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn)();
    } catch (e) {
      // Caches may name rows the rollback removed.
      this.entityIds.clear();
      this.relationIds.clear();
      throw e;
    }
  }
}
