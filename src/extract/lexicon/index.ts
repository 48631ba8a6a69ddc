// The lexicon compiled once into lookups keyed by normalised tokens: names of countries, places and
// organisations (with derived genitives: "Irans", "USA's", "FN's", "Sky News'"), country adjectives and
// people nouns (demonyms), person titles and party codes.
import { foldName } from '../fold.ts';
import { genitiveBase, tokenize } from '../text/tokens.ts';
import type {
  CountryEntry,
  OrganisationEntry,
  OrganisationKind,
  PeopleEntry,
  PerLang,
  PlaceEntry,
  TitleLexicon,
} from './types.ts';

export interface LexEntry {
  kind: 'country' | 'place' | 'org';
  id: string;
  label: string;
  /** Country id (countries.json) it belongs to. */
  country?: string;
  national?: boolean;
  orgKind?: OrganisationKind;
  placeKind?: PlaceEntry['kind'];
}

interface NamePattern {
  /** The name's tokens as written in the lexicon, lower case, and the case rule of each. */
  words: string[];
  lower: string[];
  rules: CaseRule[];
  entry: LexEntry;
}

/** 0: any case; 1: needs a capital; 2: exact (short acronym); 3: acronym or Titlecase ("Nato"). */
type CaseRule = 0 | 1 | 2 | 3;

