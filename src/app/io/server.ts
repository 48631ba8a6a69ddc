/**
 * The explorer over `newsgraph serve`: when the page is served by it (serve writes a
 * `<meta name="newsgraph-api">` into index.html) or the address names `?api=`, and /api/health answers as a
 * store there, the first graph is the store's overview, or the filter in the address
 * answered by the server, instead of graph.json. The browser holds only that view; the answers are
 * graph-file JSON, so everything else in the explorer works on them unchanged.
 */
import { filterFromParams, filterToParams, isEmptyFilter } from '../../graph/index.ts';

/** Nodes in the first picture: legible at any corpus size. */
const OVERVIEW_LIMIT = 150;
const FILTER_LIMIT = 400;
const API_FILTER = ['type', 'relation', 'country', 'actor', 'depth', 'article', 'minConfidence'];

/** The name of the meta element `serve` adds to the page it hands out. */
export const API_META = 'newsgraph-api';

/**
 * The API's base ('' for the page's own origin) when the page is served by `serve`, else null. Elsewhere
 * (a static host, vite) nothing is asked: a probe there would only log a 404 in the console.
 */
export async function serverBase(search: string, servedByServe = hasApiMeta()): Promise<string | null> {
  const p = new URLSearchParams(search);
  const given = p.get('api');
  if (given === null && !servedByServe) return null;
  const base = given !== null ? given.replace(/\/+$/, '') : '';
  try {
    const res = await fetch(`${base}/api/health`, { headers: { accept: 'application/json' } });
    if (!res.ok) return null;
    const body = (await res.json()) as { ok?: unknown; store?: unknown };
    return body.ok === true && body.store === true ? base : null;
  } catch {
    // Not served by `serve` (a static host, vite's dev server): graph.json as before.
    return null;
  }
}

function hasApiMeta(): boolean {
  return typeof document !== 'undefined' && document.querySelector(`meta[name="${API_META}"]`) !== null;
}

/** The URL of the first graph: the overview, or the server's answer to the address's filter. */
export function serverGraphUrl(base: string, search: string): string {
  const filter = filterFromParams(new URLSearchParams(search));
  if (isEmptyFilter(filter)) return `${base}/api/overview?limit=${OVERVIEW_LIMIT}`;
  // Only what the API filters on (it refuses other names); the explorer applies the whole filter itself.
  const all = filterToParams(filter);
  const p = new URLSearchParams();
  for (const k of API_FILTER) {
    const v = all.get(k);
    if (v !== null) p.set(k, v);
  }
  p.set('limit', String(FILTER_LIMIT));
  return `${base}/api/graph?${p.toString()}`;
}

/** The graph URL to load when served by `serve`, or null (then the page loads graph.json). */
export async function graphUrlFromServer(search: string): Promise<string | null> {
  const base = await serverBase(search);
  return base === null ? null : serverGraphUrl(base, search);
}
