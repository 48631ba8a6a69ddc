// Issue 16, your place kept: view changes are history entries (Back and Forward restore filters and
// selection), Escape closes what is open, and "Read the article" scrolls to the cited sentence, highlights
// it, and going back returns to the same spot in the evidence list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { stringifyGraph } from '../../src/graph/index.ts';
import type { NewsGraph } from '../../src/graph/index.ts';
import { worldGraph } from './fixtures/graphs.ts';
import { ensureBuilt, launch, openApp, startServer } from './harness.ts';
import type { OpenedPage, TestServer } from './harness.ts';

// Extraction runs in a worker that starts cold (script, models): seconds on a loaded machine.
const EXTRACTED = { timeout: 30_000 };

let server: TestServer;
let browser: Browser;

/** The world graph with 80 paragraphs of background before article a1's text: its sentences are far down. */
function longGraph(): NewsGraph {
  const g = worldGraph();
  const pad = Array.from(
    { length: 80 },
    (_, i) => `Background paragraph ${i + 1}: the region has seen tension for years.\n`,
  ).join('');
  const a1 = g.getAttribute('articles').find((a) => a.id === 'a1')!;
  a1.text = pad + a1.text!;
  const shift = <T extends { article: string; start: number; end: number }>(x: T): void => {
    if (x.article === 'a1') {
      x.start += pad.length;
      x.end += pad.length;
    }
  };
  g.forEachNode((_k, a) => a.mentions.forEach(shift));
  g.forEachEdge((_k, a) => a.evidence.forEach(shift));
  return g;
}

