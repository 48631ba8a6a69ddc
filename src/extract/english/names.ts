// Given names and surnames from compromise's English lexicon: general knowledge of what people are called
// (about 4,000 words), a gazetteer feature of the entity recogniser in every language. compromise is an
// English NLP library; its lexicon of names is where it is strongest, and none of our corpora lists names.
import nlp from 'compromise';

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName']);

let cached: string[] | undefined;

/** Capitalised name words ("Maria", "Smith"), sorted so the gazetteer's fingerprint is stable. */
export function nameWords(): string[] {
  if (cached) return cached;
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const out: string[] = [];
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (!tags.some((t) => NAME_TAGS.has(t)) || !/^[a-z][a-z'-]+$/.test(word)) continue;
    out.push(word[0].toUpperCase() + word.slice(1));
  }
  cached = out.sort();
  return cached;
}
