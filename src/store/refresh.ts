/**
 * The corpus layer, derived from the article layer after a run that changed it: which entity each is
 * consolidated into (the pipeline's own consolidateGraph, run on a graph of bare nodes), consolidated
 * nodes and edges with their counts, and the name index. Recomputed whole in one transaction: a reader
 * sees the old layer or the new one.
 */
import { consolidateGraph } from '../extract/consolidate.ts';
import { createNewsGraph, edgeKey } from '../graph/index.ts';
import type { EntityType, RelationType } from '../graph/index.ts';
import type { Db } from './schema.ts';

/** Marks an entity's id among a node's aliases, so what consolidation folded into a node can be read back. */
const MARK = '\u0000entity:';

interface FirstSeen {
  ext: string;
  ord: number;
  key: string;
  type: string;
  label: string;
  country: string | null;
  title: string | null;
}

/**
 * entity id → the id of the entity it is consolidated into (itself when not folded). consolidateGraph runs
 * on a graph of every entity with what GraphMerger would give it (label of its first article, first country
 * and title given) and every relation as a bare edge: what its rules read (keys, types, labels, titles,
 * who speaks). Not mentions or evidence: a rule reading those would have to be followed here.
 */
export function consolidation(db: Db): Map<number, number> {
  // First row per entity by (article id, place in article), and its first country and title given: window
  // functions in SQLite rather than every row through JavaScript (a few million rows in a large store).
  // SQLite orders ids by UTF-8 bytes, JavaScript by UTF-16 units: the same except beyond U+FFFF.
  const firstOf = (where: string): Map<number, FirstSeen> => {
    const rows = db
      .prepare(
        `SELECT entity, ext, ord, key, type, label, country, title FROM (
           SELECT n.entity, a.ext_id AS ext, n.ord, e.key, e.type, n.label, n.country, n.title,
             ROW_NUMBER() OVER (PARTITION BY n.entity ORDER BY a.ext_id, n.ord) AS rn
           FROM article_nodes n JOIN articles a ON a.id = n.article JOIN entities e ON e.id = n.entity ${where}
         ) WHERE rn = 1 ORDER BY ext, ord`,
      )
      .all() as (FirstSeen & { entity: number })[];
    return new Map(rows.map((r) => [r.entity, r]));
  };
  const first = firstOf('');
  const country = firstOf("WHERE n.country <> ''");
  const title = firstOf("WHERE n.title <> ''");
  // Map order is the merged graph's node order: by first article, then place in that article.
  const ordered = [...first.entries()];
  const graph = createNewsGraph();
  for (const [id, f] of ordered) {
    const c = country.get(id)?.country ?? f.country;
    const t = title.get(id)?.title;
    graph.addNode(f.key, {
      label: f.label,
      type: f.type as EntityType,
      aliases: [MARK + id],
      ...(c === null ? {} : { country: c === '' ? null : c }),
      ...(t ? { title: t } : {}),
      mentions: [],
      articles: [],
    });
  }
  const edges = db
    .prepare(
      `SELECT r.type, s.key AS source, t.key AS target FROM relations r
       JOIN entities s ON s.id = r.source JOIN entities t ON t.id = r.target
       WHERE EXISTS (SELECT 1 FROM article_edges ae WHERE ae.relation = r.id)`,
    )
    .iterate() as IterableIterator<{ type: RelationType; source: string; target: string }>;
  for (const e of edges)
    if (e.source !== e.target && graph.hasNode(e.source) && graph.hasNode(e.target))
      graph.addDirectedEdgeWithKey(edgeKey(e.type, e.source, e.target), e.source, e.target, {
        type: e.type,
        evidence: [],
        confidence: 0,
        articles: [],
      });
  consolidateGraph(graph);
  const out = new Map<number, number>();
  graph.forEachNode((_key, a) => {
    const marks = a.aliases.filter((x) => x.startsWith(MARK)).map((x) => Number(x.slice(MARK.length)));
    // The node's own mark comes first: it was created with it.
    for (const m of marks) out.set(m, marks[0]);
  });
  return out;
}

/** Drops entities, relations and sentences no article refers to any more (after articles were replaced). */
function sweep(db: Db): void {
  db.exec(`
    DELETE FROM relations WHERE NOT EXISTS (SELECT 1 FROM article_edges ae WHERE ae.relation = relations.id);
    INSERT INTO sentences_fts (sentences_fts, rowid, text)
      SELECT 'delete', s.id, s.text FROM sentences s
      WHERE NOT EXISTS (SELECT 1 FROM evidence ev WHERE ev.sentence = s.id);
    DELETE FROM sentences WHERE NOT EXISTS (SELECT 1 FROM evidence ev WHERE ev.sentence = sentences.id);
    DELETE FROM entities WHERE NOT EXISTS (SELECT 1 FROM article_nodes n WHERE n.entity = entities.id)
      AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.source = entities.id)
      AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.target = entities.id);
  `);
}

