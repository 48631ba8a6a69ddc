import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parseGraph } from '../../src/graph/index.ts';
import type { NewsGraph } from '../../src/graph/index.ts';
import { ROOT, ensureBuilt, launch, openApp, screenshotPath, startServer } from './harness.ts';
import type { TestServer } from './harness.ts';

// Smoke test on the real seeds graph, as `npm start` makes it: whatever the extractor finds, the page must
// show all of it, cleanly.
let server: TestServer;
let browser: Browser;
let graph: NewsGraph;
let text: string;
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-seeds-'));

beforeAll(async () => {
  await ensureBuilt();
  const out = join(dir, 'graph.json');
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'bin/newsgraph.mjs'), 'extract', join(ROOT, 'seeds'), '--out', out],
    {
      encoding: 'utf8',
    },
  );
  expect(run.status, run.stderr).toBe(0);
  text = readFileSync(out, 'utf8');
  graph = parseGraph(text);
  server = await startServer({ 'seeds.json': text });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('explorer on the seed articles', () => {
  it('shows the whole extracted graph without errors and lets one read a node’s evidence', async () => {
    const { page, errors } = await openApp(browser, `${server.url}?graph=fixtures/seeds.json`);
    const counts = page.getByTestId('counts');
    // Nodes without any relation are hidden until asked for; one click shows the whole graph.
    const connected = graph.filterNodes((k) => graph.degree(k) > 0).length;
    expect(Number(await counts.getAttribute('data-nodes'))).toBe(connected);
    expect(Number(await counts.getAttribute('data-edges'))).toBe(graph.size);
    if (connected < graph.order) {
      await page.getByTestId('isolated-toggle').click();
      await expect.poll(async () => Number(await counts.getAttribute('data-nodes'))).toBe(graph.order);
    }
    expect(await page.locator('[data-testid^="filter-article-"]').count()).toBe(
      graph.getAttribute('articles').length,
    );
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__newsgraph!.drawnPixels())).toBeGreaterThan(2000);
    await page.screenshot({ path: screenshotPath('seeds') });

    // The best-connected node, picked on the canvas: its panel lists evidence sentences.
    const top = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a) || a.localeCompare(b))[0];
    const p = await page.evaluate((k) => window.__newsgraph!.nodeOnPage(k), top);
    await page.mouse.click(p!.x, p!.y);
    await expect.poll(() => page.getByTestId('details').getAttribute('data-key')).toBe(top);
    expect(await page.getByTestId('evidence').count()).toBeGreaterThan(0);
    await page.mouse.move(5, 300);
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('seeds-selected') });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
