/** `stats --db`: the figures graphStats gives for the rebuilt graph, counted by SQL on the corpus layer. */
import type { GraphStats } from '../graph/index.ts';
import type { Db } from './schema.ts';

export function storeStats(db: Db, top = 10): GraphStats {
  const one = (sql: string): number => db.prepare(sql).pluck().get() as number;
  const groups = (sql: string): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const r of db.prepare(sql).all() as { k: string; n: number }[]) out[r.k] = r.n;
    return out;
  };
  // Every node tied with the last one kept: graphStats breaks ties by localeCompare, which SQLite lacks.
  const floor = db
    .prepare('SELECT degree FROM c_nodes ORDER BY degree DESC LIMIT 1 OFFSET ?')
    .pluck()
    .get(Math.max(0, top - 1)) as number | undefined;
  const topActors = (
    db
      .prepare('SELECT key, label, type, degree FROM c_nodes WHERE degree >= ?')
      .all(floor ?? 0) as GraphStats['topActors']
  )
    .sort((a, b) => b.degree - a.degree || a.key.localeCompare(b.key))
    .slice(0, top);
  return {
    articles: one('SELECT COUNT(*) FROM articles'),
    nodes: one('SELECT COUNT(*) FROM c_nodes'),
    edges: one('SELECT COUNT(*) FROM c_edges'),
    nodesByType: groups('SELECT type AS k, COUNT(*) AS n FROM c_nodes GROUP BY type'),
    edgesByType: groups('SELECT type AS k, COUNT(*) AS n FROM c_edges GROUP BY type'),
    actorsByCountry: groups(
      `SELECT COALESCE(c.label, '(none)') AS k, COUNT(*) AS n FROM c_nodes a
       LEFT JOIN c_nodes c ON c.key = a.country WHERE a.type <> 'country' GROUP BY k`,
    ),
    topActors,
  };
}
