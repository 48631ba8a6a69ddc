// Language identification from distinctive function words, suffixes and letters (data: grammar/langid.json).
import type { Lang } from '../../graph/types.ts';
import langid from '../grammar/langid.json';

type Weights = Record<string, number>;
const WORDS = langid.words as Record<string, Weights>;
const SUFFIXES = langid.suffixes as Record<string, Weights>;
const LETTERS = langid.letters as Record<string, Weights>;
const LANGS = Object.keys(WORDS) as Lang[];

const WORD_RE = /[\p{L}]+/gu;

/** Scores per language over the first `limit` characters. */
export function languageScores(text: string, limit = 4000): Record<string, number> {
  const scores: Record<string, number> = Object.fromEntries(LANGS.map((l) => [l, 0]));
  const sample = text.slice(0, limit).toLowerCase();
  for (const m of sample.matchAll(WORD_RE)) {
    const w = m[0];
    for (const l of LANGS) {
      const s = WORDS[l][w];
      if (s) scores[l] += s;
      const suf = SUFFIXES[l];
      if (suf && w.length > 5) {
        for (const k of [3, 4, 5, 6]) {
          const v = suf[w.slice(-k)];
          if (v) scores[l] += v;
        }
      }
    }
    for (const l of LANGS) {
      const letters = LETTERS[l];
      if (!letters) continue;
      for (const ch of w) if (letters[ch]) scores[l] += letters[ch];
    }
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
