// Grammar data (function words, trigger words, base vocabulary) for every language the extractor reads,
// compiled once into lookup sets. Lists of all languages are unioned: Danish and Norwegian share most
// constructions, and a union keeps extraction working when language identification is unsure.
import da from './da.json';
import nb from './nb.json';
import sv from './sv.json';
import en from './en.json';
import abbreviationData from './abbreviations.json';

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
  groupPron: set((f) => f.pronouns.group),
  thingPron: set((f) => f.pronouns.thing),
  relativePron: set((f) => f.pronouns.relative),
  whereRelatives: set((f) => f.pronouns.where),
  corefCountry: set((f) => f.corefNouns.country),
  corefBase: set((f) => f.corefNouns.base),
  corefPlace: set((f) => f.corefNouns.place),
  /** "the group", "gruppen": the armed group the text has just named. */
  corefGroup: set((f) => f.corefNouns.group),
  /** Last words that make an unknown organisation's name an armed group's ("Arakan Army"); English names. */
  groupHeads: set((f) => (f as { groupHeads?: string[] }).groupHeads, false),
  locative: set((f) => f.locativeAdverbs),
  baseDef: set((f) => f.baseWords.definite),
  baseIndef: set((f) => f.baseWords.indefinite),
  baseTails: set((f) => f.baseWords.tails),
  basePrefixes: phrases((f) => f.baseWords.namePrefixes),
  baseSuffixes: phrases((f) => f.baseWords.nameSuffixes),
  placeTails: set((f) => f.placeTails),
  /** Lower-case nouns after a name that make it a region ("the Sagaing region", "Murmansk fylke"). */
  placeHeads: set((f) => f.placeHeads),
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
  clauseConjunctions: set((f) => f.clauseConjunctions),
  titleTails: set((f) => f.titleTails),
  titleHeads: phrases((f) => f.titleHeads),
  nationalTitles: set((f) => f.nationalTitles),
  orgHeads: set((f) => f.orgHeads, false),
  nationalOrgHeads: set((f) => f.nationalOrgHeads, false),
  determiners: set((f) => f.determiners),
  /** Words that join list items and clauses ("og", "samt", "and"). */
  coordinators: set((f) => f.coordinators),
  /** Auxiliaries of the perfect tense ("har", "havde", "has"). */
  perfectAux: set((f) => f.perfectAux),
  /** Superlatives that rank rather than place ("største"); English "-est" forms are recognised by suffix. */
  superlatives: set((f) => f.superlatives),
  nonActorNouns: set((f) => f.nonActorNouns),
  notDemonyms: set((f) => f.notDemonyms),
  troopNouns: set((f) => f.troopNouns),
  coalitionNouns: set((f) => f.coalition.nouns),
  ledSuffixes: set((f) => f.coalition.ledSuffixes),
  docNouns: set((f) => f.docNouns),
  negations: set((f) => f.negations),
  denials: set((f) => f.denials),
  attack: {
    verbs: set((f) => f.attack.verbs),
    verbsPrep: set((f) => f.attack.verbsPrep),
    objectNouns: set((f) => f.attack.objectNouns),
    preps: set((f) => f.attack.preps),
    passive: set((f) => f.attack.passive),
    passiveAux: set((f) => f.attack.passiveAux),
    agentPreps: set((f) => f.attack.agentPreps),
    nounStems: set((f) => f.attack.nounStems),
    nounPreps: set((f) => f.attack.nounPreps),
    exposed: phrases((f) => f.attack.exposed),
    responsible: phrases((f) => f.attack.responsible),
    /** "an attack X claimed": a claim verb after an attack noun and its subject; English only so far. */
    claimVerbs: set((f) => (f.attack as { claimVerbs?: string[] }).claimVerbs),
    firedFrom: phrases((f) => f.attack.firedFrom),
    doVerbs: phrases((f) => f.attack.doVerbs),
    weak: phrases((f) => f.attack.weakVerbs),
    targetNouns: set((f) => f.attack.targetNouns),
    /** Vehicles and arms that carry out attacks: "amerikanske fly", "Russian drones" make the country the attacker. */
    armsNouns: set((f) => f.attack.armsNouns),
  },
  stationing: {
    participles: set((f) => f.stationing.participles),
    nouns: set((f) => f.stationing.nouns),
    house: set((f) => f.stationing.house),
    usedBy: phrases((f) => f.stationing.usedBy),
    located: phrases((f) => f.stationing.located),
    have: set((f) => f.stationing.have),
    /** "har sitt hovedkvarter i X": a force's headquarters place it like a base. */
    hqNouns: set((f) => f.stationing.hqNouns),
    locPreps: set((f) => f.stationing.locPreps),
    deployPreps: set((f) => f.stationing.deployPreps),
    /** Verbs that send forces somewhere ("sendte soldater til X"): a deployment once troops are the object. */
    sendVerbs: set((f) => f.stationing.sendVerbs),
    /** Words that open examples from a list ("30 baser, blandt andet X"). */
    baseListIntro: phrases((f) => f.stationing.baseListIntro),
  },
  reporting: {
    verbs: phrases((f) => f.reporting.verbs),
    phrases: phrases((f) => f.reporting.phrases),
    according: phrases((f) => f.reporting.according),
    sourceIntro: phrases((f) => f.reporting.sourceIntro),
    docSpeech: phrases((f) => f.reporting.docSpeech),
    spokesNouns: set((f) => f.reporting.spokesNouns),
    spokesPreps: set((f) => f.reporting.spokesPreps),
    recipientPreps: phrases((f) => f.reporting.recipientPreps),
    /** Verbs whose object is who was told, never who spoke ("told Reuters"); English only so far. */
    addresseeVerbs: set((f) => (f.reporting as { addresseeVerbs?: string[] }).addresseeVerbs),
    channelPreps: set((f) => f.reporting.channelPreps),
    /** Reporting verbs of the other languages that are ordinary English words ("bad"): no verbs in English. */
    enFalseFriends: new Set((en.reporting as { falseFriends?: string[] }).falseFriends ?? []),
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
