// Gazetteer features for the recogniser: which tokens start, continue or end a name the project's lexicons
// know (countries, demonyms, organisations, places, bases, people, title words), longest match per category.
// This is the only knowledge the model gets beyond its training data, so the same marks must be computed at
// training and at inference: the model file keeps the gazetteer's fingerprint to tell when they differ.
import { hashString, mix } from '../model/hash.ts';
import type {
  CountryEntry,
  OrganisationEntry,
  PeopleEntry,
  PerLang,
  PlaceEntry,
  TitleLexicon,
} from '../../extract/lexicon/types.ts';

// 'given': a word that is a given name or surname somewhere (compromise's English lexicon of names): a single
// word, so it marks name words rather than whole names. Eight categories: the marks fill a 32-bit word.
export const GAZ_CATEGORIES = [
  'country',
  'demonym',
  'org',
  'place',
  'base',
  'person',
  'title',
  'given',
] as const;
export type GazCategory = (typeof GAZ_CATEGORIES)[number];

/** Position of a token in a matched name: bit `category * 4 + part` of a token's mark. */
export const GAZ_B = 0;
export const GAZ_I = 1;
export const GAZ_L = 2;
export const GAZ_U = 3;

export interface GazetteerData {
  countries: CountryEntry[];
  places: PlaceEntry[];
  organisations: OrganisationEntry[];
  titles: TitleLexicon;
  people?: PeopleEntry[];
  /** Given names and surnames, one word each. */
  nameWords?: readonly string[];
}

export interface GazMarks {
  /** Per token: bit `category * 4 + part` (parts GAZ_B, GAZ_I, GAZ_L, GAZ_U). */
  span: Uint32Array;
  /** Per token: bit `category` when the part before a hyphen is a one-word name ("Oslo-mannen"). */
  head: Uint8Array;
}

/** 0: any case; 1: needs a capital; 2: exact (short acronym); 3: acronym or Titlecase ("Nato"). */
type CaseRule = 0 | 1 | 2 | 3;

interface Pattern {
  words: string[];
  lower: string[];
  rules: CaseRule[];
  cat: number;
  /** A genitive ending on the last token still matches ("Norges", "FN's"). */
  genitive: boolean;
}

// Names listed with their article ("the United Nations"): the entity a corpus marks starts after it.
const ARTICLES = new Set(['the', 'den', 'det', 'de', 'der']);

function caseRule(w: string): CaseRule {
  const upper = w.toUpperCase();
  if (w === upper && upper !== w.toLowerCase()) return w.replace(/[^\p{L}]/gu, '').length <= 3 ? 2 : 3;
  const c = w[0];
  return c !== c.toLowerCase() ? 1 : 0;
}

function ruleOk(rule: CaseRule, lex: string, surface: string): boolean {
  if (rule === 0) return true;
  if (rule === 1) return surface[0] !== surface[0].toLowerCase();
  if (rule === 2) return surface === lex;
  return surface === lex || surface === lex[0] + lex.slice(1).toLowerCase() || surface === lex.toUpperCase();
}

/** Length of the base of a genitive ("norges" → 5, "fn's" → 2), or 0 when the word is not one. */
function genitiveCut(lower: string): number {
  const n = lower.length;
  if (n < 3) return 0;
  const last = lower.charCodeAt(n - 1);
  const before = lower.charCodeAt(n - 2);
  if (last === 115 && (before === 39 || before === 0x2019)) return n - 2; // 's ’s
  return last === 115 || last === 39 || last === 0x2019 ? n - 1 : 0;
}

/** The base of a genitive, or null. */
function genitiveBase(lower: string): string | null {
  const cut = genitiveCut(lower);
  return cut > 0 ? lower.slice(0, cut) : null;
}

