// View state for issue 17's exploring tools: expanding from an actor, a shortest path, size and colour by a
// metric. All of it lives in the URL (beside the filter), none of it in the graph.
import { shortestPath } from '../../graph/path.ts';
import type { GraphPath } from '../../graph/path.ts';
import type { AppState } from './store.ts';

export interface Exploration {
  start: string;
  /** Nodes whose neighbours were added, in the order they were expanded. */
  expanded: string[];
}
export interface PathEnds {
  from: string | null;
  to: string | null;
}
export const SIZE_BY = ['relations', 'mentions', 'betweenness'] as const;
export type SizeBy = (typeof SIZE_BY)[number];
export const COLOR_BY = ['type', 'community'] as const;
export type ColorBy = (typeof COLOR_BY)[number];

export interface ExploreView {
  explore: Exploration | null;
  path: PathEnds | null;
  sizeBy: SizeBy;
  colorBy: ColorBy;
}

/** The URL parameters this module owns. */
export const EXPLORE_PARAMS = ['start', 'expand', 'from-node', 'to-node', 'size', 'color'];

export function readExplore(p: URLSearchParams): ExploreView {
  const start = p.get('start');
  const from = p.get('from-node');
  const to = p.get('to-node');
  const size = p.get('size');
  const color = p.get('color');
  return {
    // Repeated parameters, not a list: node keys may hold commas.
    explore: start ? { start, expanded: p.getAll('expand') } : null,
    path: from || to ? { from, to } : null,
    sizeBy: (SIZE_BY as readonly string[]).includes(size ?? '') ? (size as SizeBy) : 'relations',
    colorBy: (COLOR_BY as readonly string[]).includes(color ?? '') ? (color as ColorBy) : 'type',
  };
}

export function writeExplore(v: ExploreView, p: URLSearchParams): void {
  if (v.explore) {
    p.set('start', v.explore.start);
    for (const n of v.explore.expanded) p.append('expand', n);
  }
  if (v.path?.from) p.set('from-node', v.path.from);
  if (v.path?.to) p.set('to-node', v.path.to);
  if (v.sizeBy !== 'relations') p.set('size', v.sizeBy);
  if (v.colorBy !== 'type') p.set('color', v.colorBy);
}

export type PathState =
  { kind: 'none' } | { kind: 'partial' } | { kind: 'unreachable' } | ({ kind: 'found' } & GraphPath);

let memo: { key: unknown[]; result: PathState } | null = null;

/** The path between the picked ends, through the relations shown; memoised for the renderer and the panel. */
export function currentPath(s: AppState): PathState {
  const key = [s.graphVersion, s.visible, s.path?.from, s.path?.to];
  if (memo && memo.key.every((k, i) => k === key[i])) return memo.result;
  let result: PathState;
  if (!s.path) result = { kind: 'none' };
  else if (!s.path.from || !s.path.to) result = { kind: 'partial' };
  else {
    const found = shortestPath(s.graph, s.path.from, s.path.to, (e) => s.visible.edges.has(e));
    result = found ? { kind: 'found', ...found } : { kind: 'unreachable' };
  }
  memo = { key, result };
  return result;
}

export function sameExplore(a: ExploreView, b: ExploreView): boolean {
  const p = (v: ExploreView): string => {
    const q = new URLSearchParams();
    writeExplore(v, q);
    return q.toString();
  };
  return p(a) === p(b);
}
