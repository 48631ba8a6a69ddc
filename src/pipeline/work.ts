// The Node platform entry registers how trained model files are read, in every thread that extracts.
import '../platform/node.ts';
import { CacheLog } from './cache.ts';
import { extractToJson } from './extract-one.ts';
import type { WorkItem, WorkResult } from './messages.ts';

/** One cache log per cache folder for this thread (a run has one folder; tests may use several). */
const logs = new Map<string, CacheLog>();

/** Extracts one item and appends it to this thread's cache log; shared by the workers and the in-process path. */
export function runItem(item: WorkItem): WorkResult {
  const outcome = extractToJson(item.article, item.hash);
  if (outcome.json && item.cacheDir && item.cacheKey && item.cacheSecret) {
    let log = logs.get(item.cacheDir);
    if (!log) logs.set(item.cacheDir, (log = new CacheLog(item.cacheDir, item.cacheSecret)));
    log.write(item.cacheKey, outcome.json);
  }
  return { index: item.index, ...outcome };
}

/** Closes this thread's cache logs: the next run (or another thread) starts a log of its own. */
export function closeCacheLogs(): void {
  for (const log of logs.values()) log.close();
  logs.clear();
}
