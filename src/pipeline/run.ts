/**
 * The corpus pipeline: inputs → files → articles → (cache | workers) → per-article graphs merged in
 * article-id order → consolidated → canonical graph. The same input gives the same graph, byte for byte,
 * whatever the number of jobs or which articles came from the cache.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { readArticles } from '../articles/read.ts';
import type { ArticleInput, ArticleProblem } from '../articles/types.ts';
import { MAX_SENTENCE_LENGTH, splitSentences } from '../extract/text/sentences.ts';
import { EXTRACTOR_VERSION } from '../extract/version.ts';
import { canonicalize } from '../graph/index.ts';
import { GraphMerger, graphStats } from '../graph/index.ts';
import type { GraphStats, NewsGraph, SerializedNewsGraph } from '../graph/index.ts';
import { CacheIndex, cacheKey, sha256 } from './cache.ts';
import { openCacheDir } from './cache-dir.ts';
import type { CacheDir } from './cache-dir.ts';
import { expandResult } from './compact.ts';
import { corpusKey, hasCorpusResult, readCorpusResult } from './corpus-cache.ts';
import type { CorpusHit } from './corpus-cache.ts';
import { discoverInputs, InputError } from './discover.ts';
import type { InputFile } from './discover.ts';
import type { WorkItem, WorkResult } from './messages.ts';
import { WorkerPool } from './pool.ts';
import { prebuilt, sourceCodeHash } from './prebuilt.ts';
import type { Prebuilt } from './prebuilt.ts';
import type * as WorkModule from './work.ts';

export interface PipelineOptions {
  inputs: string[];
  /** Worker threads; 1 extracts on the main thread. Default: the machine's cores. */
  jobs?: number;
  /** Per-article cache folder; undefined = no cache. */
  cacheDir?: string;
  /** Files larger than this many bytes are skipped as "too large". */
  maxSize?: number;
  /** Paths never read as input (the output file, the cache). */
  exclude?: string[];
  /** Stop after reading when any input had a problem (nothing is extracted). */
  stopOnProblem?: boolean;
  /** ISO time recorded as builtAt. */
  builtAt?: string;
  /** Seconds an article may take on a worker thread before it is stopped and skipped; 0: no limit. */
  articleTimeout?: number;
  /** Whether the last run's graph file may be reused whole (default true; false when there is no file). */
  reuseCorpus?: boolean;
  onProgress?: (p: { done: number; total: number; cached: number }) => void;
}

export interface PipelineResult {
  /** Null when stopped early (stopOnProblem), when there was nothing to extract, or when `reused`. */
  graph: NewsGraph | null;
  /** The cached graph file to write when the corpus is exactly the cached result's (see corpus-cache.ts). */
  reused: CorpusHit | null;
  /** Figures of the graph (built or reused); null when there is none. */
  stats: GraphStats | null;
  /** Key of this corpus's result in the cache (to record the written file); null without a cache. */
  corpusKey: string | null;
  /** The cache folder, checked (cache-dir.ts); null without a cache. */
  cache: CacheDir | null;
  files: number;
  /** Articles in the graph (duplicates and failures excluded). */
  articles: number;
  words: number;
  problems: ArticleProblem[];
  duplicates: { id: string; of: string }[];
  cached: number;
  extracted: number;
  jobs: number;
  seconds: number;
  /** Seconds per phase: read (walk, decode, parse), cache (look-ups), extract (workers, incl. merging as
   * results arrive), merge (folding per-article graphs), consolidate, canonicalize. */
  phases: Record<string, number>;
}

export const DEFAULT_MAX_SIZE = 20 * 1024 * 1024;
/** Seconds per article: far above any real article (a 1 MB one takes a few seconds), below a stuck one. */
export const DEFAULT_ARTICLE_TIMEOUT = 120;

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

function readInputs(
  files: InputFile[],
  maxSize: number,
): { articles: ArticleInput[]; problems: ArticleProblem[] } {
  const perFile: { articles: ArticleInput[]; problems: ArticleProblem[] }[] = new Array(files.length);
  // Synchronous reads: thousands of small files read faster without a thread-pool round trip per call,
  // and nothing else runs on this thread while the inputs are read.
  files.forEach((f, i) => {
    if (f.size > maxSize) {
      perFile[i] = {
        articles: [],
        problems: [{ file: f.rel, reason: `too large (${formatSize(f.size)} > ${formatSize(maxSize)})` }],
      };
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(f.path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      perFile[i] = { articles: [], problems: [{ file: f.rel, reason: `cannot read (${code})` }] };
      return;
    }
    perFile[i] = readArticles(f.rel, bytes);
  });
  const articles = perFile.flatMap((r) => r.articles);
  return { articles, problems: [...perFile.flatMap((r) => r.problems), ...longSentences(articles)] };
}

/** A line this long may hold a sentence the splitter cuts. */
function hasLongLine(text: string): boolean {
  for (let at = 0; at < text.length;) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    if (end - at > MAX_SENTENCE_LENGTH) return true;
    at = end + 1;
  }
  return false;
}