/** Each edge's confidence as graph/build.ts combines it: noisy-or over articles of each one's best evidence. */
function edgeConfidence(db: Db): void {
  const rows = db
    .prepare(
      `SELECT cr.edge, ev.article, MAX(COALESCE(ev.confidence, 0.5)) AS c FROM evidence ev
       JOIN c_edge_relations cr ON cr.relation = ev.relation GROUP BY cr.edge, ev.article`,
    )
    .raw()
    .iterate() as IterableIterator<[number, number, number]>;
  const miss = new Map<number, number>();
  for (const [edge, , c] of rows) miss.set(edge, (miss.get(edge) ?? 1) * (1 - c));
  const put = db.prepare('UPDATE c_edges SET confidence = ? WHERE id = ?');
  for (const [edge, m] of miss) put.run(Math.round((1 - m) * 1000) / 1000, edge);
}

export interface RefreshOptions {
  /** Recompute even when nothing changed since the last refresh. */
  force?: boolean;
}

/** Brings the corpus layer up to date; returns whether anything was recomputed. */
export function refresh(db: Db, options: RefreshOptions = {}): boolean {
  const dirty = db.prepare("SELECT value FROM meta WHERE key = 'dirty'").pluck().get() as string | undefined;
  if (dirty !== '1' && !options.force) return false;
  const replaced = db.prepare("SELECT value FROM meta WHERE key = 'replaced'").pluck().get() as
    string | undefined;
  db.transaction(() => {
    if (replaced === '1' || options.force) sweep(db);
    const canon = consolidation(db);
    db.exec('DELETE FROM canon; DELETE FROM c_nodes; DELETE FROM c_edges; DELETE FROM c_edge_relations;');
    const put = db.prepare('INSERT INTO canon (entity, node) VALUES (?, ?)');
    for (const [entity, node] of canon) put.run(entity, node);
    // Entities named only as an edge's end: their own node.
    db.exec(`
      INSERT INTO canon (entity, node) SELECT id, id FROM entities WHERE id NOT IN (SELECT entity FROM canon);
      CREATE TEMP TABLE rel AS
        SELECT r.id AS relation, r.type, cs.node AS s, ct.node AS t FROM relations r
        JOIN canon cs ON cs.entity = r.source JOIN canon ct ON ct.entity = r.target
        WHERE cs.node <> ct.node;
      INSERT INTO c_edges (type, source, target, evidence, articles, date)
        SELECT type, s, t, 0, 0, NULL FROM rel GROUP BY type, s, t;
      INSERT INTO c_edge_relations (relation, edge)
        SELECT rel.relation, c.id FROM rel JOIN c_edges c ON c.type = rel.type AND c.source = rel.s AND c.target = rel.t;
      DROP TABLE rel;
      UPDATE c_edges SET evidence = x.n, articles = x.a FROM (
        SELECT cr.edge, COUNT(*) AS n, COUNT(DISTINCT ev.article) AS a
        FROM evidence ev JOIN c_edge_relations cr ON cr.relation = ev.relation GROUP BY cr.edge
      ) AS x WHERE x.edge = c_edges.id;
      UPDATE c_edges SET date = x.d FROM (
        SELECT cr.edge, MIN(ae.date) AS d FROM article_edges ae
        JOIN c_edge_relations cr ON cr.relation = ae.relation GROUP BY cr.edge
      ) AS x WHERE x.edge = c_edges.id;
      DELETE FROM c_edges WHERE evidence = 0;
      DELETE FROM c_edge_relations WHERE edge NOT IN (SELECT id FROM c_edges);
    `);
    edgeConfidence(db);
    // A node's label is its own entity's in its first article; its country the first given, its own
    // entity's before those folded into it (as GraphMerger, then consolidateGraph's mergeNode, set them).
    const pick = (where: string): Map<number, string> => {
      const rows = db
        .prepare(
          `SELECT node, value FROM (
             SELECT c.node, ${where === '' ? 'n.label' : 'n.country'} AS value,
               ROW_NUMBER() OVER (PARTITION BY c.node ORDER BY n.entity <> c.node, a.ext_id, n.ord) AS rn
             FROM article_nodes n JOIN articles a ON a.id = n.article JOIN canon c ON c.entity = n.entity ${where}
           ) WHERE rn = 1`,
        )
        .raw()
        .all() as [number, string][];
      return new Map(rows);
    };
    const label = pick('');
    const country = pick("WHERE n.country <> ''");
    const insertNode = db.prepare(
      `INSERT INTO c_nodes (id, key, type, label, country, degree, articles)
       SELECT id, key, type, ?, ?, 0, 0 FROM entities WHERE id = ?`,
    );
    for (const [id, l] of label) insertNode.run(l, country.get(id) ?? null, id);
    db.exec(`
      UPDATE c_nodes SET degree = x.d FROM (
        SELECT node, COUNT(*) AS d FROM (SELECT source AS node FROM c_edges UNION ALL SELECT target FROM c_edges)
        GROUP BY node
      ) AS x WHERE x.node = c_nodes.id;
      UPDATE c_nodes SET articles = x.n FROM (
        SELECT c.node, COUNT(DISTINCT n.article) AS n FROM article_nodes n JOIN canon c ON c.entity = n.entity
        GROUP BY c.node
      ) AS x WHERE x.node = c_nodes.id;
      DELETE FROM names_fts;
      INSERT INTO names_fts (name, node)
        SELECT DISTINCT name, node FROM (
          SELECT a.alias AS name, c.node FROM aliases a JOIN canon c ON c.entity = a.entity
          UNION SELECT label, id FROM c_nodes
        );
    `);
    db.exec("DELETE FROM meta WHERE key IN ('dirty', 'replaced')");
  })();
  return true;
}
