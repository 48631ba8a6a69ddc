// Entity recognition per sentence: lexicon names (countries, places, organisations, with genitives),
// demonyms, bases from base vocabulary, led coalitions, and capitalised name sequences classified as
// person, organisation, base or place by titles, party codes, compound tails and organisation words.
import type { EntityType } from '../graph/types.ts';
import { isKnownPlace, lexiconSaysPerson, nonPersonType } from './english/tagger.ts';
import { endsWithStem, grammar, matchPhrase } from './grammar/index.ts';
import type { LexEntry } from './lexicon/index.ts';
import { lexicon } from './lexicon/data.ts';
import type { Mention } from './mention.ts';
import type { Sentence } from './text/sentences.ts';
import type { Token } from './text/tokens.ts';
import { packedMap } from './text/packed.ts';

export interface SentenceData {
  /** Article language: a few function words differ ("at" is "that" in Danish, a preposition in English). */
  lang?: string;
  sentence: Sentence;
  tokens: Token[];
  norms: string[];
  mentions: Mention[];
  /** Title spans: token index where a title starts → [end, title]. */
  titles: Map<number, [number, string]>;
  /** English articles only: compromise's tags per token, certain for tokens [from, to) (english/tagger.ts). */
  en?: (from: number, to: number) => readonly ReadonlySet<string>[];
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

const OPENERS = new Set([':', '-', '–', '—', '"', '«', '“', '„', '(', "'", '‘']);
const QUOTE_OPEN = new Set(['"', '«', '“', '„']);
const QUOTE_CLOSE = new Set(['"', '»', '”', '“']);
const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'von',
  'van',
  'de',
  'da',
  'del',
  'della',
  'di',
  'du',
  'la',
  'le',
  'abu',
  'bint',
  'ben',
  'dos',
  'das',
  'ter',
]);
const GENERATIONS = new Set(['II', 'III', 'IV', 'Jr', 'Sr']);
const PARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|ben)-\p{Lu}/u;
// The Arabic article may also begin a name of its own ("al-Watiya air base", "at al-Tanf").
const ARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|az)-\p{Lu}/u;
// Ministries are not among them: "det britiske forsvarsministerium" is a body that speaks, and the lexicon
// lists such descriptions as the ministry's names.
const DESCRIPTIVE_KINDS = new Set(['military', 'government', 'parliament']);
const STATE_KINDS = new Set(['government', 'ministry', 'military', 'parliament']);
/** National bodies a country adjective can own: "det ukrainske luftvåben", "den sudanesiske hæren". */
const ADJ_OWNED_KINDS = new Set(['military', 'ministry', 'diplomatic']);

/** Lexicon places a base can be named after ("en luftbase i Mosul"); wider ones only locate it. */
const BASE_TOWN_KINDS = new Set(['city', 'other']);

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

function isSentenceStart(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.word) return false;
    if (OPENERS.has(t.text)) return true;
  }
  return true;
}

function preferHome(ctx: ArticleContext): (e: LexEntry) => number {
  return (e) => (e.country && e.country === ctx.homeCountry ? 2 : 0) + (e.kind === 'country' ? 1 : 0);
}

