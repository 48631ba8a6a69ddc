// Names the entity recogniser found and no lexicon entry took. The model decides that a span is a name and
// whether it is a person, an organisation or a place; vocabulary around the name (base words, place nouns,
// compound tails, titles, party codes) refines a place into a base, or names a ship an organisation.
import type { EntityType } from '../graph/types.ts';
import { endsWithStem, grammar, matchPhrase } from './grammar/index.ts';
import { lexicon } from './lexicon/data.ts';
import type { Mention } from './mention.ts';
import { makeMention, personTitleBefore, stripGenitive } from './sentence.ts';
import type { SentenceData } from './sentence.ts';
import type { Token } from './text/tokens.ts';
import { packedMap } from './text/packed.ts';

/** What each entity-recogniser type becomes in the graph; types absent here (works, events, derived words) are no node. */
export const GRAPH_TYPES: Record<string, 'person' | 'organisation' | 'place'> = {
  PER: 'person',
  ORG: 'organisation',
  LOC: 'place',
  GPE_LOC: 'place',
  GPE_ORG: 'place',
};

/** Compound tails with a meaning of their own ("-basen", "-ledede"): never part of a name. */
const KNOWN_TAILS = [
  grammar.baseTails,
  grammar.placeTails,
  grammar.orgTails,
  grammar.titleTails,
  grammar.backerTails,
  grammar.ledSuffixes,
];

export interface ModelSpan {
  /** Token range [a, b) in the sentence's tokens. */
  a: number;
  b: number;
  type: string;
}

/** The recogniser's entity spans over the sentence's tokens (BILOU tags over its words). */
export function modelSpans(sd: SentenceData): ModelSpan[] {
  const nlp = sd.nlp;
  if (!nlp) return [];
  const spans: ModelSpan[] = [];
  let open = -1;
  let type = '';
  const close = (end: number): void => {
    if (open >= 0) spans.push({ a: sd.wordTok[open], b: sd.wordTok[end - 1] + 1, type });
    open = -1;
  };
  nlp.ner.forEach((tag, i) => {
    const p = tag[0];
    const t = tag.slice(2);
    if (p === 'B' || p === 'U' || (p !== 'O' && (open < 0 || t !== type))) {
      close(i);
      open = i;
      type = t;
    }
    if (p === 'U' || p === 'L') close(i + 1);
    if (p === 'O') close(i);
  });
  close(nlp.ner.length);
  // Headlines capitalise verbs too: in "John F. Kirby Holds a Press Briefing" a person's name directly
  // followed by an article ends before its last word.
  if (sd.lang === 'en')
    for (const sp of spans) {
      const nextWord = nlp.words[wordAfter(sd, sp.b)]?.toLowerCase();
      if (
        sp.type === 'PER' &&
        sp.b - sp.a >= 3 &&
        (nextWord === 'a' || nextWord === 'an' || nextWord === 'the')
      )
        sp.b--;
    }
  // "the Batanes islands", "Sagaing-regionen": proper nouns compounded onto a lower-case place noun name a
  // place, when the recogniser left them out.
  for (let i = 0; i < nlp.words.length; i++) {
    if (nlp.upos[i] !== 'PROPN' || nlp.ner[i] !== 'O') continue;
    const h = nlp.head[i];
    if (h <= i || !/^(?:compound|flat|nmod)/.test(nlp.deprel[i]) || nlp.upos[h] !== 'NOUN') continue;
    if (!/^\p{Ll}/u.test(nlp.words[h]) || !grammar.toponymHeads.has(nlp.lemma[h]?.toLowerCase() ?? ''))
      continue;
    let j = i;
    while (j + 1 < h && nlp.upos[j + 1] === 'PROPN' && nlp.ner[j + 1] === 'O') j++;
    if (j + 1 !== h) continue;
    spans.push({ a: sd.wordTok[i], b: sd.wordTok[j] + 1, type: 'LOC' });
    i = j;
  }
  // "the K-1 Air Base": a proper noun before a capitalised base suffix names a base.
  const covered = (tok: number): boolean => spans.some((sp) => sp.a <= tok && tok < sp.b);
  for (let i = 0; i < nlp.words.length; i++) {
    if (nlp.upos[i] !== 'PROPN' || nlp.ner[i] !== 'O') continue;
    const a = sd.wordTok[i];
    const len = matchPhrase(grammar.baseSuffixes, sd.norms, a + 1);
    if (!len || !sd.tokens[a + 1]?.cap || covered(a) || covered(a + 1)) continue;
    // The whole name: "Al Dhafra Air Base", not "Dhafra Air Base".
    let from = i;
    while (from > 0 && /^(?:PROPN|ADJ)$/.test(nlp.upos[from - 1]) && sd.tokens[sd.wordTok[from - 1]]?.cap)
      from--;
    if (covered(sd.wordTok[from])) continue;
    spans.push({ a: sd.wordTok[from], b: a + 1 + len, type: 'LOC' });
  }
  spans.sort((x, y) => x.a - y.a);
  // English: two names with nothing between them are one name whose head is the last ("Ukraine" +
  // "International Airlines"); the English model, trained on little news text, breaks long names where a word
  // looks like the start of another (measured on the English dev split: +0.9 F1; on bokmål -0.3, so not there).
  const merged: ModelSpan[] = [];
  for (const sp of spans) {
    const prev = merged[merged.length - 1];
    if (prev && prev.b === sp.a && sd.lang === 'en')
      merged[merged.length - 1] = { a: prev.a, b: sp.b, type: sp.type };
    else merged.push(sp);
  }
  return merged;
}

