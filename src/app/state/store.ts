import { filterKeys } from '../../graph/index.ts';
import type { FilterResult, GraphFilter, NewsGraph } from '../../graph/index.ts';

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
}

/** What the view shows: the filter's result, less the nodes without any relation unless they are asked for. */
export function computeVisible(
  graph: NewsGraph,
  filter: GraphFilter,
  showIsolated: boolean,
): { visible: FilterResult; isolatedHidden: number } {
  const visible = filterKeys(graph, filter);
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

  constructor(graph: NewsGraph, source: string, filter: GraphFilter = {}) {
    this.state = {
      graph,
      graphVersion: 1,
      source,
      filter,
      ...computeVisible(graph, filter, false),
      selection: null,
      hoveredNode: null,
      hoveredEdge: null,
      article: null,
      showIsolated: false,
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
      changed.has('showIsolated')
    ) {
      const v = computeVisible(next.graph, next.filter, next.showIsolated);
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
