// The training lexicon the UPOS model reads: for each word (as written) seen often enough, its ambiguity
// class (the set of UPOS it took, as a bit mask: a strong cue for the words to the right, whose tags are not
// predicted yet) and, for frequent words that (nearly) always take one UPOS, that tag, which the tagger then
// assigns without scoring. One Map look-up per token gives both, packed into one number.

/** Bits 0..23: UPOS mask; bits 24..30: dictionary tag + 1 (0: ask the model). */
export const MASK_BITS = 0xffffff;

export const packEntry = (mask: number, dictTag: number): number =>
  (mask & MASK_BITS) | ((dictTag + 1) << 24);
export const maskOf = (entry: number): number => entry & MASK_BITS;
/** Dictionary tag of an entry, -1 when the model decides. */
export const dictTagOf = (entry: number): number => (entry >>> 24) - 1;

export interface LexiconOptions {
  /** Words seen fewer times get no entry. */
  minCount: number;
  /** A UPOS joins a word's mask when it has at least this share of the word's occurrences. */
  minShare: number;
  /** A word is tagged from the dictionary when seen this often… */
  dictMinCount: number;
  /** …with this share of its occurrences under one UPOS. */
  dictMinRatio: number;
  /** Such a word's FEATS are fixed too when this share of its occurrences have the same. */
  featsDictMinRatio: number;
}

type Tagged = { words: readonly string[]; upos: ArrayLike<number> };

/** UPOS counts of each word: word → counts indexed by UPOS. */
function countTags(sents: Iterable<Tagged>, nTags: number): Map<string, Int32Array> {
  const counts = new Map<string, Int32Array>();
  for (const s of sents)
    for (let i = 0; i < s.words.length; i++) {
      let m = counts.get(s.words[i]);
      if (!m) counts.set(s.words[i], (m = new Int32Array(nTags)));
      m[s.upos[i]]++;
    }
  return counts;
}

/** Packed entry of a word with these UPOS counts, 0 when it is too rare for the lexicon. */
function entryOf(m: ArrayLike<number>, opts: LexiconOptions): number {
  let total = 0;
  let best = 0;
  for (let t = 0; t < m.length; t++) {
    total += m[t];
    if (m[t] > m[best]) best = t;
  }
  if (total < opts.minCount || total === 0) return 0;
  let mask = 0;
  for (let t = 0; t < m.length; t++) if (m[t] > 0 && m[t] >= opts.minShare * total) mask |= 1 << t;
  const dict = total >= opts.dictMinCount && m[best] >= opts.dictMinRatio * total ? best : -1;
  return packEntry(mask, dict);
}

/** Lexicon of tagged words (UPOS as indices < 24): word → packed entry. */
export function buildLexicon(
  sents: Iterable<Tagged>,
  nTags: number,
  opts: LexiconOptions,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const [w, m] of countTags(sents, nTags)) {
    const e = entryOf(m, opts);
    if (e) out.set(w, e);
  }
  return out;
}

/**
 * Lexicon entries of every training token as a lexicon built without the token's own part of the data would
 * give them (sentence i is in fold i mod `folds`): the model then learns how far a word's entry can be trusted
 * and what an unknown word looks like, as it will at tagging time.
 */
export function jackknifedEntries(
  sents: readonly Tagged[],
  nTags: number,
  folds: number,
  opts: LexiconOptions,
): Uint32Array[] {
  const all = countTags(sents, nTags);
  const out = sents.map((s) => new Uint32Array(s.words.length));
  const rest = new Int32Array(nTags);
  for (let f = 0; f < folds; f++) {
    const mine = sents.filter((_, i) => i % folds === f);
    const own = countTags(mine, nTags);
    const entry = new Map<string, number>();
    for (const [w, m] of own) {
      const t = all.get(w)!;
      for (let k = 0; k < nTags; k++) rest[k] = t[k] - m[k];
      entry.set(w, entryOf(rest, opts));
    }
    for (let i = f; i < sents.length; i += folds)
      out[i] = Uint32Array.from(sents[i].words, (w) => entry.get(w)!);
  }
  return out;
}

/** The lexicon as JSON for a model header: packed entry → words, sorted. */
export function lexiconToJson(lex: Map<string, number>): Record<string, string[]> {
  const groups: Record<string, string[]> = {};
  for (const [w, e] of [...lex].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)))
    (groups[e] ??= []).push(w);
  return groups;
}

export function lexiconFromJson(groups: Record<string, string[]>): Map<string, number> {
  const lex = new Map<string, number>();
  for (const [e, words] of Object.entries(groups)) for (const w of words) lex.set(w, Number(e));
  return lex;
}
