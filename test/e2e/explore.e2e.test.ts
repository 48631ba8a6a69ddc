// Issue 17's exploring tools in the browser, driven as a user would: expanding from one actor, the
// shortest path, dragging and pinning, size and colour by a metric. Expected counts are worked out by hand
// from the fixture (test/e2e/fixtures/graphs.ts), whose nine relations, read without direction, are:
//   Iran–Ain al-Asad, Iran–USA (attacked and stated), USA–Soleimani, Revolutionary Guard–Ain al-Asad,
//   Trump–Iran, Norway–Ain al-Asad, Denmark–Ain al-Asad, Adel Abdul Mahdi–Iran; Iraq and Baghdad have none.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { filterKeys, stringifyGraph } from '../../src/graph/index.ts';
import { communities } from '../../src/app/state/communities.ts';
import { COMMUNITY_COLORS } from '../../src/app/render/metrics.ts';
import { DIM_NODE } from '../../src/app/render/reducers.ts';
import { worldGraph } from './fixtures/graphs.ts';
import { ensureBuilt, launch, openApp, startServer } from './harness.ts';
import type { TestServer } from './harness.ts';

const SHOTS = process.env.NEWSGRAPH_SHOTS ?? '/work/shots17b';
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  await ensureBuilt();
  server = await startServer({ 'world.json': () => stringifyGraph(worldGraph()) });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (query = '') => openApp(browser, `${server.url}?graph=fixtures/world.json${query}`);
const nodes = (page: Page): Promise<string[]> => page.evaluate(() => window.__newsgraph!.visibleNodes());
const edges = (page: Page): Promise<string[]> => page.evaluate(() => window.__newsgraph!.visibleEdges());
const display = (page: Page, key: string) => page.evaluate((k) => window.__newsgraph!.nodeDisplay(k), key);
const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

/** Selects a node the way a reader does: typing its name in the search box and picking the hit. */
async function pick(page: Page, name: string, key: string, testid = 'search'): Promise<void> {
  await page.getByTestId(testid).fill(name);
  await page.getByTestId(`${testid}-results`).locator(`[data-key="${key}"]`).click();
}

