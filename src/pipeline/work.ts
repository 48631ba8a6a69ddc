import { writeCacheEntry } from './cache.ts';
import { extractToJson } from './extract-one.ts';
import type { WorkItem, WorkResult } from './messages.ts';

/** Extracts one item and stores it in the cache; shared by the workers and the in-process path. */
export function runItem(item: WorkItem): WorkResult {
  const outcome = extractToJson(item.article, item.hash);
  if (outcome.json && item.cacheFile && item.cacheKey) {
    // A cache that cannot be written costs speed next time, not this run's result.
    try {
      writeCacheEntry(item.cacheFile, item.cacheKey, outcome.json);
    } catch {
      // ignored: see above
    }
  }
  return { index: item.index, ...outcome };
}
