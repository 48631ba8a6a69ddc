import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Worker } from 'playwright-core';
import { stringifyGraph } from '../../src/graph/index.ts';
import { worldGraph } from './fixtures/graphs.ts';
import { ensureBuilt, launch, openApp } from './harness.ts';
import type { OpenedPage, TestServer } from './harness.ts';
import { startServer } from './harness.ts';
import { SHOTS, longSentence } from './hostile-fixtures.ts';

// Issue 18, the page: articles are extracted in a Web Worker, one at a time, with progress, a Cancel button
// and a time limit per article; the tab stays responsive whatever the article.
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

const open = (extra = ''): Promise<OpenedPage> =>
  openApp(browser, `${server.url}?graph=fixtures/world.json${extra}`);

const GOOD = 'Troops leave\nThe United Kingdom withdrew its soldiers from Iraq on Monday.';
const GOOD2 = 'Talks in Oslo\nNorway hosted talks between Iran and the United States.';
const HOSTILE_MD = '# a' + ' '.repeat(5000) + 'b';

const file = (name: string, text: string) => ({
  name,
  mimeType: 'text/plain',
  buffer: Buffer.from(text),
});

const articleIds = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid^="filter-article-"]')]
      .map((e) => (e as HTMLElement).dataset.testid!.slice('filter-article-'.length))
      .sort(),
  );

/**
 * For `ms`: the longest gap between animation frames, and how long a click on a button waited before its
 * handler ran (from the event's own time stamp, so Playwright's overhead does not count).
 */
async function responsiveness(page: Page, ms: number): Promise<{ frameGap: number; click: number }> {
  const frames = page.evaluate(
    (ms) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        let last = start;
        let worst = 0;
        const tick = (t: number): void => {
          worst = Math.max(worst, t - last);
          last = t;
          if (t - start < ms) requestAnimationFrame(tick);
          else resolve(worst);
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
  await page.evaluate(() => {
    const w = window as unknown as { __clickWait?: number };
    delete w.__clickWait;
    document.addEventListener('click', (e) => (w.__clickWait = performance.now() - e.timeStamp), {
      capture: true,
      once: true,
    });
  });
  await page.waitForTimeout(ms / 3);
  const box = (await page.getByTestId('export-button').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const click = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const w = window as unknown as { __clickWait?: number };
        const check = (): void =>
          w.__clickWait === undefined ? void setTimeout(check, 10) : resolve(w.__clickWait);
        check();
      }),
  );
  await page.keyboard.press('Escape');
  return { frameGap: await frames, click };
}

describe('adding articles in the page', () => {
  it('extracts in a worker: the page stays responsive, progress names the article, Cancel keeps the finished ones', async () => {
    const { page, errors } = await open();
    const workers: Worker[] = [];
    const closed: Worker[] = [];
    page.on('worker', (w) => {
      workers.push(w);
      w.on('close', () => closed.push(w));
    });
    const before = await articleIds(page);

    // Two quick articles, then a 1.5 MB sentence without an end (a 157 KB one froze the tab for 31 s before
    // issue 18); long enough to be still running on a fast, idle machine while the page is measured.
    await page
      .getByTestId('file-input')
      .setInputFiles([
        file('good.txt', GOOD),
        file('hostile.md', HOSTILE_MD),
        file('long.txt', longSentence(1_500_000)),
      ]);
    const progress = page.getByTestId('extract-progress');
    await expect.poll(() => progress.getAttribute('data-n'), { timeout: 60_000 }).toBe('3');
    // The files are read first, then extracted one by one: wait for the third.
    await expect
      .poll(() => page.getByTestId('extract-progress-text').textContent(), { timeout: 60_000 })
      .toBe('Extracting article 3 of 3');
    expect(await progress.getAttribute('data-phase')).toBe('extracting');
    expect(await page.getByTestId('extract-progress-name').textContent()).toMatch(/^long\.txt · Qassem/);
    expect(workers.length).toBe(1);
    await page.screenshot({ path: `${SHOTS}/progress.png` });
    await progress.screenshot({ path: `${SHOTS}/progress-bar.png` });

    const r = await responsiveness(page, 1500);
    // Still on the long article: the measurement above was taken while it ran.
    expect(await progress.getAttribute('data-n')).toBe('3');
    expect(await progress.isVisible()).toBe(true);
    expect(r.frameGap).toBeLessThan(200);
    expect(r.click).toBeLessThan(200);

    const cancelAt = Date.now();
    await page.getByTestId('extract-cancel').click();
    await expect
      .poll(() => page.getByTestId('status').textContent())
      .toContain('Cancelled: kept the 2 articles');
    expect(Date.now() - cancelAt).toBeLessThan(5000);
    expect(await progress.isHidden()).toBe(true);
    // The worker thread is gone (Chromium reports it a second or two after terminate()); the two kept
    // articles were merged in a new one.
    await expect.poll(() => closed.includes(workers[0]), { timeout: 15_000 }).toBe(true);
    expect(workers.length).toBe(2);
    expect(await articleIds(page)).toEqual([...before, 'good.txt', 'hostile.md'].sort());
    await page.screenshot({ path: `${SHOTS}/cancelled.png` });

    // The same sentence pasted: a new worker; the tab responsive again; cancelled, nothing is added.
    await page.getByTestId('add-articles').click();
    await page.getByTestId('paste-text').fill(longSentence(600_000));
    await page.getByTestId('paste-extract').click();
    await expect.poll(() => progress.getAttribute('data-phase'), { timeout: 60_000 }).toBe('extracting');
    const again = await responsiveness(page, 1000);
    expect(await progress.isVisible()).toBe(true);
    expect(again.frameGap).toBeLessThan(200);
    expect(again.click).toBeLessThan(200);
    await page.getByTestId('extract-cancel').click();
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('Cancelled: nothing was added.×');
    await expect.poll(() => closed.length, { timeout: 15_000 }).toBe(workers.length);
    expect(await articleIds(page)).toEqual([...before, 'good.txt', 'hostile.md'].sort());
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('skips an article past the time limit, names it, and keeps the others', async () => {
    // 4 s: the two short articles take about 1 s each in a fresh worker on this (shared) machine.
    const { page, errors } = await open('&articleTimeout=4');
    const before = await articleIds(page);
    await page.getByTestId('file-input').setInputFiles([
      file('good.txt', GOOD),
      // Far past the limit on any machine (a 400 KB one took about 4 s on an idle one).
      file('long.txt', longSentence(2_000_000)),
      file('good2.txt', GOOD2),
    ]);
    await expect
      .poll(() => page.getByTestId('error').textContent(), { timeout: 60_000 })
      .toContain('long.txt: took longer than 4 s, the time limit per article; skipped');
    expect(await page.getByTestId('error').textContent()).toContain('Added 2 articles');
    expect(await articleIds(page)).toEqual([...before, 'good.txt', 'good2.txt'].sort());
    expect(await page.getByTestId('extract-progress').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
