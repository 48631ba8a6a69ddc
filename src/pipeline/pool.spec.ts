import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { WorkItem, WorkResult } from './messages.ts';
import { batchSize, WorkerPool } from './pool.ts';

const echo = new URL('../../test/fixtures/workers/echo-worker.mjs', import.meta.url);

const items = (texts: string[]): WorkItem[] =>
  texts.map((text, index) => ({ index, hash: String(index), article: { id: `a${index}`, file: 'f', text } }));

async function run(texts: string[], jobs: number): Promise<WorkResult[]> {
  const results: WorkResult[] = [];
  await new WorkerPool(jobs, echo).run(items(texts), (r) => results.push(r));
  return results.sort((a, b) => a.index - b.index);
}

describe('worker pool', () => {
  it('answers every item exactly once, with its own result', async () => {
    const texts = Array.from({ length: 300 }, (_, i) => `article ${i}`);
    const results = await run(texts, 2);
    expect(results.map((r) => r.index)).toEqual(texts.map((_, i) => i));
    expect(results.map((r) => JSON.parse(r.json ?? '{}').text)).toEqual(texts);
  });

  it('fails only the batch of an article that kills its worker, and finishes the rest', async () => {
    const texts = Array.from({ length: 200 }, (_, i) => (i === 57 ? 'exit' : `article ${i}`));
    const size = batchSize(texts.length, 2);
    const results = await run(texts, 2);
    expect(results.map((r) => r.index)).toEqual(texts.map((_, i) => i));
    const failed = results.filter((r) => r.error !== undefined).map((r) => r.index);
    const first = Math.floor(57 / size) * size;
    expect(failed).toEqual(Array.from({ length: size }, (_, i) => first + i));
    expect(results[0].error).toBeUndefined();
    expect(results[57].error).toMatch(/worker exited \(code 3\)/);
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
