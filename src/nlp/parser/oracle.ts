// The dynamic oracle of the arc-hybrid system (Goldberg & Nivre 2013): the cost of a transition is the number
// of gold arcs still reachable before it and no longer reachable after it. The system is arc-decomposable, so
// a zero-cost transition keeps the best reachable tree, from any state, including states reached by mistakes
// (which is what training with exploration needs). Gold trees must be projective (lift them first).
import type { ArcHybrid } from './system.ts';
import { LEFT, RIGHT, SHIFT } from './system.ts';

/**
 * Unlabelled costs of SHIFT, LEFT and RIGHT into `out` (-1 for an invalid move). `gold` holds each word's gold
 * head, n for the root. Stack items never have heads in this system and buffer items never do either.
 */
export function transitionCosts(st: ArcHybrid, gold: Int32Array, out: Int32Array): void {
  const { n, b, sp, stack } = st;
  out[SHIFT] = -1;
  out[LEFT] = -1;
  out[RIGHT] = -1;
  if (st.canShift()) {
    // b0 goes onto the stack: it can no longer take a head from below s0 nor dependents from the stack.
    let c = 0;
    for (let i = 0; i < sp; i++) {
      const k = stack[i];
      if (gold[k] === b) c++;
      if (i < sp - 1 && gold[b] === k) c++;
    }
    out[SHIFT] = c;
  }
  if (sp > 0) {
    const s0 = stack[sp - 1];
    const s1 = sp > 1 ? stack[sp - 2] : -1;
    // Dependents of s0 still in the buffer are lost by either arc move (the root token cannot be one).
    let deps = 0;
    for (let k = b; k < n; k++) if (gold[k] === s0) deps++;
    const h = gold[s0];
    const headInBuffer = h >= b;
    if (st.canLeft()) out[LEFT] = deps + ((headInBuffer && h !== b) || h === s1 ? 1 : 0);
    if (st.canRight()) out[RIGHT] = deps + (headInBuffer ? 1 : 0);
  }
}

/** Gold head of the stack top (the dependent of either arc move). */
export function goldHeadOfTop(st: ArcHybrid, gold: Int32Array): number {
  return gold[st.stack[st.sp - 1]];
}

/** Head the arc move would give the stack top. */
export function headOf(st: ArcHybrid, move: number): number {
  return move === LEFT ? st.b : st.stack[st.sp - 2];
}
