/**
 * Articles added in the page survive a reload: the merged graph is kept in IndexedDB under the address of
 * the graph file it grew from, with that file's `builtAt`, until the user discards it. A re-extracted file
 * (another `builtAt`) is not overridden by an old merge.
 */
import { parseGraph, stringifyGraph } from '../../graph/index.ts';
import type { NewsGraph } from '../../graph/index.ts';

const DB = 'newsgraph-explorer';
const STORE = 'added-articles';

interface KeptRecord {
  source: string;
  base: string;
  graph: string;
  articles: string[];
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'source' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB unavailable'));
  });
}

async function run(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest): Promise<unknown> {
  const db = await openDb();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const req = fn(tx.objectStore(STORE));
    tx.oncomplete = () => {
      db.close();
      resolve(req.result as unknown);
    };
    tx.onerror = () => {
      db.close();
      reject(tx.error ?? new Error('IndexedDB failed'));
    };
  });
}

const stamp = (g: NewsGraph): string => String(g.getAttribute('builtAt') ?? '');

/** Records the graph after articles were added to the one from `source`. */
export async function keepAdded(source: string, before: NewsGraph, after: NewsGraph): Promise<void> {
  const old = (await run('readonly', (s) => s.get(source))) as KeptRecord | undefined;
  const had = new Set(before.getAttribute('articles').map((a) => a.id));
  const added = after
    .getAttribute('articles')
    .map((a) => a.id)
    .filter((id) => !had.has(id));
  const record: KeptRecord = {
    source,
    base: old?.base ?? stamp(before),
    graph: stringifyGraph(after),
    articles: [...(old?.articles ?? []), ...added],
  };
  await run('readwrite', (s) => s.put(record));
}

/** The kept graph for this file, if the user added articles to it and it has not been rebuilt since. */
export async function keptGraph(
  source: string,
  file: NewsGraph,
): Promise<{ graph: NewsGraph; articles: number } | null> {
  try {
    const r = (await run('readonly', (s) => s.get(source))) as KeptRecord | undefined;
    if (!r || r.base !== stamp(file)) return null;
    return { graph: parseGraph(r.graph), articles: r.articles.length };
  } catch {
    // No IndexedDB (a private window, a locked-down browser): the file as it is.
    return null;
  }
}

export async function discardAdded(source: string): Promise<void> {
  await run('readwrite', (s) => s.delete(source));
}
