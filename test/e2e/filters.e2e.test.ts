// Issue 16, filters that keep what matters: a country keeps its actors' relations with anyone, a relation
// filter keeps only who takes part, a combination that leaves nothing says so and offers no dead options,
// and the camera frames what is left. Expectations are counted from test/e2e/fixtures/graphs.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { stringifyGraph } from '../../src/graph/index.ts';
import { worldGraph } from './fixtures/graphs.ts';
import { ensureBuilt, launch, openApp, startServer } from './harness.ts';
import type { OpenedPage, TestServer } from './harness.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  await ensureBuilt();
  server = await startServer({ 'world.json': () => stringifyGraph(worldGraph()) });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (query = ''): Promise<OpenedPage> =>
  openApp(browser, `${server.url}?graph=fixtures/world.json${query}`);

const visibleNodes = (page: Page): Promise<string[]> =>
  page.evaluate(() => window.__newsgraph!.visibleNodes());
const visibleEdges = (page: Page): Promise<string[]> =>
  page.evaluate(() => window.__newsgraph!.visibleEdges());

/** How much of the canvas (inside sigma's 40 px padding) the visible nodes span, along the fuller axis. */
async function framing(page: Page): Promise<{ share: number; inside: boolean }> {
  return page.evaluate(() => {
    const hooks = window.__newsgraph!;
    const box = document.querySelector('[data-testid=graph]')!.getBoundingClientRect();
    const pts = hooks.visibleNodes().map((k) => hooks.nodeOnPage(k)!);
    const xs = pts.map((p) => p.x);
    const ys = pts.map((p) => p.y);
    const inside = pts.every(
      (p) => p.x >= box.left && p.x <= box.right && p.y >= box.top && p.y <= box.bottom,
    );
    const share = Math.max(
      (Math.max(...xs) - Math.min(...xs)) / (box.width - 80),
      (Math.max(...ys) - Math.min(...ys)) / (box.height - 80),
    );
    return { share, inside };
  });
}

describe('filters keep what matters', () => {
  it('a country keeps its relations with anyone and the other ends (Denmark → Ain al-Asad in Iraq)', async () => {
    const { page, errors } = await open('&country=country:denmark');
    expect(await visibleNodes(page)).toEqual(['base:ain-al-asad', 'country:denmark']);
    expect(await visibleEdges(page)).toEqual(['stationed-at:country:denmark->base:ain-al-asad']);
    expect(await page.getByTestId('counts').getAttribute('data-edges')).toBe('1');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a relation filter keeps only the nodes that take part in such a relation', async () => {
    const { page } = await open();
    await page.getByTestId('filter-relation-attacked').click();
    await expect
      .poll(() => visibleNodes(page))
      .toEqual([
        'base:ain-al-asad',
        'country:iran',
        'country:usa',
        'organisation:revolutionary-guard',
        'person:qassem-soleimani',
      ]);
    expect((await visibleEdges(page)).every((e) => e.startsWith('attacked:'))).toBe(true);
    expect(await page.getByTestId('counts').getAttribute('data-nodes')).toBe('5');
    await page.context().close();
  });

  it('a combination that leaves nothing says which filter to remove, and offers no dead options', async () => {
    const { page } = await open('&type=person&actor=country:iran');
    expect(await page.getByTestId('counts').getAttribute('data-nodes')).toBe('0');
    const notice = page.getByTestId('no-match');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('No match');
    expect(await page.getByTestId('relax-types').isVisible()).toBe(true);
    expect(await page.getByTestId('relax-actor').isVisible()).toBe(true);
    // No person takes part in a stationed-at relation: that option is shown but cannot be chosen.
    expect(await page.getByTestId('filter-relation-stationed-at').isDisabled()).toBe(true);
    // Iran is no person: the actor box does not offer it.
    await page.getByTestId('actor-filter').fill('Iran');
    await page.waitForTimeout(200);
    expect(await page.getByTestId('actor-filter-results').locator('li').allTextContents()).not.toContainEqual(
      expect.stringMatching(/^Iran/),
    );
    await page.getByTestId('relax-types').click();
    await expect.poll(async () => (await visibleNodes(page)).length).toBeGreaterThan(0);
    expect(await notice.isVisible()).toBe(false);
    await page.context().close();
  });

  it('after a filter the camera frames what is left; after a selection, the node and its neighbours', async () => {
    const { page } = await open();
    await page.getByTestId('filter-country-country:denmark').click();
    await expect.poll(async () => (await visibleNodes(page)).length).toBe(2);
    await page.waitForTimeout(100);
    const f = await framing(page);
    expect(f.inside).toBe(true);
    // The two nodes span the canvas instead of sitting where they were in the whole graph.
    expect(f.share).toBeGreaterThan(0.85);
    // ⤢ fits what is shown, not the whole graph.
    await page.getByTestId('zoom-in').click();
    await page.getByTestId('zoom-in').click();
    await page.waitForTimeout(400);
    expect((await framing(page)).share).toBeGreaterThan(1.2);
    await page.getByTestId('zoom-reset').click();
    await page.waitForTimeout(500);
    expect((await framing(page)).share).toBeCloseTo(f.share, 1);

    await page.getByTestId('clear-filters').click();
    await expect.poll(async () => (await visibleNodes(page)).length).toBe(9);
    const ratioBefore = await page.evaluate(() => window.__newsgraph!.cameraRatio());
    await page.getByTestId('search').fill('Adel Abdul');
    await page.getByTestId('search').press('Enter');
    await page.waitForTimeout(600);
    const selection = await page.evaluate(() => {
      const hooks = window.__newsgraph!;
      const box = document.querySelector('[data-testid=graph]')!.getBoundingClientRect();
      return ['person:adel-abdul-mahdi', 'country:iran'].map((k) => {
        const p = hooks.nodeOnPage(k)!;
        return p.x >= box.left && p.x <= box.right && p.y >= box.top && p.y <= box.bottom;
      });
    });
    expect(selection).toEqual([true, true]);
    expect(await page.evaluate(() => window.__newsgraph!.cameraRatio())).toBeLessThan(ratioBefore);
    await page.context().close();
  });
});
