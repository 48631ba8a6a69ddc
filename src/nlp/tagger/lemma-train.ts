// Builds the lemmatiser's table from gold (form, UPOS, FEATS, lemma) words: every seen (form, UPOS) pair with
// its majority edit class, and for every ending (0..MAX_SUFFIX characters) in every context the majority
// class over word types. An ending whose answer is the same as its one-character-shorter ending's is
// dropped: the look-up falls through to the shorter one and answers the same.
import { LinearModel } from '../model/linear.ts';
import { CAP, Lexical, MAX_SUFFIX } from './lexical.ts';
import { editOf, exactKey, formKey, lemmaContext, suffixKey } from './lemma.ts';
import type { Heads } from './morph.ts';

export interface LemmaWords {
  words: readonly string[];
  upos: readonly number[];
  /** UD FEATS strings (gold). */
  feats: readonly string[];
  lemma: readonly string[];
  /** How much each word counts (a small language's own words outvote a big neighbour's). */
  weight?: number;
  /** Only teach endings (a neighbouring language's inflection), not whole forms. */
  endingsOnly?: boolean;
}

type Counts = Map<number, number>;

const bump = (m: Counts, c: number, by = 1): void => {
  m.set(c, (m.get(c) ?? 0) + by);
};

/** Class with the highest count; ties go to the class seen first in the data (the lower index). */
function majority(m: Counts): number {
  let best = -1;
  let bestN = -1;
  for (const [c, n] of m) if (n > bestN || (n === bestN && c < best)) [best, bestN] = [c, n];
  return best;
}

export function buildLemmaTable(
  data: Iterable<LemmaWords>,
  heads: Heads,
  lemmaHeads: readonly number[],
): { table: LinearModel; classes: string[] } {
  const classes: string[] = [];
  const classIndex = new Map<string, number>();
  const exact = new Map<number, Counts>();
  // Word types: (form, UPOS, context) → class counts, with what the ending keys need.
  const types = new Map<string, { counts: Counts; ctx: number; sufs: number[]; weight: number }>();
  const x = new Lexical();
  const values = new Uint8Array(heads.heads.length);
  for (const s of data) {
    const by = s.weight ?? 1;
    x.load(s.words);
    for (let i = 0; i < s.words.length; i++) {
      const lemma = s.lemma[i];
      if (!lemma || (lemma === '_' && s.words[i] !== '_')) continue;
      const edit = editOf(s.words[i], lemma);
      let c = classIndex.get(edit);
      if (c === undefined) {
        c = classes.length;
        classes.push(edit);
        classIndex.set(edit, c);
      }
      const u = s.upos[i];
      heads.valuesOf(s.feats[i], values);
      const ctx = lemmaContext(u, values, 0, lemmaHeads, (x.flags[i] & CAP) !== 0);
      for (const ek of s.endingsOnly ? [] : [formKey(x.word[i], ctx), exactKey(x.low[i], u)]) {
        let e = exact.get(ek);
        if (!e) exact.set(ek, (e = new Map()));
        bump(e, c, by);
      }
      const tk = `${x.lower[i]}\t${u}\t${ctx}`;
      let t = types.get(tk);
      if (!t) {
        const len = Math.min(x.lower[i].length, MAX_SUFFIX);
        const sufs = [0];
        for (let k = 1; k <= len; k++) sufs.push(x.suf[i * MAX_SUFFIX + k - 1]);
        types.set(tk, (t = { counts: new Map(), ctx, sufs, weight: by }));
      }
      t.weight = Math.max(t.weight, by);
      bump(t.counts, c, by);
    }
  }
  const endings = new Map<number, { counts: Counts; parent: number }>();
  for (const t of types.values()) {
    const c = majority(t.counts);
    let parent = -1;
    t.sufs.forEach((suf, k) => {
      const key = suffixKey(t.ctx, k, suf);
      let e = endings.get(key);
      if (!e) endings.set(key, (e = { counts: new Map(), parent }));
      bump(e.counts, c, t.weight);
      parent = key;
    });
  }
  const kept = new Map<number, number>();
  for (const [key, e] of exact) kept.set(key, majority(e));
  for (const [key, e] of endings) {
    const c = majority(e.counts);
    const p = e.parent < 0 ? undefined : endings.get(e.parent);
    // A key already taken is a (vanishingly rare) hash collision: the seen form wins.
    if ((!p || majority(p.counts) !== c) && !kept.has(key)) kept.set(key, c);
  }
  const rows = [...kept].sort((a, b) => a[0] - b[0]);
  const n = rows.length;
  const cls = classes.length <= 256 ? new Uint8Array(n) : new Uint16Array(n);
  rows.forEach(([, c], r) => (cls[r] = c));
  const table = new LinearModel(
    Math.max(1, classes.length),
    Uint32Array.from(rows, (r) => r[0]),
    Uint32Array.from({ length: n + 1 }, (_, r) => r),
    cls,
    new Int16Array(n).fill(1),
    1,
  );
  return { table, classes };
}
