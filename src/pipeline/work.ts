import type { CacheWriter } from './cache.ts';
import { extractToJson } from './extract-one.ts';
import type { WorkItem, WorkResult } from './messages.ts';

/** Extracts one item and has it stored in the cache; shared by the workers and the in-process path. */
export function runItem(item: WorkItem, cache: CacheWriter): WorkResult {
  const outcome = extractToJson(item.article, item.hash);
  if (outcome.json && item.cacheFile && item.cacheKey)
    cache.write(item.cacheFile, item.cacheKey, outcome.json);
  return { index: item.index, ...outcome };
}
