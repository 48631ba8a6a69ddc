import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Browser, Download, Page } from 'playwright-core';
import { parseGraph, stringifyGraph } from '../../src/graph/index.ts';
import { EVIL, evilGraph, worldGraph } from './fixtures/graphs.ts';
import { ROOT, ensureBuilt, launch, openApp, screenshotPath, startServer } from './harness.ts';
import type { OpenedPage, TestServer } from './harness.ts';

// Extraction runs in a worker that starts cold (script, models): seconds on a loaded machine.
const EXTRACTED = { timeout: 30_000 };

let server: TestServer;
let browser: Browser;
const WORLD = 'fixtures/world.json';

beforeAll(async () => {
  await ensureBuilt();
  server = await startServer({
    'world.json': () => stringifyGraph(worldGraph()),
    'evil.json': () => stringifyGraph(evilGraph()),
  });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (query = `?graph=${WORLD}`): Promise<OpenedPage> => openApp(browser, server.url + query);

async function counts(page: Page): Promise<{ nodes: number; edges: number }> {
  const el = page.getByTestId('counts');
  return {
    nodes: Number(await el.getAttribute('data-nodes')),
    edges: Number(await el.getAttribute('data-edges')),
  };
}

const visibleNodes = (page: Page): Promise<string[]> =>
  page.evaluate(() => window.__newsgraph!.visibleNodes());

describe('explorer on a hand-made graph', () => {
  it('loads without console errors and draws the graph', async () => {
    const { page, errors } = await open();
    // Iraq and Baghdad have no relation: hidden until asked for.
    expect(await counts(page)).toEqual({ nodes: 9, edges: 9 });
    await expect.poll(() => page.getByTestId('counts').textContent()).toBe('9 nodes, 9 edges');
    // Let a frame or two land, then count non-background pixels in sigma's composed layers.
    await page.waitForTimeout(300);
    const drawn = await page.evaluate(() => window.__newsgraph!.drawnPixels());
    expect(drawn).toBeGreaterThan(2000);
    await page.screenshot({ path: screenshotPath('world-loaded') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('search finds a node through an alias and selects it', async () => {
    const { page, errors } = await open();
    await page.getByTestId('search').fill('Qasem');
    const first = page.getByTestId('search-results').locator('li').first();
    await expect.poll(() => first.textContent()).toContain('Qassem Soleimani');
    await page.getByTestId('search').press('Enter');
    await expect.poll(() => page.getByTestId('details-label').textContent()).toBe('Qassem Soleimani');
    expect(new URL(page.url()).searchParams.get('node')).toBe('person:qassem-soleimani');
    // The panel shows its relation with its evidence sentence, names marked.
    const attacked = page.getByTestId('relations-attacked');
    await expect
      .poll(() => attacked.locator('mark').allTextContents())
      .toEqual(['Qasem Soleimani', 'United States']);
    await page.screenshot({ path: screenshotPath('world-search') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('filtering by a country leaves that country, its actors and their relations with anyone', async () => {
    const { page } = await open();
    await page.getByTestId('filter-country-country:iran').click();
    // Iran's actors, plus the other ends of their relations: the base in Iraq, the USA, Trump, Abdul Mahdi.
    await expect
      .poll(() => visibleNodes(page))
      .toEqual([
        'base:ain-al-asad',
        'country:iran',
        'country:usa',
        'organisation:revolutionary-guard',
        'person:adel-abdul-mahdi',
        'person:donald-trump',
        'person:qassem-soleimani',
      ]);
    expect(await counts(page)).toEqual({ nodes: 7, edges: 7 });
    // Two countries: OR (the USA's relations all touch Iran's actors already).
    await page.getByTestId('filter-country-country:usa').click();
    await expect.poll(async () => (await counts(page)).nodes).toBe(7);
    expect((await counts(page)).edges).toBe(7);
    await page.screenshot({ path: screenshotPath('world-country') });
    await page.getByTestId('clear-filters').click();
    expect(await counts(page)).toEqual({ nodes: 9, edges: 9 });
    await page.context().close();
  });

  it('filtering by an actor leaves its neighbourhood, at depth 1 and 2', async () => {
    const { page } = await open();
    await page.getByTestId('actor-filter').fill('Trump');
    await page.getByTestId('actor-filter').press('Enter');
    await expect.poll(() => visibleNodes(page)).toEqual(['country:iran', 'person:donald-trump']);
    await page.getByTestId('actor-depth').selectOption('2');
    await expect
      .poll(() => visibleNodes(page))
      .toEqual([
        'base:ain-al-asad',
        'country:iran',
        'country:usa',
        'person:adel-abdul-mahdi',
        'person:donald-trump',
      ]);
    await page.getByTestId('actor-clear').click();
    expect((await counts(page)).nodes).toBe(9);
    await page.context().close();
  });

  it('the URL reproduces a filtered view', async () => {
    const first = await open();
    await first.page.getByTestId('filter-type-country').click();
    await first.page.getByTestId('filter-type-base').click();
    await first.page.getByTestId('filter-relation-attacked').click();
    await first.page.getByTestId('actor-filter').fill('Ain al');
    await first.page.getByTestId('actor-filter').press('Enter');
    const url = first.page.url();
    const want = await visibleNodes(first.page);
    const wantCounts = await counts(first.page);
    await first.page.context().close();
    expect(new URL(url).searchParams.get('actor')).toBe('base:ain-al-asad');

    const second = await openApp(browser, url);
    expect(await visibleNodes(second.page)).toEqual(want);
    expect(await counts(second.page)).toEqual(wantCounts);
    expect(want).toEqual(['base:ain-al-asad', 'country:iran']);
    expect(await second.page.getByTestId('filter-type-base').getAttribute('aria-pressed')).toBe('true');
    expect(await second.page.getByTestId('filter-relation-attacked').getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await second.page.getByTestId('actor-current').textContent()).toContain('Ain al-Asad');
    await second.page.context().close();
  });

  it('clicking a node on the canvas shows its evidence; an edge shows its quote', async () => {
    const { page, errors } = await open();
    const p = await page.evaluate(() => window.__newsgraph!.nodeOnPage('base:ain-al-asad'));
    expect(p).not.toBeNull();
    await page.mouse.move(p!.x, p!.y);
    await page.mouse.click(p!.x, p!.y);
    await expect.poll(() => page.getByTestId('details-label').textContent()).toBe('Ain al-Asad');
    const evidence = page.getByTestId('evidence');
    // attacked ×2 and stationed-at ×2, one sentence each.
    expect(await evidence.count()).toBe(4);
    expect(await page.getByTestId('relations-stationed-at').locator('mark').allTextContents()).toContain(
      'Danmark',
    );
    await page.screenshot({ path: screenshotPath('world-node') });

    // The evidence links to the article view, the sentence in focus, the entities clickable.
    await page
      .getByTestId('relations-stationed-at')
      .getByTestId('evidence')
      .filter({ hasText: 'Norwegian soldiers' })
      .getByTestId('article-link')
      .click();
    await expect
      .poll(() => page.getByTestId('article-focus').textContent())
      .toBe('Norwegian soldiers are stationed at Ain al-Asad.');
    await page.screenshot({ path: screenshotPath('world-article') });
    await page.getByTestId('article-text').locator('mark[data-node="person:donald-trump"]').click();
    await expect.poll(() => page.getByTestId('details-label').textContent()).toBe('Donald Trump');

    // An edge: Trump's stated relation, with its quote.
    await page.getByTestId('relations-stated').getByRole('button', { name: '1 evidence' }).click();
    await expect
      .poll(() => page.getByTestId('quote').textContent())
      .toBe('“Iran appears to be standing down”');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('each export downloads a file that parses and holds the visible nodes', async () => {
    const { page, errors } = await open();
    await page.getByTestId('filter-country-country:iran').click();
    const visible = await visibleNodes(page);
    const all = worldGraph().nodes().sort();

    async function download(testid: string, n = 1): Promise<{ name: string; text: string; bytes: Buffer }[]> {
      const got: Promise<{ name: string; text: string; bytes: Buffer }>[] = [];
      const done = new Promise<void>((resolve) => {
        const onDownload = (d: Download): void => {
          got.push(
            d.path().then((p) => {
              const bytes = readFileSync(p);
              return { name: d.suggestedFilename(), text: bytes.toString('utf8'), bytes };
            }),
          );
          if (got.length === n) {
            page.off('download', onDownload);
            resolve();
          }
        };
        page.on('download', onDownload);
      });
      if (!(await page.getByTestId('export-menu').getAttribute('open')))
        await page.getByTestId('export-button').click();
      await page.getByTestId(testid).click();
      await done;
      return Promise.all(got);
    }
    const xmlIds = (xml: string, tag: string): Promise<string[]> =>
      page.evaluate(
        ([text, t]) => {
          const doc = new DOMParser().parseFromString(text, 'application/xml');
          if (doc.querySelector('parsererror')) return ['PARSE ERROR'];
          return [...doc.getElementsByTagName(t)].map((n) => n.getAttribute('id') ?? '').sort();
        },
        [xml, tag] as const,
      );

    for (const [scope, want] of [
      ['view', visible],
      ['graph', all],
    ] as const) {
      const [json] = await download(`export-${scope}-json`);
      expect(json.name).toMatch(/\.json$/);
      expect(parseGraph(json.text).nodes().sort()).toEqual(want);

      const [gexf] = await download(`export-${scope}-gexf`);
      expect(gexf.name).toMatch(/\.gexf$/);
      expect(await xmlIds(gexf.text, 'node')).toEqual(want);

      const [graphml] = await download(`export-${scope}-graphml`);
      expect(graphml.name).toMatch(/\.graphml$/);
      expect(await xmlIds(graphml.text, 'node')).toEqual(want);

      const csv = await download(`export-${scope}-csv`, 2);
      const nodesCsv = csv.find((f) => /nodes\.csv$/.test(f.name));
      const edgesCsv = csv.find((f) => /edges\.csv$/.test(f.name));
      expect(nodesCsv && edgesCsv).toBeTruthy();
      const rows = Papa.parse<Record<string, string>>(nodesCsv!.text.replace(/^\uFEFF/, ''), {
        header: true,
        skipEmptyLines: true,
      });
      expect(rows.errors).toEqual([]);
      expect(rows.data.map((r) => r.key).sort()).toEqual(want);
    }

    // One implementation: the view's files are byte for byte what `newsgraph export --country` writes, but
    // for the picture's positions the page adds (x, y; the CLI has no picture).
    const withoutPositions = (format: string, text: string): string => {
      if (format === 'gexf') return text.replace(/<viz:position [^>]*\/>/g, '');
      if (format === 'graphml') return text.replace(/<data key="n_[xy]">[^<]*<\/data>/g, '');
      if (format !== 'json') return text;
      const g = JSON.parse(text) as { nodes: { attributes: Record<string, unknown> }[] };
      for (const n of g.nodes) {
        delete n.attributes.x;
        delete n.attributes.y;
      }
      return JSON.stringify(g);
    };
    const canonical = (format: string, text: string): string =>
      format === 'json' ? JSON.stringify(JSON.parse(text)) : text;
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-export-'));
    try {
      writeFileSync(join(dir, 'world.json'), stringifyGraph(worldGraph()));
      for (const format of ['json', 'gexf', 'graphml', 'csv'] as const) {
        const out = join(dir, format === 'csv' ? 'csv' : `cli.${format}`);
        const cli = spawnSync(
          process.execPath,
          [
            join(ROOT, 'bin/newsgraph.mjs'),
            'export',
            join(dir, 'world.json'),
            '--format',
            format,
            '--out',
            out,
            '--country',
            'country:iran',
          ],
          { encoding: 'utf8' },
        );
        expect(cli.status, cli.stderr).toBe(0);
        const files = await download(`export-view-${format}`, format === 'csv' ? 2 : 1);
        if (format === 'csv') {
          for (const part of ['nodes', 'edges']) {
            const mine = files.find((f) => f.name.endsWith(`${part}.csv`))!;
            expect(mine.bytes.equals(readFileSync(join(out, `${part}.csv`))), `${part}.csv`).toBe(true);
          }
        } else {
          expect(files[0].text).not.toBe(withoutPositions(format, files[0].text));
          expect(withoutPositions(format, files[0].text), format).toBe(
            canonical(format, readFileSync(out, 'utf8')),
          );
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    const [png] = await download('export-view-png');
    expect(png.name).toMatch(/\.png$/);
    expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.bytes.length).toBeGreaterThan(2000);
    writeFileSync(screenshotPath('world-export-view'), png.bytes);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a malformed file shows an error and keeps the graph', async () => {
    const { page } = await open();
    await page.getByTestId('file-input').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"nodes": ['),
    });
    await expect.poll(() => page.getByTestId('error').textContent()).toContain('broken.json');
    expect(await page.getByTestId('error').textContent()).toContain('not JSON');
    expect(await counts(page)).toEqual({ nodes: 9, edges: 9 });

    // Valid JSON, wrong shape: the schema error is named.
    const bad = JSON.parse(stringifyGraph(worldGraph()));
    bad.nodes[0].attributes.type = 'planet';
    await page.getByTestId('file-input').setInputFiles({
      name: 'wrong.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    await expect.poll(() => page.getByTestId('error').textContent()).toContain('wrong.json');
    expect(await page.getByTestId('error').textContent()).toContain('/nodes/0/attributes/type');
    expect(await counts(page)).toEqual({ nodes: 9, edges: 9 });
    await page.screenshot({ path: screenshotPath('world-bad-file') });

    // A GEXF file (as the export writes it) opens through the same importer.
    const { exportGraph } = await import('../../src/formats/index.ts');
    const gexf = [...exportGraph(worldGraph(), 'gexf')[0].chunks()].join('');
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: 'world.gexf', mimeType: 'application/xml', buffer: Buffer.from(gexf) });
    await expect.poll(() => page.getByTestId('status').textContent()).toContain('world.gexf');
    expect(await counts(page)).toEqual({ nodes: 9, edges: 9 });

    // A good file replaces the graph.
    await page.getByTestId('file-input').setInputFiles({
      name: 'evil.json',
      mimeType: 'application/json',
      buffer: Buffer.from(stringifyGraph(evilGraph())),
    });
    await expect.poll(() => counts(page)).toEqual({ nodes: 2, edges: 1 });
    await page.context().close();
  });

  it('a hostile label is shown as text and runs nothing', async () => {
    const { page, errors, dialogs } = await open('?graph=fixtures/evil.json');
    await page.getByTestId('search').fill('img');
    await page.getByTestId('search').press('Enter');
    await expect.poll(() => page.getByTestId('details-label').textContent()).toBe(EVIL);
    // The article view renders the title and the text with the hostile strings marked.
    await page.getByTestId('article-link').first().click();
    await expect
      .poll(() => page.getByTestId('article-text').textContent())
      .toContain('<script>alert(4)</script>');
    expect(await page.getByTestId('article').locator('h2').textContent()).toBe('<script>alert(2)</script>');
    await page.getByTestId('article-close').click();
    await page.getByTestId('export-button').click();
    await page.mouse.move(700, 400);
    await page.waitForTimeout(300);
    const injected = await page.evaluate(() => ({
      elements: document.querySelectorAll('#app img, #app iframe, #app b, #app svg, #app script').length,
      handlers: document.querySelectorAll('[onerror], [onload], [onmouseover]').length,
    }));
    expect(injected).toEqual({ elements: 0, handlers: 0 });
    await page.screenshot({ path: screenshotPath('evil') });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('runs ForceAtlas2 in a worker on demand and stops it', async () => {
    const { page, errors } = await open();
    const before = await page.evaluate(() => window.__newsgraph!.nodeOnPage('country:iran'));
    await page.getByTestId('layout-toggle').click();
    expect(await page.getByTestId('layout-toggle').getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(async () => {
        const now = await page.evaluate(() => window.__newsgraph!.nodeOnPage('country:iran'));
        return Math.hypot(now!.x - before!.x, now!.y - before!.y) > 0.5;
      })
      .toBe(true);
    await page.getByTestId('layout-toggle').click();
    expect(await page.getByTestId('layout-toggle').getAttribute('aria-pressed')).toBe('false');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens the same picture every time (deterministic layout)', async () => {
    const a = await open();
    const b = await open();
    const where = (p: Page) =>
      p.evaluate(() =>
        ['country:iran', 'base:ain-al-asad', 'person:donald-trump'].map((k) =>
          window.__newsgraph!.nodeOnPage(k),
        ),
      );
    expect(await where(a.page)).toEqual(await where(b.page));
    await a.page.context().close();
    await b.page.context().close();
  });

  it('loads the extractor only when articles are added, and merges what it finds', async () => {
    const { page, errors } = await open();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    const before = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    // The extractor is its own worker script (issue 18), fetched with the first article added.
    expect(before.some((u) => /extract\.worker/.test(u))).toBe(false);
    expect(page.workers()).toEqual([]);
    await page.getByTestId('add-articles').click();
    await page
      .getByTestId('paste-text')
      .fill('Strike on the capital\nThe United States attacked Iran on Friday.');
    await page.getByTestId('paste-extract').click();
    await expect.poll(() => page.getByTestId('filter-article-pasted-1').count(), EXTRACTED).toBe(1);
    expect(scripts.some((u) => /extract\.worker/.test(u))).toBe(true);
    expect(page.workers().map((w) => w.url())).toEqual([expect.stringMatching(/extract\.worker/)]);
    // 9 connected nodes before; the new attack links the United States and Iran again, nothing new is isolated.
    expect((await counts(page)).nodes).toBeGreaterThanOrEqual(9);
    expect((await counts(page)).edges).toBeGreaterThanOrEqual(10);

    // Dropping an article file onto the page runs the same extractor.
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(
        new File(['Troops leave\nThe United Kingdom withdrew its soldiers from Iraq.'], 'dropped.txt', {
          type: 'text/plain',
        }),
      );
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
    });
    await expect.poll(() => page.getByTestId('filter-article-dropped.txt').count(), EXTRACTED).toBe(1);
    expect(await page.getByTestId('drop-overlay').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
