// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011) with the root token at the end of
// the buffer (Ballesteros & Nivre 2013): SHIFT moves the buffer front onto the stack, LEFT attaches the stack
// top to the buffer front, RIGHT attaches it to the item below it. The root token (index n) can take a left
// dependent only when the stack holds one item, so every terminal state is a tree with exactly one root and
// no cycles, whatever the classifier chooses. All state lives in typed arrays reused across sentences.

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;

export class ArcHybrid {
  /** Words in the sentence; index n is the root token. */
  n = 0;
  /** stack[0..sp-1], top at sp-1. */
  stack = new Int32Array(64);
  sp = 0;
  /** Buffer front: the buffer is b, b+1, …, n (the root). */
  b = 0;
  /** Head of each word (n for the root token), -1 while unattached. */
  heads = new Int32Array(64);
  labels = new Int32Array(64);
  /** Leftmost, second leftmost, rightmost and second rightmost dependents (-1 for none), per token incl. root. */
  lc1 = new Int32Array(64);
  lc2 = new Int32Array(64);
  rc1 = new Int32Array(64);
  rc2 = new Int32Array(64);
  /** Number of left and right dependents. */
  nl = new Int32Array(64);
  nr = new Int32Array(64);
  /** Bit sets of the labels of left and right dependents (label bit = label group & 31). */
  lset = new Uint32Array(64);
  rset = new Uint32Array(64);

  /** Starts a sentence of n words. */
  reset(n: number): void {
    if (n + 1 > this.heads.length) this.grow(n + 1);
    this.n = n;
    this.sp = 0;
    this.b = 0;
    this.heads.fill(-1, 0, n + 1);
    this.labels.fill(-1, 0, n + 1);
    this.lc1.fill(-1, 0, n + 1);
    this.lc2.fill(-1, 0, n + 1);
    this.rc1.fill(-1, 0, n + 1);
    this.rc2.fill(-1, 0, n + 1);
    this.nl.fill(0, 0, n + 1);
    this.nr.fill(0, 0, n + 1);
    this.lset.fill(0, 0, n + 1);
    this.rset.fill(0, 0, n + 1);
  }

  get terminal(): boolean {
    return this.sp === 0 && this.b === this.n;
  }

  /** Stack item i from the top (0 = top), or -1. */
  s(i: number): number {
    return i < this.sp ? this.stack[this.sp - 1 - i] : -1;
  }

  canShift(): boolean {
    return this.b < this.n;
  }

  canLeft(): boolean {
    return this.sp > 0 && (this.b < this.n || this.sp === 1);
  }

  canRight(): boolean {
    return this.sp > 1;
  }

  shift(): void {
    this.stack[this.sp++] = this.b++;
  }

  /** Stack top ← buffer front. `bit` is the label's bit in the label-set features. */
  left(label: number, bit: number): void {
    const d = this.stack[--this.sp];
    const h = this.b;
    this.heads[d] = h;
    this.labels[d] = label;
    // Left dependents arrive right to left, so each new one is the leftmost.
    this.lc2[h] = this.lc1[h];
    this.lc1[h] = d;
    this.nl[h]++;
    this.lset[h] |= 1 << bit;
  }

  /** Stack top ← the item below it. */
  right(label: number, bit: number): void {
    const d = this.stack[--this.sp];
    const h = this.stack[this.sp - 1];
    this.heads[d] = h;
    this.labels[d] = label;
    // Right dependents arrive left to right, so each new one is the rightmost.
    this.rc2[h] = this.rc1[h];
    this.rc1[h] = d;
    this.nr[h]++;
    this.rset[h] |= 1 << bit;
  }

  apply(move: number, label: number, bit: number): void {
    if (move === SHIFT) this.shift();
    else if (move === LEFT) this.left(label, bit);
    else this.right(label, bit);
  }

  private grow(need: number): void {
    let cap = this.heads.length;
    while (cap < need) cap *= 2;
    this.stack = new Int32Array(cap);
    this.heads = new Int32Array(cap);
    this.labels = new Int32Array(cap);
    this.lc1 = new Int32Array(cap);
    this.lc2 = new Int32Array(cap);
    this.rc1 = new Int32Array(cap);
    this.rc2 = new Int32Array(cap);
    this.nl = new Int32Array(cap);
    this.nr = new Int32Array(cap);
    this.lset = new Uint32Array(cap);
    this.rset = new Uint32Array(cap);
  }
}
