// What the extractor's stages share about one sentence and one article, and the helpers every stage uses to
// make mentions and read titles.
import type { EntityType } from '../graph/types.ts';
import type { NlpSentence } from '../nlp/doc.ts';
import { endsWithStem, grammar, matchPhrase } from './grammar/index.ts';
import { lexicon } from './lexicon/data.ts';
import type { Mention } from './mention.ts';
import type { Sentence } from './text/sentences.ts';
import type { Token } from './text/tokens.ts';

export interface SentenceData {
  /** Article language: a few function words differ ("at" is "that" in Danish, a preposition in English). */
  lang?: string;
  sentence: Sentence;
  tokens: Token[];
  norms: string[];
  mentions: Mention[];
  /** Title spans: token index where a title starts → [end, title]. */
  titles: Map<number, [number, string]>;
  /** The sentence as the trained models read it: tags, tree and entity tags over its words. */
  nlp: NlpSentence | undefined;
  /** Token index of each of `nlp`'s words (English clitics make two words of one token). */
  wordTok: number[];
}

export interface ArticleContext {
  id: string;
  text: string;
  lang: string;
  /** Country id an article in this language is about by default (national institutions). */
  homeCountry?: string;
  sentences: SentenceData[];
  /** Words seen in lower case somewhere in the article: a capitalised one at a sentence start is no name. */
  lowerWords: Set<string>;
  /** Acronyms the article has spelled out ("Kosovo Force (KFOR)"): acronym → the long name's label. */
  acronyms?: Map<string, string>;
  /** National bodies the article has named with their country ("den ukrainske generalstab"). */
  ownedNational?: Set<string>;
}

const titleSingles = new Set([...grammar.titleHeads.single]);

/** Title starting at token i: length in tokens (0 if none). */
export function titleAt(norms: readonly string[], i: number): number {
  const n = lexicon.matchTitle(norms, i) || matchPhrase(grammar.titleHeads, norms, i);
  if (n) return n;
  const w = norms[i];
  if (w && w.length >= 7 && /^\p{L}+$/u.test(w) && endsWithStem(w, titleSingles, 5)) return 1;
  if (
    w &&
    w.length >= 7 &&
    /^\p{L}+$/u.test(w) &&
    endsWithStem(w, lexicon.titles as unknown as Set<string>, 5)
  )
    return 1;
  return 0;
}

/** The title's base form: "forsvarsministeren" → "forsvarsminister". */
export function titleStem(t: string): string {
  for (const suf of ['erne', 'ene', 'en', 'et', 'n']) {
    if (t.endsWith(suf)) {
      const b = t.slice(0, -suf.length);
      if (lexicon.titles.has(b) || titleSingles.has(b) || (b.length >= 6 && endsWithStem(b, titleSingles, 5)))
        return b;
    }
  }
  return t;
}

export function makeMention(
  sd: SentenceData,
  t0: number,
  t1: number,
  type: EntityType,
  kind: Mention['kind'],
  label: string,
): Mention {
  const start = sd.tokens[t0].start;
  const last = sd.tokens[t1 - 1].text;
  // English writes the possessive as a clitic ("Iran's"): the name ends before it, as treebanks split it.
  const clitic = sd.lang === 'en' && t1 - t0 > 0 ? (/['’]s?$/.exec(last)?.[0].length ?? 0) : 0;
  const end = sd.tokens[t1 - 1].start + last.length - (clitic < last.length ? clitic : 0);
  return {
    s: sd.sentence.index,
    t0,
    t1,
    start,
    end,
    surface: sd.sentence.text.slice(start - sd.sentence.start, end - sd.sentence.start),
    type,
    kind,
    key: '',
    label,
  };
}

export function stripGenitive(s: string): string {
  return s.replace(/['’]s?$/, '');
}

/** A title right before token a ("forsvarsminister X", "Irans præsident, X", "Post-journalist X"). */
export function personTitleBefore(sd: SentenceData, a: number): { title: string; from: number } | null {
  const toks = sd.tokens;
  let end = a;
  // "X, general", and "udenrigsministeren (Per Stig Møller)" as parliamentary documents name their ministers.
  if (toks[end - 1]?.text === ',' || toks[end - 1]?.text === '(') end--;
  for (const [i, [e, title]] of sd.titles) {
    if (e === end) {
      return { title, from: affiliationStart(sd, i) };
    }
  }
  // "Washington Post-journalist X": a title as compound tail.
  const prev = toks[a - 1];
  if (prev?.tail && grammar.titleTails.has(prev.tail)) {
    let from = a - 1;
    while (from > 0 && toks[from - 1].cap && toks[from - 1].word) from--;
    return { title: prev.tail, from };
  }
  return null;
}

/** Where the words describing a title begin: "Irans", "den iranske", "Venstres", "Sky News' utenrikspolitiske". */
function affiliationStart(sd: SentenceData, titleStart: number): number {
  const toks = sd.tokens;
  let k = titleStart;
  let steps = 0;
  while (k > 0 && steps < 4) {
    const t = toks[k - 1];
    if (!t.word) break;
    // "China's foreign ministry spokesman": a body named before the title is the affiliation.
    const body = sd.mentions.find((m) => m.t1 === k && m.type === 'organisation');
    if (body) {
      k = body.t0;
      break;
    }
    const norm = t.norm;
    const isAdj = lexicon.adjectives.has(norm);
    if (
      t.cap ||
      isAdj ||
      grammar.determiners.has(norm) ||
      /^\p{Ll}+(e|ke|ske|ige|lige|iske|ne)$/u.test(t.text) ||
      titleAt(sd.norms, k - 1)
    ) {
      k--;
      steps++;
      if (t.cap && /s$|['’]$/.test(t.text)) {
        // A genitive owner: include the whole capitalised name before it.
        while (k > 0 && toks[k - 1].cap && toks[k - 1].word) k--;
        break;
      }
      continue;
    }
    break;
  }
  return k;
}
