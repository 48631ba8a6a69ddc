import { describe, expect, it } from 'vitest';
import '../../platform/node.ts';
import { addArticle, createNewsGraph } from '../../graph/index.ts';
import type { NewsGraph } from '../../graph/index.ts';
import { addArticles, limitFromAddress, uniqueId } from './addArticles.ts';
import type { ArticleSource, Progress } from './addArticles.ts';
import { runJob } from './extractor.ts';
import { JobRunner } from './jobs.ts';
import type { WorkerFactory } from './jobs.ts';

/**
 * The extractor worker, in-process: each job runs the real read/extract/merge (runJob) on a later tick,
 * except the extraction of an article whose id starts with "hang", which never answers (a runaway article).
 */
function inProcess(): { factory: WorkerFactory; terminated: () => number } {
  let terminated = 0;
  const factory: WorkerFactory = (onMessage) => {
    let alive = true;
    return {
      post: (job) => {
        if (job.kind === 'extract' && job.article.id.startsWith('hang')) return;
        setTimeout(() => {
          void runJob(job, () => alive && onMessage({ kind: 'prepared' })).then((m) => alive && onMessage(m));
        }, 0);
      },
      terminate: () => {
        alive = false;
        terminated++;
      },
    };
  };
  return { factory, terminated: () => terminated };
}

const enc = new TextEncoder();
const file = (name: string, text: string): ArticleSource => ({ name, bytes: enc.encode(text) });
const A = file('a.txt', 'Troops leave\nThe United Kingdom withdrew its soldiers from Iraq on Monday.');
const B = file('b.txt', 'Talks in Oslo\nNorway hosted talks between Iran and the United States.');

function base(): NewsGraph {
  const g = createNewsGraph();
  addArticle(g, {
    id: 'a.txt',
    file: 'a.txt',
    title: 'Old',
    lang: 'en',
    text: 'An article already in the graph.',
  });
  return g;
}

const ids = (g: { attributes: { articles?: { id: string }[] } } | null): string[] =>
  (g?.attributes.articles ?? []).map((a) => a.id).sort();

describe('adding articles through the worker', () => {
  it('reads, extracts and merges, naming each article in the progress; ids never collide', async () => {
    const { factory } = inProcess();
    const seen: Progress[] = [];
    const g = base();
    const r = await addArticles(new JobRunner(factory), [A, B, { name: 'pasted-1.txt', text: '  ' }], {
      limitMs: 30_000,
      graph: () => g,
      onProgress: (p) => seen.push(p),
    }).done;
    expect(r.problems).toEqual([]);
    expect(r.added).toBe(2);
    expect(r.base).toBe(g);
    // a.txt was taken by the graph's own article: the new one is a.txt#2.
    expect(ids(r.graph)).toEqual(['a.txt', 'a.txt#2', 'b.txt']);
    expect(seen.map((p) => `${p.phase} ${p.n}/${p.total}`)).toEqual([
      'reading 1/3',
      'reading 2/3',
      'reading 3/3',
      'extracting 1/2',
      'extracting 2/2',
      'merging 2/2',
    ]);
    expect(seen[3].name).toBe('a.txt#2 · Troops leave');
  });

  it('skips an article past the time limit, names it, and keeps the others', async () => {
    const { factory, terminated } = inProcess();
    const g = createNewsGraph();
    const hang = file('hang.txt', 'Stuck\nThis one never finishes in the fake worker.');
    const r = await addArticles(new JobRunner(factory), [A, hang, B], { limitMs: 3000, graph: () => g }).done;
    expect(r.problems).toEqual(['hang.txt: took longer than 3 s, the time limit per article; skipped']);
    expect(ids(r.graph)).toEqual(['a.txt', 'b.txt']);
    expect(terminated()).toBe(1);
  }, 30_000);

  it('cancel keeps what finished', async () => {
    const { factory } = inProcess();
    const g = createNewsGraph();
    const hang = file('hang.txt', 'Stuck\nThis one never finishes in the fake worker.');
    const adding = addArticles(new JobRunner(factory), [A, hang, B], {
      limitMs: 0,
      graph: () => g,
      onProgress: (p) => {
        if (p.phase === 'extracting' && p.n === 2) setTimeout(() => adding.cancel(), 50);
      },
    });
    const r = await adding.done;
    expect(r.cancelled).toBe(true);
    expect(r.added).toBe(1);
    expect(ids(r.graph)).toEqual(['a.txt']);
  }, 30_000);

  it('a duplicate is named and not extracted; nothing readable means no graph', async () => {
    const { factory } = inProcess();
    const g = createNewsGraph();
    const r = await addArticles(new JobRunner(factory), [A, { ...A, name: 'copy.txt' }], {
      limitMs: 0,
      graph: () => g,
    }).done;
    expect(r.added).toBe(1);
    expect(r.problems).toEqual(['copy.txt: already in the graph as “Troops leave”, not added again']);
    const none = await addArticles(new JobRunner(factory), [file('bin.txt', '\0\0\0\0binary')], {
      limitMs: 0,
      graph: () => g,
    }).done;
    expect(none.graph).toBeNull();
    expect(none.problems).toHaveLength(1);
    expect(none.problems[0]).toMatch(/^bin\.txt: /);
  }, 30_000);
});

describe('helpers', () => {
  it('uniqueId numbers a taken id', () => {
    const taken = new Set(['x', 'x#2']);
    expect(uniqueId(taken, 'x')).toBe('x#3');
    expect(uniqueId(taken, 'y')).toBe('y');
  });

  it('the time limit comes from ?articleTimeout= in seconds, 20 s otherwise', () => {
    expect(limitFromAddress('')).toBe(20_000);
    expect(limitFromAddress('?articleTimeout=2.5')).toBe(2500);
    expect(limitFromAddress('?articleTimeout=0')).toBe(0);
    expect(limitFromAddress('?articleTimeout=-1')).toBe(20_000);
    expect(limitFromAddress('?articleTimeout=soon')).toBe(20_000);
  });
});
