// Punctuation attachment the UD way (after udapi's ud.FixPunct): paired marks go to the head of what they
// enclose; any other mark goes to the highest node of a neighbouring phrase that keeps the tree projective
// around it, choosing the lower of the left and right candidates. NDT attaches punctuation by other rules.
import type { Graph } from './graph.ts';

const PAIRED: Record<string, string> = {
  '(': ')',
  '[': ']',
  '{': '}',
  '"': '"',
  '«': '»',
  '“': '”',
  '„': '“',
  "'": "'",
};
const FINAL = new Set(['.', '?', '!', '...', '…']);

type Mark = '' | 'opening' | 'closing';

class Spans {
  readonly lo: number[];
  readonly hi: number[];
  constructor(private readonly g: Graph) {
    this.lo = [];
    this.hi = [];
    this.refresh();
  }
  /** Leftmost and rightmost word of every subtree. */
  refresh(): void {
    const { g } = this;
    for (let k = 0; k < g.n; k++) this.lo[k] = this.hi[k] = k;
    for (let k = 0; k < g.n; k++) {
      for (let h = g.head[k], steps = 0; h >= 0 && steps <= g.n; h = g.head[h], steps++) {
        if (k < this.lo[h]) this.lo[h] = k;
        if (k > this.hi[h]) this.hi[h] = k;
      }
    }
  }
}

const isPunct = (g: Graph, k: number): boolean => g.upos[k] === 'PUNCT';

/** Would hanging leaf `p` under `h` keep `p`'s edge projective and put `p` in no other edge's gap? */
function projectiveUnder(g: Graph, p: number, h: number): boolean {
  const [a, b] = p < h ? [p, h] : [h, p];
  for (let k = a + 1; k < b; k++) if (!g.isAncestor(h, k)) return false;
  for (let c = 0; c < g.n; c++) {
    const ch = g.head[c];
    if (c === p || ch < 0) continue;
    const [x, y] = c < ch ? [c, ch] : [ch, c];
    if (x < p && p < y && ch !== h && !g.isAncestor(ch, h)) return false;
  }
  return true;
}

function climb(g: Graph, spans: Spans, p: number, start: number, left: boolean): number[] {
  const path = [start];
  let c = start;
  for (;;) {
    const h = g.head[c];
    if (h < 0) break;
    if (left ? !(h < p && spans.hi[c] <= p) : !(h > p && spans.lo[c] >= p)) break;
    c = h;
    path.push(c);
  }
  return path;
}

function fixSubordinate(g: Graph, spans: Spans, p: number, marks: Mark[]): void {
  let l = p - 1;
  let r = FINAL.has(g.words[p].form) ? g.n : p + 1;
  while (l >= 0 && isPunct(g, l)) {
    if (marks[l] === 'opening' && g.head[l] !== p) l = -1;
    else l--;
  }
  while (r < g.n && isPunct(g, r)) {
    if (marks[r] === 'closing' && g.head[r] !== p) r = g.n;
    else r++;
  }
  const orig = g.head[p];
  g.head[p] = -2; // detached while testing candidates
  const lPath = l >= 0 ? climb(g, spans, p, l, true).filter((h) => projectiveUnder(g, p, h)) : [];
  const rPath = r < g.n ? climb(g, spans, p, r, false).filter((h) => projectiveUnder(g, p, h)) : [];
  g.head[p] = orig;
  const lc = lPath.length ? lPath[lPath.length - 1] : -1;
  const rc = rPath.length ? rPath[rPath.length - 1] : -1;
  let cand: number;
  let path: number[];
  if (lc >= 0 && rc >= 0 && g.isAncestor(rc, lc)) [cand, path] = [lc, lPath];
  else if (rc >= 0 && lc >= 0 && g.isAncestor(lc, rc)) [cand, path] = [rc, rPath];
  else if (lc >= 0) [cand, path] = [lc, [...lPath, ...rPath]];
  else if (rc >= 0) [cand, path] = [rc, [...lPath, ...rPath]];
  else return;
  // Where the original head is itself acceptable, it knows the unit better than the climb does.
  if (!path.includes(orig)) g.attach(p, cand);
}

function fixPair(g: Graph, open: number, close: number, marks: Mark[]): void {
  const heads: number[] = [];
  const punctHeads: number[] = [];
  const inside = (k: number): boolean => k > open && k < close;
  for (let k = 0; k < g.n; k++) {
    if (k === open || k === close) continue;
    const h = g.head[k];
    if (inside(k) && !inside(h)) (isPunct(g, k) ? punctHeads : heads).push(k);
    else if (!inside(k) && h >= 0 && inside(h)) (isPunct(g, h) ? punctHeads : heads).push(h);
  }
  const cands = heads.length ? heads : punctHeads;
  if (!cands.length) return;
  cands.sort((a, b) => a - b);
  g.attach(open, cands[0]);
  g.attach(close, cands[cands.length - 1]);
  marks[open] = 'opening';
  marks[close] = 'closing';
}

export function attachPunctuation(g: Graph): void {
  // Punctuation has no dependents in UD.
  for (let k = 0; k < g.n; k++) {
    let steps = 0;
    // (A punctuation-only sentence keeps its punctuation root.)
    while (g.head[k] >= 0 && isPunct(g, g.head[k]) && g.head[g.head[k]] >= 0 && steps++ < g.n)
      g.head[k] = g.head[g.head[k]];
  }
  const marks: Mark[] = new Array<Mark>(g.n).fill('');
  for (let k = 0; k < g.n; k++) {
    const closing = PAIRED[g.words[k].form];
    if (!closing || marks[k] === 'closing' || !isPunct(g, k)) continue;
    let depth = 0;
    for (let j = k + 1; j < g.n; j++) {
      if (g.words[j].form === closing) {
        if (depth > 0) depth--;
        else {
          fixPair(g, k, j, marks);
          break;
        }
      } else if (g.words[j].form === g.words[k].form) depth++;
    }
  }
  const spans = new Spans(g);
  for (let k = 0; k < g.n; k++) {
    if (!isPunct(g, k) || marks[k] || g.head[k] < 0) continue;
    fixSubordinate(g, spans, k, marks);
    spans.refresh();
  }
}