beforeAll(async () => {
  await ensureBuilt();
  server = await startServer({
    'world.json': () => stringifyGraph(worldGraph()),
    'long.json': () => stringifyGraph(longGraph()),
  });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (graph: string, query = '', viewport?: { width: number; height: number }): Promise<OpenedPage> =>
  openApp(browser, `${server.url}?graph=fixtures/${graph}${query}`, viewport);
const param = (page: Page, name: string): string | null => new URL(page.url()).searchParams.get(name);
const nodes = async (page: Page): Promise<number> =>
  Number(await page.getByTestId('counts').getAttribute('data-nodes'));

describe('your place kept', () => {
  it('Back and Forward walk through filters and selections', async () => {
    const { page } = await open('world.json');
    await page.getByTestId('filter-country-country:denmark').click();
    await expect.poll(() => nodes(page)).toBe(2);
    await page.getByTestId('search').fill('Ain al');
    await page.getByTestId('search').press('Enter');
    await expect.poll(() => param(page, 'node')).toBe('base:ain-al-asad');

    await page.goBack();
    await expect.poll(() => param(page, 'node')).toBeNull();
    expect(await page.getByTestId('overview').isVisible()).toBe(true);
    expect(param(page, 'country')).toBe('country:denmark');
    expect(await nodes(page)).toBe(2);

    await page.goBack();
    await expect.poll(() => nodes(page)).toBe(9);
    expect(param(page, 'country')).toBeNull();
    // Still in the app: the page did not leave for the previous site.
    expect(await page.evaluate(() => document.body.dataset.ready)).toBe('true');

    await page.goForward();
    await expect.poll(() => nodes(page)).toBe(2);
    expect(await page.getByTestId('filter-country-country:denmark').getAttribute('aria-pressed')).toBe(
      'true',
    );
    await page.goForward();
    await expect.poll(() => page.getByTestId('details-label').textContent()).toBe('Ain al-Asad');
    await page.context().close();
  });

  it('Escape closes the reader, then clears the selection', async () => {
    const { page } = await open('world.json', '&node=base:ain-al-asad');
    await page.getByTestId('article-link').first().click();
    await expect.poll(() => page.getByTestId('article').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('article').count()).toBe(0);
    expect(await page.getByTestId('details-label').textContent()).toBe('Ain al-Asad');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('overview').isVisible()).toBe(true);
    expect(param(page, 'node')).toBeNull();
    await page.context().close();
  });

  it('"Read the article" scrolls to the cited sentence and highlights it; going back returns to the same spot', async () => {
    const { page } = await open('long.json', '&node=base:ain-al-asad', { width: 1024, height: 700 });
    const panel = page.getByTestId('panel');
    // Scroll the evidence list down to the Norwegian evidence (article a1), as one does while reading.
    await panel.evaluate((el) => (el.scrollTop = el.scrollHeight));
    const link = page
      .getByTestId('evidence')
      .filter({ hasText: 'Norwegian soldiers' })
      .getByTestId('article-link');
    await link.scrollIntoViewIfNeeded();
    const before = await panel.evaluate((el) => el.scrollTop);
    expect(before).toBeGreaterThan(0);
    const sentence = await link.evaluate((el) => el.closest('li')!.querySelector('.sentence')!.textContent);
    await link.click();

    const cited = page.getByTestId('article-focus');
    await expect.poll(() => cited.textContent()).toBe(sentence);
    // The cited sentence is inside the panel's visible area, though 80 paragraphs come before it.
    await expect
      .poll(async () => {
        const [c, p] = await Promise.all([cited.boundingBox(), panel.boundingBox()]);
        return c!.y >= p!.y && c!.y + c!.height <= p!.y + p!.height;
      })
      .toBe(true);
    expect(await cited.evaluate((el) => el.classList.contains('flash'))).toBe(true);
    expect(param(page, 'read')).toBe('a1');

    // The reader's own Back returns to the same spot in the evidence list.
    await page.getByTestId('article-close').click();
    await expect.poll(() => page.getByTestId('details-label').isVisible()).toBe(true);
    expect(Math.abs((await panel.evaluate((el) => el.scrollTop)) - before)).toBeLessThanOrEqual(2);
    expect(param(page, 'read')).toBeNull();

    // The browser's Back does the same.
    await link.click();
    await expect.poll(() => cited.isVisible()).toBe(true);
    await page.goBack();
    await expect.poll(() => page.getByTestId('details-label').isVisible()).toBe(true);
    expect(Math.abs((await panel.evaluate((el) => el.scrollTop)) - before)).toBeLessThanOrEqual(2);
    expect(param(page, 'node')).toBe('base:ain-al-asad');
    await page.context().close();
  });

  it('the same article added twice is added once, and the second time is named', async () => {
    const { page } = await open('world.json');
    const text = 'Strike on the capital\nThe United States attacked Iran on Friday.';
    const paste = async (): Promise<void> => {
      await page.getByTestId('add-articles').click();
      await page.getByTestId('paste-text').fill(text);
      await page.getByTestId('paste-extract').click();
    };
    await paste();
    await expect.poll(() => page.getByTestId('filter-article-pasted-1').count(), EXTRACTED).toBe(1);
    const edgeCount = (): Promise<number> =>
      page.evaluate(() => {
        const n = document.querySelector('[data-testid=counts]');
        return Number(n?.getAttribute('data-edges'));
      });
    const edges = await edgeCount();
    const articles = await page.locator('[data-testid^="filter-article-"]').count();
    await paste();
    await expect
      .poll(() => page.getByTestId('error').textContent(), EXTRACTED)
      .toContain('already in the graph');
    expect(await page.locator('[data-testid^="filter-article-"]').count()).toBe(articles);
    expect(await edgeCount()).toBe(edges);
    await page.context().close();
  });

  it('articles added in the page are kept across a reload until discarded', async () => {
    const { page } = await open('world.json');
    await page.getByTestId('add-articles').click();
    await page
      .getByTestId('paste-text')
      .fill('Strike on the capital\nThe United States attacked Iran on Friday.');
    await page.getByTestId('paste-extract').click();
    await expect.poll(() => page.getByTestId('filter-article-pasted-1').count(), EXTRACTED).toBe(1);
    // The record is written after the graph is shown: wait until it is there.
    const keptCount = (): Promise<number> =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const req = indexedDB.open('newsgraph-explorer');
            req.onsuccess = () => {
              const db = req.result;
              if (!db.objectStoreNames.contains('added-articles')) return resolve(0);
              const count = db.transaction('added-articles').objectStore('added-articles').count();
              count.onsuccess = () => resolve(count.result);
            };
            req.onerror = () => resolve(-1);
          }),
      );
    await expect.poll(keptCount).toBe(1);

    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.getByTestId('filter-article-pasted-1').count()).toBe(1);
    expect(await page.getByTestId('status').textContent()).toContain('Restored 1 article you added');

    // Discarding reloads the page itself: wait for that load before reloading again.
    await Promise.all([page.waitForEvent('load'), page.getByTestId('notice-action').click()]);
    await page.waitForSelector('body[data-ready="true"]');
    await expect.poll(() => page.getByTestId('filter-article-pasted-1').count()).toBe(0);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.getByTestId('filter-article-pasted-1').count()).toBe(0);
    expect(await page.getByTestId('status').count()).toBe(0);
    await page.context().close();
  });
});
