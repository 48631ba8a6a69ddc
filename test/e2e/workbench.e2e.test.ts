// Issue 17 in the browser, driven as a user would: time range, declutter, curation with undo and download,
// saved views. Expected keys are counted by hand from the fixture (test/e2e/fixtures/graphs.ts), with a1
// dated 2020-01-08 and a2 2020-02-03: a2 is the evidence of exactly two relations (Denmark stationed at
// Ain al-Asad, Adel Abdul Mahdi's statement on Iran); a1 of the other seven.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parseGraph, stringifyGraph, validateCorrections } from '../../src/graph/index.ts';
import type { NewsGraph } from '../../src/graph/index.ts';
import { worldGraph } from './fixtures/graphs.ts';
import { ROOT, ensureBuilt, launch, openApp, startServer } from './harness.ts';
import type { TestServer } from './harness.ts';

const SHOTS = process.env.NEWSGRAPH_SHOTS ?? join(tmpdir(), 'newsgraph-shots');
const tmp = mkdtempSync(join(tmpdir(), 'newsgraph-workbench-'));
let server: TestServer;
let browser: Browser;

function datedGraph(): NewsGraph {
  const g = worldGraph();
  const dates: Record<string, string> = { a1: '2020-01-08', a2: '2020-02-03' };
  for (const a of g.getAttribute('articles')) a.date = dates[a.id];
  return g;
}

const A2_EDGES = [
  'stated:person:adel-abdul-mahdi->country:iran',
  'stationed-at:country:denmark->base:ain-al-asad',
];
const A1_EDGES = [
  'attacked:country:iran->base:ain-al-asad',
  'attacked:country:iran->country:usa',
  'attacked:country:usa->person:qassem-soleimani',
  'attacked:organisation:revolutionary-guard->base:ain-al-asad',
  'stated:country:iran->country:usa',
  'stated:person:donald-trump->country:iran',
  'stationed-at:country:norway->base:ain-al-asad',
];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  await ensureBuilt();
  writeFileSync(join(tmp, 'dated.json'), stringifyGraph(datedGraph()));
  server = await startServer({ 'dated.json': () => stringifyGraph(datedGraph()) });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const open = () => openApp(browser, `${server.url}?graph=fixtures/dated.json`);
const edges = (page: Page): Promise<string[]> => page.evaluate(() => window.__newsgraph!.visibleEdges());
const nodes = (page: Page): Promise<string[]> => page.evaluate(() => window.__newsgraph!.visibleNodes());
const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

