/**
 * Explorer speed on a synthetic graph of 20,000 nodes and 100,000 edges, in headless Chromium with software
 * WebGL: time from navigation to the first drawn frame, frames per second while the camera pans (a mouse
 * drag, as a user pans), and the gzip size of the first JavaScript the page loads.
 * Run with `npm run bench:ui` (builds first). Options: NODES=… EDGES=… PAN_MS=… RUNS=…
 * One warm-up load, then RUNS measured loads; medians are printed (the machine may be shared).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { stringifyGraph } from '../src/graph/index.ts';
import { syntheticGraph } from '../test/e2e/fixtures/graphs.ts';
import { DIST, ensureBuilt, launch, openApp, screenshotPath, startServer } from '../test/e2e/harness.ts';

const NODES = Number(process.env.NODES ?? 20_000);
const EDGES = Number(process.env.EDGES ?? 100_000);
const PAN_MS = Number(process.env.PAN_MS ?? 4000);
const RUNS = Number(process.env.RUNS ?? 3);

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The scripts index.html loads before anything runs: the entry and its modulepreloads. */
function firstBundle(): { files: string[]; raw: number; gzip: number } {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(join(DIST, f));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

function chunk(name: string): string {
  const f = readdirSync(join(DIST, 'assets')).find((x) => x.startsWith(name) && x.endsWith('.js'));
  return f ? kb(gzipSync(readFileSync(join(DIST, 'assets', f)), { level: 9 }).length) + ' gzip' : 'none';
}

interface Run {
  fetched: number;
  parsed: number;
  views: number;
  renderer: number;
  firstFrame: number;
  edgesFrame: number;
  fps: number;
}

async function marks(page: Page): Promise<Omit<Run, 'fps'>> {
  await page.waitForFunction(
    () => performance.getEntriesByName('newsgraph:first-frame').length > 0,
    undefined,
    {
      timeout: 120_000,
    },
  );
  // Big graphs draw their nodes first; wait for the frame with the edges as well.
  await page
    .waitForFunction(() => performance.getEntriesByName('newsgraph:edges-frame').length > 0, undefined, {
      timeout: 120_000,
    })
    .catch(() => undefined);
  return page.evaluate(() => {
    const at = (n: string): number => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
    return {
      fetched: at('newsgraph:fetched'),
      parsed: at('newsgraph:parsed'),
      views: at('newsgraph:views'),
      renderer: at('newsgraph:renderer'),
      firstFrame: at('newsgraph:first-frame'),
      edgesFrame: at('newsgraph:edges-frame'),
    };
  });
}

/** A mouse drag across the stage, one step per animation frame, counting the frames sigma draws. */
async function pan(page: Page, ms: number): Promise<number> {
  const r = await page.evaluate(async (duration) => {
    const target = document.querySelector('.sigma-mouse') as HTMLElement;
    const box = target.getBoundingClientRect();
    let x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const fire = (type: string): void => {
      target.dispatchEvent(
        new MouseEvent(type, { clientX: x, clientY: y, bubbles: true, cancelable: true, button: 0 }),
      );
    };
    fire('mousedown');
    const start = performance.now();
    const before = window.__newsgraph!.frames();
    let step = 0;
    await new Promise<void>((done) => {
      const tick = (): void => {
        step++;
        x += Math.sin(step / 20) * 6;
        fire('mousemove');
        if (performance.now() - start < duration) requestAnimationFrame(tick);
        else done();
      };
      requestAnimationFrame(tick);
    });
    const elapsed = performance.now() - start;
    const frames = window.__newsgraph!.frames() - before;
    fire('mouseup');
    return { frames, elapsed };
  }, ms);
  return (r.frames / r.elapsed) * 1000;
}

async function main(): Promise<void> {
  await ensureBuilt();
  const t0 = performance.now();
  const graph = syntheticGraph(NODES, EDGES);
  const text = stringifyGraph(graph);
  console.log(
    `synthetic graph: ${graph.order} nodes, ${graph.size} edges, ${kb(text.length)} JSON (made in ${Math.round(performance.now() - t0)} ms)`,
  );
  console.log(
    `load average before: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );

  const server = await startServer({ 'large.json': text });
  const browser = await launch();
  const runs: Run[] = [];
  try {
    for (let i = 0; i <= RUNS; i++) {
      const { page, errors } = await openApp(browser, `${server.url}?graph=fixtures/large.json`);
      const m = await marks(page);
      if (errors.length) console.log('console errors:', errors);
      // Let the first full frame finish in software WebGL before measuring the pan.
      await page.waitForTimeout(1500);
      const fps = await pan(page, PAN_MS);
      if (i === 0) {
        await page.screenshot({ path: screenshotPath('bench-large') });
      } else {
        runs.push({ ...m, fps });
        console.log(
          `run ${i}: first frame ${Math.round(m.firstFrame)} ms, with edges ${Math.round(m.edgesFrame)} ms, pan ${fps.toFixed(1)} FPS`,
        );
      }
      await page.context().close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const med = (k: keyof Run): number => Math.round(median(runs.map((r) => r[k])));
  const bundle = firstBundle();
  console.log('');
  console.log(`median of ${runs.length} runs (warm-up excluded):`);
  console.log(`  navigation → graph fetched     ${med('fetched')} ms`);
  console.log(`  navigation → parsed+validated  ${med('parsed')} ms`);
  console.log(`  navigation → panels built      ${med('views')} ms`);
  console.log(`  navigation → renderer ready    ${med('renderer')} ms`);
  console.log(`  navigation → first frame       ${med('firstFrame')} ms   (target < 2000; nodes first)`);
  console.log(`  navigation → frame with edges  ${med('edgesFrame')} ms`);
  console.log(
    `  pan                            ${median(runs.map((r) => r.fps)).toFixed(1)} FPS (best ${Math.max(...runs.map((r) => r.fps)).toFixed(1)})   (target ≥ 30)`,
  );
  console.log(
    `first JS bundle: ${bundle.files.join(', ')} — ${kb(bundle.raw)} raw, ${kb(bundle.gzip)} gzip   (target ≤ 250 KB)`,
  );
  console.log(`lazy chunks: extractor ${chunk('extractor')}, formats ${chunk('formats')}`);
  console.log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}

await main();
