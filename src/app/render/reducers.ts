import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { FilterResult } from '../../graph/index.ts';
import type { DisplayEdge, DisplayNode } from './display.ts';

/** What the reducers need to know: everything display-only lives here, never in the graph. */
export interface ReducerContext {
  visible: FilterResult;
  /** The hovered node, else the selected one: its neighbourhood stays lit, the rest dims. */
  focus: string | null;
  neighbours: Set<string>;
  selectedNode: string | null;
  selectedEdge: string | null;
  hoveredEdge: string | null;
  /** Zoomed in far enough to read relation labels on every edge. */
  zoomedIn: boolean;
  /** The labels that must show, best-ranked first (degree, zoom-dependent budget); LabelPlacer keeps them apart. */
  labelOrder: readonly string[];
  forced: ReadonlySet<string>;
  /** Label the focus's edges: only when it has few, else a hub's relation labels pile up around it. */
  focusEdgeLabels?: boolean;
  /** Node sizes are scaled to the canvas: a phone gets smaller discs than a desktop (1 = as designed). */
  sizeScale?: number;
}

export const DIM_NODE = '#d9dde3';
export const DIM_EDGE = '#eceef2';

export function nodeReducer(key: string, data: DisplayNode, ctx: ReducerContext): Partial<NodeDisplayData> {
  const res: Partial<NodeDisplayData> = { ...data };
  if (!ctx.visible.nodes.has(key)) {
    res.hidden = true;
    return res;
  }
  if (ctx.focus && key !== ctx.focus && !ctx.neighbours.has(key)) {
    res.color = DIM_NODE;
    res.label = '';
    res.zIndex = 0;
  } else if (ctx.focus) {
    res.zIndex = 1;
    // Neighbours keep their labels even when small: that is what the highlight is for.
    res.forceLabel = true;
  }
  if (ctx.sizeScale !== undefined && ctx.sizeScale !== 1) res.size = data.size * ctx.sizeScale;
  if (ctx.forced.has(key) && res.label) res.forceLabel = true;
  if (key === ctx.selectedNode) {
    res.highlighted = true;
    res.zIndex = 2;
  }
  return res;
}

export function edgeReducer(
  key: string,
  data: DisplayEdge,
  ctx: ReducerContext,
  ends: (edge: string) => [string, string],
): Partial<EdgeDisplayData> {
  const res: Partial<EdgeDisplayData> = { ...data };
  if (!ctx.visible.edges.has(key)) {
    res.hidden = true;
    return res;
  }
  const [s, t] = ends(key);
  const touchesFocus = ctx.focus !== null && (s === ctx.focus || t === ctx.focus);
  const picked = key === ctx.hoveredEdge || key === ctx.selectedEdge;
  if (ctx.focus && !touchesFocus && !picked) {
    res.color = DIM_EDGE;
    res.label = '';
    res.zIndex = 0;
  } else {
    res.zIndex = 1;
  }
  const focusLabel = touchesFocus && ctx.focusEdgeLabels !== false;
  const showLabel = picked || focusLabel || ctx.zoomedIn;
  res.label = showLabel ? data.label : '';
  res.forceLabel = picked || focusLabel;
  if (picked) res.size = (data.size ?? 1) + 2;
  return res;
}
