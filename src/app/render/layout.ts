import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import type { DisplayGraph } from './display.ts';

/** Up to this many nodes the opening layout is computed synchronously (and so identically every time). */
export const SETTLE_MAX_NODES = 1500;
/** Above this many nodes the ForceAtlas2 worker is never started automatically. */
export const AUTOSTART_MAX_NODES = 0;

/**
 * News graphs are a dense core (the story's main actors) plus many one-mention satellites. Strong gravity
 * keeps the satellites from drifting to the edge of the screen and squeezing the core into a corner;
 * a higher scaling ratio gives the core room for its labels.
 */
function fa2Settings(graph: DisplayGraph): ReturnType<typeof forceAtlas2.inferSettings> {
  return {
    ...forceAtlas2.inferSettings(graph),
    adjustSizes: false,
    strongGravityMode: true,
    gravity: 0.05,
    scalingRatio: 20,
    barnesHutOptimize: graph.order > 400,
  };
}

/** Node sizes are in screen pixels; noverlap needs them in graph units, for a viewport of about `px` pixels. */
function sizeScale(graph: DisplayGraph, px = 700): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_k, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  const extent = Math.max(maxX - minX, maxY - minY);
  return Number.isFinite(extent) && extent > 0 ? extent / px : 1;
}

/** Pushes overlapping nodes apart: the finishing pass after ForceAtlas2. */
export function removeOverlaps(graph: DisplayGraph, maxIterations = 60): void {
  if (graph.order < 2) return;
  const k = sizeScale(graph);
  noverlap.assign(graph, {
    maxIterations,
    inputReducer: (_key, a) => ({ x: a.x, y: a.y, size: (a.size ?? 5) * k }),
    // A pinned node (dragged into place, render/drag.ts) stays where it was put.
    outputReducer: (key, a) =>
      graph.getNodeAttribute(key, 'fixed') ? graph.getNodeAttributes(key) : { x: a.x, y: a.y },
    settings: { margin: 6 * k, ratio: 1.2 },
  });
}

/**
 * The opening layout: a fixed number of ForceAtlas2 iterations from the key-seeded positions, then
 * noverlap. No clock, no randomness: the same graph gives the same picture on every load.
 */
export function settle(graph: DisplayGraph): boolean {
  if (graph.order === 0 || graph.order > SETTLE_MAX_NODES) return false;
  const iterations = graph.order > 500 ? 150 : 300;
  forceAtlas2.assign(graph, { iterations, settings: fa2Settings(graph) });
  removeOverlaps(graph);
  return true;
}

/** ForceAtlas2 in a web worker, with start/stop; stopping tidies overlaps. */
export class LayoutControl {
  private fa2: FA2Layout | null = null;
  private listeners: ((running: boolean) => void)[] = [];

  constructor(private graph: DisplayGraph) {}

  onChange(fn: (running: boolean) => void): void {
    this.listeners.push(fn);
  }

  get running(): boolean {
    return this.fa2?.isRunning() ?? false;
  }

  start(): void {
    if (this.running || this.graph.order === 0) return;
    this.fa2 ??= new FA2Layout(this.graph, { settings: fa2Settings(this.graph) });
    this.fa2.start();
    this.emit();
  }

  stop(): void {
    if (!this.fa2 || !this.running) return;
    this.fa2.stop();
    if (this.graph.order <= SETTLE_MAX_NODES * 4) removeOverlaps(this.graph, 30);
    this.emit();
  }

  toggle(): void {
    if (this.running) this.stop();
    else this.start();
  }

  kill(): void {
    this.fa2?.kill();
    this.fa2 = null;
    this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l(this.running);
  }
}
