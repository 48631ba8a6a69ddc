/**
 * The explorer over `newsgraph serve`: when the page is served by it (its /api/health answers as a store,
 * or the address names `?api=`), the first graph is the store's overview, or the filter in the address
 * answered by the server, instead of graph.json. The browser holds only that view; the answers are
 * graph-file JSON, so everything else in the explorer works on them unchanged.
 */
import { filterFromParams, filterToParams, isEmptyFilter } from '../../graph/index.ts';

/** Nodes in the first picture: legible at any corpus size. */
const OVERVIEW_LIMIT = 150;
const FILTER_LIMIT = 400;
const API_FILTER = ['type', 'relation', 'country', 'actor', 'depth', 'article', 'minConfidence'];

/** The API's base ('' for the page's own origin) when the page is served by `serve`, else null. */
export async function serverBase(search: string): Promise<string | null> {
  const p = new URLSearchParams(search);
  const given = p.get('api');
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