describe('expand from one actor', () => {
  it('starts from a search hit alone and adds exactly each expanded node’s neighbours', async () => {
    const { page, errors } = await open();
    await pick(page, 'Soleimani', 'person:qassem-soleimani');
    await page.getByTestId('explore-start').click();
    await expect.poll(() => nodes(page)).toEqual(['person:qassem-soleimani']);
    expect(await edges(page)).toEqual([]);
    expect(new URL(page.url()).searchParams.get('start')).toBe('person:qassem-soleimani');

    // Soleimani's one neighbour: the USA.
    await page.getByTestId('explore-expand').click();
    await expect.poll(async () => (await nodes(page)).length).toBe(2);
    expect(await nodes(page)).toContain('country:usa');

    // The USA's neighbours: Soleimani (shown) and Iran (new), through three relations in all.
    await pick(page, 'United States', 'country:usa');
    await page.getByTestId('explore-expand').click();
    await expect.poll(async () => (await nodes(page)).length).toBe(3);
    expect((await edges(page)).length).toBe(3);

    // Iran's: the USA (shown), Ain al-Asad, Trump and Adel Abdul Mahdi (three new), three more relations.
    await pick(page, 'Iran', 'country:iran');
    await page.getByTestId('explore-expand').click();
    await expect.poll(async () => (await nodes(page)).length).toBe(6);
    expect((await edges(page)).length).toBe(6);
    expect(await page.getByTestId('explore-status').getAttribute('data-count')).toBe('6');
    expect(new URL(page.url()).searchParams.getAll('expand')).toEqual([
      'person:qassem-soleimani',
      'country:usa',
      'country:iran',
    ]);
    await shot(page, 'expand-iran');

    // The address reopens the same exploration.
    const again = await openApp(browser, page.url());
    expect((await nodes(again.page)).length).toBe(6);
    await again.page.context().close();

    // Collapsing the USA drops Iran's expansion too, which hung from it: back to Soleimani and the USA.
    await pick(page, 'United States', 'country:usa');
    await page.getByTestId('explore-collapse').click();
    await expect.poll(async () => (await nodes(page)).length).toBe(2);
    await page.getByTestId('explore-reset').click();
    // Everything with a relation: eleven nodes less Iraq and Baghdad.
    await expect.poll(async () => (await nodes(page)).length).toBe(9);
    expect(new URL(page.url()).searchParams.has('start')).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('shortest path', () => {
  it('lights the path between two actors, lists its relations with evidence, says when there is none', async () => {
    const { page, errors } = await open();
    await pick(page, 'Trump', 'person:donald-trump');
    await page.getByTestId('path-from-here').click();
    await pick(page, 'Norway', 'country:norway', 'path-to');
    // Trump – Iran – Ain al-Asad – Norway.
    const result = page.getByTestId('path-result');
    await expect.poll(() => result.getAttribute('data-length')).toBe('3');
    const steps = page.getByTestId('path-steps').locator(':scope > li');
    expect(await steps.count()).toBe(3);
    for (let i = 0; i < 3; i++) expect(await steps.nth(i).locator('.evidence-list > li').count()).toBe(1);
    expect(await steps.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.edge))).toEqual([
      'stated:person:donald-trump->country:iran',
      'attacked:country:iran->base:ain-al-asad',
      'stationed-at:country:norway->base:ain-al-asad',
    ]);
    // On the path lit, the rest dimmed.
    expect((await display(page, 'base:ain-al-asad'))!.color).not.toBe(DIM_NODE);
    expect((await display(page, 'country:usa'))!.color).toBe(DIM_NODE);
    await page.waitForTimeout(600); // the camera frames the whole path
    await shot(page, 'path-trump-norway');

    // Soleimani – USA – Iran – Ain al-Asad – Denmark, ends picked from search.
    await pick(page, 'Soleimani', 'person:qassem-soleimani', 'path-from');
    await pick(page, 'Denmark', 'country:denmark', 'path-to');
    await expect.poll(() => result.getAttribute('data-length')).toBe('4');

    // Iraq has no relation at all: no path.
    await pick(page, 'Iraq', 'country:iraq', 'path-to');
    await expect.poll(() => result.getAttribute('data-state')).toBe('unreachable');
    expect(await page.getByTestId('path-none').textContent()).toContain('No path between');
    await shot(page, 'path-none');
    await page.getByTestId('path-clear').click();
    // Escape closes the selection too (from outside a field): nothing dims any more.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await display(page, 'country:usa'))!.color).not.toBe(DIM_NODE);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('drag and pin', () => {
  it('moves the dragged node, pins it against the layout, and unpins it from the details', async () => {
    const { page, errors } = await open();
    const pos = (k: string) => page.evaluate((key) => window.__newsgraph!.position(key), k);
    const before = (await pos('country:usa'))!;
    const at = (await page.evaluate(() => window.__newsgraph!.nodeOnPage('country:usa')))!;
    const ratio = await page.evaluate(() => window.__newsgraph!.cameraRatio());
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(at.x + 12 * i, at.y + 8 * i);
    await page.mouse.up();
    const after = (await pos('country:usa'))!;
    expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeGreaterThan(0);
    // The node moved, not the camera.
    expect(await page.evaluate(() => window.__newsgraph!.cameraRatio())).toBe(ratio);
    const moved = (await page.evaluate(() => window.__newsgraph!.nodeOnPage('country:usa')))!;
    expect(Math.abs(moved.x - (at.x + 120))).toBeLessThan(4);
    expect(Math.abs(moved.y - (at.y + 80))).toBeLessThan(4);
    await expect.poll(() => page.evaluate(() => window.__newsgraph!.pinned())).toEqual(['country:usa']);
    expect((await display(page, 'country:usa'))!.label).toMatch(/^⚑ /);
    await shot(page, 'drag-pinned');

    // The layout runs a while: every node moves but the pinned one.
    const iran = (await pos('country:iran'))!;
    await page.getByTestId('layout-toggle').click();
    await page.waitForTimeout(1500);
    await page.getByTestId('layout-toggle').click();
    // Up to float32 rounding: the layout worker holds positions in a Float32Array.
    const kept = (await pos('country:usa'))!;
    expect(kept.x).toBeCloseTo(after.x, 3);
    expect(kept.y).toBeCloseTo(after.y, 3);
    expect(await pos('country:iran')).not.toEqual(iran);

    await pick(page, 'United States', 'country:usa');
    await page.getByTestId('unpin').click();
    await expect.poll(() => page.evaluate(() => window.__newsgraph!.pinned())).toEqual([]);
    expect((await display(page, 'country:usa'))!.label).toBe('United States');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('size and colour by a metric', () => {
  it('sizes by mentions and by betweenness, colours by Louvain community, in the URL', async () => {
    const g = worldGraph();
    const { page, errors } = await open();
    const size = async (k: string): Promise<number> => (await display(page, k))!.size;

    await page.getByTestId('size-by').selectOption('mentions');
    const shown = await nodes(page);
    const mentions = new Map(shown.map((k) => [k, g.getNodeAttribute(k, 'mentions').length]));
    const most = [...mentions].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    await expect.poll(() => size(most)).toBeGreaterThan(await size('person:donald-trump'));
    for (const k of shown) expect(await size(k)).toBeLessThanOrEqual(await size(most));

    // The relations form a tree: Iran separates 21 pairs of the nine shown, Ain al-Asad 18, the USA 7,
    // every other node none.
    await page.getByTestId('size-by').selectOption('betweenness');
    await expect.poll(() => size('country:iran')).toBeGreaterThan(await size('base:ain-al-asad'));
    expect(await size('base:ain-al-asad')).toBeGreaterThan(await size('country:usa'));
    const leaf = await size('person:donald-trump');
    expect(await size('country:usa')).toBeGreaterThan(leaf);
    for (const k of ['country:norway', 'country:denmark', 'person:qassem-soleimani'])
      expect(await size(k)).toBe(leaf);

    await page.getByTestId('color-by').selectOption('community');
    const visible = filterKeys(g, {});
    for (const k of ['country:iraq', 'place:baghdad']) visible.nodes.delete(k);
    const community = communities(g, visible);
    const count = new Set(community.values()).size;
    await expect
      .poll(
        async () => new Set(await Promise.all(shown.map(async (k) => (await display(page, k))!.color))).size,
      )
      .toBe(count);
    for (const k of shown) expect((await display(page, k))!.color).toBe(COMMUNITY_COLORS[community.get(k)!]);
    const q = new URL(page.url()).searchParams;
    expect([q.get('size'), q.get('color')]).toEqual(['betweenness', 'community']);
    await shot(page, 'metric-betweenness-community');

    const again = await openApp(browser, page.url());
    expect(await again.page.getByTestId('size-by').inputValue()).toBe('betweenness');
    await expect
      .poll(
        async () => (await again.page.evaluate(() => window.__newsgraph!.nodeDisplay('country:iran')))!.color,
      )
      .toBe(COMMUNITY_COLORS[community.get('country:iran')!]);
    await again.page.context().close();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
