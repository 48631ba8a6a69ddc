/** The built explorer (dist/ from `vite build`) as `serve` hands it out: files inside the folder only. */
import { createReadStream, readFileSync, realpathSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, extname, join, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.bin': 'application/octet-stream',
};

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
  res.end(text);
}

/**
 * Tells the page it is served by `serve`, so it asks /api/health (src/app/io/server.ts reads it); a page on
 * any other host asks nothing, and logs no 404.
 */
export const API_META = '<meta name="newsgraph-api" content="/api/" />';

/** index.html with the meta element added at the start of its head. */
export function withApiMeta(html: string): string {
  const head = /<head(?:\s[^>]*)?>/i.exec(html);
  if (!head) return API_META + html;
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n    ${API_META}${html.slice(at)}`;
}

export function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  dist?: string,
): void {
  if (!dist) return send(res, 404, 'no explorer here: run `npm run build` and start serve again\n');
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return send(res, 400, 'bad path\n');
  }
  if (rel.includes('\0')) return send(res, 400, 'bad path\n');
  if (rel.endsWith('/')) rel += 'index.html';
  let root: string;
  let file: string;
  try {
    root = realpathSync(dist);
    // Resolved through links, then checked to lie inside dist/: no `..` or link leads out of it.
    file = realpathSync(join(root, rel));
    if (file !== root && !file.startsWith(root + sep)) return send(res, 404, 'not found\n');
    if (!statSync(file).isFile()) return send(res, 404, 'not found\n');
  } catch {
    return send(res, 404, 'not found\n');
  }
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  if (basename(file) === 'index.html') {
    const body = withApiMeta(readFileSync(file, 'utf8'));
    res.writeHead(200, {
      'content-type': type,
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    return void res.end(req.method === 'HEAD' ? undefined : body);
  }
  res.writeHead(200, { 'content-type': type, 'x-content-type-options': 'nosniff' });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file).pipe(res);
}
