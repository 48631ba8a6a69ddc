/**
 * Adding articles in the page, off the main thread: each input is read, then each article extracted, one job
 * at a time in the extractor worker (jobs.ts), and what finished is merged into the graph there too. One
 * article past its time limit, or failing, is named and skipped; the others are kept, also on cancel.
 */
import type { ArticleInput } from '../../articles/types.ts';
import type { NewsGraph, SerializedNewsGraph } from '../../graph/types.ts';
import { JobCancelled, JobTimeout } from './jobs.ts';
import type { JobRunner } from './jobs.ts';

/** A file, or pasted text (no bytes). */
export interface ArticleSource {
  name: string;
  bytes?: Uint8Array;
  text?: string;
}

export interface Progress {
  phase: 'reading' | 'extracting' | 'merging';
  /** 1-based: the input or article under way. */
  n: number;
  total: number;
  name: string;
}

export interface AddResult {
  /** The merged graph, or null when nothing was added. */
  graph: SerializedNewsGraph | null;
  /** The graph it was merged into (the one on screen when the merge began). */
  base: NewsGraph | null;
  added: number;
  problems: string[];
  cancelled: boolean;
}

export interface AddOptions {
  /** Per input read and per article extracted; 0: none. */
  limitMs: number;
  /** The graph at the time of the call (duplicates, ids) and, later, at the time of the merge. */
  graph: () => NewsGraph;
  onProgress?: (p: Progress) => void;
}

/** The per-article time limit of the page: 20 s, or `?articleTimeout=<seconds>` (0: none). */
export const DEFAULT_ARTICLE_TIMEOUT_S = 20;

export function limitFromAddress(search: string): number {
  const v = new URLSearchParams(search).get('articleTimeout');
  const s = v !== null && /^\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : DEFAULT_ARTICLE_TIMEOUT_S;
  return Math.round(s * 1000);
}

/** Gives each article an id not yet in the graph (two files called "article.txt" are two articles). */
export function uniqueId(taken: Set<string>, id: string): string {
  let out = id;
  for (let i = 2; taken.has(out); i++) out = `${id}#${i}`;
  taken.add(out);
  return out;
}

const sameText = (t: string): string => t.replace(/\s+/g, ' ').trim();

/**
 * Drops articles whose text the graph (or an earlier one of the same batch) already holds: the same article
 * added twice would otherwise count every piece of its evidence twice. Each one dropped is named.
 */
export function withoutDuplicates(
  into: NewsGraph,
  articles: ArticleInput[],
  problems: string[],
): ArticleInput[] {
  const seen = new Map<string, string>();
  for (const a of into.getAttribute('articles')) if (a.text) seen.set(sameText(a.text), a.title ?? a.id);
  return articles.filter((a) => {
    const key = sameText(a.text);
    const was = seen.get(key);
    if (was !== undefined) {
      problems.push(`${a.file}: already in the graph as “${was}”, not added again`);
      return false;
    }
    seen.set(key, a.title ?? a.id);
    return true;
  });
}

/** The reason a job gave up, as one line naming the input; rethrows a cancel. */
function skipped(e: unknown, name: string, what: string): string {
  if (e instanceof JobCancelled) throw e;
  if (e instanceof JobTimeout) return `${e.message} ${what}; skipped`;
  return `${name}: ${(e as Error).message}`;
}

export interface Adding {
  done: Promise<AddResult>;
  cancel(): void;
}

export function addArticles(runner: JobRunner, sources: ArticleSource[], opts: AddOptions): Adding {
  let cancelled = false;
  const cancel = (): void => {
    cancelled = true;
    runner.cancel();
  };
  return { done: run(runner, sources, opts, () => cancelled), cancel };
}

async function run(
  runner: JobRunner,
  sources: ArticleSource[],
  opts: AddOptions,
  isCancelled: () => boolean,
): Promise<AddResult> {
  const problems: string[] = [];
  const parts: SerializedNewsGraph[] = [];
  const progress = (p: Progress): void => opts.onProgress?.(p);
  let cancelled = false;
  try {
    const articles: ArticleInput[] = [];
    for (const [i, s] of sources.entries()) {
      if (isCancelled()) throw new JobCancelled('cancelled');
      progress({ phase: 'reading', n: i + 1, total: sources.length, name: s.name });
      try {
        const m = await runner.run({ kind: 'read', ...s }, s.name, opts.limitMs);
        if (m.kind !== 'read') throw new Error(`unexpected answer ${m.kind}`);
        articles.push(...m.articles);
        problems.push(...m.problems);
      } catch (e) {
        problems.push(skipped(e, s.name, 'for reading a file'));
      }
    }
    const fresh = withoutDuplicates(opts.graph(), articles, problems);
    const taken = new Set(
      opts
        .graph()
        .getAttribute('articles')
        .map((a) => a.id),
    );
    for (const [i, a] of fresh.entries()) {
      if (isCancelled()) throw new JobCancelled('cancelled');
      const id = uniqueId(taken, a.id);
      // Named by its id (the file, or pasted-1) and its title, which can be anything the text begins with.
      const name = a.title && a.title !== id ? `${id} · ${a.title}` : id;
      progress({ phase: 'extracting', n: i + 1, total: fresh.length, name });
      try {
        const m = await runner.run({ kind: 'extract', article: { ...a, id } }, id, opts.limitMs);
        if (m.kind !== 'extracted') throw new Error(`unexpected answer ${m.kind}`);
        parts.push(m.graph);
      } catch (e) {
        problems.push(skipped(e, id, 'per article'));
      }
    }
  } catch (e) {
    if (!(e instanceof JobCancelled)) throw e;
    cancelled = true;
  }
  if (!parts.length) return { graph: null, base: null, added: 0, problems, cancelled };
  progress({ phase: 'merging', n: parts.length, total: parts.length, name: '' });
  try {
    // No limit: merging is linear in the graph, and cutting it short would lose every finished article.
    const base = opts.graph();
    const data = base.export() as unknown as SerializedNewsGraph;
    const m = await runner.run({ kind: 'merge', base: data, parts }, 'merging', 0);
    if (m.kind !== 'merged') throw new Error(`unexpected answer ${m.kind}`);
    return { graph: m.graph, base, added: parts.length, problems, cancelled };
  } catch (e) {
    if (!(e instanceof JobCancelled)) throw e;
    return { graph: null, base: null, added: 0, problems, cancelled: true };
  }
}
