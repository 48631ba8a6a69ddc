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
  /** A shortest path being shown: it stays lit, everything else dims (takes over from the focus). */
  path?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
  /** Sizes and colours by a metric (render/metrics.ts), in place of degree and entity type. */
  sizes?: ReadonlyMap<string, number>;
  colors?: ReadonlyMap<string, string>;
  /** Nodes dragged into place: their label carries a pin. */
  pinned?: ReadonlySet<string>;
}

/** Drawn before a pinned node's label; a text symbol the page's fonts have (an emoji may show as a box). */
export const PIN = '⚑ ';

export const DIM_NODE = '#d9dde3';
export const DIM_EDGE = '#eceef2';

export function nodeReducer(key: string, data: DisplayNode, ctx: ReducerContext): Partial<NodeDisplayData> {
  const res: Partial<NodeDisplayData> = { ...data };
  if (!ctx.visible.nodes.has(key)) {
    res.hidden = true;
    return res;
  }
  const size = ctx.sizes?.get(key);
  if (size !== undefined) res.size = size;
  const color = ctx.colors?.get(key);
  if (color !== undefined) res.color = color;
  if (ctx.pinned?.has(key)) res.label = PIN + data.label;
  if (ctx.path) {
    if (ctx.path.nodes.has(key)) {
      res.zIndex = 2;
      res.forceLabel = true;
      res.highlighted = true;
    } else {
      res.color = DIM_NODE;
      res.label = '';
      res.zIndex = 0;
    }
  } else if (ctx.focus && key !== ctx.focus && !ctx.neighbours.has(key)) {
    res.color = DIM_NODE;
    res.label = '';
    res.zIndex = 0;
  } else if (ctx.focus) {
    res.zIndex = 1;
    // Neighbours keep their labels even when small: that is what the highlight is for.
    res.forceLabel = true;
  }
  if (ctx.sizeScale !== undefined && ctx.sizeScale !== 1) res.size = (res.size ?? data.size) * ctx.sizeScale;
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
  if (ctx.path) {
    const on = ctx.path.edges.has(key);
    res.color = on ? data.color : DIM_EDGE;
    res.label = on ? data.label : '';
    res.forceLabel = on;
    res.zIndex = on ? 2 : 0;
    if (on) res.size = (data.size ?? 1) + 2;
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
