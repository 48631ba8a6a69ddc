// Issue 16, exports for publication: the PNG is the view at 2× with a title, a caption and a legend; the
// GEXF and JSON exports carry the picture's positions, so Gephi opens the same layout.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { stringifyGraph } from '../../src/graph/index.ts';
import { worldGraph } from './fixtures/graphs.ts';
import { ensureBuilt, launch, openApp, startServer } from './harness.ts';
import type { TestServer } from './harness.ts';

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

async function download(page: Page, testid: string): Promise<Buffer> {
  await page.getByTestId('export-button').click();
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return readFileSync(await d.path());
}

describe('exports for publication', () => {
  it('the PNG is the view at 2× with a title and caption above and a legend below', async () => {
    const { page, errors } = await openApp(browser, `${server.url}?graph=fixtures/world.json`, {
      width: 1400,
      height: 900,
    });
    const canvas = (await page.getByTestId('graph').boundingBox())!;
    const png = await download(page, 'export-view-png');
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
    const gexf = (await download(page, 'export-graph-gexf')).toString('utf8');
    expect(gexf.match(/<viz:position /g)?.length).toBe(11);
    const json = JSON.parse((await download(page, 'export-graph-json')).toString('utf8')) as {
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
});
