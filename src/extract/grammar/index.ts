// Grammar data (function words, trigger words, base vocabulary) for every language the extractor reads,
// compiled once into lookup sets. Lists of all languages are unioned: Danish and Norwegian share most
// constructions, and a union keeps extraction working when language identification is unsure.
import da from './da.json';
import nb from './nb.json';
import sv from './sv.json';
import en from './en.json';
import abbreviationData from './abbreviations.json';
import toponymData from './toponyms.json';

export type GrammarFile = typeof da;

const files: GrammarFile[] = [da, nb, sv, en as GrammarFile];

/** Multi-word phrases indexed by their first word (lower case). */
export type PhraseIndex = Map<string, string[][]>;

function words(phrase: string): string[] {
  return phrase.toLowerCase().split(/\s+/).filter(Boolean);
}

function set(pick: (f: GrammarFile) => string[] | undefined, lower = true): Set<string> {
  const out = new Set<string>();
  for (const f of files) for (const w of pick(f) ?? []) out.add(lower ? w.toLowerCase() : w);
  return out;
}

/** Single words go in `single`, longer phrases in `multi`. */
function phrases(pick: (f: GrammarFile) => string[] | undefined): {
  single: Set<string>;
  multi: PhraseIndex;
} {
  const single = new Set<string>();
  const multi: PhraseIndex = new Map();
  for (const f of files) {
    for (const p of pick(f) ?? []) {
      const ws = words(p);
      if (ws.length === 1) single.add(ws[0]);
      else if (ws.length > 1) {
        const list = multi.get(ws[0]) ?? [];
        list.push(ws);
        multi.set(ws[0], list);
      }
    }
  }
  for (const list of multi.values()) list.sort((a, b) => b.length - a.length);
  return { single, multi };
}

export type Phrases = ReturnType<typeof phrases>;

export const grammar = {
  stop: set((f) => f.stopwords),
  personPron: set((f) => f.pronouns.person),
  corefCountry: set((f) => f.corefNouns.country),
  corefBase: set((f) => f.corefNouns.base),
  corefPlace: set((f) => f.corefNouns.place),
  /** "the group", "gruppen": the armed group the text has just named. */
  corefGroup: set((f) => f.corefNouns.group),
  /** Last words that make an unknown organisation's name an armed group's ("Arakan Army"); English names. */
  groupHeads: set((f) => (f as { groupHeads?: string[] }).groupHeads, false),
  baseDef: set((f) => f.baseWords.definite),
  baseIndef: set((f) => f.baseWords.indefinite),
  baseTails: set((f) => f.baseWords.tails),
  basePrefixes: phrases((f) => f.baseWords.namePrefixes),
  baseSuffixes: phrases((f) => f.baseWords.nameSuffixes),
  placeTails: set((f) => f.placeTails),
  /** Lower-case nouns after a name that make it a region ("the Sagaing region", "Murmansk fylke"). */
  placeHeads: set((f) => f.placeHeads),
  /** Generic heads and openers of places' own names ("X International Airport", "Wadi X"). */
  toponymHeads: new Set(toponymData.heads),
  toponymPrefixes: new Set(toponymData.prefixes),
  orgTails: set((f) => f.orgTails),
  backerTails: set((f) => f.backerTails),
  vesselNouns: set((f) => f.vesselNouns),
  placeNouns: set((f) => f.placeNouns),
  /** Prepositions of nearness ("ved", "nær", "near"): a name after one is a place. */
  nearPreps: phrases((f) => f.nearPreps),
  /** "i", "in": an unknown single name after one, not a person named in the article, is a place. */
  inPreps: set((f) => f.inPreps),
  orgNouns: set((f) => f.orgNouns),
  /** "X fra DIIS", "X at Chatham House": prepositions that tie a person to an institution right after. */
  affiliationPreps: set((f) => f.affiliationPreps),
  directionPrefixes: set((f) => f.directionPrefixes),
  /** Capitalised compass words that begin a region's own name ("South Kordofan", "Nord Kivu"). */
  compassNames: new Set(files.flatMap((f) => f.compassNames)),
  titleTails: set((f) => f.titleTails),
  titleHeads: phrases((f) => f.titleHeads),
  nationalTitles: set((f) => f.nationalTitles),
  orgHeads: set((f) => f.orgHeads, false),
  nationalOrgHeads: set((f) => f.nationalOrgHeads, false),
  determiners: set((f) => f.determiners),
  /** Words that join list items and clauses ("og", "samt", "and"). */
  coordinators: set((f) => f.coordinators),
  nonActorNouns: set((f) => f.nonActorNouns),
  notDemonyms: set((f) => f.notDemonyms),
  troopNouns: set((f) => f.troopNouns),
  coalitionNouns: set((f) => f.coalition.nouns),
  ledSuffixes: set((f) => f.coalition.ledSuffixes),
  attack: {
    preps: set((f) => f.attack.preps),
    nounStems: set((f) => f.attack.nounStems),
    nounPreps: set((f) => f.attack.nounPreps),
  },
  stationing: {
    participles: set((f) => f.stationing.participles),
    located: phrases((f) => f.stationing.located),
    locPreps: set((f) => f.stationing.locPreps),
    deployPreps: set((f) => f.stationing.deployPreps),
    /** Verbs that send forces somewhere ("sendte soldater til X"): a deployment once troops are the object. */
    sendVerbs: set((f) => f.stationing.sendVerbs),
    /** Words that open examples from a list ("30 baser, blandt andet X"). */
    baseListIntro: phrases((f) => f.stationing.baseListIntro),
  },
  abbreviations: new Set(abbreviationData.abbreviations),
  /** Country a national institution belongs to when an article in this language names no other. */
  langCountry: Object.fromEntries(files.map((f) => [f.lang, f.country])) as Record<string, string>,
};

export type Grammar = typeof grammar;

/** Length (in words) of the phrase from `phrases` that starts at `norms[i]`, or 0. */
export function matchPhrase(p: Phrases, norms: readonly string[], i: number): number {
  const w = norms[i];
  if (w === undefined) return 0;
  const list = p.multi.get(w);
  if (list) {
    for (const ws of list) {
      let ok = true;
      for (let k = 1; k < ws.length; k++) {
        if (norms[i + k] !== ws[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return ws.length;
    }
  }
  return p.single.has(w) ? 1 : 0;
}

const longest = new WeakMap<Set<string>, { size: number; max: number }>();

/** Length of the longest stem in `stems` (recounted if the set has grown). */
function longestStem(stems: Set<string>): number {
  let c = longest.get(stems);
  if (!c || c.size !== stems.size) {
    let max = 0;
    for (const s of stems) max = Math.max(max, s.length);
    longest.set(stems, (c = { size: stems.size, max }));
  }
  return c.max;
}

/** Whether `word` ends with a known stem of at least `min` letters (compounds: "droneangrebet"). */
export function endsWithStem(word: string, stems: Set<string>, min = 4): boolean {
  if (stems.has(word)) return true;
  // Only suffixes no longer than the longest stem can match: a 1,000-letter "word" costs what a short one does.
  for (let k = Math.max(1, word.length - longestStem(stems)); k <= word.length - min; k++)
    if (stems.has(word.slice(k))) return true;
  return false;
}
