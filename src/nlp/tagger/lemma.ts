// Lemmas as edit classes (UDPipe 1 / MorphoDiTa style): "lower-case or keep the form, remove this ending, add
// that one". A form seen in training takes its own class (as written with the same UPOS and lemma-relevant
// FEATS, else lower-cased with the same UPOS); any other form takes the class of the longest ending seen with
// the same UPOS, the FEATS that change lemmas (Number, Tense, …) and capitalisation.
// Both look-ups live in one hashed table stored as a LinearModel whose rows hold a single (class, 1) entry.
import { f2, f3, mix } from '../model/hash.ts';
import type { LinearModel } from '../model/linear.ts';
import { CAP, MAX_SUFFIX } from './lexical.ts';
import type { Lexical } from './lexical.ts';

/** FEATS keys whose values select the lemma rule (a plural noun, a past verb, a comparative, "her" as a
 * possessive or an object…). */
export const LEMMA_KEYS = ['Case', 'Degree', 'Number', 'Poss', 'Tense', 'VerbForm'];

/** Key of a form as written within its context (UPOS and lemma-relevant FEATS) seen in training. */
export function formKey(word: number, ctx: number): number {
  return f2(203, word, ctx);
}

/** Key of a (lower-cased form, UPOS) pair seen in training. */
export function exactKey(low: number, upos: number): number {
  return f2(200, low, upos);
}

/** Key of the ending of length k (0: no ending) within a context. */
export function suffixKey(ctx: number, k: number, suffix: number): number {
  return f3(201, ctx, k, suffix);
}

/** Context of the look-ups: UPOS, the lemma-relevant FEATS values and capitalisation. */
export function lemmaContext(
  upos: number,
  values: Uint8Array,
  at: number,
  lemmaHeads: readonly number[],
  cap: boolean,
): number {
  let h = f2(202, upos, cap ? 1 : 0);
  for (let j = 0; j < lemmaHeads.length; j++) h = mix(h, values[at + lemmaHeads[j]]);
  return h;
}

/** The edit class that turns `form` into `lemma`: "L" (lower-case first) or "K", ending removed, ending added. */
export function editOf(form: string, lemma: string): string {
  const lw = form.toLowerCase();
  const lower = lemma === lemma.toLowerCase();
  const base = lower || form.length !== lw.length ? lw : form;
  let p = 0;
  while (p < base.length && p < lemma.length && base.charCodeAt(p) === lemma.charCodeAt(p)) p++;
  return `${lower ? 'L' : 'K'}\t${lw.slice(p)}\t${lemma.slice(p)}`;
}

export class Lemmatizer {
  /** Open addressing, slot s: [key, class]; key 0 is empty (as in FeatureTable, key 0 is stored as 1). */
  private readonly slots: Uint32Array;
  private readonly mask: number;
  private readonly lowerFirst: boolean[];
  private readonly remove: string[];
  private readonly add: string[];
  private readonly lemmaHeads: readonly number[];

  constructor(table: LinearModel, classes: readonly string[], lemmaHeads: readonly number[]) {
    // Re-laid from the model's rows so that a look-up touches one cache line.
    let n = 1024;
    while (n < table.keys.length * 2) n *= 2;
    this.mask = n - 1;
    this.slots = new Uint32Array(n * 2);
    for (let r = 0; r < table.keys.length; r++) {
      const key = table.keys[r] || 1;
      let i = key & this.mask;
      while (this.slots[i * 2] !== 0) i = (i + 1) & this.mask;
      this.slots[i * 2] = key;
      this.slots[i * 2 + 1] = table.cls[table.rowPtr[r]];
    }
    this.lemmaHeads = lemmaHeads;
    const parts = classes.map((c) => c.split('\t'));
    this.lowerFirst = parts.map((p) => p[0] === 'L');
    this.remove = parts.map((p) => p[1]);
    this.add = parts.map((p) => p[2]);
  }

  /** Lemma of token i of the loaded sentence, given its UPOS index and FEATS values (values[at..]). */
  lemma(
    x: Lexical,
    i: number,
    form: string,
    upos: number,
    values: Uint8Array,
    at: number,
    propn: boolean,
  ): string {
    const lw = x.lower[i];
    const ctx = lemmaContext(upos, values, at, this.lemmaHeads, (x.flags[i] & CAP) !== 0);
    let c = this.classOf(formKey(x.word[i], ctx));
    if (c < 0) c = this.classOf(exactKey(x.low[i], upos));
    if (c >= 0) return this.apply(c, form, lw);
    const sb = i * MAX_SUFFIX - 1;
    for (let k = Math.min(lw.length, MAX_SUFFIX); k >= 0; k--) {
      c = this.classOf(suffixKey(ctx, k, k ? x.suf[sb + k] : 0));
      if (c >= 0 && (k >= this.remove[c].length || lw.endsWith(this.remove[c])))
        return this.apply(c, form, lw);
    }
    return propn ? form : lw;
  }

  private classOf(key0: number): number {
    const key = key0 || 1;
    const slots = this.slots;
    for (let i = key & this.mask; ; i = (i + 1) & this.mask) {
      const at = slots[i * 2];
      if (at === key) return slots[i * 2 + 1];
      if (at === 0) return -1;
    }
  }

  private apply(c: number, form: string, lw: string): string {
    const base = this.lowerFirst[c] || form.length !== lw.length ? lw : form;
    const cut = this.remove[c].length;
    if (cut === 0) return this.add[c] ? base + this.add[c] : base;
    return base.slice(0, base.length - cut) + this.add[c];
  }
}