/**
 * Articles with runs the sentence splitter cuts at MAX_SENTENCE_LENGTH (linear time, see sentences.ts),
 * as warnings: found here, when the articles are read, so a run from the cache reports them too.
 */
function longSentences(articles: ArticleInput[]): ArticleProblem[] {
  const out: ArticleProblem[] = [];
  for (const a of articles) {
    if (!hasLongLine(a.text)) continue;
    const cuts: number[] = [];
    splitSentences(a.text, cuts);
    if (cuts.length)
      out.push({
        file: a.id,
        reason:
          `${cuts.length} sentence cut(s): runs without a sentence end are cut every ` +
          `${MAX_SENTENCE_LENGTH} characters (first at offset ${cuts[0]})`,
        kept: true,
      });
  }
  return out;
}

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const t0 = performance.now();
  let tPhase = t0;
  const phases: Record<string, number> = {};
  const lap = (name: string): void => {
    const now = performance.now();
    phases[name] = Math.round(now - tPhase) / 1000;
    tPhase = now;
  };
  // Capped by the cores (extraction is CPU-bound; each worker holds its own extractor, and 100,000 of them
  // passed 8 GB), but two are always allowed so a one-core machine still runs the worker path.
  const cores = availableParallelism();
  const jobs = Math.max(1, Math.min(Math.floor(options.jobs ?? cores), Math.max(2, cores)));
  // Checked before anything is read: a cache that cannot be trusted refuses the run (CacheRefused).
  const cache = options.cacheDir !== undefined ? openCacheDir(options.cacheDir) : null;
  const { files, skipped } = await discoverInputs(options.inputs, { exclude: options.exclude });
  // Workers load the extractor while the inputs are read — unless the last run's graph may be reused
  // whole, where they would only slow that short run down; then they start after that check.
  const reuse = options.reuseCorpus !== false;
  const mayReuse = reuse && cache !== null && hasCorpusResult(cache.dir);
  // The prebuilt extractor (prebuilt.ts), checked or built once per run, and only if something is extracted.
  let code: Promise<Prebuilt | null> | undefined;
  const extractorCode = (): Promise<Prebuilt | null> => (code ??= prebuilt());
  let pool: WorkerPool | null = null;
  const poolOptions = { articleTimeoutMs: (options.articleTimeout ?? DEFAULT_ARTICLE_TIMEOUT) * 1000 };
  if (jobs > 1 && files.length > 1 && !mayReuse)
    pool = new WorkerPool(Math.min(jobs, files.length), (await extractorCode())?.worker, poolOptions);
  const read = readInputs(files, options.maxSize ?? DEFAULT_MAX_SIZE);
  lap('read');
  const problems = [...skipped, ...read.problems];
  const result: PipelineResult = {
    graph: null,
    reused: null,
    stats: null,
    corpusKey: null,
    cache,
    files: files.length,
    articles: 0,
    words: 0,
    problems,
    duplicates: [],
    cached: 0,
    extracted: 0,
    jobs,
    seconds: 0,
    phases: {},
  };
  const finish = (): PipelineResult => {
    pool?.abandon(); // not needed after all (or done already): its threads would keep the process alive
    result.seconds = (performance.now() - t0) / 1000;
    result.phases = phases;
    return result;
  };
  if (options.stopOnProblem && problems.length) return finish();

  // Article-id order fixes the merge order; the same text under a second id is counted once.
  const articles = read.articles.sort(byId);
  const unique: { article: ArticleInput; hash: string }[] = [];
  const firstByHash = new Map<string, string>();
  let lastId: string | undefined;
  for (const article of articles) {
    if (article.id === lastId) {
      problems.push({ file: article.file, reason: `duplicate article id ${article.id}` });
      continue;
    }
    lastId = article.id;
    const hash = sha256(article.text);
    const of = firstByHash.get(hash);
    if (of !== undefined) {
      result.duplicates.push({ id: article.id, of });
      continue;
    }
    firstByHash.set(hash, article.id);
    unique.push({ article, hash });
  }
  if (!unique.length) return finish();

  // Exactly the articles of the last run: its graph file is the answer. Keys name the extractor's code.
  let keys: string[] = [];
  if (cache) {
    const codeHash = (await extractorCode())?.codeHash ?? sourceCodeHash();
    keys = unique.map(({ article, hash }) => cacheKey(article, hash, codeHash));
  }
  if (cache) result.corpusKey = corpusKey(keys, options.builtAt !== undefined);
  if (cache && reuse && result.corpusKey) {
    const hit = readCorpusResult(cache, result.corpusKey, options.builtAt);
    if (hit) {
      result.reused = hit;
      result.stats = hit.meta.stats;
      result.articles = hit.meta.stats.articles;
      result.words = hit.meta.words;
      result.cached = unique.length;
      options.onProgress?.({ done: unique.length, total: unique.length, cached: unique.length });
      lap('cache');
      return finish();
    }
  }

  // Results arrive in any order; they are merged as soon as every earlier article has been.
  const total = unique.length;
  const ready = new Map<number, SerializedNewsGraph | null>();
  const merger = new GraphMerger();
  let mergeMs = 0;
  let nextToMerge = 0;
  let done = 0;
  const accept = (index: number, data: SerializedNewsGraph | null): void => {
    ready.set(index, data);
    done++;
    while (ready.has(nextToMerge)) {
      const d = ready.get(nextToMerge);
      ready.delete(nextToMerge);
      if (d) {
        const tm = performance.now();
        merger.add(d);
        mergeMs += performance.now() - tm;
      }
      nextToMerge++;
    }
  };
  const onResult = (r: WorkResult): void => {
    if (r.error !== undefined || r.json === undefined) {
      const a = unique[r.index].article;
      problems.push({ file: a.id, reason: r.error ?? 'no result' });
      accept(r.index, null);
    } else {
      result.extracted++;
      accept(r.index, expandResult(JSON.parse(r.json) as SerializedNewsGraph, unique[r.index].article));
    }
    options.onProgress?.({ done, total, cached: result.cached });
  };

  // Workers load the extractor while the cache is looked up (started already if the inputs were read
  // with them). One article is extracted on this thread.
  if (jobs > 1 && unique.length > 1) {
    pool ??= new WorkerPool(Math.min(jobs, unique.length), (await extractorCode())?.worker, poolOptions);
  } else {
    pool?.abandon();
    pool = null;
  }

  // Cache look-ups first: hits are merged straight away, misses become work. (A pool not yet given work
  // does not keep the process alive, should a look-up throw.)
  const work: WorkItem[] = [];
  const index = cache ? new CacheIndex(cache.dir, cache.secret, new Set(keys)) : null;
  unique.forEach(({ article, hash }, i) => {
    const hit = index?.get(keys[i]);
    // Verified on read: the entry is the extraction of this very text.
    if (hit && hit.attributes.articles.some((a) => a.id === article.id && a.hash === hash)) {
      // Merged now if every earlier article is in, else held until the misses before it are extracted.
      result.cached++;
      accept(i, expandResult(hit, article));
    } else
      work.push({
        index: i,
        article,
        hash,
        ...(cache ? { cacheDir: cache.dir, cacheSecret: cache.secret, cacheKey: keys[i] } : {}),
      });
  });
  options.onProgress?.({ done, total, cached: result.cached });

  lap('cache');
  if (pool && work.length) await pool.run(work, onResult);
  else if (work.length) {
    pool?.abandon();
    // The extractor is loaded only when this thread extracts: a run that reuses the cache never needs it.
    const built = await extractorCode();
    const { closeCacheLogs, runItem } = built
      ? ((await import(built.work.href)) as typeof WorkModule)
      : await import('./work.ts');
    try {
      for (const item of work) onResult(runItem(item));
    } finally {
      closeCacheLogs();
    }
  }

  lap('extract');
  phases.merge = Math.round(mergeMs) / 1000;
  // consolidate.ts alone: the main thread of a multi-job run never loads the extractor's rules and lexicons.
  const { consolidateGraph } = await import('../extract/consolidate.ts');
  const consolidated = consolidateGraph(merger.graph());
  lap('consolidate');
  const graph = canonicalize(consolidated);
  lap('canonicalize');
  graph.setAttribute('generator', {
    ...graph.getAttribute('generator'),
    extractorVersion: EXTRACTOR_VERSION,
  });
  if (options.builtAt) graph.setAttribute('builtAt', options.builtAt);
  result.graph = graph;
  for (const a of graph.getAttribute('articles')) result.words += a.words ?? 0;
  result.articles = graph.getAttribute('articles').length;
  result.stats = graphStats(graph);
  return finish();
}

/** The last second whose ISO time has a four-digit year (9999-12-31T23:59:59Z), as the graph format needs. */
const MAX_EPOCH = 253402300799;

/**
 * builtAt for reproducible builds: SOURCE_DATE_EPOCH (whole seconds since 1970, up to the year 9999) when
 * set, else now. A malformed value is an error, as the reproducible-builds specification asks: a build
 * that silently used the clock would not be the reproducible one it claims to be.
 */
export function builtAtFromEnv(env: Record<string, string | undefined> = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch === undefined || epoch === '') return new Date().toISOString();
  if (!/^\d{1,12}$/.test(epoch) || Number(epoch) > MAX_EPOCH)
    throw new InputError(
      `SOURCE_DATE_EPOCH=${JSON.stringify(env.SOURCE_DATE_EPOCH)}: expected whole seconds since 1970, 0 to ${MAX_EPOCH}`,
    );
  return new Date(Number(epoch) * 1000).toISOString();
}
