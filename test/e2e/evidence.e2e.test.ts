// Issue 16, evidence at scale: a hub renders a page of relations, not thousands of sentences; identical
// sentences are grouped with their count, newest first; a citation copies sentence, title, date and address.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  addArticle,
  addRelation,
  createNewsGraph,
  stringifyGraph,
  upsertNode,
} from '../../src/graph/index.ts';
import type { NewsGraph } from '../../src/graph/index.ts';
import { ensureBuilt, launch, openApp, startServer } from './harness.ts';
import type { TestServer } from './harness.ts';

const SPEAKERS = 300;
const WIRE = 'Iraq must leave, said the speaker.';

/**
 * A hub: 300 speakers each state something about Iraq, in the same wire sentence carried by five articles
 * (dated 1–5 January) and in one sentence of their own (dated February; the first one has a web address).
 */
function hubGraph(): NewsGraph {
  const g = createNewsGraph({ name: 'Hub' });
  upsertNode(g, { key: 'country:iraq', label: 'Iraq', type: 'country' });
  for (let i = 0; i < 5; i++)
    addArticle(g, {
      id: `w${i}`,
      file: `w${i}.txt`,
      title: `Wire ${i}`,
      date: `2020-01-0${i + 1}`,
      lang: 'en',
      text: WIRE,
    });
  for (let j = 0; j < SPEAKERS; j++) {
    const own = `Speaker ${j} spoke about Iraq on Monday.`;
    addArticle(g, {
      id: `u${j}`,
      file: `u${j}.txt`,
      title: `Own ${j}`,
      date: '2020-02-01',
      lang: 'en',
      text: own,
    });
    const key = `person:speaker-${j}`;
    upsertNode(g, { key, label: `Speaker ${j}`, type: 'person' });
    addRelation(g, {
      type: 'stated',
      source: key,
      target: 'country:iraq',
      evidence: [
        ...[0, 1, 2, 3, 4].map((i) => ({ article: `w${i}`, sentence: WIRE, start: 0, end: WIRE.length })),
        { article: `u${j}`, sentence: own, start: 0, end: own.length },
      ],
    });
  }
  Object.assign(
    g.getAttribute('articles').find((a) => a.id === 'u0')!,
    { url: 'https://example.org/own-0' },
  );
  return g;
}

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  await ensureBuilt();
  server = await startServer({ 'hub.json': () => stringifyGraph(hubGraph()) });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (query: string) => openApp(browser, `${server.url}?graph=fixtures/hub.json${query}`);

describe('evidence at scale', () => {
  it('a hub shows a page of its relations and a few sentences each, with more on request', async () => {
    const { page, errors } = await open('&node=country:iraq');
    const stated = page.getByTestId('relations-stated');
    await expect.poll(() => stated.locator('li.edge-item').count()).toBe(20);
    // 20 relations × 2 grouped sentences, instead of 300 × 6 items.
    expect(await stated.getByTestId('evidence').count()).toBe(40);
    const more = stated.getByTestId('show-more').last();
    expect(await more.textContent()).toContain('280 not shown');
    await more.click();
    await expect.poll(() => stated.locator('li.edge-item').count()).toBe(40);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('identical sentences are one item with their count, newest first', async () => {
    const { page } = await open('&edge=stated:person:speaker-0->country:iraq');
    const items = page.getByTestId('evidence');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.nth(0).locator('.sentence').textContent()).toBe(
      'Speaker 0 spoke about Iraq on Monday.',
    );
    expect(await items.nth(1).locator('.sentence').textContent()).toBe(WIRE);
    expect(await items.nth(1).getByTestId('evidence-count').textContent()).toBe('×5');
    expect(await items.nth(0).getByTestId('evidence-count').count()).toBe(0);
    await page.context().close();
  });

  it('"Copy citation" copies the sentence, article title, date and address', async () => {
    const { page } = await open('&edge=stated:person:speaker-0->country:iraq');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.getByTestId('evidence').first().getByTestId('copy-citation').click();
    const want = '“Speaker 0 spoke about Iraq on Monday.” — Own 0, 2020-02-01. https://example.org/own-0';
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(want);
    await page.getByTestId('evidence').nth(1).getByTestId('copy-citation').click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`“${WIRE}” — Wire 4, 2020-01-05.`);
    await page.context().close();
  });

  it('a "current view" export carries only the articles the view cites, not all 305', async () => {
    const { page } = await open('&actor=person:speaker-0');
    await expect.poll(() => page.getByTestId('counts').getAttribute('data-nodes')).toBe('2');
    await page.getByTestId('export-button').click();
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-view-json').click(),
    ]);
    const file = JSON.parse(readFileSync(await d.path(), 'utf8')) as {
      attributes: { articles: { id: string }[] };
    };
    expect(file.attributes.articles.map((a) => a.id).sort()).toEqual(['u0', 'w0', 'w1', 'w2', 'w3', 'w4']);
    await page.context().close();
  });
});
