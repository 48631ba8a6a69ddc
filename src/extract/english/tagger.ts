// compromise, the English part-of-speech and name tagger, as an extra signal for English articles only: it
// knows tens of thousands of English words and given names that our Scandinavian-first lexicons do not. It
// only proposes; the recogniser's lexicons and rules keep the last word, and it never sees da/nb/sv text.
import nlp from 'compromise';
import type { Token } from '../text/tokens.ts';

/** One compromise term with its exact UTF-16 offsets in the article text. */
export interface TaggedTerm {
  start: number;
  end: number;
  text: string;
  tags: ReadonlySet<string>;
}

/**
 * Tags a text (an article's sentence at `offset`, or a whole article). compromise keeps every character in
 * a term's `pre`, `text` or `post`, so walking them in order gives exact offsets (curly quotes, dashes and
 * non-ASCII letters included); a term that does not sit where the walk expects it (never seen) is searched
 * for, and dropped if not found.
 */
export function tagEnglish(text: string, offset = 0): TaggedTerm[] {
  const out: TaggedTerm[] = [];
  let cursor = 0;
  for (const sentence of nlp(text).docs) {
    for (const term of sentence) {
      cursor += term.pre.length;
      let start = cursor;
      if (term.text && !text.startsWith(term.text, start)) {
        start = text.indexOf(term.text, Math.max(0, cursor - term.pre.length));
        if (start < 0) continue;
      }
      const end = start + term.text.length;
      cursor = end + term.post.length;
      // Contractions ("won't") add terms without text of their own: nothing to align.
      if (term.text)
        out.push({ start: start + offset, end: end + offset, text: term.text, tags: term.tags ?? new Set() });
    }
  }
  return out;
}

const EMPTY: ReadonlySet<string> = new Set();

/** Stands for a token not tagged yet (see SentenceData.en): no tags, and a different object from EMPTY. */
export const UNTAGGED: ReadonlySet<string> = new Set();

/** The tags of every term starting inside each token ("Al-Shifa" is two terms, one token). */
export function tokenTags(terms: readonly TaggedTerm[], tokens: readonly Token[]): ReadonlySet<string>[] {
  const out: ReadonlySet<string>[] = [];
  // First term that may overlap the first token (terms are sorted and do not overlap).
  let k = 0;
  let hi = terms.length;
  const from = tokens[0]?.start ?? 0;
  while (k < hi) {
    const mid = (k + hi) >> 1;
    if (terms[mid].end <= from) k = mid + 1;
    else hi = mid;
  }
  for (const tok of tokens) {
    while (k < terms.length && terms[k].end <= tok.start) k++;
    let tags: Set<string> | undefined;
    for (let j = k; j < terms.length && terms[j].start < tok.end; j++) {
      if (terms[j].end <= tok.start) continue;
      tags ??= new Set();
      for (const t of terms[j].tags) tags.add(t);
    }
    out.push(tags ?? EMPTY);
  }
  return out;
}

const PERSONAL = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];
const DATE = ['Date', 'WeekDay', 'Month', 'Holiday'];
/** Tags compromise gives only to words it knows as ordinary English vocabulary. */
const COMMON = ['Adjective', 'Verb', 'Plural', 'Actor', 'Uncountable', 'Adverb', 'Preposition', 'Determiner'];

const has = (tags: ReadonlySet<string>, list: readonly string[]): boolean => list.some((t) => tags.has(t));

/**
 * What compromise says a capitalised name (the tags of its words) is, when it is sure it is no person's
 * name: no word is a known given name, surname or honorific, and every word is a date, a place, an
 * organisation word or ordinary vocabulary ("Mount Hermon", "Goldman Sachs", "Global Witness", "Black
 * Friday"). `undefined` when it knows nothing against a person (most foreign names are untagged) or says
 * person. 'none': a date or holiday, no entity.
 */
export function nonPersonType(
  words: readonly ReadonlySet<string>[],
): 'place' | 'organisation' | 'none' | undefined {
  if (!words.length) return undefined;
  if (words.some((tags) => has(tags, PERSONAL))) return undefined;
  // "Victory Day", "Independence Day": a name ending in a day is a date, whatever the words before it.
  if (has(words[words.length - 1], DATE)) return 'none';
  let date = false;
  let org = false;
  let place = false;
  for (const tags of words) {
    if (has(tags, PERSONAL)) return undefined;
    const d = has(tags, DATE);
    const o = tags.has('Organization');
    const p = tags.has('Place');
    if (!d && !o && !p && !has(tags, COMMON)) return undefined;
    date ||= d;
    org ||= o;
    place ||= p;
  }
  if (date) return 'none';
  if (org) return 'organisation';
  if (place) return 'place';
  // Ordinary words in capitals that name no person: a body, a campaign or a group ("Global Witness").
  return 'organisation';
}

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one
  .lexicon;

/**
 * compromise's own lexicon lists one of these words as a given name, surname or honorific: the tagger would
 * not call the name anything but a person's, so it need not run (most names in news have a known first name,
 * and one tagger call costs more than extracting the rest of the sentence).
 */
export function lexiconSaysPerson(words: readonly string[]): boolean {
  return words.some((w) => {
    const tag = LEXICON[w.toLowerCase()];
    return (Array.isArray(tag) ? tag : [tag]).some((t) => t !== undefined && PERSONAL.includes(t));
  });
}

/** compromise knows the word as a given name ("Elizabeth", "Zoë"): the name is a person's. */
export function isGivenName(tags: ReadonlySet<string> | undefined): boolean {
  return !!tags && (tags.has('FirstName') || tags.has('MaleName') || tags.has('FemaleName'));
}

/** compromise's gazetteer knows the word as a city, country or region ("Kraków"), not just a place word. */
export function isKnownPlace(tags: ReadonlySet<string> | undefined): boolean {
  return !!tags && (tags.has('City') || tags.has('Country') || tags.has('Region'));
}
