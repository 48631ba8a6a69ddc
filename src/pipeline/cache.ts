/**
 * The per-article cache: one file per article under DIR/ab/<sha256>.json holding the graph that article gave.
 * The key covers the article (id, file, metadata, text) and the extractor's version, so a changed article or
 * a new extractor misses. Entries are written atomically; unreadable or invalid ones are ignored and redone.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ArticleInput } from '../articles/types.ts';
import { EXTRACTOR_VERSION } from '../extract/index.ts';
import { validateGraphData } from '../graph/index.ts';
import type { SerializedNewsGraph } from '../graph/index.ts';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function cacheKey(article: ArticleInput): string {
  const { id, file, title = '', date = '', lang = '', text } = article;
  return sha256([EXTRACTOR_VERSION, id, file, title, date, lang, text].join('\u0000'));
}

export function cachePath(dir: string, key: string): string {
  return join(dir, key.slice(0, 2), `${key}.json`);
}

/** The cached graph, or null when absent, unreadable, for another key, or not a valid graph. */
export function readCacheEntry(path: string, key: string): SerializedNewsGraph | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const entry = JSON.parse(text) as { key?: unknown; graph?: unknown };
    if (entry.key !== key) return null;
    const checked = validateGraphData(entry.graph);
    return checked.ok ? checked.data : null;
  } catch {
    return null;
  }
}

let tmpCounter = 0;

/** `graphJson` is the per-article graph already serialized (the worker has it as a string). */
export async function writeCacheEntry(path: string, key: string, graphJson: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${tmpCounter++}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(
    tmp,
    `{"key":${JSON.stringify(key)},"extractor":${JSON.stringify(EXTRACTOR_VERSION)},"graph":${graphJson}}\n`,
  );
  await rename(tmp, path);
}
