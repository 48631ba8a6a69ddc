// The CLI end to end, as a user runs it: node bin/newsgraph.mjs in its own process.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addArticle,
  addRelation,
  createNewsGraph,
  nodeKey,
  parseGraph,
  stringifyGraph,
  upsertNode,
} from '../../src/graph/index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/newsgraph.mjs', ...args], { cwd: root }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** A failure reads as exactly one line naming the file at fault. */
function expectOneLineError(r: Run, file: string): void {
  expect(r.code).not.toBe(0);
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
}

const TEXT = 'USA attacked Iran. Nobody else spoke.';
const paths = {
  seedsGraph: join(tmp, 'seeds.json'),
  graph: join(tmp, 'small.json'),
  gold: join(tmp, 'small.gold.json'),
  articles: join(tmp, 'articles'),
  otherArticles: join(tmp, 'other-articles'),
  notJson: join(tmp, 'not-json.json'),
  invalid: join(tmp, 'invalid.json'),
  badGold: join(tmp, 'bad.gold.json'),
};

beforeAll(() => {
  // A graph whose scores are known by hand: entities tp 2 (USA, Iran), fp 1 (Foo Bar), 1 miss (Trump).
  const g = createNewsGraph();
  addArticle(g, { id: 'a.txt', file: 'a.txt', lang: 'en', text: TEXT });
  const usa = upsertNode(g, { key: nodeKey('country', 'USA'), label: 'USA', type: 'country' });
  const iran = upsertNode(g, { key: nodeKey('country', 'Iran'), label: 'Iran', type: 'country' });
  upsertNode(g, { key: nodeKey('person', 'Foo Bar'), label: 'Foo Bar', type: 'person' });
  addRelation(g, {
    type: 'attacked',
    source: usa,
    target: iran,
    evidence: [{ article: 'a.txt', sentence: 'USA attacked Iran.', start: 0, end: 18 }],
  });
  writeFileSync(paths.graph, stringifyGraph(g));
  writeFileSync(
    paths.gold,
    JSON.stringify({
      entities: [
        { id: 'usa', type: 'country', names: ['USA'] },
        { id: 'iran', type: 'country', names: ['Iran'] },
        { id: 'trump', type: 'person', names: ['Donald Trump'], country: 'usa' },
      ],
      relations: [{ source: 'usa', type: 'attacked', target: 'iran' }],
    }),
  );
  mkdirSync(paths.articles);
  writeFileSync(join(paths.articles, 'a.txt'), TEXT);
  mkdirSync(paths.otherArticles);
  writeFileSync(join(paths.otherArticles, 'a.txt'), 'The file changed since: USA attacked nobody.');
  writeFileSync(paths.notJson, '{ this is not json');
  writeFileSync(paths.invalid, JSON.stringify({ options: { type: 'directed', multi: true }, nodes: [] }));
  writeFileSync(
    paths.badGold,
    JSON.stringify({ entities: [{ id: 'x', type: 'city', names: ['X'] }], relations: [] }),
  );
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('newsgraph extract → stats → eval', () => {
  it('extract seeds writes a valid graph file and prints a summary', async () => {
    const r = await run('extract', 'seeds', '--out', paths.seedsGraph);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/: 5 articles, \d+ nodes .*\d+ edges/);
    const graph = parseGraph(readFileSync(paths.seedsGraph, 'utf8'));
    expect(graph.getAttribute('articles')).toHaveLength(5);
  });

  it('stats reads it', async () => {
    const r = await run('stats', paths.seedsGraph);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('5 articles');
    expect(r.stdout).toContain('nodes by type');
  });

  it('eval --json prints a report that parses', async () => {
    const r = await run('eval', paths.seedsGraph, '--gold', paths.gold, '--json');
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(['entities', 'relations', 'stated', 'country', 'evidence', 'details']),
    );
    expect(report.scope.graphArticles).toBe(5);
  });
});

