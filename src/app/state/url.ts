import { filterFromParams, filterToParams } from '../../graph/index.ts';
import type { GraphFilter } from '../../graph/index.ts';
import type { Selection } from './store.ts';

/** Params the explorer owns besides the filter's. */
const OWN = ['graph', 'node', 'edge'];

export interface UrlState {
  graphUrl: string | null;
  filter: GraphFilter;
  selection: Selection;
}

export function readUrl(search: string): UrlState {
  const p = new URLSearchParams(search);
  const node = p.get('node');
  const edge = p.get('edge');
  return {
    graphUrl: p.get('graph'),
    filter: filterFromParams(p),
    selection: node ? { kind: 'node', key: node } : edge ? { kind: 'edge', key: edge } : null,
  };
}

/** The query string for a view: the filter in the CLI's own parameter names, so a URL maps to `export` flags. */
export function writeUrl(graphUrl: string | null, filter: GraphFilter, selection: Selection): string {
  const p = filterToParams(filter);
  for (const k of OWN) p.delete(k);
  if (graphUrl) p.set('graph', graphUrl);
  if (selection) p.set(selection.kind, selection.key);
  const q = p.toString();
  return q ? `?${q}` : '';
}
