/**
 * The per-article cache: one file per article under DIR/ab/<sha256>.json holding the graph that article gave.
 * The key covers the article (id, file, metadata, text) and the extractor's version, so a changed article or
 * a new extractor misses. Entries are written atomically; unreadable or invalid ones are ignored and redone.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ArticleInput } from '../articles/types.ts';
import { EXTRACTOR_VERSION } from '../extract/index.ts';
import type { SerializedNewsGraph } from '../graph/index.ts';

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Bumped when what an entry holds changes shape (see compact.ts), so older entries are not misread. */
const ENTRY_FORMAT = '2';

export function cacheKey(article: ArticleInput): string {
  const { id, file, title = '', date = '', lang = '', text } = article;
  return sha256([EXTRACTOR_VERSION, ENTRY_FORMAT, id, file, title, date, lang, text].join('\u0000'));
}

export function cachePath(dir: string, key: string): string {
  return join(dir, key.slice(0, 2), `${key}.json`);
}

/**
 * The cached graph, or null when absent, unreadable, for another key, or damaged. An entry is a header line
 * (key, extractor version, sha256 of the graph text) and the graph's JSON on the next line; the graph was
 * validated before it was written, so a matching checksum stands in for validating it again — which would
 * cost more than the rest of a warm run.
 */
export function readCacheEntry(path: string, key: string): SerializedNewsGraph | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const nl = text.indexOf('\n');
    if (nl < 0) return null;
    const header = JSON.parse(text.slice(0, nl)) as { key?: unknown; sha256?: unknown };
    const body = text.slice(nl + 1).replace(/\n$/, '');
    if (header.key !== key || header.sha256 !== sha256(body)) return null;
    const graph = JSON.parse(body) as SerializedNewsGraph;
    return Array.isArray(graph.nodes) &&
      Array.isArray(graph.edges) &&
      Array.isArray(graph.attributes?.articles)
      ? graph
      : null;
  } catch {
    return null;
  }
}

let tmpCounter = 0;

function entryText(key: string, graphJson: string): string {
  const header = { key, extractor: EXTRACTOR_VERSION, sha256: sha256(graphJson) };
  return `${JSON.stringify(header)}\n${graphJson}\n`;
}

/**
 * Writes cache entries in the background (thread pool), each atomically, while the caller goes on
 * extracting: on a busy disk a synchronous write blocks the extracting thread for as long as the kernel
 * throttles it. A write that fails costs speed next time, not this run's result, so failures are dropped.
 */
export class CacheWriter {
  private readonly pending = new Set<Promise<void>>();

  /** `graphJson` is the per-article graph, validated and serialized. */
  write(path: string, key: string, graphJson: string): void {
    const p = writeFileAtomicAsync(path, entryText(key, graphJson)).catch(() => undefined);
    this.pending.add(p);
    void p.then(() => this.pending.delete(p));
  }

  /** Resolves when every entry written so far is on disk (or has failed). */
  async flush(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }
}

/** Temporary file beside the target, then rename: readers see the old file or the new one, never half. */
const tmpName = (path: string): string =>
  `${path}.${process.pid}.${tmpCounter++}.${Math.random().toString(36).slice(2)}.tmp`;

export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  const tmp = tmpName(path);
  // The folder is made only when missing: ten thousand recursive mkdirs cost a worker half a second.
  try {
    writeFileSync(tmp, data);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, data);
  }
  renameSync(tmp, path);
}

async function writeFileAtomicAsync(path: string, data: string): Promise<void> {
  const tmp = tmpName(path);
  try {
    await writeFile(tmp, data);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    await mkdir(dirname(path), { recursive: true });
    await writeFile(tmp, data);
  }
  await rename(tmp, path).catch(async (e: unknown) => {
    await unlink(tmp).catch(() => undefined);
    throw e;
  });
}
