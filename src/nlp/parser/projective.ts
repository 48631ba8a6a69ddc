// Pseudo-projective parsing (Nivre & Nilsson 2005, "head" encoding, as in MaltParser and spaCy): a
// non-projective training tree is made projective by lifting its shortest non-projective arc to the head's
// head until none is left, and each lifted word's label records the label of its true head ("obl↑acl").
// After parsing, a word with such a label is lowered to the first word (breadth-first, left to right) under
// its current head that carries the recorded label. Heads here are 0-based with -1 for the root.

/** Separator between a label and its head's label in a lifted word's label. */
export const LIFT = '\u2191';

/** True if `a` dominates `d` (or is it). */
function dominates(heads: ArrayLike<number>, a: number, d: number): boolean {
  let k = d;
  for (let steps = 0; k >= 0 && steps <= heads.length; steps++) {
    if (k === a) return true;
    k = heads[k];
  }
  return false;
}

/** Is the arc into `d` non-projective: does a word between it and its head escape the head? */
function nonProjective(heads: ArrayLike<number>, d: number): boolean {
  const h = heads[d];
  if (h < 0) return false;
  const lo = Math.min(h, d);
  const hi = Math.max(h, d);
  for (let k = lo + 1; k < hi; k++) if (!dominates(heads, h, k)) return true;
  return false;
}

export function isProjective(heads: ArrayLike<number>): boolean {
  for (let d = 0; d < heads.length; d++) if (nonProjective(heads, d)) return false;
  return true;
}

/**
 * Projective heads for a tree, and the decorated labels: lifted words get `label↑headLabel` where headLabel
 * is the label of their original head. Returns the input unchanged when the tree is projective.
 */
export function projectivize(
  heads: readonly number[],
  labels: readonly string[],
): { heads: number[]; labels: string[]; lifted: number } {
  const h = [...heads];
  let lifted = 0;
  for (;;) {
    let best = -1;
    let bestLen = Infinity;
    for (let d = 0; d < h.length; d++) {
      if (h[d] < 0) continue;
      const len = Math.abs(h[d] - d);
      if (len < bestLen && nonProjective(h, d)) {
        best = d;
        bestLen = len;
      }
    }
    if (best < 0) break;
    h[best] = h[h[best]];
    lifted++;
  }
  const out = labels.map((l, d) => (h[d] !== heads[d] ? `${l}${LIFT}${baseLabel(labels[heads[d]])}` : l));
  return { heads: h, labels: out, lifted };
}

/** The label without its lift decoration. */
export function baseLabel(label: string): string {
  const i = label.indexOf(LIFT);
  return i < 0 ? label : label.slice(0, i);
}

/**
 * Lowers lifted words in place: `heads`/`labels` of a parsed tree whose labels may carry `↑headLabel`. A word
 * whose recorded head label is found nowhere under its head keeps its head and loses the decoration.
 */
export function deprojectivize(heads: number[], labels: string[]): void {
  const n = heads.length;
  let any = false;
  for (const l of labels) if (l.includes(LIFT)) any = true;
  if (!any) return;
  const children: number[][] = Array.from({ length: n }, () => []);
  for (let d = 0; d < n; d++) if (heads[d] >= 0) children[heads[d]].push(d);
  for (let d = 0; d < n; d++) {
    const i = labels[d].indexOf(LIFT);
    if (i < 0) continue;
    const want = labels[d].slice(i + 1);
    labels[d] = labels[d].slice(0, i);
    const h = heads[d];
    if (h < 0) continue;
    let queue = [h];
    let found = -1;
    while (queue.length && found < 0) {
      const next: number[] = [];
      for (const q of queue) {
        for (const c of children[q]) {
          if (c === d) continue; // never search below the word itself: that would make a cycle
          if (baseLabel(labels[c]) === want) {
            found = c;
            break;
          }
          next.push(c);
        }
        if (found >= 0) break;
      }
      queue = next;
    }
    if (found >= 0) {
      children[h].splice(children[h].indexOf(d), 1);
      children[found].push(d);
      children[found].sort((a, b) => a - b);
      heads[d] = found;
    }
  }
}
