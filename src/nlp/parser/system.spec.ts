import { describe, expect, it } from 'vitest';
import { seededRandom } from '../model/random.ts';
import { transitionCosts } from './oracle.ts';
import { isProjective } from './projective.ts';
import { ArcHybrid, LEFT, RIGHT, SHIFT } from './system.ts';

/** Heads of a finished state, 0-based with -1 for the root. */
function headsOf(st: ArcHybrid): number[] {
  return Array.from(st.heads.subarray(0, st.n), (h) => (h === st.n ? -1 : h));
}

function isTree(heads: number[]): boolean {
  if (heads.filter((h) => h === -1).length !== 1) return false;
  return heads.every((_, i) => {
    let k = i;
    for (let steps = 0; steps <= heads.length; steps++) {
      if (k === -1) return true;
      if (k < 0 || k >= heads.length) return false;
      k = heads[k];
    }
    return false; // a cycle
  });
}

/** A random projective tree of n words (heads 0-based, -1 root), built by recursive splitting. */
function randomProjective(n: number, rand: () => number): number[] {
  const heads = new Array<number>(n).fill(-1);
  const build = (lo: number, hi: number, head: number): void => {
    if (lo > hi) return;
    const r = lo + Math.floor(rand() * (hi - lo + 1));
    heads[r] = head;
    build(lo, r - 1, r);
    build(r + 1, hi, r);
  };
  build(0, n - 1, -1);
  return heads;
}

/** Follows zero-cost moves (the first one found) to the end. */
function followOracle(gold: number[]): number[] {
  const n = gold.length;
  const g = Int32Array.from(gold, (h) => (h < 0 ? n : h));
  const st = new ArcHybrid();
  const costs = new Int32Array(3);
  st.reset(n);
  while (!st.terminal) {
    transitionCosts(st, g, costs);
    const m = [SHIFT, LEFT, RIGHT].find((k) => costs[k] === 0);
    if (m === undefined) throw new Error('no zero-cost move');
    st.apply(m, 0, 0);
  }
  return headsOf(st);
}

describe('arc-hybrid transition system', () => {
  it('ends in a single-rooted tree whatever valid moves are taken', () => {
    const rand = seededRandom(11);
    const st = new ArcHybrid();
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(rand() * 25);
      st.reset(n);
      let steps = 0;
      while (!st.terminal) {
        const moves = [SHIFT, LEFT, RIGHT].filter((m) =>
          m === SHIFT ? st.canShift() : m === LEFT ? st.canLeft() : st.canRight(),
        );
        expect(moves.length).toBeGreaterThan(0);
        st.apply(moves[Math.floor(rand() * moves.length)], 0, 0);
        steps++;
      }
      expect(steps).toBe(2 * n);
      const heads = headsOf(st);
      expect(heads.every((h) => h >= -1 && h < n)).toBe(true);
      expect(isTree(heads)).toBe(true);
      expect(isProjective(heads)).toBe(true);
    }
  });

  it('keeps outermost dependents and valencies', () => {
    // "a b c": b heads a (LEFT) and c (RIGHT), b is the root.
    const st = new ArcHybrid();
    st.reset(3);
    st.shift(); // [a]
    st.left(1, 1); // a ← b
    st.shift(); // [b]
    st.shift(); // [b c]
    st.right(2, 2); // b → c
    expect(st.lc1[1]).toBe(0);
    expect(st.rc1[1]).toBe(2);
    expect(st.nl[1]).toBe(1);
    expect(st.nr[1]).toBe(1);
    expect(st.lset[1]).toBe(1 << 1);
    expect(st.canLeft()).toBe(true);
    st.left(0, 0); // b ← root
    expect(st.terminal).toBe(true);
    expect(headsOf(st)).toEqual([1, -1, 1]);
  });
});

describe('dynamic oracle', () => {
  it('reproduces a projective gold tree exactly by zero-cost moves', () => {
    // "she gave him a book ." — gave is the root.
    const gold = [1, -1, 1, 4, 1, 1];
    expect(followOracle(gold)).toEqual(gold);
  });

  it('reproduces random projective trees', () => {
    const rand = seededRandom(5);
    for (let trial = 0; trial < 200; trial++) {
      const gold = randomProjective(1 + Math.floor(rand() * 30), rand);
      expect(followOracle(gold)).toEqual(gold);
    }
  });

  it('counts the arcs a wrong move loses', () => {
    // "dogs bark": bark is the root and heads dogs.
    const g = Int32Array.of(1, 2);
    const st = new ArcHybrid();
    const costs = new Int32Array(3);
    st.reset(2);
    st.shift();
    transitionCosts(st, g, costs);
    expect(costs[LEFT]).toBe(0); // dogs ← bark
    expect(costs[SHIFT]).toBe(1); // bark on the stack can no longer take dogs
    expect(costs[RIGHT]).toBe(-1); // invalid with one item on the stack
  });
});
