// `newsgraph export --from --to --min-evidence --min-relations` on a hand-made graph with dated articles.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addArticle,
  addRelation,
  createNewsGraph,
  parseGraph,
  stringifyGraph,
  upsertNode,
} from '../../src/graph/index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'newsgraph-cli-time-'));
const graphFile = join(tmp, 'g.json');

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/newsgraph.mjs', ...args], { cwd: root }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

/* January article j (2020-01-05): USA attacked Iran, Iran attacked Iraq. February article f (2020-02-03):
 * USA attacked Iran again. Norway is mentioned in j with no relation. */
beforeAll(() => {
  const g = createNewsGraph();
  addArticle(g, { id: 'j', file: 'j.txt', lang: 'en', date: '2020-01-05' });
  addArticle(g, { id: 'f', file: 'f.txt', lang: 'en', date: '2020-02-03' });
  const node = (key: string, articles: string[]) =>
    upsertNode(g, {
      key,
      label: key.slice(8),
      type: 'country',
      mentions: articles.map((article) => ({ article, sentence: 0, start: 0, end: 1 })),
    });
  node('country:usa', ['j', 'f']);
  node('country:iran', ['j', 'f']);
  node('country:iraq', ['j']);
  node('country:norway', ['j']);
  const ev = (article: string) => ({ article, sentence: 'x', start: 0, end: 1 });
  addRelation(g, {
    type: 'attacked',
    source: 'country:usa',
    target: 'country:iran',
    evidence: [ev('j'), ev('f')],
  });
  addRelation(g, { type: 'attacked', source: 'country:iran', target: 'country:iraq', evidence: [ev('j')] });
  writeFileSync(graphFile, stringifyGraph(g));
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function exported(...flags: string[]): Promise<{ nodes: string[]; edges: string[] }> {
  const out = join(tmp, `out-${flags.join('_').replace(/\W/g, '')}.json`);
  const r = await run('export', graphFile, '--out', out, ...flags);
  expect(r.code, r.stderr).toBe(0);
  const g = parseGraph(readFileSync(out, 'utf8'));
  return { nodes: g.nodes().sort(), edges: g.edges().sort() };
}

describe('export by time and declutter', () => {
  it('--from 2020-02 keeps the February relation and its ends', async () => {
    expect(await exported('--from', '2020-02')).toEqual({
      nodes: ['country:iran', 'country:usa'],
      edges: ['attacked:country:usa->country:iran'],
    });
  });

  it('--to 2020-01-31 keeps January, Norway included', async () => {
    expect(await exported('--to', '2020-01-31')).toEqual({
      nodes: ['country:iran', 'country:iraq', 'country:norway', 'country:usa'],
      edges: ['attacked:country:iran->country:iraq', 'attacked:country:usa->country:iran'],
    });
  });

  it('--min-relations 1 drops Norway; --min-evidence 2 keeps the twice-reported relation', async () => {
    expect((await exported('--min-relations', '1')).nodes).toEqual([
      'country:iran',
      'country:iraq',
      'country:usa',
    ]);
    expect((await exported('--min-evidence', '2')).edges).toEqual(['attacked:country:usa->country:iran']);
  });

  it('refuses a malformed date or count in one line', async () => {
    const bad = await run('export', graphFile, '--out', join(tmp, 'x.json'), '--from', '5 Jan');
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toEqual([
      'newsgraph: --from 5 Jan: expected a date such as 2020-01-08, 2020-01 or 2020',
    ]);
    const n = await run('export', graphFile, '--out', join(tmp, 'x.json'), '--min-evidence', 'two');
    expect(n.code).toBe(1);
  });
});
