import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { WorkItem, WorkResult } from './messages.ts';
import { batchSize, WorkerPool } from './pool.ts';
import type { PoolOptions } from './pool.ts';

const echo = new URL('../../test/fixtures/workers/echo-worker.mjs', import.meta.url);

const items = (texts: string[]): WorkItem[] =>
  texts.map((text, index) => ({ index, hash: String(index), article: { id: `a${index}`, file: 'f', text } }));

async function run(
  texts: string[],
  jobs: number,
  worker = echo,
  options: PoolOptions = {},
): Promise<WorkResult[]> {
  const results: WorkResult[] = [];
  await new WorkerPool(jobs, worker, options).run(items(texts), (r) => results.push(r));
  return results.sort((a, b) => a.index - b.index);
}

/**
 * A stand-in that says which article it is on, as worker.ts does, dies on "exit" and never finishes
 * "loop" (an article with no end in sight).
 */
const naming = pathToFileURL(join(mkdtempSync(join(tmpdir(), 'newsgraph-pool-')), 'naming-worker.mjs'));
writeFileSync(
  naming,
  `import { parentPort, workerData } from 'node:worker_threads';
  const current = new Int32Array(workerData.current);
  parentPort.on('message', (msg) => {
    if (msg.close) return parentPort.close();
    const results = [];
    for (const item of msg.items) {
      Atomics.store(current, 0, item.index);
      if (item.article.text === 'exit') process.exit(3);
      while (item.article.text === 'loop');
      results.push({ index: item.index, json: JSON.stringify({ text: item.article.text }) });
      Atomics.store(current, 0, -1);
    }
    parentPort.postMessage({ batch: msg.batch, results });
  });\n`,
);

describe('worker pool', () => {
  it('answers every item exactly once, with its own result', async () => {
    const texts = Array.from({ length: 300 }, (_, i) => `article ${i}`);
    const results = await run(texts, 2);
    expect(results.map((r) => r.index)).toEqual(texts.map((_, i) => i));
    expect(results.map((r) => JSON.parse(r.json ?? '{}').text)).toEqual(texts);
  });

  // Issue 18, finding 8: a worker killed by one article used to report every article of its batch.
  it('a worker killed by one article costs that article only, even when the worker cannot say which', async () => {
    const texts = Array.from({ length: 200 }, (_, i) => (i === 57 ? 'exit' : `article ${i}`));
    expect(batchSize(texts.length, 2)).toBeGreaterThan(1);
    const results = await run(texts, 2);
    expect(results.map((r) => r.index)).toEqual(texts.map((_, i) => i));
    expect(results.filter((r) => r.error !== undefined).map((r) => r.index)).toEqual([57]);
    expect(results[57].error).toMatch(/worker exited \(code 3\)/);
    expect(results.map((r) => JSON.parse(r.json ?? '{}').text)[58]).toBe('article 58');
  });

  it('a worker that names its article has only that one failed, without retrying the others alone', async () => {
    const texts = Array.from({ length: 200 }, (_, i) => (i === 57 || i === 130 ? 'exit' : `article ${i}`));
    const results = await run(texts, 2, naming);
    expect(results.map((r) => r.index)).toEqual(texts.map((_, i) => i));
    expect(results.filter((r) => r.error !== undefined).map((r) => r.index)).toEqual([57, 130]);
  });

  it('stops an article that runs past the time budget, names it, and extracts the rest (issue 18, finding 5)', async () => {
    const texts = Array.from({ length: 40 }, (_, i) => (i === 5 ? 'loop' : `article ${i}`));
    const t0 = performance.now();
    const results = await run(texts, 2, naming, { articleTimeoutMs: 400 });
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(results.map((r) => r.index)).toEqual(texts.map((_, i) => i));
    expect(results.filter((r) => r.error !== undefined).map((r) => r.index)).toEqual([5]);
    expect(results[5].error).toBe('took longer than 0.4 s, the time limit per article (--article-timeout)');
  });

  it('gives up on replacing workers that keep dying', async () => {
    const results = await run(
      Array.from({ length: 40 }, () => 'exit'),
      2,
    );
    expect(results).toHaveLength(40);
    expect(results.every((r) => r.error !== undefined)).toBe(true);
  });

  it('takes work given after its workers have started, and can be abandoned when there is none', async () => {
    const pool = new WorkerPool(2, echo);
    await new Promise((r) => setTimeout(r, 200));
    const results: WorkResult[] = [];
    await pool.run(items(['a', 'b', 'c']), (r) => results.push(r));
    expect(results.map((r) => r.index).sort()).toEqual([0, 1, 2]);
    const idle = new WorkerPool(2, echo);
    idle.abandon();
    await expect(idle.run([], () => undefined)).resolves.toBeUndefined();
  });

  it('does not keep the process alive before it is given work', () => {
    // A script file, not --eval: workers inherit the parent's exec arguments, and --input-type breaks them.
    const script = join(mkdtempSync(join(tmpdir(), 'newsgraph-pool-')), 'idle.ts');
    writeFileSync(
      script,
      `import { WorkerPool } from ${JSON.stringify(new URL('./pool.ts', import.meta.url).href)};
      new WorkerPool(2, new URL(${JSON.stringify(echo.href)}));
      console.log('made');\n`,
    );
    const out = execFileSync(process.execPath, ['--import', 'tsx', script], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      timeout: 10_000,
      encoding: 'utf8',
    });
    expect(out.trim()).toBe('made');
  });
});
