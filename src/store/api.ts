/**
 * `newsgraph serve`'s HTTP API over a store (node:http, no framework: a dozen GET routes). JSON in UTF-8,
 * never cached; every parameter checked (api-params.ts). Requests naming another host are refused, so a
 * web page elsewhere cannot reach the store through DNS rebinding.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RELATION_TYPES } from '../graph/index.ts';
import type { RelationType } from '../graph/index.ts';
import { filtered, neighbourhood, overview } from './api-graph.ts';
import type { GraphAnswer } from './api-graph.ts';
import { BadRequest, FILTER_PARAMS, filterFrom, Params } from './api-params.ts';
import { ftsQuery, StoreQueries } from './query.ts';
import type { Db } from './schema.ts';
import { serveStatic } from './static.ts';

type Route = (p: URLSearchParams) => unknown;

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

class NotFound extends Error {
  readonly status = 404;
}

const withCount = (a: GraphAnswer): { graph: unknown; headers: Record<string, string> } => ({
  graph: a.graph,
  headers: { 'x-newsgraph-matched': String(a.matched) },
});

export function apiRoutes(db: Db): Record<string, Route> {
  const q = new StoreQueries(db);
  const actorOf = (ref: string): ReturnType<StoreQueries['resolve']> & object => {
    const node = q.resolve(ref);
    if (!node) throw new NotFound(`actor: no node with the key, name or alias "${ref.slice(0, 80)}"`);
    return node;
  };
  return {
    '/api/health': (p) => {
      new Params(p, []);
      return { ok: true, store: true, ...q.counts() };
    },
    '/api/overview': (p) => {
      const ps = new Params(p, ['limit', 'evidence']);
      return withCount(overview(q, ps.int('limit', 1, 2000, 150), ps.int('evidence', 0, 20, 1)));
    },
    '/api/graph': (p) => {
      const ps = new Params(p, [...FILTER_PARAMS, 'limit', 'evidence']);
      const filter = filterFrom(ps);
      // Names are resolved here, so an unknown one is a 404 saying which, not an empty graph.
      if (filter.actor !== undefined) filter.actor = actorOf(filter.actor).key;
      if (filter.countries)
        filter.countries = filter.countries.map((c) => {
          const node = q.resolve(c, 'country');
          if (!node || node.type !== 'country')
            throw new NotFound(`country: no country named "${c.slice(0, 80)}"`);
          return node.key;
        });
      return withCount(filtered(q, filter, ps.int('limit', 1, 2000, 300), ps.int('evidence', 0, 20, 1)));
    },
    '/api/neighbourhood': (p) => {
      const ps = new Params(p, ['actor', 'depth', 'limit', 'evidence']);
      const start = actorOf(ps.text('actor', true));
      const depth = ps.int('depth', 1, 3, 1);
      return withCount(
        neighbourhood(q, start, depth, ps.int('limit', 1, 2000, 300), ps.int('evidence', 0, 20, 1)),
      );
    },
    '/api/search/names': (p) => {
      const ps = new Params(p, ['q', 'limit']);
      const fts = ftsQuery(ps.text('q', true), true);
      if (!fts) throw new BadRequest('q: no letters or digits to search for');
      return { results: q.names(fts, ps.int('limit', 1, 200, 20)) };
    },
    '/api/search/evidence': (p) => {
      const ps = new Params(p, ['q', 'limit', 'offset']);
      const fts = ftsQuery(ps.text('q', true), false);
      if (!fts) throw new BadRequest('q: no letters or digits to search for');
      const results = q.searchEvidence(fts, ps.int('limit', 1, 200, 20), ps.int('offset', 0, 1_000_000, 0));
      return {
        results: results.map((r) => ({
          sentence: r.sentence,
          cited: r.cited.map((c) => ({ ...c, edge: `${c.type}:${c.source}->${c.target}` })),
        })),
      };
    },
    '/api/evidence': (p) => {
      const ps = new Params(p, ['edge', 'limit', 'offset']);
      const key = ps.text('edge', true);
      // An edge key: type:source->target (edgeKey in graph/keys.ts); node keys hold no '>'.
      const m = /^([a-z-]+):(.+)->(.+)$/.exec(key);
      if (!m || !(RELATION_TYPES as readonly string[]).includes(m[1]))
        throw new BadRequest('edge: not an edge key (type:source->target)');
      const edge = q.edgeByKeys(m[1] as RelationType, m[2], m[3]);
      if (!edge) throw new NotFound(`edge: no edge ${key.slice(0, 200)}`);
      const limit = ps.int('limit', 1, 200, 20);
      const offset = ps.int('offset', 0, 1_000_000, 0);
      return { edge: key, total: edge.evidence, offset, evidence: q.evidence(edge.id, limit, offset) };
    },
    '/api/article': (p) => {
      const ps = new Params(p, ['id']);
      const id = ps.text('id', true);
      const a = q.article(id);
      if (!a) throw new NotFound(`id: no article ${id.slice(0, 200)}`);
      return a;
    },
  };
}

export interface HandlerOptions {
  /** The built explorer (vite build's dist/); undefined: API only. */
  distDir?: string;
  /** Host names the server answers to (with the port); others get 421. */
  hosts: () => string[];
}

export function createHandler(
  db: Db,
  options: HandlerOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  const routes = apiRoutes(db);
  return (req, res) => {
    const host = req.headers.host ?? '';
    if (!options.hosts().includes(host.toLowerCase()))
      return sendJson(res, 421, { error: `host ${host.slice(0, 100)} is not this server's` });
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendJson(res, 405, { error: `${req.method}: only GET` }, { allow: 'GET, HEAD' });
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return sendJson(res, 400, { error: 'bad URL' });
    }
    if (!url.pathname.startsWith('/api/')) return serveStatic(req, res, url.pathname, options.distDir);
    const route = routes[url.pathname];
    if (!route) return sendJson(res, 404, { error: `no route ${url.pathname.slice(0, 100)}` });
    try {
      const body = route(url.searchParams);
      if (body && typeof body === 'object' && 'graph' in body && 'headers' in body) {
        const b = body as { graph: unknown; headers: Record<string, string> };
        return sendJson(res, 200, b.graph, b.headers);
      }
      sendJson(res, 200, body);
    } catch (e) {
      if (e instanceof BadRequest || e instanceof NotFound)
        return sendJson(res, e.status, { error: e.message });
      sendJson(res, 500, { error: 'internal error' });
      process.stderr.write(`serve: ${url.pathname}: ${(e as Error).stack ?? String(e)}\n`);
    }
  };
}
