import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, withApiMeta } from './static.ts';

// `serve` marks the explorer's page so the page knows to ask /api/health (and other hosts are never asked).
const dist = mkdtempSync(join(tmpdir(), 'newsgraph-static-'));
const server = createServer((req, res) =>
  serveStatic(req, res, new URL(req.url ?? '/', 'http://x').pathname, dist),
);
let base = '';

beforeAll(async () => {
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><html><head><meta charset="UTF-8" /></head></html>',
  );
  writeFileSync(join(dist, 'other.html'), '<html><head></head></html>');
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((ok) => server.close(ok));
  rmSync(dist, { recursive: true, force: true });
});

describe('the page serve hands out', () => {
  it('index.html carries the newsgraph-api meta element, at / and by name', async () => {
    for (const path of ['/', '/index.html']) {
      const res = await fetch(base + path);
      const html = await res.text();
      expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(html)));
      expect(html).toMatch(
        /^<!doctype html><html><head>\s*<meta name="newsgraph-api" content="\/api\/" \/><meta charset/,
      );
    }
    expect(await (await fetch(`${base}/other.html`)).text()).not.toContain('newsgraph-api');
  });

  it('adds the element once, after a head with attributes, or in front when there is no head', () => {
    expect(withApiMeta('<head lang="en"><title>t</title></head>')).toMatch(
      /^<head lang="en">\s*<meta name="newsgraph-api"/,
    );
    expect(withApiMeta('<header></header>')).toMatch(/^<meta name="newsgraph-api"[^>]*><header>/);
    expect(withApiMeta('<head></head><head></head>').match(/newsgraph-api/g)).toHaveLength(1);
  });
});