describe('newsgraph eval', () => {
  it('scores a graph by hand-known figures, checking evidence against the article files', async () => {
    const r = await run('eval', paths.graph, '--gold', paths.gold, '--json', '--articles', paths.articles);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.entities).toMatchObject({ tp: 2, fp: 1, found: 2, required: 3 });
    expect(report.entities.precision).toBeCloseTo(2 / 3);
    expect(report.relations).toMatchObject({ precision: 1, recall: 1 });
    expect(report.evidence).toMatchObject({ valid: 1, edges: 1, checkedAgainstFiles: 1 });
  });

  it('finds evidence invalid when the article file no longer holds the sentence', async () => {
    const r = await run(
      'eval',
      paths.graph,
      '--gold',
      paths.gold,
      '--json',
      '--articles',
      paths.otherArticles,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).evidence).toMatchObject({ valid: 0, edges: 1, checkedAgainstFiles: 1 });
  });

  it('prints a table, and with --details the false positives and misses', async () => {
    const r = await run('eval', paths.graph, '--gold', paths.gold, '--details');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^entities\s+0\.667\s+0\.667\s+0\.667/m);
    expect(r.stdout).toMatch(/^attacked\+stationed-at\s+1\.000\s+1\.000\s+1\.000/m);
    expect(r.stdout).toMatch(/^evidence valid\s+100\.0%/m);
    expect(r.stdout).toContain('person "Foo Bar" (person:foo-bar): no gold entity');
    expect(r.stdout).toContain('person "Donald Trump" [trump]');
  });

  it('--min fails with exit 1 when a score is below it, and passes when not', async () => {
    const low = await run(
      'eval',
      paths.graph,
      '--gold',
      paths.gold,
      '--min',
      'relations.f1=1',
      '--min',
      'entities.f1=0.6',
    );
    expect(low.code, low.stderr).toBe(0);
    const high = await run(
      'eval',
      paths.graph,
      '--gold',
      paths.gold,
      '--min',
      'entities.f1=90%',
      '--min',
      'relations.f1=1',
    );
    expect(high.code).toBe(1);
    expect(high.stderr.trim().split('\n')).toEqual(['newsgraph eval: entities.f1 0.667 is below 0.9']);
    expect(high.stdout).toContain('entities'); // the report is still printed
  });

  it('refuses an unknown metric in --min with a one-line usage error', async () => {
    const r = await run('eval', paths.graph, '--gold', paths.gold, '--min', 'entity.f1=0.9');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('unknown metric "entity.f1"');
  });
});

describe('--help', () => {
  it.each(['extract', 'stats', 'export', 'eval'])('%s --help exits 0 with its usage', async (cmd) => {
    const r = await run(cmd, '--help');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Usage: newsgraph ${cmd}`);
  });
});

describe('bad input: one line naming the file, non-zero exit', () => {
  const missing = join(tmp, 'missing.json');

  it.each([
    ['stats on a missing file', ['stats', missing], missing],
    ['stats on a non-JSON file', ['stats', paths.notJson], paths.notJson],
    ['stats on a schema-invalid graph', ['stats', paths.invalid], paths.invalid],
    ['eval on a missing graph', ['eval', missing, '--gold', paths.gold], missing],
    ['eval on a non-JSON graph', ['eval', paths.notJson, '--gold', paths.gold], paths.notJson],
    ['eval on a schema-invalid graph', ['eval', paths.invalid, '--gold', paths.gold], paths.invalid],
    ['eval with a missing gold file', ['eval', paths.graph, '--gold', missing], missing],
    ['eval with a non-JSON gold file', ['eval', paths.graph, '--gold', paths.notJson], paths.notJson],
    ['eval with an invalid gold file', ['eval', paths.graph, '--gold', paths.badGold], paths.badGold],
    [
      'extract of a missing folder',
      ['extract', join(tmp, 'nowhere'), '--out', join(tmp, 'x.json')],
      'nowhere',
    ],
  ])('%s', async (_name, args, file) => {
    expectOneLineError(await run(...args), file);
  });
});
