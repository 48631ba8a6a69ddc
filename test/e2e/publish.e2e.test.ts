// Issue 16, exports for publication: the PNG is the view at 2× with a title, a caption and a legend; the
// GEXF and JSON exports carry the picture's positions, so Gephi opens the same layout.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import Papa from 'papaparse';
import { addRelation, stringifyGraph } from '../../src/graph/index.ts';
import type { NewsGraph } from '../../src/graph/index.ts';
import { worldGraph } from './fixtures/graphs.ts';
import { ensureBuilt, launch, openApp, startServer } from './harness.ts';
import type { TestServer } from './harness.ts';

/** The world graph with a second sentence for Iran's attack on the base, from the Danish article. */
function twiceAttested(): NewsGraph {
  const g = worldGraph();
  const a2 = g.getAttribute('articles').find((a) => a.id === 'a2')!;
  const sentence = 'Danmark har soldater udstationeret på Ain al-Asad.';
  const start = a2.text!.indexOf(sentence);
  addRelation(g, {
    type: 'attacked',
    source: 'country:iran',
    target: 'base:ain-al-asad',
    evidence: [{ article: 'a2', sentence, start, end: start + sentence.length }],
  });
  return g;
}

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  await ensureBuilt();
  server = await startServer({
    'world.json': () => stringifyGraph(worldGraph()),
    'twice.json': () => stringifyGraph(twiceAttested()),
  });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function download(page: Page, testid: string, n = 1): Promise<Map<string, Buffer>> {
  await page.getByTestId('export-button').click();
  const got = new Map<string, Buffer>();
  const all = new Promise<void>((resolve) => {
    page.on('download', (d) => {
      void d.path().then((p) => {
        got.set(d.suggestedFilename(), readFileSync(p));
        if (got.size === n) resolve();
      });
    });
  });
  await page.getByTestId(testid).click();
  await all;
  page.removeAllListeners('download');
  return got;
}
const one = async (page: Page, testid: string): Promise<Buffer> =>
  [...(await download(page, testid)).values()][0];

describe('exports for publication', () => {
  it('the PNG is the view at 2× with a title and caption above and a legend below', async () => {
    const { page, errors } = await openApp(browser, `${server.url}?graph=fixtures/world.json`, {
      width: 1400,
      height: 900,
    });
    const canvas = (await page.getByTestId('graph').boundingBox())!;
    const png = await one(page, 'export-view-png');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBe(Math.round(canvas.width) * 2);
    expect(height).toBe(Math.round(canvas.height) * 2 + (58 + 40) * 2);
    // Ink in the title band and in the legend band, not only in the graph.
    const ink = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const dark = (y0: number, y1: number): number => {
        const d = ctx.getImageData(0, y0, c.width, y1 - y0).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i] + d[i + 1] + d[i + 2] < 450) n++;
        return n;
      };
      return { title: dark(0, 116), legend: dark(c.height - 80, c.height) };
    }, png.toString('base64'));
    expect(ink.title).toBeGreaterThan(500);
    expect(ink.legend).toBeGreaterThan(300);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('GEXF and JSON exports carry each node’s position in the picture', async () => {
    const { page } = await openApp(browser, `${server.url}?graph=fixtures/world.json`);
    const gexf = (await one(page, 'export-graph-gexf')).toString('utf8');
    expect(gexf.match(/<viz:position /g)?.length).toBe(11);
    const json = JSON.parse((await one(page, 'export-graph-json')).toString('utf8')) as {
      nodes: { key: string; attributes: { x?: number; y?: number } }[];
    };
    expect(json.nodes).toHaveLength(11);
    expect(json.nodes.every((n) => Number.isFinite(n.attributes.x) && Number.isFinite(n.attributes.y))).toBe(
      true,
    );
    // The positions are the picture's: a node's x, y in the file is where the page draws it.
    const key = 'base:ain-al-asad';
    const inFile = json.nodes.find((n) => n.key === key)!.attributes;
    const onPage = await page.evaluate((k) => window.__newsgraph!.position(k), key);
    expect(onPage).toEqual({ x: inFile.x, y: inFile.y });
    await page.context().close();
  });

  it('the edges CSV holds every evidence sentence, and a ; variant opens in Danish and Norwegian Excel', async () => {
    const { page } = await openApp(browser, `${server.url}?graph=fixtures/twice.json`);
    const files = await download(page, 'export-graph-csv-semicolon', 2);
    const edges = [...files].find(([name]) => name.endsWith('edges.csv'))![1].toString('utf8');
    const header = edges.replace(/^\uFEFF/, '').split('\r\n')[0];
    expect(header.split(';')).toContain('evidence');
    const rows = Papa.parse<Record<string, string>>(edges.replace(/^\uFEFF/, ''), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    });
    expect(rows.errors).toEqual([]);
    expect(rows.data).toHaveLength(9);
    const attack = rows.data.find((r) => r.key === 'attacked:country:iran->base:ain-al-asad')!;
    expect(attack.evidenceCount).toBe('2');
    expect(attack.evidence.split('\n')).toEqual([
      'Iran fired missiles at Ain al-Asad air base in Iraq on Wednesday. [a1]',
      'Danmark har soldater udstationeret på Ain al-Asad. [a2]',
    ]);
    await page.context().close();
  });

  it('the export menu works from the keyboard: arrows move, Enter exports, Escape closes', async () => {
    const { page } = await openApp(browser, `${server.url}?graph=fixtures/world.json`);
    await page.getByTestId('export-button').focus();
    await page.keyboard.press('ArrowDown');
    const focused = (): Promise<string | undefined> =>
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid);
    expect(await focused()).toBe('export-graph-json');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('export-graph-gexf');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('export-view-png');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    const [d] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(d.suggestedFilename()).toMatch(/\.gexf$/);
    await page.getByTestId('export-button').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.getByTestId('export-menu').getAttribute('open')).not.toBeNull();
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('export-menu').getAttribute('open')).toBeNull();
    expect(await focused()).toBe('export-button');
    await page.context().close();
  });
});
