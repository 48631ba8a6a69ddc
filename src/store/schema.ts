/**
 * The embedded store's tables (SQLite through better-sqlite3) and how a file is opened: created when
 * missing, upgraded when older, refused when newer or not a store. Node-only: the pure core never imports
 * this folder.
 *
 * Two layers. The article layer (articles … evidence) holds each article's own graph, exactly, so the
 * graph file the pipeline builds can be rebuilt from it. The corpus layer (canon, c_nodes, c_edges,
 * names_fts) is derived from it after each run (refresh.ts): consolidated entities and edges with counts,
 * what `serve` queries.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';

/** Bump on any change to the tables below, and add the step from the previous version to MIGRATIONS. */
export const SCHEMA_VERSION = 1;
export const STORE_KIND = 'newsgraph-store';

export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

const V1 = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  ext_id TEXT NOT NULL UNIQUE,
  file TEXT NOT NULL,
  title TEXT,
  date TEXT,
  lang TEXT NOT NULL,
  text TEXT NOT NULL,
  hash TEXT NOT NULL,
  words INTEGER,
  extractor TEXT NOT NULL
);
CREATE INDEX articles_hash ON articles(hash);
-- Evidence sentences, each stored once whatever number of edges and articles cite it.
CREATE TABLE sentences (id INTEGER PRIMARY KEY, hash BLOB NOT NULL UNIQUE, text TEXT NOT NULL);
CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL
);
-- A node as one article's graph has it; country: NULL absent, '' null, else a node key.
CREATE TABLE article_nodes (
  article INTEGER NOT NULL REFERENCES articles(id),
  ord INTEGER NOT NULL,
  entity INTEGER NOT NULL REFERENCES entities(id),
  label TEXT NOT NULL,
  country TEXT,
  title TEXT,
  PRIMARY KEY (article, ord)
) WITHOUT ROWID;
CREATE INDEX article_nodes_entity ON article_nodes(entity);
CREATE TABLE aliases (
  article INTEGER NOT NULL,
  entity INTEGER NOT NULL,
  ord INTEGER NOT NULL,
  alias TEXT NOT NULL,
  PRIMARY KEY (article, entity, ord)
) WITHOUT ROWID;
-- text is NULL when it is the article's text at [start, end) (nearly always).
CREATE TABLE mentions (
  article INTEGER NOT NULL,
  entity INTEGER NOT NULL,
  ord INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT,
  kind TEXT,
  sense TEXT,
  PRIMARY KEY (article, entity, ord)
) WITHOUT ROWID;
CREATE TABLE relations (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  source INTEGER NOT NULL REFERENCES entities(id),
  target INTEGER NOT NULL REFERENCES entities(id),
  UNIQUE (type, source, target)
);
CREATE INDEX relations_source ON relations(source);
CREATE INDEX relations_target ON relations(target);
CREATE TABLE article_edges (
  article INTEGER NOT NULL,
  ord INTEGER NOT NULL,
  relation INTEGER NOT NULL REFERENCES relations(id),
  date TEXT,
  PRIMARY KEY (article, ord)
) WITHOUT ROWID;
CREATE INDEX article_edges_relation ON article_edges(relation);
CREATE TABLE evidence (
  article INTEGER NOT NULL,
  relation INTEGER NOT NULL,
  ord INTEGER NOT NULL,
  sentence INTEGER NOT NULL REFERENCES sentences(id),
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  quote TEXT,
  trigger TEXT,
  confidence REAL,
  rule TEXT,
  PRIMARY KEY (article, relation, ord)
) WITHOUT ROWID;
-- In this order, an edge's evidence pages without sorting all of it (api: first evidence of each edge).
CREATE INDEX evidence_relation ON evidence(relation, article, ord);
CREATE INDEX evidence_sentence ON evidence(sentence);
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id');

