// `serve`'s API over a store of the seeds, through real HTTP. Expected figures come from the seed texts and
// from the graph file `extract --out` writes (the pipeline, not the store), counted here.
import { execFile } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SerializedNewsGraph } from '../../src/graph/index.ts';
import { startServer } from '../../src/store/server.ts';
import type { Running } from '../../src/store/server.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'newsgraph-serve-'));
const db = join(tmp, 'seeds.db');
let file: SerializedNewsGraph;
let running: Running;

function cli(...args: string[]): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile(process.execPath, ['bin/newsgraph.mjs', ...args], { cwd: root }, (err, _o, stderr) =>
      err ? reject(new Error(stderr)) : resolve(),
    ),
  );
}

beforeAll(async () => {
  await cli('extract', 'seeds', '--db', db, '--quiet');
  await cli('extract', 'seeds', '--out', join(tmp, 'graph.json'), '--no-cache', '--quiet');
  file = JSON.parse(readFileSync(join(tmp, 'graph.json'), 'utf8')) as SerializedNewsGraph;
  running = await startServer(db, { port: 0 });
}, 120_000);
afterAll(async () => {
  await running?.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function get(
  path: string,
): Promise<{ status: number; body: Record<string, unknown>; matched: string | null }> {
  const res = await fetch(new URL(path, running.url));
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown>,
    matched: res.headers.get('x-newsgraph-matched'),
  };
}

const keys = (g: unknown, what: 'nodes' | 'edges'): string[] =>
  (g as SerializedNewsGraph)[what].map((x) => x.key as string).sort();

/** Degrees in the graph file. */
function degrees(): Map<string, number> {
  const d = new Map<string, number>();
  for (const e of file.edges) for (const n of [e.source, e.target]) d.set(n, (d.get(n) ?? 0) + 1);
  return d;
}

const IRAN_AIN = 'attacked:country:iran->base:ain-al-asad';

describe('serve API', () => {
  it('health counts the articles, nodes and edges', async () => {
    const r = await get('/api/health');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      ok: true,
      articles: 5,
      nodes: file.nodes.length,
      edges: file.edges.length,
    });
  });

  it('overview: the best connected actors and the edges among them', async () => {
    const d = degrees();
    const top = [...d.entries()].sort((a, b) => b[1] - a[1]);
    // A limit that does not cut through a tie.
    const limit = [3, 4, 5, 6, 7, 8].find((n) => top[n - 1][1] > top[n][1]) as number;
    const want = new Set(top.slice(0, limit).map(([k]) => k));
    const r = await get(`/api/overview?limit=${limit}`);
    expect(r.status).toBe(200);
    const nodes = keys(r.body, 'nodes');
    // Plus the country nodes the chosen ones name (a graph file names no missing node).
    for (const k of want) expect(nodes).toContain(k);
    const countries = new Set(
      file.nodes.filter((n) => want.has(n.key) && n.attributes.country).map((n) => n.attributes.country),
    );
    expect(nodes.length).toBe(new Set([...want, ...countries]).size);
    const edges = file.edges
      .filter((e) => want.has(e.source) && want.has(e.target))
      .map((e) => e.key as string);
    expect(keys(r.body, 'edges')).toEqual(edges.sort());
  });

  it('filters by country as export --country does', async () => {
    await cli('export', join(tmp, 'graph.json'), '--out', join(tmp, 'iran.json'), '--country', 'Iran');
    const iran = JSON.parse(readFileSync(join(tmp, 'iran.json'), 'utf8')) as SerializedNewsGraph;
    const r = await get('/api/graph?country=Iran&limit=2000');
    expect(r.status).toBe(200);
    expect(r.matched).toBe(String(iran.nodes.length));
    expect(keys(r.body, 'edges')).toEqual(keys(iran, 'edges'));
  });

  it("expands an actor's neighbourhood by depth", async () => {
    const near = (start: string, depth: number): Set<string> => {
      const seen = new Set([start]);
      let frontier = [start];
      for (let i = 0; i < depth; i++) {
        const next: string[] = [];
        for (const e of file.edges)
          for (const [a, b] of [
            [e.source, e.target],
            [e.target, e.source],
          ])
            if (frontier.includes(a) && !seen.has(b)) {
              seen.add(b);
              next.push(b);
            }
        frontier = next;
      }
      return seen;
    };
    for (const depth of [1, 2]) {
      const r = await get(`/api/neighbourhood?actor=Ain%20Al-Asad&depth=${depth}&limit=2000`);
      expect(r.status).toBe(200);
      expect(r.matched).toBe(String(near('base:ain-al-asad', depth).size));
    }
  });

  it('searches names and aliases by prefix, and evidence by full text', async () => {
    const names = await get('/api/search/names?q=ain%20al');
    expect((names.body.results as { key: string }[]).map((x) => x.key)).toContain('base:ain-al-asad');
    const ev = await get('/api/search/evidence?q=ballistiske%20missiler%20luftbasen');
    const results = ev.body.results as { sentence: string; cited: { edge: string; article: string }[] }[];
    // Seed 000: "Landet affyrede adskillige ballistiske missiler mod luftbasen Ain Al-Asad i det vestlige Irak."
    expect(results.map((x) => x.sentence)).toContain(
      'Landet affyrede adskillige ballistiske missiler mod luftbasen Ain Al-Asad i det vestlige Irak.',
    );
    expect(results.flatMap((x) => x.cited.map((c) => c.edge))).toContain(IRAN_AIN);
  });

  it('pages the evidence of an edge', async () => {
    const want = file.edges.find((e) => e.key === IRAN_AIN)?.attributes.evidence ?? [];
    expect(want.length).toBeGreaterThan(1);
    const page1 = await get(`/api/evidence?edge=${encodeURIComponent(IRAN_AIN)}&limit=1`);
    const rest = await get(`/api/evidence?edge=${encodeURIComponent(IRAN_AIN)}&limit=50&offset=1`);
    expect(page1.body.total).toBe(want.length);
    expect((page1.body.evidence as unknown[]).length).toBe(1);
    const got = [page1, rest].flatMap((p) => p.body.evidence as { article: string; sentence: string }[]);
    expect(got.map((e) => `${e.article} ${e.sentence}`).sort()).toEqual(
      want.map((e) => `${e.article} ${e.sentence}`).sort(),
    );
  });

  it('answers bad parameters with 400 and a JSON error naming them', async () => {
    for (const path of [
      '/api/overview?limit=0',
      '/api/overview?limit=abc',
      '/api/overview?limit=5&limit=6',
      '/api/overview?nonsense=1',
      '/api/graph?type=spaceship',
      '/api/graph?relation=loves',
      '/api/graph?depth=2',
      '/api/graph?minConfidence=2',
      '/api/neighbourhood',
      '/api/neighbourhood?actor=Iran&depth=9',
      '/api/search/names?q=%20',
      '/api/search/names?q=***',
      '/api/evidence?edge=not-an-edge',
      `/api/search/evidence?q=${'x'.repeat(600)}`,
    ]) {
      const r = await get(path);
      expect(r.status, path).toBe(400);
      expect(typeof r.body.error, path).toBe('string');
    }
    expect((await get('/api/graph?actor=Nobody%20Atall')).status).toBe(404);
    expect((await get('/api/nothing')).status).toBe(404);
    // fetch cannot set Host: node:http can, as a DNS-rebinding page's browser would.
    const status = await new Promise<number | undefined>((resolve, reject) =>
      request(new URL('/api/health', running.url), { headers: { host: 'example.com' } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      })
        .on('error', reject)
        .end(),
    );
    expect(status).toBe(421);
  });
});
