// The store as the commands use it: opened with StoreError turned into one CLI line (exit 1).
import type { GraphStats, NewsGraph } from '../graph/index.ts';
import { storeStats } from '../store/stats.ts';
import { builtAtFromEnv } from '../pipeline/index.ts';
import { rebuildGraph } from '../store/read.ts';
import { StoreError, openStore } from '../store/schema.ts';
import type { Db, OpenOptions } from '../store/schema.ts';
import { CliError, readGraphFile } from './io.ts';

export function openCliStore(path: string, options: OpenOptions = {}): Db {
  try {
    return openStore(path, options);
  } catch (e) {
    if (e instanceof StoreError) throw new CliError(e.message);
    throw e;
  }
}

/** `<graph>` or `--db`, exactly one. */
export function graphOrDb(path: string | undefined, db: string | undefined): void {
  if (path === undefined && db === undefined) throw new CliError('give a graph file or --db <store>');
  if (path !== undefined && db !== undefined)
    throw new CliError(`give a graph file (${path}) or --db, not both`);
}

/** The graph of a graph file, or the graph `extract --out` would have built from a store's articles. */
export async function readGraphOrStore(path: string | undefined, db: string | undefined): Promise<NewsGraph> {
  graphOrDb(path, db);
  if (path !== undefined) return readGraphFile(path);
  const store = openCliStore(db as string, { readonly: true });
  try {
    // Built now, from the store: stamped like a graph `extract --out` writes (SOURCE_DATE_EPOCH or now).
    return rebuildGraph(store, { builtAt: builtAtFromEnv() });
  } finally {
    store.close();
  }
}

/** `stats --db`: counted in the store, without building the graph. */
export function dbStats(path: string | undefined, db: string, top: number): GraphStats {
  graphOrDb(path, db);
  const store = openCliStore(db, { readonly: true });
  try {
    return storeStats(store, top);
  } finally {
    store.close();
  }
}