function caseRule(lex: string): CaseRule {
  if (upperLetters(lex)) return lex.replace(/[^\p{L}]/gu, '').length <= 3 ? 2 : 3;
  // Inner capitals ("LeT", "McDonald") are part of the spelling: "Let" at a sentence start is no "LeT".
  if (/^.+\p{Lu}/u.test(lex.replace(/[-\s'’].*$/u, ''))) return 2;
  return /^\p{Lu}/u.test(lex) ? 1 : 0;
}

function ruleOk(rule: CaseRule, lex: string, surface: string): boolean {
  switch (rule) {
    case 0:
      return true;
    case 1: {
      const c = surface[0];
      return c !== c.toLowerCase();
    }
    case 2:
      return surface === lex;
    default:
      return surface === lex || surface === lex[0] + lex.slice(1).toLowerCase();
  }
}

export interface LexMatch {
  /** Number of tokens matched. */
  length: number;
  entry: LexEntry;
  /** The last token carried a genitive ending ("Irans", "FN's"). */
  genitive: boolean;
  /** A compound token matched with its tail ("USA-ledede"). */
  full?: boolean;
}

export interface LexiconData {
  countries: CountryEntry[];
  places: PlaceEntry[];
  organisations: OrganisationEntry[];
  titles: TitleLexicon;
  /** Optional so that small test lexicons need none. */
  people?: PeopleEntry[];
}

function allOf(p: PerLang | undefined): string[] {
  return p ? Object.values(p).flat() : [];
}

function upperLetters(w: string): boolean {
  return /\p{L}/u.test(w) && w === w.toUpperCase();
}

/** Whether a surface token may stand for the lexicon token (acronyms strict, names need a capital). */
export function caseOk(lex: string, surface: string): boolean {
  if (upperLetters(lex)) {
    const letters = lex.replace(/[^\p{L}]/gu, '').length;
    if (letters <= 3) return surface === lex;
    return surface === lex || surface === lex[0] + lex.slice(1).toLowerCase();
  }
  if (/^\p{Lu}/u.test(lex)) return /^\p{Lu}/u.test(surface);
  return true;
}

export class Lexicon {
  readonly countries = new Map<string, CountryEntry>();
  readonly places = new Map<string, PlaceEntry>();
  readonly organisations = new Map<string, OrganisationEntry>();
  private readonly names = new Map<string, NamePattern[]>();
  /** Country adjectives (all inflections, lower case) → country id. */
  readonly adjectives = new Map<string, string>();
  /** Nouns for a country's people → country id. */
  readonly people = new Map<string, string>();
  /** Title words and phrases (lower case) → kind. */
  readonly titles = new Map<string, string>();
  readonly titlePhrases = new Map<string, string[][]>();
  private readonly titleKinds = new Map<string, string>();
  private byKindCountry?: Map<string, OrganisationEntry[]>;
  /** Party code as written in parentheses → parties with that code. */
  readonly partyCodes = new Map<string, LexEntry[]>();
  readonly maxNameLength: number;
  /** Folded full name of a well-known person → nationality (country id). */
  private readonly nationality = new Map<string, string>();
  /** Surname → the country of the well-known people bearing it; null when they differ. */
  private readonly surnames = new Map<string, string | null>();

  constructor(data: LexiconData) {
    for (const p of data.people ?? [])
      for (const name of p.names) {
        this.nationality.set(foldName(name.replace(/\.$/, '')), p.country);
        // A surname alone ("Biden") is that person's only when no one of another country shares it.
        const last = name
          .split(/\s+/)
          .filter((w) => !/^(?:jr|sr|ii|iii|iv)\.?$/i.test(w))
          .pop();
        if (!last || last === name) continue;
        const key = foldName(last);
        const seen = this.surnames.get(key);
        this.surnames.set(key, seen === undefined || seen === p.country ? p.country : null);
      }
    let max = 1;
    const addName = (name: string, entry: LexEntry): void => {
      const words = tokenize(name).map((t) => (t.tail ? `${t.text}-${t.tail}` : t.text));
      if (!words.length) return;
      max = Math.max(max, words.length);
      const key = words[0].toLowerCase();
      const list = this.names.get(key) ?? [];
      if (!list.some((p) => p.entry === entry && p.words.join(' ') === words.join(' ')))
        list.push({ words, lower: words.map((w) => w.toLowerCase()), rules: words.map(caseRule), entry });
      this.names.set(key, list);
    };
    for (const c of data.countries) {
      this.countries.set(c.id, c);
      const entry: LexEntry = { kind: 'country', id: c.id, label: c.label, country: c.id };
      for (const n of [...allOf(c.names), ...(c.aliases ?? [])]) addName(n, entry);
      for (const a of allOf(c.adjectives))
        if (!this.adjectives.has(a.toLowerCase())) this.adjectives.set(a.toLowerCase(), c.id);
      for (const a of allOf(c.people))
        if (!this.people.has(a.toLowerCase())) this.people.set(a.toLowerCase(), c.id);
    }
    for (const p of data.places) {
      this.places.set(p.id, p);
      const entry: LexEntry = {
        kind: 'place',
        id: p.id,
        label: p.label,
        country: p.country,
        placeKind: p.kind,
      };
      for (const n of p.names) addName(n, entry);
    }
    for (const o of data.organisations) {
      this.organisations.set(o.id, o);
      const entry: LexEntry = {
        kind: 'org',
        id: o.id,
        label: o.label,
        country: o.country,
        national: o.national,
        orgKind: o.kind,
      };
      for (const n of new Set([o.label, ...o.names])) addName(n, entry);
      for (const code of o.partyCodes ?? []) {
        const list = this.partyCodes.get(code) ?? [];
        list.push(entry);
        this.partyCodes.set(code, list);
      }
    }
    for (const [kind, perLang] of Object.entries(data.titles)) {
      for (const t of allOf(perLang)) this.addTitle(t, kind);
    }
    this.maxNameLength = max;
  }

  addTitle(title: string, kind: string): void {
    const words = title.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 1) {
      if (!this.titles.has(words[0])) this.titles.set(words[0], kind);
    } else if (words.length > 1) {
      this.titleKinds.set(words.join(' '), kind);
      const list = this.titlePhrases.get(words[0]) ?? [];
      list.push(words);
      list.sort((a, b) => b.length - a.length);
      this.titlePhrases.set(words[0], list);
    }
  }

  /**
   * The longest lexicon name starting at token `i` of `texts` (token texts, compound tails removed).
   * Candidates are ranked by length, then by `prefer` (e.g. entries of the article's country).
   */
  matchName(
    texts: readonly string[],
    fulls: readonly string[],
    i: number,
    prefer?: (e: LexEntry) => number,
  ): LexMatch | null {
    const t0 = texts[i].toLowerCase();
    const f0 = fulls[i] === texts[i] ? t0 : fulls[i].toLowerCase();
    const g0 = genitiveBase(t0);
    const g1 = f0 === t0 ? null : genitiveBase(f0);
    let best: LexMatch | null = null;
    let bestScore = -Infinity;
    const keys = [t0, f0, g0, g1];
    for (let q = 0; q < keys.length; q++) {
      const key = keys[q];
      if (!key || keys.indexOf(key) < q) continue;
      const list = this.names.get(key);
      if (!list) continue;
      for (const p of list) {
        const n = p.words.length;
        if (i + n > texts.length) continue;
        let ok = true;
        let genitive = false;
        let full = false;
        for (let k = 0; k < n && ok; k++) {
          const lexLower = p.lower[k];
          const fullLower = k === 0 ? f0 : fulls[i + k].toLowerCase();
          const textLower = k === 0 ? t0 : texts[i + k].toLowerCase();
          // A compound ("USA-ledede") matches as a whole; a name's head matches without its tail.
          let surface: string;
          if (fullLower === lexLower) {
            surface = fulls[i + k];
            if (fulls[i + k] !== texts[i + k]) full = true;
          } else {
            if (k < n - 1 && fulls[i + k] !== texts[i + k]) {
              ok = false;
              break;
            }
            surface = texts[i + k];
            if (textLower !== lexLower) {
              if (k !== n - 1) {
                ok = false;
                break;
              }
              const b = genitiveBase(surface);
              if (!b || b.toLowerCase() !== lexLower) {
                ok = false;
                break;
              }
              surface = b;
              genitive = true;
            }
          }
          ok = ruleOk(p.rules[k], p.words[k], surface);
        }
        if (!ok) continue;
        const score = n * 100 + (prefer ? prefer(p.entry) : 0);
        if (score > bestScore) {
          bestScore = score;
          best = { length: n, entry: p.entry, genitive, full };
        }
      }
    }
    return best;
  }

  /** Length of a title phrase starting at `norms[i]` (0 if none). */
  matchTitle(norms: readonly string[], i: number): number {
    const list = this.titlePhrases.get(norms[i]);
    if (list) {
      for (const ws of list) {
        let ok = true;
        for (let k = 1; k < ws.length && ok; k++) ok = norms[i + k] === ws[k];
        if (ok) return ws.length;
      }
    }
    return this.titles.has(norms[i]) ? 1 : 0;
  }

  /** The single organisation of this kind for this country, if the lexicon lists exactly one. */
  onlyOrganisation(kind: string | undefined, country: string): LexEntry | undefined {
    if (!kind) return undefined;
    const key = `${kind} ${country}`;
    if (!this.byKindCountry) {
      this.byKindCountry = new Map();
      for (const o of this.organisations.values()) {
        if (!o.country || o.national) continue;
        const k = `${o.kind} ${o.country}`;
        this.byKindCountry.set(k, [...(this.byKindCountry.get(k) ?? []), o]);
      }
    }
    const list = this.byKindCountry.get(key);
    if (!list || list.length !== 1) return undefined;
    const o = list[0];
    return { kind: 'org', id: o.id, label: o.label, country: o.country, orgKind: o.kind };
  }

  /** Kind of a title word or phrase ("diplomatic", "military", …). */
  titleKind(title: string): string | undefined {
    return this.titles.get(title) ?? this.titleKinds.get(title);
  }

  /** Nationality of a well-known person by full name ("Narendra Modi", "Ferdinand Marcos Jr."). */
  personNationality(fullName: string): string | undefined {
    const name = foldName(fullName.replace(/\.$/, ''));
    return (
      this.nationality.get(name) ?? (name.includes(' ') ? undefined : (this.surnames.get(name) ?? undefined))
    );
  }

  countryLabel(id: string): string {
    return this.countries.get(id)?.label ?? id;
  }
}
