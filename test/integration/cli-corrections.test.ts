// `newsgraph extract --corrections` and `export --corrections`: a merge made once survives a rebuild that
// adds an article naming the merged-away entity again.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/graph/index.ts';
import type { NewsGraph } from '../../src/graph/index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'newsgraph-corrections-'));
const extra = join(tmp, 'extra');
const corrections = join(tmp, 'corrections.json');
const IRGC = 'organisation:irgc';
const QUDS = 'organisation:quds-force';

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/newsgraph.mjs', ...args], { cwd: root }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

async function extract(out: string, ...args: string[]): Promise<{ graph: NewsGraph; stderr: string }> {
  const r = await run('extract', ...args, '--out', join(tmp, out), '--jobs', '1');
  expect(r.code, r.stderr).toBe(0);
  return { graph: parseGraph(readFileSync(join(tmp, out), 'utf8')), stderr: r.stderr };
}

beforeAll(() => {
  mkdirSync(extra);
  // A February article that names the Quds Force again (and has it attack Iraq).
  writeFileSync(
    join(extra, '005_extra.txt'),
    ' date 2020-02 Quds Force commanders met in Tehran.\n\n' +
      'The Quds Force fired rockets at the Ain al-Asad air base in Iraq, Reuters reported on Tuesday.\n',
  );
  writeFileSync(
    corrections,
    JSON.stringify({
      version: 1,
      corrections: [{ op: 'merge', into: IRGC, from: QUDS, note: 'a branch of it' }],
    }),
  );
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('extract --corrections', () => {
  it('without corrections the seeds hold both nodes; with the merge, one', async () => {
    const plain = await extract('plain.json', 'seeds');
    expect([plain.graph.hasNode(IRGC), plain.graph.hasNode(QUDS)]).toEqual([true, true]);
    const merged = await extract('merged.json', 'seeds', '--corrections', corrections);
    expect([merged.graph.hasNode(IRGC), merged.graph.hasNode(QUDS)]).toEqual([true, false]);
    expect(merged.graph.getNodeAttribute(IRGC, 'aliases')).toContain('Quds Force');
    expect(merged.graph.order).toBe(plain.graph.order - 1);
    expect(merged.stderr).not.toContain('warning');
  });

  it('the merge still holds after a new article names the Quds Force again', async () => {
    // Same output and cache as the run before: the seeds come from the cache, the new article is extracted.
    const plain = await extract('plus-plain.json', 'seeds', extra);
    expect(plain.graph.getNodeAttribute(QUDS, 'articles')).toContain('005_extra.txt');
    const { graph } = await extract('merged.json', 'seeds', extra, '--corrections', corrections);
    expect(graph.hasNode(QUDS)).toBe(false);
    expect(graph.getNodeAttribute(IRGC, 'articles')).toContain('005_extra.txt');
    expect(graph.hasEdge(`attacked:${IRGC}->country:iraq`)).toBe(true);
    // Run again over the same articles: a corrected graph is never reused or filed as the uncorrected one.
    const again = await extract('merged.json', 'seeds', extra);
    expect(again.graph.hasNode(QUDS)).toBe(true);
  });

  it('a correction that no longer applies is named on stderr, and the rest still apply', async () => {
    const file = join(tmp, 'stale.json');
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        corrections: [
          { op: 'rename', node: 'person:nobody-at-all', label: 'X' },
          { op: 'merge', into: IRGC, from: QUDS },
        ],
      }),
    );
    const { graph, stderr } = await extract('stale.json', 'seeds', '--corrections', file);
    expect(stderr.trim().split('\n')).toEqual([
      `warning ${file}: correction 1 (rename person:nobody-at-all to "X") not applied: no node person:nobody-at-all`,
    ]);
    expect(graph.hasNode(QUDS)).toBe(false);
  });

  it('refuses an invalid corrections file in one line naming it, before extracting', async () => {
    const file = join(tmp, 'bad.json');
    writeFileSync(file, JSON.stringify({ version: 1, corrections: [{ op: 'merge', into: IRGC }] }));
    const r = await run('extract', 'seeds', '--out', join(tmp, 'never.json'), '--corrections', file);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${file}: not a valid corrections file`);
  });
});

describe('export --corrections', () => {
  it('applies the file to a graph read from disk', async () => {
    const out = join(tmp, 'exported.json');
    const r = await run('export', join(tmp, 'plain.json'), '--out', out, '--corrections', corrections);
    expect(r.code, r.stderr).toBe(0);
    const graph = parseGraph(readFileSync(out, 'utf8'));
    expect([graph.hasNode(IRGC), graph.hasNode(QUDS)]).toEqual([true, false]);
  });
});
