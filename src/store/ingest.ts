/**
 * `extract --db`: articles into the store. Inputs are read a chunk of files at a time (memory stays flat
 * however large the corpus), each article is looked up by id: unchanged (same text hash, same extractor)
 * is skipped, new or changed goes to the pipeline's worker pool, and each result is written in its own
 * transaction as it arrives. The corpus layer is refreshed once at the end. A killed run leaves every
 * article committed before it; the next run extracts the rest.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { readArticles } from '../articles/read.ts';
import type { ArticleInput, ArticleProblem } from '../articles/types.ts';
import { EXTRACTOR_VERSION } from '../extract/version.ts';
import type { SerializedNewsGraph } from '../graph/index.ts';
import { sha256 } from '../pipeline/cache.ts';
import { expandResult } from '../pipeline/compact.ts';
import { discoverInputs } from '../pipeline/discover.ts';
import type { InputFile } from '../pipeline/discover.ts';
import type { WorkItem, WorkResult } from '../pipeline/messages.ts';
import { WorkerPool } from '../pipeline/pool.ts';
import { prebuilt } from '../pipeline/prebuilt.ts';
import type * as WorkModule from '../pipeline/work.ts';
import { refresh } from './refresh.ts';
import type { Db } from './schema.ts';
import { StoreWriter } from './write.ts';

export interface IngestOptions {
  inputs: string[];
  jobs?: number;
  maxSize: number;
  /** Seconds per article on a worker thread; 0: no limit. */
  articleTimeout: number;
  /** Paths never read as input (the store and its -wal and -shm files). */
  exclude?: string[];
  /** Files per chunk (tests use small ones). */
  chunkFiles?: number;
  onProgress?: (p: { done: number; total: number }) => void;
}

export interface IngestResult {
  files: number;
  /** Articles read from the inputs. */
  articles: number;
  added: number;
  replaced: number;
  unchanged: number;
  failed: number;
  problems: ArticleProblem[];
  duplicates: { id: string; of: string }[];
  /** Articles in the store after the run. */
  stored: number;
  jobs: number;
  seconds: number;
  phases: Record<string, number>;
}

const CHUNK_FILES = 5000;

/**
 * What the store records as an article's extractor: EXTRACTOR_VERSION, bumped whenever extraction output
 * changes. Not the code hash the cache keys by: that changes with every edit of any extractor file, and
 * a store of a large corpus is not re-extracted for a comment.
 */
export function extractorId(): string {
  return EXTRACTOR_VERSION;
}

function readChunk(files: InputFile[], maxSize: number, problems: ArticleProblem[]): ArticleInput[] {
  const out: ArticleInput[] = [];
  for (const f of files) {
    if (f.size > maxSize) {
      problems.push({ file: f.rel, reason: `too large (${f.size} bytes > ${maxSize})` });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(f.path);
    } catch (e) {
      problems.push({
        file: f.rel,
        reason: `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
      });
      continue;
    }
    const r = readArticles(f.rel, bytes);
    problems.push(...r.problems);
    out.push(...r.articles);
  }
  return out;
}

export async function ingest(db: Db, options: IngestOptions): Promise<IngestResult> {
  const t0 = performance.now();
  const phases: Record<string, number> = { read: 0, extract: 0, refresh: 0 };
  const cores = availableParallelism();
  const jobs = Math.max(1, Math.min(Math.floor(options.jobs ?? cores), Math.max(2, cores)));
  const { files, skipped } = await discoverInputs(options.inputs, { exclude: options.exclude });
  const extractor = extractorId();
  const built = await prebuilt();
  const writer = new StoreWriter(db);
  const byHash = db.prepare('SELECT ext_id FROM articles WHERE hash = ? AND ext_id <> ? LIMIT 1').pluck();
  const result: IngestResult = {
    files: files.length,
    articles: 0,
    added: 0,
    replaced: 0,
    unchanged: 0,
    failed: 0,
    problems: [...skipped],
    duplicates: [],
    stored: 0,
    jobs,
    seconds: 0,
    phases,
  };
  const seenIds = new Set<string>();
  const runHashes = new Map<string, string>();
  const chunk = options.chunkFiles ?? CHUNK_FILES;
  let mainThread: typeof WorkModule | undefined;

  for (let at = 0; at < files.length; at += chunk) {
    let t = performance.now();
    const articles = readChunk(files.slice(at, at + chunk), options.maxSize, result.problems);
    const work: WorkItem[] = [];
    const pending: { article: ArticleInput; hash: string; replacing: boolean }[] = [];
    for (const article of articles) {
      result.articles++;
      if (seenIds.has(article.id)) {
        result.problems.push({ file: article.file, reason: `duplicate article id ${article.id}` });
        continue;
      }
      seenIds.add(article.id);
      const hash = sha256(article.text);
      const stored = writer.find(article.id);
      if (stored && stored.hash === hash && stored.extractor === extractor) {
        result.unchanged++;
        continue;
      }
      // The same text under a second id is kept once, as the pipeline does.
      const of = runHashes.get(hash) ?? (byHash.get(hash, article.id) as string | undefined);
      if (of !== undefined) {
        result.duplicates.push({ id: article.id, of });
        if (stored) writer.transaction(() => writer.remove(article.id));
        continue;
      }
      runHashes.set(hash, article.id);
      work.push({ index: pending.length, article, hash });
      pending.push({ article, hash, replacing: stored !== undefined });
    }
    phases.read += (performance.now() - t) / 1000;
    t = performance.now();

    const onResult = (r: WorkResult): void => {
      const p = pending[r.index];
      if (r.error !== undefined || r.json === undefined) {
        result.failed++;
        result.problems.push({ file: p.article.id, reason: r.error ?? 'no result' });
        return;
      }
      const data = expandResult(JSON.parse(r.json) as SerializedNewsGraph, p.article);
      const meta = data.attributes.articles.find((a) => a.id === p.article.id);
      if (!meta) {
        result.failed++;
        result.problems.push({ file: p.article.id, reason: 'extractor gave no article record' });
        return;
      }
      writer.transaction(() => writer.put(data, { ...meta, text: p.article.text, hash: p.hash }, extractor));
      if (p.replacing) result.replaced++;
      else result.added++;
    };
    if (work.length > 1 && jobs > 1) {
      const pool = new WorkerPool(Math.min(jobs, work.length), built?.worker, {
        articleTimeoutMs: options.articleTimeout * 1000,
      });
      await pool.run(work, onResult);
    } else if (work.length) {
      mainThread ??= built
        ? ((await import(built.work.href)) as typeof WorkModule)
        : await import('../pipeline/work.ts');
      for (const item of work) onResult(mainThread.runItem(item));
    }
    phases.extract += (performance.now() - t) / 1000;
    options.onProgress?.({ done: Math.min(files.length, at + chunk), total: files.length });
  }

  const t = performance.now();
  refresh(db);
  phases.refresh = (performance.now() - t) / 1000;
  result.stored = db.prepare('SELECT COUNT(*) FROM articles').pluck().get() as number;
  result.seconds = (performance.now() - t0) / 1000;
  for (const k of Object.keys(phases)) phases[k] = Math.round(phases[k] * 1000) / 1000;
  return result;
}
