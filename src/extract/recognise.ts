// Entity recognition per sentence: lexicon names (countries, places, organisations, with genitives),
// demonyms, bases from base vocabulary, led coalitions, spelled-out acronyms, then the names the trained
// entity recogniser found (names.ts). The lexicons link a name to its entity; the model decides that an
// unknown word sequence is a name at all, and of what type.
import type { EntityType } from '../graph/types.ts';
import { grammar, matchPhrase } from './grammar/index.ts';
import type { LexEntry } from './lexicon/index.ts';
import { lexicon } from './lexicon/data.ts';
import type { Mention } from './mention.ts';
import { GRAPH_TYPES, modelNames, modelSpans } from './names.ts';
import type { ModelSpan } from './names.ts';
import { makeMention, stripGenitive, titleAt } from './sentence.ts';
import type { ArticleContext, SentenceData } from './sentence.ts';
import { packedMap } from './text/packed.ts';

export type { ArticleContext, SentenceData } from './sentence.ts';
export { personTitleBefore, titleAt, titleStem } from './sentence.ts';

// Ministries are not among them: "det britiske forsvarsministerium" is a body that speaks, and the lexicon
// lists such descriptions as the ministry's names.
const DESCRIPTIVE_KINDS = new Set(['military', 'government', 'parliament']);
const STATE_KINDS = new Set(['government', 'ministry', 'military', 'parliament']);
/** National bodies a country adjective can own: "det ukrainske luftvåben", "den sudanesiske hæren". */
const ADJ_OWNED_KINDS = new Set(['military', 'ministry', 'diplomatic']);

/** Lexicon places a base can be named after ("en luftbase i Mosul"); wider ones only locate it. */
const BASE_TOWN_KINDS = new Set(['city', 'other']);

function preferHome(ctx: ArticleContext): (e: LexEntry) => number {
  return (e) => (e.country && e.country === ctx.homeCountry ? 2 : 0) + (e.kind === 'country' ? 1 : 0);
}

function isCoalition(e: LexEntry): boolean {
  return e.kind === 'org' && e.orgKind === 'alliance' && /coalition/i.test(e.id);
}

function entryType(e: LexEntry): EntityType {
  if (e.kind === 'place' && e.placeKind === 'base') return 'base';
  return e.kind === 'org' ? 'organisation' : e.kind;
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

  // Titles first: they are never part of a name, unless the recogniser reads the word inside a person's name
  // ("Amy Pope", "Will Smith").
  const spans = modelSpans(sd);
  const inPerson = new Array<boolean>(n).fill(false);
  for (const sp of spans) if (sp.type === 'PER') for (let k = sp.a + 1; k < sp.b; k++) inPerson[k] = true;
  for (let i = 0; i < n; i++) {
    if (!toks[i].word || inPerson[i]) continue;
    const len = titleAt(norms, i);
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
    // A known name inside a longer name the recogniser found ("Chicago" in "Chicago Symphony Orchestra",
    // "Vietnam" in "South Vietnam") is part of that name, which names something else.
    if (m && !m.genitive && insideLonger(spans, i, i + m.length)) m = null;
    // A short acronym ("WHO", "ISO") is a name only where the recogniser finds one: in shouted or technical
    // text the same letters are words. Longer lexicon names stand on their own.
    if (
      m &&
      m.entry.kind !== 'country' &&
      m.length === 1 &&
      t.upper &&
      t.text.length <= 4 &&
      !overlapsSpan(spans, i, i + 1)
    )
      m = null;
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
    // The country in it still names the forces' owner ("U.S. military forces").
    if (m && m.entry.orgKind === 'military' && grammar.troopNouns.has(norms[i + m.length] ?? '')) {
      const end = i + m.length - 1;
      const shorter = end > i ? lexicon.matchName(texts.slice(0, end), fulls.slice(0, end), i) : null;
      m = shorter?.entry.kind === 'country' ? shorter : null;
    }
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

  // 4. Names the entity recogniser found that no lexicon entry took.
  sd.mentions = out;
  modelNames(sd, spans, out, consumed, isTitleTok);
  senseOfPlaces(out, spans);

  out.sort((a, b) => a.t0 - b.t0);
  sd.mentions = out;
}

/**
 * Whether the organisation word after a known name starts a name of its own ("Washington Post"): it does
 * when the word is unknown, and a region before a state's generic body ("Arakan Army", "Kachin Independence
 * Army") names an armed group of that region, not the state's army; a country keeps its body ("Pakistan Army").
 */
function orgHeadIsOwnName(kind: string, after: ReturnType<typeof lexicon.matchName>): boolean {
  return !after || (kind === 'place' && !!after.entry.national && after.length === 1);
}

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

/** Whether a recogniser span overlaps tokens [a, b). */
function overlapsSpan(spans: readonly ModelSpan[], a: number, b: number): boolean {
  return spans.some((sp) => sp.a < b && sp.b > a);
}

/** Whether a recogniser span strictly contains tokens [a, b). */
function insideLonger(spans: readonly ModelSpan[], a: number, b: number): boolean {
  return spans.some((sp) => sp.a <= a && sp.b >= b && sp.b - sp.a > b - a && sp.type in GRAPH_TYPES);
}

/**
 * NorNE's distinction between a country as a place ("i Norge") and as an actor ("Norge protesterte"): a
 * country or city named by name takes the sense of the recogniser's span over it.
 */
function senseOfPlaces(out: Mention[], spans: readonly ModelSpan[]): void {
  for (const m of out) {
    if (m.kind !== 'name' && m.kind !== 'gen') continue;
    if (m.type !== 'country' && m.type !== 'place') continue;
    const sp = spans.find((x) => x.a <= m.t0 && x.b >= m.t1);
    if (sp?.type === 'GPE_ORG') m.sense = 'actor';
    else if (sp?.type === 'GPE_LOC') m.sense = 'place';
  }
}