describe('time range', () => {
  it('keeps exactly the relations whose evidence falls inside, from the inputs and the timeline', async () => {
    const { page, errors } = await open();
    const bars = page.locator('[data-testid^="timeline-"]');
    expect(await bars.evaluateAll((els) => els.map((e) => [e.dataset.testid, e.dataset.count]))).toEqual([
      ['timeline-2020-01', '1'],
      ['timeline-2020-02', '1'],
    ]);
    await page.getByTestId('time-from').fill('2020-02-01');
    await expect.poll(() => edges(page)).toEqual(A2_EDGES);
    expect(new URL(page.url()).searchParams.get('from')).toBe('2020-02-01');
    const inside = await nodes(page);
    for (const k of ['country:denmark', 'base:ain-al-asad', 'person:adel-abdul-mahdi', 'country:iran'])
      expect(inside).toContain(k);
    for (const k of [
      'country:usa',
      'country:norway',
      'person:donald-trump',
      'organisation:revolutionary-guard',
    ])
      expect(inside).not.toContain(k);
    await expect.poll(() => page.getByTestId('time-summary').textContent()).toBe('1 of 2 articles in range');
    await shot(page, 'time-from-february');

    await page.getByTestId('timeline-2020-01').click();
    await expect.poll(() => edges(page)).toEqual(A1_EDGES);
    expect(new URL(page.url()).searchParams.get('to')).toBe('2020-01');
    expect(await page.getByTestId('time-to').inputValue()).toBe('2020-01-31');
    await shot(page, 'time-january-bar');
    await page.getByTestId('time-clear').click();
    await expect.poll(async () => (await edges(page)).length).toBe(9);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('declutter', () => {
  it('hides a relation type, then asks for more evidence or relations', async () => {
    const { page, errors } = await open();
    await page.getByTestId('hide-relation-stated').check();
    await expect
      .poll(() => edges(page))
      .toEqual([...A1_EDGES, ...A2_EDGES].filter((e) => !e.startsWith('stated:')).sort());
    expect(new URL(page.url()).searchParams.get('relation')).toBe('attacked,stationed-at');
    // February only, and nodes with at least one relation left: Denmark and the base.
    await page.getByTestId('time-from').fill('2020-02-01');
    await page.getByTestId('min-relations').fill('1');
    await page.getByTestId('min-relations').press('Tab');
    await expect.poll(() => nodes(page)).toEqual(['base:ain-al-asad', 'country:denmark']);
    await shot(page, 'declutter');
    // Every relation of the fixture has one evidence sentence: two leaves none.
    await page.getByTestId('min-evidence').fill('2');
    await page.getByTestId('min-evidence').press('Tab');
    await expect.poll(() => edges(page)).toEqual([]);
    expect(new URL(page.url()).searchParams.get('minEvidence')).toBe('2');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

async function select(page: Page, query: string, label: string): Promise<void> {
  await page.getByTestId('search').fill(query);
  await page.getByTestId('search').press('Enter');
  await expect.poll(() => page.getByTestId('details-label').first().textContent()).toBe(label);
}

describe('curation', () => {
  it('merges, renames and deletes with undo; kept across a reload; the download is the CLI’s corrections file', async () => {
    const { page, errors } = await open();
    await select(page, 'Norway', 'Norway');
    await page.getByTestId('curation-merge').fill('Danmark');
    await expect
      .poll(() => page.getByTestId('curation-merge-results').locator('li').first().textContent())
      .toContain('Denmark');
    await page.getByTestId('curation-merge').press('Enter');
    // Denmark folded into Norway: their two stationed-at relations to the base become one.
    await expect.poll(async () => (await edges(page)).length).toBe(8);
    expect(await nodes(page)).not.toContain('country:denmark');
    expect(await edges(page)).toContain('stationed-at:country:norway->base:ain-al-asad');
    await page.waitForTimeout(300);
    await shot(page, 'curation-merged');
    await page.getByTestId('curation-rename-input').fill('Norge');
    await page.getByTestId('curation-rename').click();
    await expect.poll(() => page.getByTestId('details-label').first().textContent()).toBe('Norge');
    await page.getByTestId('curation-delete-stationed-at:country:norway->base:ain-al-asad').click();
    await expect.poll(async () => (await edges(page)).length).toBe(7);
    await expect.poll(() => page.getByTestId('curation-count').getAttribute('data-count')).toBe('3');
    await shot(page, 'curation');
    await page.getByTestId('curation-undo').click();
    await expect.poll(async () => (await edges(page)).length).toBe(8);
    await expect.poll(() => page.getByTestId('curation-count').getAttribute('data-count')).toBe('2');
    await page.waitForTimeout(300);
    await shot(page, 'curation-undone');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('curation-download').click(),
    ]);
    const file = join(tmp, 'corrections.json');
    await download.saveAs(file);
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    expect(validateCorrections(data).ok).toBe(true);
    expect(data).toEqual({
      version: 1,
      corrections: [
        { op: 'merge', into: 'country:norway', from: 'country:denmark' },
        { op: 'rename', node: 'country:norway', label: 'Norge' },
      ],
    });

    // Stored in localStorage: a reload shows the corrected graph again.
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await expect.poll(async () => (await edges(page)).length).toBe(8);
    expect(await nodes(page)).not.toContain('country:denmark');
    expect(errors).toEqual([]);
    await page.context().close();

    // The same file through the CLI gives the same graph: 10 nodes, 8 relations.
    const out = join(tmp, 'corrected.json');
    const r = spawnSync(
      process.execPath,
      [
        join(ROOT, 'bin/newsgraph.mjs'),
        'export',
        join(tmp, 'dated.json'),
        '--out',
        out,
        '--corrections',
        file,
      ],
      { encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    const g = parseGraph(readFileSync(out, 'utf8'));
    expect([g.order, g.size, g.getNodeAttribute('country:norway', 'label')]).toEqual([10, 8, 'Norge']);
  });
});

describe('saved views', () => {
  it('names the current view, and reopens it after the filters changed and the page reloaded', async () => {
    const { page, errors } = await open();
    await page.getByTestId('hide-relation-stated').check();
    await page.getByTestId('time-to').fill('2020-01-31');
    await expect.poll(async () => (await edges(page)).length).toBe(5); // a1: four attacked, one stationed-at
    await page.getByTestId('view-name').fill('Strikes in January');
    await page.getByTestId('view-save').click();
    await page.getByTestId('clear-filters').click();
    await expect.poll(async () => (await edges(page)).length).toBe(9);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await page.getByTestId('view-open-Strikes in January').click();
    await expect.poll(() => edges(page)).toEqual(A1_EDGES.filter((e) => !e.startsWith('stated:')));
    const url = new URL(page.url()).searchParams;
    expect([url.get('relation'), url.get('to')]).toEqual(['attacked,stationed-at', '2020-01-31']);
    expect(await page.getByTestId('hide-relation-stated').isChecked()).toBe(true);
    await shot(page, 'saved-views');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('table', () => {
  it('lists what the filters keep, sorts by a column, and selects a row', async () => {
    const { page, errors } = await open();
    await page.getByTestId('table-toggle').click();
    const table = page.getByTestId('table').locator('table');
    // Iran has five relations, Ain al-Asad four (fixture EDGES): the busiest first.
    await expect
      .poll(() => table.locator('tbody tr').evaluateAll((rows) => rows.slice(0, 2).map((r) => r.dataset.key)))
      .toEqual(['country:iran', 'base:ain-al-asad']);
    await page.getByTestId('table-sort-name').click();
    const names = await table.locator('tbody tr td:first-child').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await page.getByTestId('table-tab-edge').click();
    await expect.poll(() => table.getAttribute('data-rows')).toBe('9');
    await page.getByTestId('time-from').fill('2020-02-01');
    await expect
      .poll(() => table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.key).sort()))
      .toEqual(A2_EDGES);
    await table.locator('tbody tr', { hasText: 'Adel Abdul Mahdi' }).click();
    expect(new URL(page.url()).searchParams.get('edge')).toBe(A2_EDGES[0]);
    await shot(page, 'table');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
