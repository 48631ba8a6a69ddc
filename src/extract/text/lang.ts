// Language identification from distinctive function words, suffixes and letters (data: grammar/langid.json).
import type { Lang } from '../../graph/types.ts';
import langid from '../grammar/langid.json';

type Weights = Record<string, number>;
const WORDS = langid.words as Record<string, Weights>;
const SUFFIXES = langid.suffixes as Record<string, Weights>;
const LETTERS = langid.letters as Record<string, Weights>;
const LANGS = Object.keys(WORDS) as Lang[];

const WORD_RE = /[\p{L}]+/gu;

// word → [language, weight] pairs, built once.
const WORD_INDEX = new Map<string, [string, number][]>();
for (const l of LANGS)
  for (const [w, v] of Object.entries(WORDS[l])) WORD_INDEX.set(w, [...(WORD_INDEX.get(w) ?? []), [l, v]]);
const SUFFIX_INDEX = new Map<string, [string, number][]>();
for (const [l, m] of Object.entries(SUFFIXES))
  for (const [w, v] of Object.entries(m)) SUFFIX_INDEX.set(w, [...(SUFFIX_INDEX.get(w) ?? []), [l, v]]);
const LETTER_INDEX = new Map<string, [string, number][]>();
for (const [l, m] of Object.entries(LETTERS))
  for (const [w, v] of Object.entries(m)) LETTER_INDEX.set(w, [...(LETTER_INDEX.get(w) ?? []), [l, v]]);

/** Scores per language over the first `limit` characters. */
export function languageScores(text: string, limit = 3000): Record<string, number> {
  const scores: Record<string, number> = Object.fromEntries(LANGS.map((l) => [l, 0]));
  const sample = text.slice(0, limit).toLowerCase();
  for (const m of sample.matchAll(WORD_RE)) {
    const w = m[0];
    for (const [l, v] of WORD_INDEX.get(w) ?? []) scores[l] += v;
    if (w.length > 5) {
      for (let k = 3; k <= 6; k++) for (const [l, v] of SUFFIX_INDEX.get(w.slice(-k)) ?? []) scores[l] += v;
    }
  }
  for (const ch of sample) {
    const hit = LETTER_INDEX.get(ch);
    if (hit) for (const [l, v] of hit) scores[l] += v;
  }
  return scores;
}

/** The article's language; `und` when nothing distinctive is found. */
export function detectLanguage(text: string): Lang {
  const scores = languageScores(text);
  let best: Lang = 'und';
  let bestScore = 2;
  for (const l of LANGS) {
    if (scores[l] > bestScore) {
      best = l;
      bestScore = scores[l];
    }
  }
  return best;
}
