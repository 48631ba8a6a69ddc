// The mutable tree the conversion steps work on: 0-based heads (-1 for the root), the NDT function each word
// currently fills (`role`, moved from a function word to its complement when the complement is promoted),
// and the UD label once a step has decided it.
import type { NdtWord } from '../ndt.ts';

export class Graph {
  readonly n: number;
  readonly head: number[];
  /** NDT function label the word fills now (SUBJ, ADV, …); for demoted function words, their UD label. */
  readonly role: string[];
  /** UD label, '' until decided. */
  readonly rel: string[];
  /** True for words demoted to a function-word label (case, mark, aux, cop). */
  readonly demoted: boolean[];

  constructor(
    readonly words: NdtWord[],
    readonly upos: string[],
    /** Bokmål or Nynorsk: their UD treebanks differ in a few conventions. */
    readonly standard: 'nb' | 'nn' = 'nb',
  ) {
    this.n = words.length;
    this.head = words.map((w) => w.head - 1);
    this.role = words.map((w) => w.deprel);
    this.rel = words.map(() => '');
    this.demoted = words.map(() => false);
  }

  children(i: number): number[] {
    const out: number[] = [];
    for (let k = 0; k < this.n; k++) if (this.head[k] === i) out.push(k);
    return out;
  }

  /** First child with one of the given NDT roles (still undemoted), or -1. */
  child(i: number, ...roles: string[]): number {
    for (let k = 0; k < this.n; k++) if (this.head[k] === i && roles.includes(this.role[k])) return k;
    return -1;
  }

  hasChild(i: number, pred: (k: number) => boolean): boolean {
    for (let k = 0; k < this.n; k++) if (this.head[k] === i && pred(k)) return true;
    return false;
  }

  isAncestor(a: number, k: number): boolean {
    for (let h = this.head[k], steps = 0; h >= 0 && steps <= this.n; h = this.head[h], steps++)
      if (h === a) return true;
    return false;
  }

  /** Re-attaches `k` under `h` unless that would make a cycle. */
  attach(k: number, h: number): void {
    if (k === h || (h >= 0 && this.isAncestor(k, h))) return;
    this.head[k] = h;
  }

  /**
   * Makes complement `c` take the place of function word `f`: `c` gets `f`'s head and role, `f` hangs under `c`
   * with label `fn`, and `f`'s other dependents move to `c` unless `keep` says they stay.
   */
  promote(f: number, c: number, fn: string, keep: (k: number) => boolean = () => false): void {
    for (const k of this.children(f)) if (k !== c && !keep(k)) this.head[k] = c;
    this.head[c] = this.head[f];
    this.role[c] = this.role[f];
    this.head[f] = c;
    this.role[f] = fn;
    this.rel[f] = fn;
    this.demoted[f] = true;
  }

  /** Words in top-down order (parents before children) of the current tree. */
  topDown(): number[] {
    const order: number[] = [];
    const seen = new Array<boolean>(this.n).fill(false);
    const queue = this.children(-1);
    while (queue.length) {
      const k = queue.shift() as number;
      if (seen[k]) continue;
      seen[k] = true;
      order.push(k);
      queue.push(...this.children(k));
    }
    for (let k = 0; k < this.n; k++) if (!seen[k]) order.push(k);
    return order;
  }
}
