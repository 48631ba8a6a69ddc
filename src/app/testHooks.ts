import type { GraphView } from './render/renderer.ts';
import type { Store } from './state/store.ts';

/**
 * A small read-only window into the explorer for the browser tests and the benchmark: where a node is on
 * screen, what is visible, whether the canvas drew anything. Nothing here changes state.
 */
export interface TestHooks {
  nodeOnPage(key: string): { x: number; y: number } | null;
  visibleNodes(): string[];
  visibleEdges(): string[];
  drawnPixels(): number;
  cameraRatio(): number;
  /** A node's layout position (graph coordinates), as exports write it. */
  position(key: string): { x: number; y: number } | undefined;
  /** What sigma draws for a node after the reducers (size, colour, label, hidden). */
  nodeDisplay(key: string): { size: number; color: string; label: string | null; hidden: boolean } | null;
  /** Nodes dragged into place. */
  pinned(): string[];
  /** Frames sigma has drawn so far. */
  frames(): number;
  /** The node labels drawn in the last frame, with their boxes in canvas pixels, and the canvas size. */
  labels(): {
    boxes: { key: string; label: string; x: number; y: number; w: number; h: number }[];
    width: number;
    height: number;
  };
}

declare global {
  interface Window {
    __newsgraph?: TestHooks;
  }
}

export function installTestHooks(deps: { store: Store; view: GraphView; drawnPixels: () => number }): void {
  let frames = 0;
  deps.view.sigma.on('afterRender', () => frames++);
  window.__newsgraph = {
    frames: () => frames,
    nodeOnPage: (key) => deps.view.nodeOnPage(key),
    visibleNodes: () => [...deps.store.state.visible.nodes].sort(),
    visibleEdges: () => [...deps.store.state.visible.edges].sort(),
    drawnPixels: deps.drawnPixels,
    cameraRatio: () => deps.view.sigma.getCamera().ratio,
    position: (key) => deps.view.position(key),
    nodeDisplay: (key) => {
      const d = deps.view.sigma.getNodeDisplayData(key);
      return d ? { size: d.size, color: d.color, label: d.label ?? null, hidden: d.hidden } : null;
    },
    pinned: () => [...deps.store.state.pinned].sort(),
    labels: () => ({ boxes: [...deps.view.labels.drawn], ...deps.view.sigma.getDimensions() }),
  };
}
