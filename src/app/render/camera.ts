import type Sigma from 'sigma';
import type { DisplayGraph } from './display.ts';

export interface BBox {
  x: [number, number];
  y: [number, number];
}

/**
 * The extent of some nodes in graph coordinates, or null for none. A very small extent (one node, two
 * close ones) is widened to `minShare` of the whole graph's, so one node is not blown up to fill the screen.
 */
export function extentOf(display: DisplayGraph, keys: Iterable<string>, minShare = 0.25): BBox | null {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const k of keys) {
    if (!display.hasNode(k)) continue;
    const { x, y } = display.getNodeAttributes(k);
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  if (!Number.isFinite(x0)) return null;
  let full = 0;
  display.forEachNode((_k, a) => {
    full = Math.max(full, Math.abs(a.x - x0), Math.abs(a.y - y0));
  });
  const min = Math.max(full * minShare, 1e-6);
  const widen = (lo: number, hi: number): [number, number] => {
    if (hi - lo >= min) return [lo, hi];
    const mid = (lo + hi) / 2;
    return [mid - min / 2, mid + min / 2];
  };
  return { x: widen(x0, x1), y: widen(y0, y1) };
}

export function sameBox(a: BBox | null, b: BBox | null): boolean {
  if (!a || !b) return a === b;
  return a.x[0] === b.x[0] && a.x[1] === b.x[1] && a.y[0] === b.y[0] && a.y[1] === b.y[1];
}

/**
 * Frames `keys` (a selection and its neighbours) inside the current normalisation: centre on them and zoom so
 * they fill the view with a margin. Sigma's framed coordinates put the whole bbox in [0, 1] along its longer
 * side, and camera ratio 1 shows exactly that.
 */
export function animateTo(sigma: Sigma, keys: Iterable<string>, duration = 350): void {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const k of keys) {
    const d = sigma.getNodeDisplayData(k);
    if (!d) continue;
    x0 = Math.min(x0, d.x);
    x1 = Math.max(x1, d.x);
    y0 = Math.min(y0, d.y);
    y1 = Math.max(y1, d.y);
  }
  if (!Number.isFinite(x0)) return;
  const ratio = Math.min(1, Math.max(0.2, Math.max(x1 - x0, y1 - y0) * 1.3));
  const state = { x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio, angle: 0 };
  const camera = sigma.getCamera();
  if (duration > 0) void camera.animate(state, { duration });
  else camera.setState(state);
}
