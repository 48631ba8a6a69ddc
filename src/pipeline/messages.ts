import type { ArticleInput } from '../articles/types.ts';

/**
 * Main thread → worker: articles to extract; `cacheDir`/`cacheSecret`/`cacheKey` when the result should be
 * cached (the folder was checked by openCacheDir; the secret signs the entry).
 */
export interface WorkItem {
  index: number;
  article: ArticleInput;
  hash: string;
  cacheDir?: string;
  cacheSecret?: string;
  cacheKey?: string;
}

export interface WorkBatch {
  batch: number;
  items: WorkItem[];
}

/** No more batches: close the cache log and exit. */
export interface CloseWorker {
  close: true;
}

export type ToWorker = WorkBatch | CloseWorker;

/** Worker → main thread: each article's graph as JSON text, or why there is none. */
export interface WorkResult {
  index: number;
  json?: string;
  error?: string;
}

export interface BatchResult {
  batch: number;
  results: WorkResult[];
}
