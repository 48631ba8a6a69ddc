import { filterKeys } from '../../graph/index.ts';
import type { FilterResult, GraphFilter, NewsGraph } from '../../graph/index.ts';
import { expandedNodes } from '../../graph/expand.ts';
import type { ColorBy, Exploration, PathEnds, SizeBy } from './explore.ts';

export type Selection = { kind: 'node'; key: string } | { kind: 'edge'; key: string } | null;

/** The article view: which article, and the span (a sentence) to bring into view. */
export interface ArticleFocus {
  id: string;
  start?: number;
  end?: number;
}

export interface AppState {
  graph: NewsGraph;
  /** Bumped whenever the graph is replaced or grows, so views rebuild what depends on it. */
  graphVersion: number;
  /** Where the graph came from, for messages and export names. */
  source: string;
  filter: GraphFilter;
  /** What the filter keeps: derived, recomputed by the store whenever graph or filter change. */
  visible: FilterResult;
  selection: Selection;
  hoveredNode: string | null;
  hoveredEdge: string | null;
  article: ArticleFocus | null;
  /** Nodes with no relation at all are hidden unless asked for: they crowd the picture and say little. */
  showIsolated: boolean;
  /** How many nodes the filter keeps but are hidden for having no relation. */
  isolatedHidden: number;
  /** Expanding from one actor: only its start and the neighbours of the expanded nodes show (URL). */
  explore: Exploration | null;
  /** The two ends of a shortest path being shown, as they are picked (URL). */
  path: PathEnds | null;
  /** Nodes dragged into place: the layout never moves them (display only, not in the graph). */
  pinned: ReadonlySet<string>;
  /** What node size and colour say (URL). */
  sizeBy: SizeBy;
  colorBy: ColorBy;
}

/** What the view shows: the filter's result, less the nodes without any relation unless they are asked for. */
export function computeVisible(
  graph: NewsGraph,
  filter: GraphFilter,
  showIsolated: boolean,
  explore: Exploration | null = null,
): { visible: FilterResult; isolatedHidden: number } {
  const visible = filterKeys(graph, filter);
  if (explore) {
    // The exploration narrows what the filter keeps, through the relations the filter keeps.
    const shown = expandedNodes(graph, explore.start, explore.expanded, (e) => visible.edges.has(e));
    for (const n of visible.nodes) if (!shown.has(n)) visible.nodes.delete(n);
    for (const e of visible.edges)
      if (!visible.nodes.has(graph.source(e)) || !visible.nodes.has(graph.target(e))) visible.edges.delete(e);
    return { visible, isolatedHidden: 0 };
  }
  if (showIsolated) return { visible, isolatedHidden: 0 };
  let isolatedHidden = 0;
  for (const n of visible.nodes) {
    if (graph.degree(n) === 0) {
      visible.nodes.delete(n);
      isolatedHidden++;
    }
  }
  return { visible, isolatedHidden };
}

export type StateKey = keyof AppState;
type Listener = (state: AppState, changed: Set<StateKey>) => void;

/** One store, many small views: each view subscribes and redraws only when the keys it reads change. */
export class Store {
  private listeners: Listener[] = [];
  state: AppState;

  constructor(
    graph: NewsGraph,
    source: string,
    filter: GraphFilter = {},
    view: Partial<Pick<AppState, 'explore' | 'path' | 'sizeBy' | 'colorBy'>> = {},
  ) {
    const explore = view.explore ?? null;
    this.state = {
      graph,
      graphVersion: 1,
      source,
      filter,
      ...computeVisible(graph, filter, false, explore),
      selection: null,
      hoveredNode: null,
      hoveredEdge: null,
      article: null,
      showIsolated: false,
      explore,
      path: view.path ?? null,
      pinned: new Set(),
      sizeBy: view.sizeBy ?? 'relations',
      colorBy: view.colorBy ?? 'type',
    };
  }

  subscribe(fn: Listener): () => void {
    this.listeners.push(fn);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== fn);
    };
  }

  set(patch: Partial<AppState>): void {
    const changed = new Set<StateKey>();
    for (const [k, v] of Object.entries(patch) as [StateKey, unknown][]) {
      if (this.state[k] !== v) changed.add(k);
    }
    if (changed.size === 0) return;
    const next = { ...this.state, ...patch };
    if (changed.has('graph')) {
      next.graphVersion = this.state.graphVersion + 1;
      changed.add('graphVersion');
    }
    if (
      changed.has('graph') ||
      changed.has('filter') ||
      changed.has('graphVersion') ||
      changed.has('showIsolated') ||
      changed.has('explore')
    ) {
      const v = computeVisible(next.graph, next.filter, next.showIsolated, next.explore);
      next.visible = v.visible;
      next.isolatedHidden = v.isolatedHidden;
      changed.add('visible');
      if (v.isolatedHidden !== this.state.isolatedHidden) changed.add('isolatedHidden');
    }
    // A selection that no longer exists in the graph is dropped rather than left dangling.
    if (next.selection) {
      const gone =
        next.selection.kind === 'node'
          ? !next.graph.hasNode(next.selection.key)
          : !next.graph.hasEdge(next.selection.key);
      if (gone) {
        next.selection = null;
        changed.add('selection');
      }
    }
    this.state = next;
    for (const l of this.listeners) l(this.state, changed);
  }

  /** The graph changed in place (articles merged into it): recompute what depends on it. */
  graphChanged(): void {
    this.set({ graphVersion: this.state.graphVersion + 1 });
  }
}