-- Corpus layer (refresh.ts): entity → the node it is consolidated into.
CREATE TABLE canon (entity INTEGER PRIMARY KEY, node INTEGER NOT NULL);
CREATE INDEX canon_node ON canon(node);
CREATE TABLE c_nodes (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  label TEXT NOT NULL,
  country TEXT,
  degree INTEGER NOT NULL,
  articles INTEGER NOT NULL
);
CREATE INDEX c_nodes_degree ON c_nodes(degree DESC);
CREATE INDEX c_nodes_country ON c_nodes(country);
CREATE TABLE c_edges (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  source INTEGER NOT NULL,
  target INTEGER NOT NULL,
  evidence INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  confidence REAL NOT NULL DEFAULT 0,
  date TEXT,
  UNIQUE (type, source, target)
);
-- (source, target): the edges among a set of nodes are found by pairs, not by scanning each hub's edges.
CREATE INDEX c_edges_source ON c_edges(source, target);
CREATE INDEX c_edges_target ON c_edges(target);
-- relation (article layer) → consolidated edge.
CREATE TABLE c_edge_relations (relation INTEGER PRIMARY KEY, edge INTEGER NOT NULL);
CREATE INDEX c_edge_relations_edge ON c_edge_relations(edge);
CREATE VIRTUAL TABLE names_fts USING fts5(name, node UNINDEXED, tokenize='unicode61 remove_diacritics 0');
`;

/** Steps from version n to n + 1, keyed by n. Empty while there is one version. */
const MIGRATIONS: Record<number, string> = {};

export interface OpenOptions {
  /** Create the file when missing (extract); otherwise a missing file is an error (stats, serve…). */
  create?: boolean;
  readonly?: boolean;
}

function readVersion(db: Db, path: string): number {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  const kind = hasMeta
    ? (db.prepare("SELECT value FROM meta WHERE key = 'kind'").get() as { value: string } | undefined)
    : undefined;
  if (kind?.value !== STORE_KIND) throw new StoreError(`${path}: not a newsgraph store`);
  const row = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as
    { value: string } | undefined;
  const version = Number(row?.value);
  if (!Number.isInteger(version) || version < 1)
    throw new StoreError(`${path}: newsgraph store without a valid schema version`);
  return version;
}

/** Opens (or creates) a store. Throws StoreError naming the file for anything it cannot use. */
export function openStore(path: string, options: OpenOptions = {}): Db {
  const fresh = !existsSync(path);
  if (fresh && !options.create) throw new StoreError(`${path}: no such store`);
  let db: Db;
  try {
    db = new Database(path, { readonly: Boolean(options.readonly) && !fresh });
  } catch (e) {
    throw new StoreError(`${path}: cannot open (${(e as Error).message})`);
  }
  try {
    // The version first: a file that is not a store is refused before anything (WAL included) touches it.
    let version = SCHEMA_VERSION;
    if (!fresh)
      try {
        version = readVersion(db, path);
      } catch (e) {
        if (e instanceof StoreError) throw e;
        throw new StoreError(`${path}: not a newsgraph store (${(e as Error).message})`);
      }
    if (version > SCHEMA_VERSION)
      throw new StoreError(
        `${path}: store schema version ${version} is newer than this newsgraph's (${SCHEMA_VERSION}); ` +
          'use a newer newsgraph, or export it to a graph file with one',
      );
    if (version < SCHEMA_VERSION && options.readonly)
      throw new StoreError(
        `${path}: store schema version ${version} is older than ${SCHEMA_VERSION}; ` +
          'run `newsgraph extract --db` on it once to upgrade it',
      );
    // WAL: readers (serve) never block the writer, and a killed writer leaves the last commit.
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('cache_size = -65536');
    if (fresh) {
      db.transaction(() => {
        db.exec(V1);
        const put = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
        put.run('kind', STORE_KIND);
        put.run('schema_version', String(SCHEMA_VERSION));
      })();
      return db;
    }
    // Each step in its own transaction: an interrupted upgrade leaves a store of a known version.
    for (let v = version; v < SCHEMA_VERSION; v++) {
      const step = MIGRATIONS[v];
      if (step === undefined)
        throw new StoreError(
          `${path}: no upgrade from store schema version ${v}; re-extract into a new store`,
        );
      db.transaction(() => {
        db.exec(step);
        db.prepare("UPDATE meta SET value = ? WHERE key = 'schema_version'").run(String(v + 1));
      })();
    }
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

export type { Db };
