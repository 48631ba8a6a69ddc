import { filterFromParams, filterToParams } from '../../graph/index.ts';
import type { GraphFilter } from '../../graph/index.ts';
import { EXPLORE_PARAMS, readExplore, writeExplore } from './explore.ts';
import type { ExploreView } from './explore.ts';
import type { ArticleFocus, Selection } from './store.ts';

/** Params the explorer owns besides the filter's. */
const OWN = ['graph', 'node', 'edge', 'read', 'span', ...EXPLORE_PARAMS];

export interface UrlState {
  graphUrl: string | null;
  filter: GraphFilter;
  selection: Selection;
  /** The article being read and the cited span, so Back closes the reader and Forward reopens it. */
  article: ArticleFocus | null;
  /** Expansion, path, size and colour (state/explore.ts). */
  view: ExploreView;
}

function readArticle(p: URLSearchParams): ArticleFocus | null {
  const id = p.get('read');
  if (!id) return null;
  const m = /^(\d+)-(\d+)$/.exec(p.get('span') ?? '');
  return m ? { id, start: Number(m[1]), end: Number(m[2]) } : { id };
}

export function readUrl(search: string): UrlState {
  const p = new URLSearchParams(search);
  const node = p.get('node');
  const edge = p.get('edge');
  return {
    graphUrl: p.get('graph'),
    filter: filterFromParams(p),
    selection: node ? { kind: 'node', key: node } : edge ? { kind: 'edge', key: edge } : null,
    article: readArticle(p),
    view: readExplore(p),
  };
}

/** The query string for a view: the filter in the CLI's own parameter names, so a URL maps to `export` flags. */
export function writeUrl(
  graphUrl: string | null,
  filter: GraphFilter,
  selection: Selection,
  article: ArticleFocus | null = null,
  view: ExploreView | null = null,
): string {
  const p = filterToParams(filter);
  for (const k of OWN) p.delete(k);
  if (graphUrl) p.set('graph', graphUrl);
  if (selection) p.set(selection.kind, selection.key);
  if (article) {
    p.set('read', article.id);
    if (article.start !== undefined && article.end !== undefined)
      p.set('span', `${article.start}-${article.end}`);
  }
  if (view) writeExplore(view, p);
  const q = p.toString();
  return q ? `?${q}` : '';
}
