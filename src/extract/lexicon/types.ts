/**
 * Shapes of the lexicon data files in this folder. The data is general world knowledge in the languages the
 * extractor reads: `da` Danish, `nb` Norwegian bokmål, `sv` Swedish, `en` English.
 */
export type LexLang = 'da' | 'nb' | 'sv' | 'en';
export type PerLang = Partial<Record<LexLang, string[]>>;

/** countries.json: every sovereign state (and commonly reported territories). */
export interface CountryEntry {
  /** Stable id used in node keys: lower-case English short name, hyphenated ("united-states", "iraq"). */
  id: string;
  /** ISO 3166-1 alpha-2. */
  iso2: string;
  /** English short name used as the node label ("United States", "Iraq"). */
  label: string;
  /** Names per language, base forms only (genitives are derived in code): {"da": ["Irak"], "en": ["Iraq"]}. */
  names: PerLang;
  /** Abbreviations and other names in any language: ["USA", "US", "U.S.", "De forente stater"]. */
  aliases?: string[];
  /** Adjectives, every inflected form, lower case: {"da": ["amerikansk", "amerikanske", "amerikansks"], "nb": ["amerikansk", "amerikanske", "amerikanskt"]}. */
  adjectives: PerLang;
  /** Nouns for its people, every form: {"da": ["amerikaner", "amerikanere", "amerikanerne", "amerikaneren"], "en": ["American", "Americans"]}. */
  people: PerLang;
  /** Id of the capital in places.json, when listed there. */
  capital?: string;
}

/** places.json: capitals, major cities, regions and provinces often in the news; bases.json: well-known
 * military bases (kind 'base'), with their host country. */
export interface PlaceEntry {
  id: string;
  label: string;
  /** Every name in every language: ["Copenhagen", "København"]. */
  names: string[];
  /** CountryEntry.id it lies in; absent for regions spanning countries. */
  country?: string;
  kind: 'city' | 'region' | 'province' | 'continent' | 'territory' | 'sea' | 'base' | 'other';
}

export type OrganisationKind =
  | 'intergovernmental'
  | 'alliance'
  | 'armed-group'
  | 'military'
  | 'ministry'
  // Embassies and consulates: a state's missions abroad, owned by the country named before them.
  | 'diplomatic'
  | 'government'
  | 'parliament'
  | 'party'
  | 'news-agency'
  | 'media'
  | 'company'
  | 'ngo'
  | 'other';

/** organisations.json: international organisations, armed groups, agencies, media, parties, institutions. */
export interface OrganisationEntry {
  id: string;
  label: string;
  /** Every name, abbreviation and translation: ["United Nations", "UN", "FN", "De forente nasjoner", "Förenta nationerna"]. */
  names: string[];
  kind: OrganisationKind;
  /** CountryEntry.id of its national affiliation; absent for international bodies. */
  country?: string;
  /**
   * True for generic national names whose country comes from context ("Forsvaret", "Forsvarsministeriet",
   * "UD", "regeringen"): the extractor gives them the country named with them ("Norges Forsvarsministerium")
   * or the article's country (by language), and keys them per country.
   */
  national?: boolean;
  /** Party letters used in parentheses after a politician's name: "(H)", "(S)", "(Ap)". */
  partyCodes?: string[];
}

/**
 * people.json: the nationality of people the news names without their country (heads of state and government,
 * foreign and defence ministers, heads of international bodies): [{"country": "india", "names": ["Narendra Modi"]}].
 * Nationality, not office: it stays true after they leave office.
 */
export interface PeopleEntry {
  country: string;
  names: string[];
}

/** titles.json: words that introduce a person's name, per language, lower case, by kind. */
export interface TitleLexicon {
  [kind: string]: PerLang;
}
