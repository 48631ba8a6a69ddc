// Dragging a node moves it and pins it: the node is marked `fixed`, which ForceAtlas2 (worker and
// synchronous) leaves in place, and removeOverlaps skips. Positions are the display graph's only.
import type Sigma from 'sigma';
import type { Store } from '../state/store.ts';
import type { DisplayGraph } from './display.ts';

export interface DragDeps {
  sigma: Sigma;
  display: () => DisplayGraph;
  store: Store;
  /** The worker would overwrite the dragged position: the layout stops when a drag starts. */
  stopLayout: () => void;
  /** Where each pinned node was put, so a rebuilt display graph (new articles) keeps it. */
  pins: Map<string, { x: number; y: number }>;
}

/** Returns whether a click now is the end of a drag (the browser clicks after mouseup): not a selection. */
export function enableDrag({ sigma, display, store, stopLayout, pins }: DragDeps): () => boolean {
  let dragged: string | null = null;
  let moved = false;
  let justDropped = false;
  sigma.on('downNode', ({ node }) => {
    dragged = node;
    moved = false;
  });
  sigma.on('moveBody', ({ event }) => {
    if (!dragged) return;
    if (!moved) stopLayout();
    moved = true;
    const p = sigma.viewportToGraph(event);
    display().mergeNodeAttributes(dragged, { x: p.x, y: p.y, fixed: true });
    pins.set(dragged, p);
    // The drag moves the node, not the camera.
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const up = (): void => {
    if (dragged && moved) {
      justDropped = true;
      setTimeout(() => (justDropped = false), 0);
      if (!store.state.pinned.has(dragged)) store.set({ pinned: new Set([...store.state.pinned, dragged]) });
    }
    dragged = null;
  };
  sigma.on('upNode', up);
  sigma.on('upStage', up);
  return () => justDropped;
}

/** Brings the display graph in line with the pinned set (an unpin frees the node for the layout). */
export function applyPins(
  d: DisplayGraph,
  pinned: ReadonlySet<string>,
  pins: Map<string, { x: number; y: number }>,
): void {
  for (const key of [...pins.keys()]) if (!pinned.has(key)) pins.delete(key);
  d.forEachNode((key, a) => {
    const pin = pins.get(key);
    if (pin) d.mergeNodeAttributes(key, { ...pin, fixed: true });
    else if (a.fixed) d.setNodeAttribute(key, 'fixed', false);
  });
}
