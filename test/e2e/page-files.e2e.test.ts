import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { exportGraph } from '../../src/formats/index.ts';
import { stringifyGraph } from '../../src/graph/index.ts';
import { startServer as startServe } from '../../src/store/server.ts';
import { worldGraph } from './fixtures/graphs.ts';
import { DIST, ROOT, ensureBuilt, launch, openApp, startServer } from './harness.ts';
import type { TestServer } from './harness.ts';
import { SHOTS } from './hostile-fixtures.ts';

// Issue 18, the page: graph files with a DTD are refused before they are parsed (the browser's DOMParser
// would expand their entities), a bad graph file never costs the graph on screen, and the page asks
// /api/health only when `newsgraph serve` serves it.
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

const exported = (f: 'gexf' | 'graphml'): string => [...exportGraph(worldGraph(), f)[0].chunks()].join('');

function withDecl(text: string, decl: string, entity: string): string {
  const at = text.indexOf('?>') + 2;
  return text.slice(0, at) + decl + text.slice(at).replace('Iran', entity);
}

const LAUGHS =
  '<!DOCTYPE lolz [<!ENTITY lol "lol">' +
  Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('') +
  ']>';

const SEED = readdirSync(join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()[0];

async function counts(page: Page): Promise<{ nodes: number; edges: number }> {
  const el = page.getByTestId('counts');
  return {
    nodes: Number(await el.getAttribute('data-nodes')),
    edges: Number(await el.getAttribute('data-edges')),
  };
}

describe('graph files opened in the page', () => {
  it('refuses a DTD, names every bad file, and keeps the graph on screen', async () => {
    const { page, errors } = await openApp(browser, `${server.url}?graph=fixtures/world.json`);
    const start = await counts(page);
    expect(start).toEqual({ nodes: 9, edges: 9 });
    const gexf = exported('gexf');
    const graphml = exported('graphml');
    const bad: [string, string, string][] = [
      ['entity.gexf', withDecl(gexf, '<!DOCTYPE x [<!ENTITY e "EXPANDED">]>', '&e;'), 'declares a DOCTYPE'],
      ['laughs.graphml', withDecl(graphml, LAUGHS, '&lol9;'), 'declares a DOCTYPE'],
      [
        'xxe.gexf',
        withDecl(gexf, '<!DOCTYPE x [<!ENTITY x SYSTEM "/etc/passwd">]>', '&x;'),
        'declares a DOCTYPE',
      ],
      ['broken.gexf', gexf.slice(0, gexf.length / 2), 'not well-formed XML'],
      ['other.xml', '<?xml version="1.0"?><rss><channel/></rss>', 'unknown graph file format'],
      ['empty.graphml', '', 'the file is empty'],
      ['noise.graphml', '\u0000\u0001\u00ff'.repeat(100), 'not well-formed XML'],
      ['cut.json', stringifyGraph(worldGraph()).slice(0, 200), 'not JSON'],
    ];
    for (const [name, text, why] of bad) {
      await page
        .getByTestId('file-input')
        .setInputFiles({ name, mimeType: 'application/xml', buffer: Buffer.from(text) });
      await expect.poll(() => page.getByTestId('error').textContent()).toContain(`Could not open ${name}: `);
      const msg = (await page.getByTestId('error').textContent()) ?? '';
      expect(msg, name).toContain(why);
      // Chromium's own wording around its parser's message is left out.
      expect(msg).not.toContain('This page contains');
      expect(msg).toContain('The graph was left as it was.');
      expect(await counts(page), name).toEqual(start);
      await page.getByTestId('error').getByRole('button', { name: 'Dismiss' }).click();
    }
    if (await page.getByTestId('error').count()) throw new Error('a notice stayed');
    await page.getByTestId('file-input').setInputFiles({
      name: 'entity.gexf',
      mimeType: 'application/xml',
      buffer: Buffer.from(bad[0][1]),
    });
    await expect.poll(() => page.getByTestId('error').textContent()).toContain('entity.gexf');
    await page.screenshot({ path: `${SHOTS}/dtd-refused.png` });
    // Nothing expanded anywhere, and the graph is still drawn.
    expect(await page.evaluate(() => document.body.innerText.includes('EXPANDED'))).toBe(false);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => window.__newsgraph!.drawnPixels())).toBeGreaterThan(2000);

    // The same file without its DTD opens.
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: 'world.gexf', mimeType: 'application/xml', buffer: Buffer.from(gexf) });
    await expect.poll(() => page.getByTestId('status').textContent()).toContain('Opened world.gexf');
    expect(await counts(page)).toEqual(start);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the API probe', () => {
  it('a page not served by serve asks nothing and logs nothing', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const asked: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${server.url}?graph=fixtures/world.json`);
    await page.waitForSelector('body[data-ready="true"]');
    expect(asked).toContain('/fixtures/world.json');
    expect(asked.filter((p) => p.startsWith('/api/'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a page served by serve asks /api/health and shows the store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-serve-page-'));
    try {
      const articles = join(dir, 'articles');
      mkdirSync(articles);
      // One seed article: a store with relations, so the overview has something to show.
      copyFileSync(join(ROOT, 'seeds', SEED), join(articles, SEED));
      const db = join(dir, 'store.db');
      const run = spawnSync(
        process.execPath,
        [join(ROOT, 'bin/newsgraph.mjs'), 'extract', articles, '--db', db, '--quiet'],
        {
          encoding: 'utf8',
        },
      );
      expect(run.status, run.stderr).toBe(0);
      const serve = await startServe(db, { port: 0, distDir: DIST });
      try {
        const context = await browser.newContext();
        const page = await context.newPage();
        const asked: string[] = [];
        page.on('request', (r) => asked.push(new URL(r.url()).pathname));
        await page.goto(serve.url);
        await page.waitForSelector('body[data-ready="true"]');
        expect(await page.locator('meta[name="newsgraph-api"]').count()).toBe(1);
        expect(asked).toContain('/api/health');
        expect(asked).toContain('/api/overview');
        expect(asked).not.toContain('/graph.json');
        expect(Number(await page.getByTestId('counts').getAttribute('data-nodes'))).toBeGreaterThan(0);
        await context.close();
      } finally {
        await serve.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
