/** Shared by the browser tests and bench/ui.ts: a static server for dist/ plus test graphs, and Chromium. */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { existsSync, readFileSync, mkdirSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const RESULTS = join(ROOT, 'test-results');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Builds the explorer once if dist/ is missing (npm run test:e2e builds it before the tests). */
export async function ensureBuilt(): Promise<void> {
  if (existsSync(join(DIST, 'index.html'))) return;
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
}

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** Serves dist/ and, at /fixtures/<name>, the given texts (graph files made by the tests). */
export async function startServer(
  fixtures: Record<string, string | (() => string)> = {},
): Promise<TestServer> {
  const cache = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.startsWith('/fixtures/')) {
      const name = path.slice('/fixtures/'.length);
      const f = fixtures[name];
      if (f === undefined) {
        res.writeHead(404).end('not found');
        return;
      }
      if (!cache.has(name)) cache.set(name, typeof f === 'function' ? f() : f);
      res.writeHead(200, { 'content-type': MIME['.json'], 'cache-control': 'no-store' }).end(cache.get(name));
      return;
    }
    const file = normalize(join(DIST, path === '/' ? 'index.html' : path));
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res
      .writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // WebGL through SwiftShader: headless Chromium without a GPU.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface OpenedPage {
  page: Page;
  /** console.error messages and uncaught page errors. */
  errors: string[];
  /** alert/confirm/prompt dialogs that opened (none ever should). */
  dialogs: string[];
}

/** Opens the explorer and waits until it has rendered. */
export async function openApp(
  browser: Browser,
  url: string,
  viewport = { width: 1400, height: 860 },
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  // tsx (esbuild keepNames) wraps named functions in __name(); callbacks sent to page.evaluate need it too.
  await context.addInitScript('globalThis.__name = (f) => f;');
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  return { page, errors, dialogs };
}

export function screenshotPath(name: string): string {
  mkdirSync(RESULTS, { recursive: true });
  return join(RESULTS, `${name}.png`);
}