/** Index of the first word at or after token `tok`. */
function wordAfter(sd: SentenceData, tok: number): number {
  const k = sd.wordTok.findIndex((t) => t >= tok);
  return k < 0 ? sd.wordTok.length : k;
}

/** Adds a mention for every model span, or for its parts no lexicon name or title has taken. */
export function modelNames(
  sd: SentenceData,
  spans: readonly ModelSpan[],
  out: Mention[],
  consumed: boolean[],
  isTitleTok: boolean[],
): void {
  const toks = sd.tokens;
  for (const span of spans) {
    // A derived word ending in a base or place noun ("Al-Asad-basen", tagged as derived from a name) still
    // names that base or place.
    const tail = toks[span.b - 1].tail;
    const named = tail && (grammar.baseTails.has(tail) || grammar.placeTails.has(tail));
    const kind = GRAPH_TYPES[span.type] ?? (named ? 'place' : undefined);
    if (!kind) continue;
    // A span a lexicon name already took part of ("Irans" in a longer span) leaves no name of its own in
    // the rest; titles inside it are no part of the name.
    let taken = false;
    for (let k = span.a; k < span.b; k++) if (consumed[k] && !isTitleTok[k]) taken = true;
    if (taken) continue;
    let i = span.a;
    while (i < span.b) {
      while (i < span.b && (consumed[i] || isTitleTok[i] || !toks[i].word)) i++;
      let j = i;
      while (j < span.b && !consumed[j] && !isTitleTok[j]) j++;
      let e = j;
      while (e > i && !toks[e - 1].word) e--;
      if (e > i) classifyName(sd, i, e, kind, out, consumed);
      i = j;
    }
  }
}

function classifyName(
  sd: SentenceData,
  a: number,
  b: number,
  kind: 'person' | 'organisation' | 'place',
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
  // The noun may stand before a quotation mark: operasjonen ”Odyssey Dawn”.
  const before = a > 1 && /^["'«»“”‘’]$/.test(toks[a - 1].text) ? a - 2 : a - 1;
  if (before >= 0 && grammar.orgNouns.has(norms[before]) && b - a >= 1 && !personTitleBefore(sd, a)) {
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
        // A number after a hyphen is part of the name ("K-1 Air Base" is K-1, not K).
        toks[k - 1].start -
          sd.sentence.start +
          toks[k - 1].text.length +
          (toks[k - 1].tail && /^\d/.test(toks[k - 1].tail ?? '') ? (toks[k - 1].tail?.length ?? 0) + 1 : 0),
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
  if (kind !== 'person' && a > 0 && !personTitleBefore(sd, a) && isBaseSlot(sd, a, b)) {
    // "Tower 22": a number after the name belongs to it.
    const numbered = /^\d+$/.test(toks[b]?.text ?? '');
    const m = push(a, numbered ? b + 1 : b, 'base');
    if (numbered) m.label = m.surface;
    return;
  }
  // "Tongo Tongo, Niger": a name followed by a comma and a country is a place in that country.
  if (toks[b]?.text === ',' && b + 1 < toks.length) {
    const m = lexicon.matchName(
      packedMap(toks, (t) => t.text),
      packedMap(toks, (t) => t.text),
      b + 1,
    );
    const after = toks[b + 1 + (m?.length ?? 0)];
    if (m?.entry.kind === 'country' && (!after || !after.word)) {
      push(a, b, 'place');
      return;
    }
  }
  // A generic place word ends or opens the name: "X International Airport", "Wadi X", "Khan X".
  if (
    b - a >= 2 &&
    (grammar.toponymHeads.has(stripGenitive(last.text).toLowerCase()) ||
      grammar.toponymPrefixes.has(norms[a]))
  ) {
    push(a, b, 'place');
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
  const near = kind === 'person' ? -1 : nearPrepBefore(sd, a);
  if (near >= 0 && !sd.titles.has(near - 1) && ![...sd.titles.values()].some(([e]) => e === near)) {
    if (!/['’]s?$/.test(last.text)) {
      push(a, b, 'place');
      return;
    }
  }
  const titled = personTitleBefore(sd, a);
  const partyCode = partyCodeAfter(toks, b);
  if (kind !== 'person' && !titled && !partyCode) {
    push(a, b, kind);
    return;
  }
  // Letters alone name nobody ("B 104" numbers a bill).
  if (toks.slice(a, b).every((t) => !t.word || t.text.length === 1)) return;
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
  // "Kim Jong-un", "Moon Jae-in": a short lower-case part after a hyphen ends a given name; it is no
  // compound tail when it is none of the known ones.
  const lastTail = toks[b - 1].tail;
  if (
    b - a >= 2 &&
    lastTail &&
    /^\p{Ll}{1,4}$/u.test(lastTail) &&
    !KNOWN_TAILS.some((set) => set.has(lastTail))
  ) {
    m.end = toks[b - 1].end + lastTail.length + 1;
    m.surface = sd.sentence.text.slice(m.start - sd.sentence.start, m.end - sd.sentence.start);
    m.words[m.words.length - 1] = `${toks[b - 1].text}-${lastTail}`;
    m.label = m.words.join(' ');
    m.tail = undefined;
  }
  if (partyCode) m.tail = undefined;
  if (partyCode) m.party = partyCode;
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

function partyCodeAfter(toks: Token[], b: number): string | null {
  if (toks[b]?.text === '(' && toks[b + 2]?.text === ')') {
    const code = toks[b + 1].text;
    if (/^\p{Lu}[\p{L}]{0,3}$/u.test(code)) return code;
  }
  return null;
}