function makeMention(
  sd: SentenceData,
  t0: number,
  t1: number,
  type: EntityType,
  kind: Mention['kind'],
  label: string,
): Mention {
  const start = sd.tokens[t0].start;
  const end = sd.tokens[t1 - 1].start + sd.tokens[t1 - 1].text.length;
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

function isCoalition(e: LexEntry): boolean {
  return e.kind === 'org' && e.orgKind === 'alliance' && /coalition/i.test(e.id);
}

function entryType(e: LexEntry): EntityType {
  if (e.kind === 'place' && e.placeKind === 'base') return 'base';
  return e.kind === 'org' ? 'organisation' : e.kind;
}

function stripGenitive(s: string): string {
  return s.replace(/['’]s?$/, '');
}

/** Recognises the entities of one sentence. `consumed` marks tokens already part of a mention. */
export function recogniseSentence(
  ctx: ArticleContext,
  sd: SentenceData,
  coalition: { key?: string; label?: string; entry?: LexEntry },
): void {
  const { tokens: toks, norms } = sd;
  const n = toks.length;
  const consumed = new Array<boolean>(n).fill(false);
  const texts = packedMap(toks, (t) => t.text);
  const fulls = packedMap(toks, (t) => (t.tail ? `${t.text}-${t.tail}` : t.text));
  const prefer = preferHome(ctx);
  const out: Mention[] = [];

  // Titles first: they are never part of a name.
  for (let i = 0; i < n; i++) {
    if (!toks[i].word) continue;
    const len = titleAt(norms, i);
    // English: "Amy Pope" — compromise reads a title word after a given name as the surname it is.
    if (
      len === 1 &&
      sd.en &&
      toks[i].cap &&
      toks[i - 1]?.cap &&
      sd.en(i - 1, i + 1)[i].has('LastName') &&
      personPair(sd, i)
    )
      continue;
    if (len) {
      sd.titles.set(i, [i + len, norms.slice(i, i + len).join(' ')]);
      i += len - 1;
    }
  }
  const isTitleTok = new Array<boolean>(n).fill(false);
  for (const [i, [e]] of sd.titles) for (let k = i; k < e; k++) isTitleTok[k] = true;

  // 1. Lexicon names and demonyms.
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (!t.word || consumed[i]) continue;
    const norm = t.norm;
    let m = lexicon.matchName(texts, fulls, i, prefer);
    // Lower-case lexicon names ("den USA-ledede koalisjonen", "koalisjonen") count unless they are generic
    // national words on their own ("forsvaret"): those need a capital.
    // "Ruslands forsvarsministerium", "Syria's foreign ministry": a national body owned by the country
    // in the genitive before it is one name, that country's body.
    const owner = out.length ? out[out.length - 1] : undefined;
    const owned =
      m &&
      m.entry.national &&
      m.entry.orgKind !== 'government' &&
      owner &&
      owner.t1 === i &&
      owner.type === 'country' &&
      (owner.kind === 'gen' || (owner.kind === 'adj' && ADJ_OWNED_KINDS.has(m.entry.orgKind ?? '')))
        ? owner
        : undefined;
    // Once the article has named the body with its country, the bare definite word refers back to it
    // ("generalstaben"); an indefinite one is generic ("mere luftforsvar").
    if (
      m &&
      !owned &&
      !t.cap &&
      /^\p{Ll}/u.test(t.text) &&
      m.length === 1 &&
      m.entry.national &&
      !(ctx.ownedNational?.has(m.entry.id) && /(?:en|et|n)$/.test(norm))
    )
      m = null;
    // "angrebet mod den amerikanske ambassade i X": after a preposition an embassy is a building, not a
    // body that acts or speaks.
    if (m && m.entry.orgKind === 'diplomatic') {
      let b = (owned ? owned.t0 : i) - 1;
      while (b >= 0 && grammar.determiners.has(norms[b])) b--;
      const w = norms[b] ?? '';
      if (
        grammar.stationing.locPreps.has(w) ||
        grammar.attack.preps.has(w) ||
        grammar.stationing.deployPreps.has(w)
      )
        m = null;
    }
    // "Arakan Army", "Kachin Army": a state's generic body after a capitalised word no rule has taken is
    // the last word of another name, left to the name-sequence rules.
    const prevTok = toks[i - 1];
    if (
      m &&
      !owned &&
      m.entry.national &&
      m.length === 1 &&
      t.cap &&
      prevTok?.word &&
      prevTok.cap &&
      !consumed[i - 1] &&
      !isTitleTok[i - 1] &&
      !grammar.stop.has(norms[i - 1])
    )
      m = null;
    if (m && owned) (ctx.ownedNational ??= new Set()).add(m.entry.id);
    if (m && !owned && m.entry.national) {
      const after = toks[i + m.length];
      // "state broadcaster CCTV": a generic description in apposition to the body's own name.
      if (after?.word && after.cap && !isTitleTok[i + m.length]) m = null;
    }
    // "Russian military instructors": the military word describes the people after it.
    if (m && m.entry.orgKind === 'military' && grammar.troopNouns.has(norms[i + m.length] ?? '')) m = null;
    // "det amerikanske militær", "den danske regering": descriptions of a state's bodies, which news
    // language uses for the state itself; the adjective names the country.
    if (
      m &&
      !owned &&
      m.length > 1 &&
      (grammar.determiners.has(norm) || !t.cap) &&
      DESCRIPTIVE_KINDS.has(m.entry.orgKind ?? '')
    )
      m = null;
    // "Nord-Israel", "Øst-Ukraine": a region of the country after the direction.
    const parts = t.text.split('-');
    if (!m && parts.length === 2 && grammar.directionPrefixes.has(parts[0].toLowerCase())) {
      const c = lexicon.matchName([parts[1]], [parts[1]], 0);
      if (c && c.entry.kind === 'country' && c.length === 1 && !c.genitive) {
        const men = makeMention(sd, i, i + 1, 'place', 'name', t.text);
        men.country = c.entry.id;
        out.push(men);
        consumed[i] = true;
        continue;
      }
    }
    // "Regjeringen i Seoul": a home-country body's generic name placed in another country is that
    // country's body.
    if (
      m &&
      !m.entry.national &&
      m.entry.country === ctx.homeCountry &&
      STATE_KINDS.has(m.entry.orgKind ?? '')
    ) {
      const at = i + m.length;
      const where =
        grammar.stationing.locPreps.has(norms[at] ?? '') && toks[at + 1]?.cap
          ? lexicon.matchName(texts, fulls, at + 1)
          : null;
      const elsewhere =
        where && where.entry.kind !== 'org' && (where.entry.country ?? where.entry.id) !== ctx.homeCountry;
      const generic = elsewhere ? lexicon.matchName(texts, fulls, i, (e) => (e.national ? 3 : 0)) : null;
      if (generic?.entry.national && generic.length === m.length) m = generic;
    }
    // "politikeren Milan Radoičić": after a person's title, a city name followed by an unknown capitalised
    // word is a first name.
    if (
      m &&
      m.entry.kind === 'place' &&
      m.length === 1 &&
      !m.genitive &&
      isTitleTok[i - 1] &&
      toks[i + 1]?.cap &&
      toks[i + 1].word &&
      !lexicon.matchName(texts, fulls, i + 1)
    )
      m = null;
    if (m) {
      const last = toks[i + m.length - 1];
      // "Washington Post" when only "Washington" is known: an organisation word after a place name.
      const next = toks[i + m.length];
      if (
        m.entry.kind !== 'org' &&
        !last.tail &&
        next &&
        next.cap &&
        !m.genitive &&
        grammar.orgHeads.has(next.text) &&
        orgHeadIsOwnName(m.entry.kind, lexicon.matchName(texts, fulls, i + m.length))
      ) {
        // leave to the name-sequence rules
      } else {
        const type = entryType(m.entry);
        const t0 = owned ? owned.t0 : i;
        if (owned) out.pop();
        const backed = type === 'country' && !!last.tail && grammar.backerTails.has(last.tail);
        const kind = m.genitive ? 'gen' : backed ? 'adj' : 'name';
        const men = makeMention(sd, t0, i + m.length, type, kind, m.entry.label);
        if (m.full && last.tail) {
          men.end = last.end + last.tail.length + 1;
          men.surface = sd.sentence.text.slice(men.start - sd.sentence.start, men.end - sd.sentence.start);
        }
        men.entry = m.entry;
        if (isCoalition(m.entry)) {
          // A bare "koalitionen" is the coalition the article has named.
          if (m.length === 1 && grammar.coalitionNouns.has(norm) && coalition.entry)
            men.entry = coalition.entry;
          else if (m.length > 1 || !coalition.entry) coalition.entry = m.entry;
          men.label = men.entry!.label;
        }
        men.country = owned?.country ?? m.entry.country;
        // "det britiske forsvarsministerium", "britisk UD" as one lexicon name: the adjective still names the
        // owning country.
        const lead = grammar.determiners.has(norm) ? i + 1 : i;
        const adjOwner = m.length > lead - i + 1 ? lexicon.adjectives.get(norms[lead]) : undefined;
        if (owned || adjOwner) men.ownerCountry = owned?.country ?? adjOwner;
        men.tail = m.full ? undefined : last.tail;
        const suffix =
          type === 'place' || type === 'base' ? matchPhrase(grammar.baseSuffixes, norms, i + m.length) : 0;
        if (suffix) for (let k = i + m.length; k < i + m.length + suffix; k++) consumed[k] = true;
        // A known base keeps its gazetteer identity ("Al Udeid Air Base", "Thule-basen" → one node each).
        if (type === 'base') men.tail = undefined;
        else if (((men.tail && grammar.baseTails.has(men.tail)) || suffix) && type !== 'organisation') {
          // "Kandahar-basen": a base named after the place.
          men.type = 'base';
          men.label = stripGenitive(men.surface);
          men.entry = undefined;
        }
        // "South Kordofan", "Nord Kivu": a compass word before a region is part of a region of its own.
        const compass = toks[i - 1];
        if (
          men.type === 'place' &&
          !owned &&
          !men.tail &&
          !suffix &&
          compass &&
          !consumed[i - 1] &&
          grammar.compassNames.has(compass.text)
        ) {
          const whole = makeMention(sd, i - 1, i + m.length, 'place', 'name', `${compass.text} ${men.label}`);
          whole.country = men.country;
          consumed[i - 1] = true;
          out.push(whole);
        } else out.push(men);
        for (let k = i; k < i + m.length; k++) consumed[k] = true;
        i += m.length - 1;
        continue;
      }
    }
    const nextNorm = norms[i + 1];
    // "Iranian-backed militias", "Iran-støttede militser": the country backs someone, it is not an actor.
    const backer = !!t.tail && grammar.backerTails.has(t.tail);
    if (!t.tail || backer) {
      const adj = lexicon.adjectives.get(norm);
      if (adj && !grammar.notDemonyms.has(norm) && !(nextNorm && grammar.nonActorNouns.has(nextNorm))) {
        const men = makeMention(sd, i, i + 1, 'country', 'adj', lexicon.countryLabel(adj));
        men.country = adj;
        out.push(men);
        consumed[i] = true;
        continue;
      }
      const ppl = lexicon.people.get(norm);
      if (ppl && !grammar.notDemonyms.has(norm) && !(nextNorm && grammar.nonActorNouns.has(nextNorm))) {
        const men = makeMention(sd, i, i + 1, 'country', 'people', lexicon.countryLabel(ppl));
        men.country = ppl;
        out.push(men);
        consumed[i] = true;
        continue;
      }
    }
  }

  // 2. Led coalitions: "den USA-ledede koalisjonen" defines the article's coalition; later "koalisjonen" refers to it.
  for (let i = 0; i < n; i++) {
    if (!grammar.coalitionNouns.has(norms[i]) || consumed[i]) continue;
    const prev = toks[i - 1];
    const leader =
      prev?.tail && grammar.ledSuffixes.has(prev.tail) ? out.find((m) => m.t1 === i && m.entry) : undefined;
    if (leader && leader.entry) {
      const men = makeMention(
        sd,
        i - 1,
        i + 1,
        'organisation',
        'name',
        `${leader.entry.label}-led coalition`,
      );
      men.country = undefined;
      men.key = `coalition:${leader.entry.id}`;
      out.splice(out.indexOf(leader), 1, men);
      consumed[i] = true;
      coalition.key = men.key;
      coalition.label = men.label;
    } else if (coalition.key && !coalition.entry) {
      const men = makeMention(sd, i, i + 1, 'organisation', 'name', coalition.label ?? 'coalition');
      men.key = coalition.key;
      out.push(men);
      consumed[i] = true;
    }
  }

  // 3. Bases named by base vocabulary: "luftbasen X", "en luftbase i X", "X Air Base", "Camp X".
  for (let i = 0; i < n; i++) {
    const norm = norms[i];
    // Only a common noun: in "X Air Base on Okinawa" the base has its own name.
    // After a capitalised word the noun ends a base's own name ("X flystation i Troms"): the place after
    // it locates that base.
    const nameTail = i > 1 && toks[i - 1].cap;
    if (
      grammar.baseIndef.has(norm) &&
      !toks[i].cap &&
      !nameTail &&
      grammar.stationing.locPreps.has(norms[i + 1] ?? '')
    ) {
      const place = out.find((m) => m.t0 === i + 2 && (m.type === 'place' || m.type === 'base'));
      // A directional region ("en militærbase i Nord-Israel") locates the base, it does not name it.
      const region = !!place && grammar.directionPrefixes.has(place.surface.split('-')[0].toLowerCase());
      // A continent, sea or region ("en militærbase i Afrika") locates the base; only a town names one.
      const wide = !!place?.entry?.placeKind && !BASE_TOWN_KINDS.has(place.entry.placeKind);
      if (place && place.kind === 'name' && !region && !wide) {
        place.type = 'base';
        place.label = stripGenitive(place.surface);
        place.entry = undefined;
      }
    }
  }

  // 3b. Spelled-out acronyms: "Strategic Framework for the Defence of the People of Azawad (CSP-DPA)".
  spelledOutAcronyms(ctx, sd, out, consumed, isTitleTok);

  // 4. Capitalised name sequences. The mentions so far are visible to title affiliations.
  sd.mentions = out;
  const nameWord = (k: number): boolean => {
    const t = toks[k];
    if (!t || !t.word || consumed[k] || isTitleTok[k]) return false;
    // "al-Bashir", "bin-Salman": a lower-case particle glued to a capitalised name, inside a name.
    if (!t.cap)
      return (
        (k > 0 && PARTICLE_NAME.test(t.text) && !!toks[k - 1]?.cap && !consumed[k - 1]) ||
        ARTICLE_NAME.test(t.text)
      );
    if (/^\p{N}/u.test(t.text)) return false;
    if (t.upper && (toks[k - 1]?.upper || toks[k + 1]?.upper) && !GENERATIONS.has(t.text)) return false;
    const stop = grammar.stop.has(t.norm);
    const rejected = isSentenceStart(toks, k)
      ? stop || ctx.lowerWords.has(t.norm)
      : stop && t.norm !== 'det' && t.norm !== 'den';
    // English: "Will Smith", "Theresa May", "Hans Blix" — compromise reads the stop word as part of a name.
    if (rejected && sd.en && (!!toks[k - 1]?.cap || !!toks[k + 1]?.cap) && personPair(sd, k)) return true;
    // "premierminister Han Bo Lin", "spokesman Aung Min Thet": inside a name right after a title, a capitalised
    // stop word mid-sentence is a name word, when a capitalised word follows it.
    if (rejected) return !isSentenceStart(toks, k) && !!toks[k + 1]?.cap && toks[k + 1].word && titledRun(k);
    return true;
  };
  /** Whether the capitalised words ending right before k (or none) start right after a person's title. */
  const titledRun = (k: number): boolean => {
    let a = k;
    while (a > 0 && toks[a - 1].word && toks[a - 1].cap && !consumed[a - 1] && !isTitleTok[a - 1]) a--;
    return a > 0 && isTitleTok[a - 1] && k - a <= 2;
  };
  for (let i = 0; i < n; i++) {
    if (!nameWord(i)) continue;
    let j = i + 1;
    if (!toks[i].tail) {
      while (j < n) {
        if (
          nameWord(j) &&
          !(toks[j].upper && toks[j].text.length <= 3 && !GENERATIONS.has(toks[j].text) && j > i)
        ) {
          j++;
          if (toks[j - 1].tail) break;
          continue;
        }
        if (PARTICLES.has(norms[j]) && !toks[j].cap && nameWord(j + 1)) {
          j += 2;
          if (toks[j - 1].tail) break;
          continue;
        }
        // "Kari T. Holm": a middle initial and its point inside a name.
        if (toks[j].text === '.' && j - i >= 2 && /^\p{Lu}$/u.test(toks[j - 1].text) && nameWord(j + 1)) {
          j += 2;
          if (toks[j - 1].tail) break;
          continue;
        }
        if (GENERATIONS.has(toks[j]?.text ?? '')) {
          j++;
        }
        break;
      }
    }
    // "Kim Jong-un", "Moon Jae-in": a short lower-case part after a hyphen ends a given name; it is no
    // compound tail when it is none of the known ones.
    const lastTail = toks[j - 1].tail;
    const nameTail =
      j - i >= 2 &&
      !!lastTail &&
      /^\p{Ll}{1,4}$/u.test(lastTail) &&
      !KNOWN_TAILS.some((set) => set.has(lastTail));
    classifySequence(ctx, sd, i, j, out, consumed);
    if (nameTail) {
      const m = out.find((x) => x.t0 === i && x.t1 === j && x.type === 'person');
      if (m && m.words) {
        const t = toks[j - 1];
        m.end = t.end + lastTail.length + 1;
        m.surface = sd.sentence.text.slice(m.start - sd.sentence.start, m.end - sd.sentence.start);
        m.words[m.words.length - 1] = `${t.text}-${lastTail}`;
        m.label = m.words.join(' ');
        m.tail = undefined;
      }
    }
    i = j - 1;
  }

  out.sort((a, b) => a.t0 - b.t0);
  sd.mentions = out;
}

/**
 * English: compromise tags token k as part of a person's name together with a capitalised neighbour
 * ("Will Smith"), in context, so a stop word or title word there is a name. Honorifics are titles.
 */
function personPair(sd: SentenceData, k: number): boolean {
  const toks = sd.tokens;
  const tagged = (j: number): boolean => {
    const tags = sd.en?.(j - 1, j + 2)[j];
    return !!tags && !!toks[j]?.cap && tags.has('Person') && !tags.has('Honorific');
  };
  return tagged(k) && (tagged(k - 1) || tagged(k + 1));
}

/**
 * Whether the organisation word after a known name starts a name of its own ("Washington Post"): it does
 * when the word is unknown, and a region before a state's generic body ("Arakan Army", "Kachin Independence
 * Army") names an armed group of that region, not the state's army; a country keeps its body ("Pakistan Army").
 */
function orgHeadIsOwnName(kind: string, after: ReturnType<typeof lexicon.matchName>): boolean {
  return !after || (kind === 'place' && !!after.entry.national && after.length === 1);
}

/** Compound tails with a meaning of their own ("-basen", "-ledede"): never part of a name. */
const KNOWN_TAILS = [
  grammar.baseTails,
  grammar.placeTails,
  grammar.orgTails,
  grammar.titleTails,
  grammar.backerTails,
  grammar.ledSuffixes,
];

/** Lower-case words that may join the capitalised words of an organisation's long name. */
const NAME_CONNECTORS = new Set([
  'of',
  'for',
  'the',
  'and',
  'in',
  'on',
  'af',
  'og',
  'i',
  'på',
  'mod',
  'mot',
  'för',
  'och',
  'de',
  'du',
  'des',
  'la',
  'le',
  'el',
  'al',
  'del',
]);

/**
 * "Rapid Support Forces (RSF)", "Strategic Framework for the Defence of the People of Azawad (CSP-DPA)": the
 * capitalised words (with their connectors) before an acronym in brackets are an organisation's name. Accepted
 * when the acronym is a known organisation, its letters are the words' initials, or the name is long and
 * joined by connectors; never for a party code after a politician ("Kari Holm (SV)").
 */
function spelledOutAcronyms(
  ctx: ArticleContext,
  sd: SentenceData,
  out: Mention[],
  consumed: boolean[],
  isTitleTok: boolean[],
): void {
  const toks = sd.tokens;
  for (let p = 1; p + 2 < toks.length; p++) {
    if (toks[p].text !== '(' || toks[p + 2].text !== ')') continue;
    const acr = toks[p + 1];
    if (!acr.upper || !/^[\p{Lu}\p{N}-]+$/u.test(acr.text)) continue;
    const known = lexicon.matchName([acr.text], [acr.text], 0);
    const entry = known && known.length === 1 && known.entry.kind === 'org' ? known.entry : undefined;
    if (entry?.orgKind === 'party') continue;
    let a = p;
    while (a > 0) {
      const t = toks[a - 1];
      if (!t.word || t.tail || isTitleTok[a - 1]) break;
      const glued = /^\p{Ll}+-\p{Lu}/u.test(t.text);
      if (!t.cap && !glued && !NAME_CONNECTORS.has(t.norm)) break;
      a--;
    }
    while (a < p && (!toks[a].cap || grammar.determiners.has(toks[a].norm))) a++;
    const caps = toks.slice(a, p).filter((t) => t.cap);
    if (caps.length < 2) continue;
    const connectors = p - a - caps.length;
    const initials = caps.map((t) => t.text[0]).join('');
    const letters = acr.text.replace(/[^\p{Lu}]/gu, '');
    if (!entry && initials !== letters && !(connectors > 0 && caps.length >= 3)) continue;
    for (let k = out.length - 1; k >= 0; k--) if (out[k].t0 >= a && out[k].t1 <= p + 2) out.splice(k, 1);
    const label = entry
      ? entry.label
      : sd.sentence.text.slice(toks[a].start - sd.sentence.start, toks[p - 1].end - sd.sentence.start);
    const long = makeMention(sd, a, p, 'organisation', 'name', label);
    const short = makeMention(sd, p + 1, p + 2, 'organisation', 'name', label);
    if (entry) {
      long.entry = entry;
      short.entry = entry;
      long.country = short.country = entry.country;
    } else {
      ctx.acronyms ??= new Map();
      ctx.acronyms.set(acr.text, label);
    }
    out.push(long, short);
    for (let k = a; k < p + 2; k++) consumed[k] = true;
  }
  // Later mentions of an acronym the article has spelled out.
  if (ctx.acronyms?.size)
    for (let k = 0; k < toks.length; k++) {
      const label = ctx.acronyms.get(toks[k].text.replace(/['’]s?$/, ''));
      if (!label || consumed[k]) continue;
      out.push(makeMention(sd, k, k + 1, 'organisation', 'name', label));
      consumed[k] = true;
    }
}

function hasQuoteAround(toks: Token[], a: number, b: number): boolean {
  const before = toks[a - 1];
  const after = toks[b];
  return !!before && !!after && QUOTE_OPEN.has(before.text) && QUOTE_CLOSE.has(after.text);
}

function classifySequence(
  ctx: ArticleContext,
  sd: SentenceData,
  a: number,
  b: number,
  out: Mention[],
  consumed: boolean[],
): void {
  const toks = sd.tokens;
  const norms = sd.norms;
  const last = toks[b - 1];
  const tail = last.tail;
  const push = (t0: number, t1: number, type: EntityType, label?: string): Mention => {
    const m = makeMention(sd, t0, t1, type, 'name', '');
    m.label = label ?? stripGenitive(m.surface);
    if (/['’]s?$|[^s]s$/.test(m.surface) && type !== 'person') m.kind = 'name';
    m.tail = toks[t1 - 1].tail;
    out.push(m);
    for (let k = t0; k < t1; k++) consumed[k] = true;
    return m;
  };
  if (tail && grammar.baseTails.has(tail)) {
    push(a, b, 'base');
    return;
  }
  if (tail && grammar.placeTails.has(tail)) {
    push(a, b, 'place');
    return;
  }
  // A lower-case place noun right after the name says what it is: "the Sagaing region", "Zulia state".
  const next = toks[b];
  if (next && next.word && !next.cap && !next.tail && grammar.placeHeads.has(norms[b])) {
    push(a, b, 'place');
    return;
  }
  if (
    tail &&
    (grammar.orgTails.has(tail) || grammar.titleTails.has(tail) || endsWithStem(tail, grammar.orgTails, 5))
  ) {
    push(a, b, 'organisation');
    return;
  }
  // An appositive noun says what the name is: "landsbyen Banjska", "the islands of Kinmen (and Matsu)",
  // "near Tinzaouaten", "partiet Srpska Lista".
  if (a > 0 && (placeNounBefore(norms, a) || baseInBefore(norms, a) || listedAfterPlaceNoun(sd, a, out))) {
    push(a, b, 'place');
    return;
  }
  if (a > 0 && grammar.orgNouns.has(norms[a - 1]) && b - a >= 1 && !personTitleBefore(sd, a)) {
    push(a, b, 'organisation');
    return;
  }
  // "Air Base 201": base words followed by a number.
  if (matchPhrase(grammar.baseSuffixes, norms, a) === b - a && /^\d+$/.test(toks[b]?.text ?? '')) {
    const m = push(a, b + 1, 'base');
    m.label = m.surface;
    return;
  }
  // A named ship ("fregatten Iver Huitfeldt", "the destroyer USS Carney") is a unit, never a person.
  if (a > 0 && grammar.vesselNouns.has(norms[a - 1])) {
    const ship = push(a, b, 'organisation');
    // "den danske fregat X": the flag state.
    ship.country = out.find((m) => m.t1 === a - 1 && m.kind === 'adj')?.country;
    return;
  }
  // Bases: "luftbasen X", "Camp X", "X Air Base".
  if (a > 0 && grammar.baseDef.has(norms[a - 1])) {
    push(a, b, 'base');
    return;
  }
  const prefixLen = matchPhrase(grammar.basePrefixes, norms, a);
  if (prefixLen && prefixLen < b - a && toks[a].cap) {
    push(
      a,
      b,
      'base',
      toks
        .slice(a + prefixLen, b)
        .map((t) => t.text)
        .join(' '),
    );
    return;
  }
  for (let k = a + 1; k < b; k++) {
    const len = matchPhrase(grammar.baseSuffixes, norms, k);
    if (len && k + len === b) {
      const m = push(a, b, 'base');
      m.label = sd.sentence.text.slice(
        toks[a].start - sd.sentence.start,
        toks[k - 1].start - sd.sentence.start + toks[k - 1].text.length,
      );
      return;
    }
  }
  // English order: "the Incirlik air base", "Bagram airbase".
  const sufLen = matchPhrase(grammar.baseSuffixes, norms, b);
  if (sufLen) {
    push(a, b, 'base');
    for (let k = b; k < b + sufLen; k++) consumed[k] = true;
    return;
  }
  // A name where a presence phrase puts troops is a base, base word or not ("udstationeret på X",
  // "operate from X", "30 baser, blandt andet X", "X, en logistikbase").
  if (a > 0 && !personTitleBefore(sd, a) && isBaseSlot(sd, a, b)) {
    // "Tower 22": a number after the name belongs to it.
    const numbered = /^\d+$/.test(toks[b]?.text ?? '');
    const m = push(a, numbered ? b + 1 : b, 'base');
    if (numbered) m.label = m.surface;
    return;
  }
  // Organisation words: "Det Udenrigspolitiske Nævn", "Bloomberg News".
  if (grammar.orgHeads.has(stripGenitive(last.text)) && b - a >= 2) {
    push(a, b, 'organisation');
    return;
  }
  // A capitalised determiner opens only organisation names; otherwise it is no part of the name.
  if (grammar.determiners.has(norms[a])) {
    a++;
    if (a >= b) return;
  }
  if (b - a === 1 && grammar.orgHeads.has(last.text)) return;
  // "et feriested ved Zakho", "basen ved Bulo Marer": a name after a preposition of nearness is a place,
  // unless a title governs the preposition ("forsker ved X" names an institution).
  const near = nearPrepBefore(sd, a);
  if (near >= 0 && !sd.titles.has(near - 1) && ![...sd.titles.values()].some(([e]) => e === near)) {
    if (!/['’]s?$/.test(last.text)) {
      push(a, b, 'place');
      return;
    }
  }
  // A quoted name on its own is a title of something (an operation, a book), not a person.
  const titled = personTitleBefore(sd, a);
  const partyCode = partyCodeAfter(toks, b);
  if (!titled && !partyCode && hasQuoteAround(toks, a, b)) return;
  // English: a name that compromise knows is no person's ("Mount Hermon", "Goldman Sachs", "Black Friday").
  if (sd.en && !titled && !partyCode && !lexiconSaysPerson(toks.slice(a, b).map((t) => t.text))) {
    const en = sd.en(a, b);
    const type = nonPersonType(en.slice(a, b));
    if (type === 'none') return;
    // A single word only when compromise's gazetteer knows it ("Lake" alone is a place word, no place).
    if (type && (b - a > 1 || (type === 'place' && isKnownPlace(en[a])))) {
      push(a, b, type);
      return;
    }
  }
  const m = push(a, b, 'person');
  const words = packedMap(toks.slice(a, b), (t) => stripGenitive(t.text));
  // "Kari T. Holm": a middle initial keeps its point, which is no word of its own.
  m.words = words.includes('.')
    ? packedMap(
        words.filter((w) => w !== '.'),
        (w) => (/^\p{Lu}$/u.test(w) ? `${w}.` : w),
      )
    : words;
  m.single = b - a === 1;
  if (titled) {
    m.title = titled.title;
    m.affil = [titled.from, a];
  }
  if (partyCode) m.tail = undefined;
  if (partyCode) m.party = partyCode;
  if (m.single && !titled && !partyCode) m.weak = true;
  // Unknown multi-word names at a sentence start, in an all-capitals or headline context, stay weak too.
  if (!m.single && sd.sentence.headline && ctx.lang === 'en' && !titled) m.weak = true;
}

/** Prepositions after a presence verb that name a base rather than a town or region ("på", "at", "from"). */
const BASE_PREPS = new Set(['på', 'at', 'on', 'fra', 'from', 'från']);

function isBaseSlot(sd: SentenceData, a: number, b: number): boolean {
  const norms = sd.norms;
  const st = grammar.stationing;
  if (BASE_PREPS.has(norms[a - 1] ?? '')) {
    if (st.participles.has(norms[a - 2] ?? '')) return true;
    for (let k = Math.max(0, a - 4); k < a; k++) if (k + matchPhrase(st.located, norms, k) === a) return true;
  }
  // "30 baser og utposter ..., blant annet X": an example from a list of bases.
  for (let k = Math.max(0, a - 3); k < a; k++) {
    if (k + matchPhrase(st.baseListIntro, norms, k) !== a) continue;
    for (let j = Math.max(0, k - 12); j < k; j++) if (isBaseNoun(norms[j])) return true;
  }
  // "X, en logistikbase", "X, an airstrip": an apposition says what it is.
  if (sd.tokens[b]?.text !== ',') return false;
  if (/^(en|et|ei|an|a)$/.test(norms[b + 1] ?? '') && isBaseNoun(norms[b + 2] ?? '')) return true;
  // "X, Russia's air base near Y", "X, Tyrkias største flybase": a country's base in apposition.
  if (b + 1 >= sd.tokens.length) return false;
  const texts = packedMap(sd.tokens, (t) => t.text);
  const fulls = sd.tokens.map((t) => (t.tail ? `${t.text}-${t.tail}` : t.text));
  const owner = lexicon.matchName(texts, fulls, b + 1);
  if (!owner || !owner.genitive || owner.entry.kind !== 'country') return false;
  const from = b + 1 + owner.length;
  for (let k = from; k < Math.min(sd.tokens.length, from + 3); k++) {
    if (isBaseNoun(norms[k])) return true;
    if (!sd.tokens[k].word || sd.tokens[k].cap) return false;
  }
  return false;
}

/** A base noun in any number or compound ("baser", "logistikbase", "bases", "flystripe"). */
function isBaseNoun(w: string): boolean {
  const stem = w.replace(/(rne|ne|r|s)$/, '');
  return endsWithStem(w, grammar.baseIndef, 4) || endsWithStem(stem, grammar.baseIndef, 4);
}

/** Start of a preposition of nearness ending right before token a ("ved", "nær", "close to"), or -1. */
function nearPrepBefore(sd: SentenceData, a: number): number {
  for (let k = Math.max(0, a - 2); k < a; k++)
    if (k + matchPhrase(grammar.nearPreps, sd.norms, k) === a && sd.tokens[k].word && !sd.tokens[k].cap)
      return k;
  return -1;
}

function placeNounBefore(norms: readonly string[], a: number): boolean {
  return (
    grammar.placeNouns.has(norms[a - 1] ?? '') || grammar.placeNouns.has(`${norms[a - 2]} ${norms[a - 1]}`)
  );
}

/** "a military base in Puerto Jordán", "basen i X": a base noun and "in" before the name make it its place. */
function baseInBefore(norms: readonly string[], a: number): boolean {
  const w = norms[a - 2] ?? '';
  return grammar.inPreps.has(norms[a - 1] ?? '') && (grammar.baseIndef.has(w) || grammar.baseDef.has(w));
}

/** "øya X og Y", "the islands of X and Y": the second name of a list a place noun opened. */
function listedAfterPlaceNoun(sd: SentenceData, a: number, out: Mention[]): boolean {
  if (!grammar.coordinators.has(sd.norms[a - 1] ?? '')) return false;
  const prev = out.find((m) => m.t1 === a - 1 && m.type === 'place');
  return !!prev && placeNounBefore(sd.norms, prev.t0);
}

/** A title right before token a ("forsvarsminister X", "Irans præsident, X", "Post-journalist X"). */
export function personTitleBefore(sd: SentenceData, a: number): { title: string; from: number } | null {
  const toks = sd.tokens;
  let end = a;
  if (toks[end - 1]?.text === ',') end--;
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

function partyCodeAfter(toks: Token[], b: number): string | null {
  if (toks[b]?.text === '(' && toks[b + 2]?.text === ')') {
    const code = toks[b + 1].text;
    if (/^\p{Lu}[\p{L}]{0,3}$/u.test(code)) return code;
  }
  return null;
}