/** hashString(s.slice(0, end)) without the slice. */
function hashPrefix(s: string, end: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Bits of the first-word filter: most words start no name, and a bit test is cheaper than a map look-up. */
const FILTER_BITS = 1 << 20;

const all = (p: PerLang | undefined): string[] => (p ? Object.values(p).flat() : []);

export class Gazetteer {
  /** Lower-case first word → patterns starting with it, longest first. */
  private readonly byFirst = new Map<string, Pattern[]>();
  /** Bit hashString(first word) mod FILTER_BITS is set for every first word. */
  private readonly filter = new Uint32Array(FILTER_BITS / 32);
  /** Changes whenever the lists change: stored in a model to tell which gazetteer it was trained with. */
  readonly fingerprint: number;
  readonly size: number;

  private constructor(names: readonly { name: string; cat: number }[]) {
    let fp = 0x1234567;
    let size = 0;
    const seen = GAZ_CATEGORIES.map(() => new Set<string>());
    for (const { name, cat } of names) {
      // Most names are one word: no splitting for them (this runs at every start-up).
      let words = name.indexOf(' ') >= 0 ? name.split(' ').filter(Boolean) : [name];
      while (words.length > 1 && ARTICLES.has(words[0])) words = words.slice(1);
      if (!words.length) continue;
      const joined = words.length === 1 ? words[0] : words.join(' ');
      if (seen[cat].has(joined)) continue;
      seen[cat].add(joined);
      const lower = words.map((w) => w.toLowerCase());
      const key = lower[0];
      const list = this.byFirst.get(key) ?? [];
      const genitive = cat !== GAZ_CATEGORIES.indexOf('demonym') && cat !== GAZ_CATEGORIES.indexOf('title');
      list.push({ words, lower, rules: words.map(caseRule), cat, genitive });
      this.byFirst.set(key, list);
      fp = mix(fp, mix(hashString(joined), cat));
      size++;
    }
    for (const [key, list] of this.byFirst) {
      list.sort((a, b) => b.words.length - a.words.length);
      const h = hashString(key) & (FILTER_BITS - 1);
      this.filter[h >>> 5] |= 1 << (h & 31);
    }
    this.fingerprint = fp;
    this.size = size;
  }

  /** From the lexicon data files (all languages merged: names cross borders). */
  static fromLexicon(data: GazetteerData): Gazetteer {
    const names: { name: string; cat: number }[] = [];
    const add = (cat: GazCategory, list: Iterable<string>, needCapital: boolean): void => {
      const c = GAZ_CATEGORIES.indexOf(cat);
      for (const name of list) {
        if (needCapital) {
          const sp = name.indexOf(' ');
          let first = sp < 0 ? name : name.slice(0, sp);
          if (sp >= 0 && ARTICLES.has(first))
            first = name.split(' ').find((w) => w && !ARTICLES.has(w)) ?? '';
          // Lower-case descriptions ("koalisjonen") are not names an annotator marks.
          const ch = first.charAt(0);
          if (ch === ch.toLowerCase() && !(ch >= '0' && ch <= '9')) continue;
        }
        names.push({ name, cat: c });
      }
    };
    for (const c of data.countries) {
      add('country', [...all(c.names), ...(c.aliases ?? [])], true);
      add('demonym', [...all(c.adjectives), ...all(c.people)], false);
    }
    add(
      'org',
      data.organisations.flatMap((o) => [o.label, ...o.names]),
      true,
    );
    add(
      'place',
      data.places.filter((p) => p.kind !== 'base').flatMap((p) => p.names),
      true,
    );
    add(
      'base',
      data.places.filter((p) => p.kind === 'base').flatMap((p) => p.names),
      true,
    );
    add(
      'person',
      (data.people ?? []).flatMap((p) => p.names),
      true,
    );
    add('title', Object.values(data.titles).flatMap(all), false);
    add('given', data.nameWords ?? [], true);
    return new Gazetteer(names);
  }

  /** Gazetteer from plain lists per category (tests, or a caller with its own lists). */
  static fromLists(lists: Partial<Record<GazCategory, readonly string[]>>): Gazetteer {
    const names: { name: string; cat: number }[] = [];
    GAZ_CATEGORIES.forEach((cat, c) => {
      for (const name of lists[cat] ?? []) names.push({ name, cat: c });
    });
    return new Gazetteer(names);
  }

  /** Marks for every token of a sentence. */
  /**
   * `lower`: the words in lower case, and `lowerHash` their hashString from index `offset` on, when the caller
   * has them already.
   */
  mark(
    words: readonly string[],
    lower: readonly string[] = words.map((w) => w.toLowerCase()),
    lowerHash?: Uint32Array,
    offset = 0,
  ): GazMarks {
    const n = words.length;
    const span = new Uint32Array(n);
    const head = new Uint8Array(n);
    const nc = GAZ_CATEGORIES.length;
    // best[i * nc + c]: length of the longest name of category c starting at token i.
    const best = new Uint8Array(n * nc);
    for (let i = 0; i < n; i++) {
      const lw = lower[i];
      if (this.mayStart(lowerHash ? lowerHash[i + offset] : hashString(lw)))
        this.matchAt(words, lower, i, lw, false, best);
      const cut = genitiveCut(lw);
      if (cut > 0 && this.mayStart(hashPrefix(lw, cut)))
        this.matchAt(words, lower, i, lw.slice(0, cut), true, best);
      const hy = lw.indexOf('-');
      if (hy > 0 && hy < lw.length - 1 && this.mayStart(hashPrefix(lw, hy))) {
        const list = this.byFirst.get(lw.slice(0, hy));
        const surface = words[i].slice(0, hy);
        for (const p of list ?? [])
          if (p.words.length === 1 && ruleOk(p.rules[0], p.words[0], surface)) head[i] |= 1 << p.cat;
      }
    }
    for (let c = 0; c < nc; c++) {
      for (let i = 0; i < n;) {
        const len = best[i * nc + c];
        if (!len) {
          i++;
          continue;
        }
        if (len === 1) span[i] |= 1 << (c * 4 + GAZ_U);
        else {
          span[i] |= 1 << (c * 4 + GAZ_B);
          for (let k = i + 1; k < i + len - 1; k++) span[k] |= 1 << (c * 4 + GAZ_I);
          span[i + len - 1] |= 1 << (c * 4 + GAZ_L);
        }
        i += len;
      }
    }
    return { span, head };
  }

  private mayStart(hash: number): boolean {
    const h = hash & (FILTER_BITS - 1);
    return ((this.filter[h >>> 5] >>> (h & 31)) & 1) === 1;
  }

  /** Records in `best` the longest pattern per category starting at token i with first word `key`. */
  private matchAt(
    words: readonly string[],
    lower: readonly string[],
    i: number,
    key: string,
    genitiveFirst: boolean,
    best: Uint8Array,
  ): void {
    const list = this.byFirst.get(key);
    if (!list) return;
    const nc = GAZ_CATEGORIES.length;
    for (const p of list) {
      const len = p.words.length;
      if (i + len > words.length || best[i * nc + p.cat] >= len) continue;
      // A genitive first word can only be a one-word name.
      if (genitiveFirst && (len > 1 || !p.genitive)) continue;
      let ok = true;
      for (let k = 0; k < len && ok; k++) {
        let surface = words[i + k];
        if (k === 0 && genitiveFirst) surface = surface.slice(0, key.length);
        else if (k > 0 && lower[i + k] !== p.lower[k]) {
          const g = k === len - 1 && p.genitive ? genitiveBase(lower[i + k]) : null;
          if (g !== p.lower[k]) ok = false;
          else surface = surface.slice(0, g.length);
        }
        ok = ok && ruleOk(p.rules[k], p.words[k], surface);
      }
      if (ok) best[i * nc + p.cat] = Math.min(255, len);
    }
  }
}
