// Relations with evidence: attacked (active, passive, nominal, "stood behind"), stationed-at (troops
// housed, deployed, "har N soldater i"), stated (reporting verbs, "ifølge", dash-led quotes, documents).
import type { Evidence, RelationType } from '../graph/types.ts';
import type { Discourse } from './discourse.ts';
import { addCoreference, pronounSpeaker, updateDiscourse } from './discourse.ts';
import { endsWithStem, grammar, matchPhrase } from './grammar/index.ts';
import type { Mention } from './mention.ts';
import type { ArticleContext, SentenceData } from './recognise.ts';
import type { Resolution } from './resolve.ts';
import { countryKey } from './resolve.ts';
import { packedMap } from './text/packed.ts';

export interface FoundRelation {
  type: RelationType;
  source: string;
  target: string;
  evidence: Evidence;
}

interface AttackEvent {
  s: number;
  targets: string[];
  attackers: string[];
  sd: SentenceData;
}

const MEDIA_KINDS = new Set(['news-agency', 'media']);
const MEDIA_RE = /\b(News|Times|Post|Journal|Press|TV|Radio|Avis|Tidende|Dagblad|Posten)$/;
const SUBORDINATORS_ALL = new Set(['at', 'that', 'om', 'att', ':']);
const SUBORDINATORS_EN = new Set(['that', ':']);
const EN_ARTICLES = new Set(['the', 'a', 'an']);

/** A word that joins the items of a list: a coordinator ("og", "and") or a comma. */
function joinsList(w: string): boolean {
  return w === ',' || grammar.coordinators.has(w);
}
const QUOTE_END = new Set(['"', '»', '”']);
const BACKREF = new Set(['det', 'dette', 'that', 'this', 'så', 'slik', 'sådan', 'sådan']);

function subordinator(sd: SentenceData, w: string): boolean {
  return (sd.lang === 'en' ? SUBORDINATORS_EN : SUBORDINATORS_ALL).has(w);
}

function isMedia(m: Mention): boolean {
  return m.type === 'organisation' && (MEDIA_KINDS.has(m.entry?.orgKind ?? '') || MEDIA_RE.test(m.label));
}

/** The noun a token ends in: a model number's compound ("F-35-fly") is headed by its last part ("fly"). */
function headWord(sd: SentenceData, k: number): string {
  const tail = sd.tokens[k]?.tail;
  return tail ? (tail.split('-').pop() ?? '').toLowerCase() : (sd.norms[k] ?? '');
}

function isActor(sd: SentenceData, m: Mention): boolean {
  if (m.type === 'person' || m.type === 'organisation') return true;
  if (m.type !== 'country') return false;
  if (m.kind === 'adj') {
    const next = headWord(sd, m.t1);
    const next2 = headWord(sd, m.t1 + 1);
    return isTroopNoun(next) || next === 'militær' || next === 'militærs' || isTroopNoun(next2);
  }
  return true;
}

/** A vehicle or arm that carries out attacks ("fly", "bombefly", "drones", "artilleri"). */
function isArmsNoun(w: string): boolean {
  return grammar.attack.armsNouns.has(w) || (w.length > 5 && endsWithStem(w, grammar.attack.armsNouns, 3));
}

/**
 * A country adjective whose noun is a vehicle, arm or troop noun: "amerikanske bombefly", "Russian drones",
 * "Amerikanske og britiske fly" (past coordinated adjectives), "nepalesiske fredsbevarende soldater".
 */
function armsHeaded(sd: SentenceData, m: Mention): boolean {
  let k = m.t1;
  for (let steps = 0; k < sd.tokens.length && steps < 6; steps++) {
    const adj = sd.mentions.find((x) => x.t0 === k && x.kind === 'adj' && x.type === 'country');
    if (adj) k = adj.t1;
    else if (joinsList(sd.norms[k])) k++;
    else break;
  }
  const head = (w: string): boolean => isArmsNoun(w) || isTroopNoun(w) || isWeapon(w);
  if (head(headWord(sd, k))) return true;
  // One lower-case modifier before the noun: "fredsbevarende soldater", "unmanned drones".
  const mod = sd.tokens[k];
  return !!mod && mod.word && !mod.cap && !sd.mentions.some((x) => x.t0 === k) && head(sd.norms[k + 1] ?? '');
}

/** An attacker: any actor, or a country adjective on the vehicles or arms that attack. */
function isAttackActor(sd: SentenceData, m: Mention): boolean {
  // "Russian-backed fighters": the backer is not the one who attacks.
  const tail = sd.tokens[m.t1 - 1]?.tail;
  if (tail && grammar.backerTails.has(tail)) return false;
  return isActor(sd, m) || (m.type === 'country' && m.kind === 'adj' && armsHeaded(sd, m));
}

/** A noun for a state's armed forces or their arms: "military", "militær", "troops", "drones". */
function forceWord(w: string): boolean {
  return isTroopNoun(w) || isArmsNoun(w) || /^(?:military|militær|militæret|militären)$/.test(w);
}

function isTroopNoun(w: string): boolean {
  return grammar.troopNouns.has(w) || (w.length > 7 && endsWithStem(w, grammar.troopNouns, 6));
}

/** A weapon noun, any form: "droner", "dronerne", "missiles". */
function isWeapon(w: string): boolean {
  for (const stem of grammar.attack.objectNouns) if (stem.length >= 4 && w.startsWith(stem)) return true;
  return false;
}

/** A noun for what is attacked: "flybaser", "områder", "positions" ("ukrainske flybaser" targets Ukraine). */
function isTargetNoun(w: string): boolean {
  return (
    grammar.attack.targetNouns.has(w) || (w.length > 5 && endsWithStem(w, grammar.attack.targetNouns, 4))
  );
}

/** A negation among tokens [a, b): "har ikke angrebet", "has not attacked", "har ingen soldater". */
function negatedBetween(sd: SentenceData, a: number, b: number): boolean {
  for (let k = Math.max(0, a); k < Math.min(sd.tokens.length, b); k++)
    if (grammar.negations.has(sd.norms[k])) return true;
  return false;
}

/** Index of the first denial verb of the sentence ("afviser, at", "nekter for", "denied"), or -1. */
function denialIndex(sd: SentenceData): number {
  return sd.norms.findIndex((w) => grammar.denials.has(w));
}

/** Relative clauses set off by a comma (", which is controlled by X,"): asides, not the main clause. */
function relativeSpans(sd: SentenceData): [number, number][] {
  const spans: [number, number][] = [];
  for (let k = 0; k + 1 < sd.tokens.length; k++) {
    if (sd.tokens[k].text !== ',') continue;
    // "X, the successor to Y, has deployed ...": an apposition after a name is an aside too, unless it
    // is a list ("X, the UK and Y").
    const appos =
      grammar.determiners.has(sd.norms[k + 1]) &&
      sd.mentions.some((m) => m.t1 === k && m.kind === 'name') &&
      !sd.mentions.some((m) => m.t0 === k + 2);
    if (!appos && !grammar.relativePron.has(sd.norms[k + 1])) continue;
    let e = k + 2;
    while (e < sd.tokens.length && sd.tokens[e].text !== ',' && sd.tokens[e].text !== '.') e++;
    if (appos && sd.norms.slice(k + 2, e).some((w) => grammar.coordinators.has(w))) continue;
    if (sd.tokens[e]?.text === ',') spans.push([k + 1, e]);
  }
  return spans;
}

function isAttackNoun(w: string): boolean {
  return w.length >= 4 && endsWithStem(w, grammar.attack.nounStems, 4);
}

function evidence(
  ctx: ArticleContext,
  sd: SentenceData,
  trigger: string,
  confidence: number,
  quote?: string,
): Evidence {
  const e: Evidence = {
    article: ctx.id,
    sentence: sd.sentence.text,
    start: sd.sentence.start,
    end: sd.sentence.end,
    trigger,
    confidence,
  };
  if (quote) e.quote = quote;
  return e;
}

/** The words of tokens [i, i + len) as written: the trigger of a multi-word expression. */
function spanText(sd: SentenceData, i: number, len: number): string {
  return sd.tokens
    .slice(i, i + len)
    .map((t) => t.text)
    .join(' ');
}

function mentionAt(sd: SentenceData, k: number): Mention | undefined {
  return sd.mentions.find((m) => m.t0 <= k && k < m.t1);
}

/** Clause end after token i: the next comma, semicolon, "og at", or the sentence end. */
function clauseEnd(sd: SentenceData, i: number): number {
  for (let k = i + 1; k < sd.tokens.length; k++) {
    const t = sd.tokens[k].text;
    // An apposition naming a person ("lederen for X, Karim Haddad,") belongs to the clause.
    if (t === ',' && sd.mentions.some((m) => m.t0 === k + 1 && m.type === 'person' && m.kind === 'name'))
      continue;
    if (t === ',' || t === ';' || t === '.' || t === '!' || t === '?') return k;
    if (subordinator(sd, sd.norms[k]) && k > i + 1) return k;
    // "Israel har bombet Gaza siden Hamas angrep Israel": a new clause with its own subject.
    if (grammar.clauseConjunctions.has(sd.norms[k]) && k > i + 1) return k;
  }
  return sd.tokens.length;
}

function clauseStart(sd: SentenceData, i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    const t = sd.tokens[k].text;
    if (t === ';' || t === ':' || t === '–' || (t === '-' && k === 0)) return k + 1;
    // "..., mens sydafrikanske soldater opererer fra X": a new clause with its own subject.
    if (k > 0 && sd.tokens[k - 1].text === ',' && grammar.clauseConjunctions.has(sd.norms[k])) return k + 1;
  }
  return 0;
}

/** Spans introduced by "ifølge X" / "according to X": sources, not participants. */
function sourceSpans(sd: SentenceData): [number, number][] {
  const spans: [number, number][] = [];
  for (let k = 0; k < sd.tokens.length; k++) {
    const len = matchPhrase(grammar.reporting.according, sd.norms, k);
    if (!len) continue;
    let e = k + len;
    const stop = Math.min(sd.tokens.length, k + len + 8);
    let found = false;
    for (let j = k + len; j < stop; j++) {
      // "Ifølge lokale medier stod X bag ...": a finite verb ends the source; X is the clause's subject.
      const w = sd.norms[j];
      if (
        j > k + len &&
        (AUXILIARIES.has(w) || grammar.attack.responsible.multi.has(w) || grammar.attack.verbs.has(w))
      ) {
        e = j;
        break;
      }
      const m = sd.mentions.find((x) => x.t0 === j);
      if (m && (m.type === 'person' || m.type === 'organisation') && m.kind !== 'gen') {
        e = m.t1;
        found = true;
        break;
      }
      if (
        sd.tokens[j].text === '.' ||
        (sd.tokens[j].text === ',' && j > k + len + 1 && !sd.mentions.some((x) => x.t0 === j + 1))
      ) {
        e = j;
        break;
      }
      e = j + 1;
    }
    if (!found) e = Math.min(e, clauseEnd(sd, k));
    spans.push([k, e]);
  }
  for (let k = 0; k < sd.tokens.length; k++) {
    const len = matchPhrase(grammar.reporting.sourceIntro, sd.norms, k);
    if (!len || len < 2) continue;
    const m = sd.mentions.find(
      (x) => x.t0 >= k + len && x.t0 <= k + len + 1 && (x.type === 'organisation' || x.type === 'person'),
    );
    if (m) spans.push([k, m.t1 + 1]);
  }
  return spans;
}

interface Attribution {
  speakers: string[];
  /** Token ranges that describe the speaker or a source, not what the statement is about. */
  excluded: [number, number][];
  /** "Det skriver X": the statement is the previous sentence. */
  backward: boolean;
  /** An attribution is present even if its speaker could not be named ("skriver den litauiske præsident"). */
  present: boolean;
  confidence: number;
}

/** The person or organisation a reporting expression at [a, b) attributes the statement to. */
function speakerAfter(
  sd: SentenceData,
  b: number,
  res: Resolution,
  d: Discourse,
): { key?: string; span: [number, number] } | null {
  const stop = Math.min(sd.tokens.length, b + 9);
  for (let k = b; k < stop; k++) {
    const t = sd.tokens[k];
    const norm = sd.norms[k];
    if (subordinator(sd, norm) || matchPhrase(grammar.reporting.recipientPreps, sd.norms, k)) return null;
    if (t.text === '.' || t.text === '"' || t.text === '«' || t.text === '»') return null;
    const m = sd.mentions.find((x) => x.t0 === k);
    if (m) {
      if (m.type === 'person') {
        if (m.kind === 'coref') return { key: pronounSpeaker(d, m.key), span: [b, m.t1] };
        return { key: m.key, span: [b, m.t1] };
      }
      if (m.type === 'organisation' && m.kind !== 'gen' && !(m.tail && grammar.titleTails.has(m.tail))) {
        return { key: m.key, span: [b, m.t1] };
      }
      k = m.t1 - 1;
      continue;
    }
    if (grammar.personPron.has(norm)) {
      // "I brevet fra kommandøren ..., opplyser han": the pronoun is the role just named.
      const role = res.roles.find((r) => r.s === sd.sentence.index && r.t1 <= k);
      if (role) return { key: role.person, span: [b, k + 1] };
      return { key: pronounSpeaker(d), span: [b, k + 1] };
    }
    if (grammar.reporting.spokesNouns.has(norm) && grammar.reporting.spokesPreps.has(sd.norms[k + 1] ?? '')) {
      for (let j = k + 2; j < Math.min(sd.tokens.length, k + 5); j++) {
        const o = sd.mentions.find((x) => x.t0 === j && x.type === 'organisation');
        if (o) return { key: o.key, span: [b, o.t1] };
      }
      return { span: [b, k + 2] };
    }
    const role = res.roles.find((r) => r.s === sd.sentence.index && r.t0 <= k && k < r.t1);
    if (role?.person) return { key: role.person, span: [b, role.t1] };
    if (role) k = role.t1 - 1;
  }
  return null;
}

/** Subject before a reporting verb at i: the first person (else organisation) of the clause. */
function speakerBefore(
  sd: SentenceData,
  i: number,
  res: Resolution,
  d: Discourse,
): { key?: string; keys: string[]; span: [number, number] } | null {
  // The subject stands in the verb's own clause: after the last comma ("..., officials said").
  let from = clauseStart(sd, i);
  for (let k = i - 1; k > from; k--) {
    // A comma that closes a quote ('... Andriy Yusov," X said') ends the quote even after a person's name.
    const closesQuote = QUOTE_END.has(sd.tokens[k + 1]?.text ?? '');
    if (
      sd.tokens[k].text === ',' &&
      (closesQuote || !sd.mentions.some((m) => m.t1 === k && m.type === 'person'))
    ) {
      // "Ray Powell, a former officer who ..., said": the comma closes an apposition to the name before.
      const named = closesQuote ? undefined : appositionHead(sd, k);
      if (named !== undefined) {
        k = named + 1;
        continue;
      }
      from = k + 1;
      break;
    }
  }
  const before = sd.mentions.filter((m) => m.t0 >= from && m.t1 <= i);
  const role = res.roles.find((r) => r.s === sd.sentence.index && r.t1 <= i && r.t0 >= from);
  const persons = before.filter((m) => m.type === 'person');
  if (persons.length) {
    const first = persons[0];
    const keys = [
      first.key === ''
        ? ''
        : first.kind === 'coref'
          ? (pronounSpeaker(d, first.key) ?? first.key)
          : first.key,
    ];
    // Coordinated speakers: "Biden og forsvarsminister Lloyd Austin hevdet".
    for (const p of persons.slice(1)) {
      const between = sd.norms.slice(first.t1, p.t0);
      if (
        between.length <= 3 &&
        (between.includes('og') || between.includes('and') || between.includes('och'))
      )
        keys.push(p.key);
    }
    // "Iran's foreign ministry spokesman, Nasser Kanaani, told": the description before the apposition
    // says who speaks, not what the statement is about.
    const appositive = sd.tokens[first.t0 - 1]?.text === ',' && sd.tokens[first.t1]?.text === ',';
    const s0 = Math.min(
      first.affil ? first.affil[0] : first.t0,
      appositive ? clauseStart(sd, first.t0) : first.t0,
    );
    return { key: keys[0], keys, span: [s0, first.t1] };
  }
  if (role && role.person && (!before.length || before[0].t0 >= role.t0)) {
    return { key: role.person, keys: [role.person], span: [role.t0, role.t1] };
  }
  const orgs = before.filter((m) => m.type === 'organisation' && m.kind !== 'gen');
  if (orgs.length) {
    const o = orgs[0];
    let s0 = o.t0;
    while (
      s0 > from &&
      (grammar.determiners.has(sd.norms[s0 - 1]) ||
        sd.mentions.some((m) => m.t1 === s0 && m.kind === 'adj') ||
        !sd.tokens[s0 - 1].cap)
    ) {
      if (sd.mentions.some((m) => m.t1 === s0 && m.kind !== 'adj')) break;
      s0--;
      if (o.t0 - s0 > 3) break;
    }
    return { key: o.key, keys: [o.key], span: [s0, o.t1] };
  }
  // A country as subject right before the verb: "Iran afviser".
  const c = before.find(
    (m) => m.type === 'country' && (m.kind === 'name' || m.kind === 'coref') && i - m.t1 <= 1,
  );
  if (c) return { key: c.key, keys: [c.key], span: [c.t0, c.t1] };
  if (
    grammar.personPron.has(sd.norms[from] ?? '') ||
    (sd.norms[from] && grammar.personPron.has(sd.norms[i - 1]))
  ) {
    const who = pronounSpeaker(d);
    return { key: who, keys: who ? [who] : [], span: [from, from + 1] };
  }
  return null;
}

/**
 * The comma at c closes an apposition opened by ", a/an/the/en/et" or a relative pronoun right after a
 * person's name: the end of that name (the opening comma's index), or undefined.
 */
function appositionHead(sd: SentenceData, c: number): number | undefined {
  for (let k = c - 1; k > 0; k--) {
    const t = sd.tokens[k].text;
    if (t === ',') {
      // "Han Bo Lin, der stadig regnes for ..., skriver": a relative clause after the name is an aside too.
      const w = sd.norms[k + 1] ?? '';
      const opens =
        /^(a|an|the|en|et|ei|den|det)$/.test(w) ||
        grammar.relativePron.has(w) ||
        grammar.whereRelatives.has(w);
      return opens && sd.mentions.some((m) => m.t1 === k && m.type === 'person' && m.kind === 'name')
        ? k
        : undefined;
    }
    if (t === '.' || t === ';' || QUOTE_END.has(t)) return undefined;
  }
  return undefined;
}

function attribution(
  sd: SentenceData,
  res: Resolution,
  d: Discourse,
  docAuthor: string | undefined,
): Attribution {
  const out: Attribution = { speakers: [], excluded: [], backward: false, present: false, confidence: 0.8 };
  const sources = sourceSpans(sd);
  for (const [a, b] of sources) {
    out.present = true;
    out.excluded.push([a, b]);
    const m = sd.mentions.find(
      (x) => x.t0 >= a && x.t1 <= b && (x.type === 'person' || x.type === 'organisation') && x.kind !== 'gen',
    );
    if (m)
      out.speakers.push(
        m.type === 'person' && m.kind === 'coref' ? (pronounSpeaker(d, m.key) ?? m.key) : m.key,
      );
  }
  const first = sd.tokens.findIndex((t) => t.word);
  for (let k = 0; k < sd.tokens.length; k++) {
    if (sources.some(([a, b]) => k >= a && k < b)) continue;
    const doc = matchPhrase(grammar.reporting.docSpeech, sd.norms, k);
    if (doc) {
      out.present = true;
      let author = docAuthor;
      const person = sd.mentions.find((m) => m.t0 > k && m.type === 'person' && m.kind === 'name');
      if (person && sd.norms.slice(k, person.t0).some((w) => grammar.docNouns.has(w))) author = person.key;
      if (author) out.speakers.push(author);
      if (k <= first + 1 && BACKREF.has(sd.norms[first])) out.backward = true;
      if (person) out.excluded.push([k, person.t1]);
      k += doc - 1;
      continue;
    }
    const phrase = matchPhrase(grammar.reporting.phrases, sd.norms, k);
    const verb = phrase ? 0 : matchPhrase(grammar.reporting.verbs, sd.norms, k);
    const len = phrase || verb;
    if (!len) continue;
    if (mentionAt(sd, k)) continue;
    // "the claims of X": after an English article the word is a noun, not a reporting verb.
    if (EN_ARTICLES.has(sd.norms[k - 1] ?? '') && !phrase) continue;
    // "X's spokesman, Nasser Kanaani, told ...": a comma closing a named person's apposition is no quote end.
    // Unless a person follows the verb: "..., Karim Haddad, tvitrer redaktør Jane Miller".
    // "..., a spokesman told Reuters": after "told" comes who was told; the speaker stands before the verb.
    // "bad" is a Danish verb, an English adjective.
    if (sd.lang === 'en' && !phrase && grammar.reporting.enFalseFriends.has(sd.norms[k])) continue;
    const addressee = verb === 1 && grammar.reporting.addresseeVerbs.has(sd.norms[k]);
    // Scandinavian word order puts the subject after the verb when something else comes first ("Forud for
    // besøget bad udenrigsminister X den amerikanske ambassadør om ..."); then the first name after the verb
    // speaks, and who is asked follows it. English "told", "asked" never invert.
    const inverted = addressee && sd.lang !== 'en' && k > first && !speakerBefore(sd, k, res, d);
    const after = addressee && !inverted ? null : speakerAfter(sd, k + len, res, d);
    const personAfter = !!after?.key && sd.mentions.some((m) => m.key === after.key && m.type === 'person');
    const appositive =
      !personAfter &&
      ((sd.tokens[k - 1]?.text === ',' && appositionHead(sd, k - 1) !== undefined) ||
        sd.mentions.some(
          (m) =>
            m.t1 === k - 1 &&
            m.type === 'person' &&
            m.kind === 'name' &&
            sd.tokens[m.t0 - 1]?.text === ',' &&
            sd.tokens[k - 1]?.text === ',',
        ));
    const prevTok = appositive ? '' : (sd.tokens[k - 1]?.text ?? '');
    const backRef = k === first + 1 && BACKREF.has(sd.norms[first]);
    if (backRef) out.backward = true;
    const afterQuoteEarly =
      prevTok === ',' ||
      prevTok === '"' ||
      prevTok === '»' ||
      prevTok === '”' ||
      phrase > 0 ||
      (k === first + 1 && BACKREF.has(sd.norms[first]));
    if (!sd.sentence.dash || afterQuoteEarly) out.present = true;
    const afterQuote =
      prevTok === ',' || prevTok === '"' || prevTok === '»' || prevTok === '”' || backRef || phrase > 0;
    // Inside a dash-led quote, a verb not right after the quote belongs to the quoted words.
    if (sd.sentence.dash && !afterQuote) {
      k += len - 1;
      continue;
    }
    const inv = addressee && !inverted ? null : speakerAfter(sd, k + len, res, d);
    const sub = afterQuote ? null : speakerBefore(sd, k, res, d);
    if (sub && sub.keys.length) {
      out.speakers.push(...sub.keys.filter(Boolean));
      out.excluded.push(sub.span);
    } else if (inv) {
      if (inv.key) out.speakers.push(inv.key);
      out.excluded.push(inv.span);
    } else if (!afterQuote) {
      const again = speakerBefore(sd, k, res, d);
      if (again?.key) {
        out.speakers.push(...again.keys);
        out.excluded.push(again.span);
      }
    }
    k += len - 1;
  }
  // Recipients ("til Ritzau", "til VG") are not what a statement is about.
  for (let k = 0; k < sd.tokens.length; k++) {
    const len = matchPhrase(grammar.reporting.recipientPreps, sd.norms, k);
    if (!len) continue;
    const m = sd.mentions.find((x) => x.t0 === k + len && isMediaLike(x));
    if (m) out.excluded.push([k, m.t1]);
  }
  return out;
}

function isMediaLike(m: Mention): boolean {
  return isMedia(m) || (m.type === 'organisation' && m.entry?.orgKind === 'company');
}

/** Extracts all relations of one article, sentence by sentence. */
export function extractRelations(ctx: ArticleContext, res: Resolution): FoundRelation[] {
  const out: FoundRelation[] = [];
  const d: Discourse = {};
  const mentionIndex = new Map<string, Mention>();
  for (const x of ctx.sentences)
    for (const m of x.mentions) if (!mentionIndex.has(m.key)) mentionIndex.set(m.key, m);
  const add = (
    type: RelationType,
    source: string | undefined,
    target: string | undefined,
    ev: Evidence,
  ): void => {
    if (!source || !target || source === target) return;
    out.push({ type, source, target, evidence: ev });
  };
  let lastAttack: AttackEvent | undefined;
  const pending: AttackEvent[] = [];
  let docAuthor: string | undefined;
  const paragraphSpeakers = new Map<number, string[]>();
  let dashSpeakers: { paragraph: number; speakers: string[] } | undefined;
  const byIndex = ctx.sentences;

  for (let si = 0; si < byIndex.length; si++) {
    const sd = byIndex[si];
    const roleBefore = (k: number): boolean =>
      res.roles.some((r) => r.s === sd.sentence.index && r.t1 <= k && !r.person) || false;
    addCoreference(sd, d, roleBefore);

    // Documents with an author: "et brev lederen ..., brigader X, har sendt", "brevet fra X".
    if (sd.norms.some((w) => grammar.docNouns.has(w))) {
      const p = sd.mentions.find((m) => m.type === 'person' && m.kind === 'name');
      if (p) docAuthor = p.key;
    }

    // ---- stated
    const att = attribution(sd, res, d, docAuthor);
    let speakers = att.speakers.filter(Boolean);
    const nonMedia = speakers.filter((k) => !isMedia(mentionIndex.get(k) ?? ({} as Mention)));
    if (nonMedia.length) speakers = nonMedia;
    else if (speakers.length) {
      // A medium relays what someone in the same paragraph said.
      const earlier = paragraphSpeakers.get(sd.sentence.paragraph);
      if (earlier?.length) speakers = earlier;
    }
    let confidence = att.confidence;
    if (sd.sentence.dash) {
      if (!dashSpeakers || dashSpeakers.paragraph !== sd.sentence.paragraph) {
        // Attribution anywhere in the quote paragraph, else the previous speaker.
        let found: string[] = [];
        for (let j = si; j < byIndex.length && byIndex[j].sentence.paragraph === sd.sentence.paragraph; j++) {
          const a = j === si ? att : attribution(byIndex[j], res, d, docAuthor);
          const ks = a.speakers.filter((k) => !isMedia(mentionIndex.get(k) ?? ({} as Mention)));
          if (ks.length) {
            found = ks;
            break;
          }
          if (a.present && !a.speakers.length) {
            found = [];
            break;
          }
        }
        if (
          !found.length &&
          d.lastSpeaker &&
          !byIndex
            .slice(si)
            .some(
              (x) =>
                x.sentence.paragraph === sd.sentence.paragraph && attribution(x, res, d, docAuthor).present,
            )
        ) {
          found = [d.lastSpeaker];
          confidence = 0.6;
        }
        dashSpeakers = { paragraph: sd.sentence.paragraph, speakers: found };
      }
      if (!speakers.length) speakers = dashSpeakers.speakers;
    }
    if (speakers.length) {
      const excluded = (m: Mention): boolean => att.excluded.some(([a, b]) => m.t0 >= a && m.t1 <= b);
      const targets = new Set<string>();
      // A place in the quoted words ("– Vores soldater er i Goma ..., siger X") is what is said, not where.
      const quoted = (x: SentenceData, m: Mention): boolean =>
        x === sd &&
        ((sd.sentence.dash && att.excluded.length > 0 && m.t1 <= Math.min(...att.excluded.map(([a]) => a))) ||
          insideQuotes(sd, m.t0));
      const collect = (x: SentenceData, ex: (m: Mention) => boolean): void => {
        for (const m of x.mentions) {
          if (ex(m) || !m.key) continue;
          if (m.type === 'person' && m.kind === 'coref' && speakers.includes(m.key)) continue;
          // Media are channels of a statement, and a place after a locative preposition ("sagde X i Kabul")
          // its setting; a place as subject or object ("said Tokyo had ...", "et angreb på Y") is what it
          // is about.
          if (isMediaLike(m)) continue;
          if (m.type === 'place') {
            const prep = x.norms[m.t0 - 1] ?? '';
            const setting =
              grammar.stationing.locPreps.has(prep) ||
              grammar.stationing.deployPreps.has(prep) ||
              grammar.placeNouns.has(prep);
            const attacked = grammar.attack.nounPreps.has(prep) && isAttackNoun(x.norms[m.t0 - 2] ?? '');
            if (setting && !attacked && !quoted(x, m)) continue;
            if (!setting && !isSubjectOrObject(x, m)) continue;
          }
          if (m.type === 'organisation' && matchPhrase(grammar.reporting.recipientPreps, x.norms, m.t0 - 1))
            continue;
          targets.add(m.key);
        }
      };
      collect(sd, excluded);
      if (att.backward && si > 0) collect(byIndex[si - 1], () => false);
      const quote = quoteOf(sd);
      for (const sp of new Set(speakers)) {
        const own = [...targets].filter((t) => !speakers.includes(t));
        // A statement naming nobody else ("- Vi følger situationen tæt, siger X") is about the speaker's own
        // side: the body in their title, else their country (when the article names it).
        if (!own.length) {
          const side = ownSide(ctx, sp);
          if (side && !speakers.includes(side)) own.push(side);
        }
        for (const t of own) add('stated', sp, t, evidence(ctx, sd, 'stated', confidence, quote));
      }
      d.lastSpeaker = speakers[0];
      d.lastSpeakerParagraph = sd.sentence.paragraph;
      d.lastSpeakerSentence = sd.sentence.index;
      const list = paragraphSpeakers.get(sd.sentence.paragraph) ?? [];
      for (const sp of speakers)
        if (!isMedia(mentionIndex.get(sp) ?? ({} as Mention)) && !list.includes(sp)) list.push(sp);
      paragraphSpeakers.set(sd.sentence.paragraph, list);
    }

    // ---- attacked
    lastAttack = extractAttacks(ctx, sd, si, lastAttack, pending, add, speakers);

    // ---- stationed-at
    extractStationing(ctx, sd, d, add);

    updateDiscourse(sd, d);
  }
  return out;
}

/**
 * The side a speaker speaks for: the organisation named in a person's title ("FNs generalsekretær X"), else
 * the country of the person or national body, if the article names that country itself.
 */
function ownSide(ctx: ArticleContext, key: string): string | undefined {
  let country: string | undefined;
  for (const sd of ctx.sentences)
    for (const m of sd.mentions) {
      if (m.key !== key) continue;
      if (m.affil) {
        const [a, b] = m.affil;
        const org = sd.mentions.find(
          (x) =>
            x.type === 'organisation' &&
            x.key &&
            x.key !== key &&
            x.t0 >= a &&
            x.t1 <= b &&
            !isMediaLike(x) &&
            // A party is whom a politician belongs to, not what they speak about.
            x.entry?.orgKind !== 'party',
        );
        if (org) return org.key;
      }
      // Only people and national bodies speak for their country; a militia, an NGO or a news agency
      // registered there does not.
      const national = m.type === 'organisation' && (!!m.entry?.national || !!m.ownerCountry);
      if (m.type === 'person' || national) country ??= m.country;
    }
  if (!country) return undefined;
  const ck = countryKey(country);
  return ctx.sentences.some((sd) => sd.mentions.some((m) => m.key === ck && m.kind !== 'coref'))
    ? ck
    : undefined;
}

/** A place in a statement's own words, not a description: right after a verb-like word or before one. */
function isSubjectOrObject(sd: SentenceData, m: Mention): boolean {
  const prev = sd.tokens[m.t0 - 1];
  // Places written inside other names or after other prepositions ("sør for Seoul", "fra Kyiv") stay out.
  if (
    prev &&
    prev.word &&
    /^(for|fra|from|til|of|av|af|near|nær|mellom|between|over|outside)$/.test(prev.text.toLowerCase())
  )
    return false;
  return true;
}

/** Whether token k stands between quotation marks. */
function insideQuotes(sd: SentenceData, k: number): boolean {
  let open = false;
  for (let j = 0; j < k; j++) {
    const t = sd.tokens[j].text;
    if (t === '«' || t === '“') open = true;
    else if (t === '»' || t === '”') open = false;
    else if (t === '"') open = !open;
  }
  return open;
}

function quoteOf(sd: SentenceData): string | undefined {
  const m = /["«“]([^"»”]{3,})["»”]/.exec(sd.sentence.text);
  if (m) return m[1];
  if (sd.sentence.dash) return sd.sentence.text.replace(/^[-–—]\s*/, '');
  return undefined;
}

type Add = (type: RelationType, source: string | undefined, target: string | undefined, ev: Evidence) => void;

/** Actors (attackers) before token i in the sentence: the nearest one not governed by a preposition, with coordinated ones. */
function subjectBefore(sd: SentenceData, i: number, excludedSpans: [number, number][]): Mention[] {
  const cands = sd.mentions.filter(
    (m) =>
      m.t1 <= i &&
      isAttackActor(sd, m) &&
      m.type !== 'place' &&
      !excludedSpans.some(([a, b]) => m.t0 >= a && m.t1 <= b),
  );
  for (let c = cands.length - 1; c >= 0; c--) {
    const m = cands[c];
    const prev = sd.norms[m.t0 - 1] ?? '';
    const prev2 = sd.norms[m.t0 - 2] ?? '';
    const governed =
      !subordinator(sd, prev) &&
      (grammar.stationing.locPreps.has(prev) ||
        grammar.attack.preps.has(prev) ||
        grammar.attack.agentPreps.has(prev) ||
        ((grammar.determiners.has(prev) || /e$/.test(prev)) &&
          (grammar.stationing.locPreps.has(prev2) || grammar.attack.preps.has(prev2))));
    if (governed && m.kind !== 'coref') continue;
    // "Russia's military struck ...", "Irans droner ramte ...": a country's forces in the genitive act for it.
    if (m.kind === 'gen' && !(m.type === 'country' && forceWord(headWord(sd, m.t1)))) continue;
    // "X said the strikes had killed ...": the speaker of a reporting verb is not the verb's subject.
    // "X svarte med å angripe Y" is a response in deeds, not words: a verb of doing is no reporting verb.
    let reported = false;
    for (let k = m.t1; k < i && !reported; k++)
      reported =
        grammar.reporting.verbs.single.has(sd.norms[k]) && !matchPhrase(grammar.attack.doVerbs, sd.norms, k);
    if (reported) break;
    const out = [m];
    for (let e = c - 1; e >= 0; e--) {
      const o = cands[e];
      const between = sd.norms.slice(o.t1, out[0].t0);
      if (
        between.length <= 2 &&
        between.every((w) => w === 'og' || w === 'and' || w === 'och' || w === ',' || w === 'samt')
      )
        out.unshift(o);
      else break;
    }
    return out;
  }
  return [];
}

/**
 * The subject after a finite verb at i in Danish/Norwegian/Swedish V2 order ("I august angrep X ...", "Ifølge
 * medier stod X bag ..."): a name right after the verb when something else stands first and no actor
 * subject precedes the verb in its clause.
 */
function invertedSubject(sd: SentenceData, i: number, excluded: [number, number][]): Mention | undefined {
  if (sd.lang === 'en') return undefined;
  const start = clauseStart(sd, i);
  if (start >= i || !sd.tokens[i].word) return undefined;
  // "efter angrebet Rusland ...": after a preposition or determiner the word is a noun, not the verb.
  const prev = sd.norms[i - 1] ?? '';
  if (
    grammar.determiners.has(prev) ||
    grammar.attack.preps.has(prev) ||
    grammar.stationing.locPreps.has(prev)
  )
    return undefined;
  const m = sd.mentions.find((x) => x.t0 === i + 1);
  if (!m || m.kind !== 'name' || m.type === 'place' || m.type === 'base' || !isAttackActor(sd, m))
    return undefined;
  if (subjectBefore(sd, i, excluded).some((x) => x.t0 >= start)) return undefined;
  return m;
}

function targetsAfter(sd: SentenceData, from: number, to: number): Mention[] {
  const list: Mention[] = [];
  for (const m of sd.mentions) {
    if (m.t0 < from || m.t0 >= to) continue;
    if (m.kind === 'adj' && !isAttackActor(sd, m) && !isTargetNoun(sd.norms[m.t1] ?? '')) continue;
    if (m.kind === 'gen' && m.type === 'country') continue;
    // "mod flybasen X i det østlige Syrien": the place after a target locates it.
    const prev = sd.norms[m.t0 - 1] ?? '';
    const prev2 = sd.norms[m.t0 - 2] ?? '';
    // "mål i Bamako og i provinsen Gao": a repeated preposition after "og" opens a coordinated target.
    const p = grammar.stationing.locPreps.has(prev) ? m.t0 - 1 : m.t0 - 2;
    const coordinated = grammar.coordinators.has(sd.norms[p - 1] ?? '');
    if (
      list.length &&
      !coordinated &&
      (grammar.stationing.locPreps.has(prev) ||
        grammar.stationing.locPreps.has(prev2) ||
        grammar.attack.agentPreps.has(prev))
    )
      continue;
    if (grammar.attack.agentPreps.has(prev)) continue;
    list.push(m);
  }
  if (list.some((m) => m.type === 'person')) return list.filter((m) => m.type === 'person');
  return list;
}

const AUXILIARIES = new Set(['har', 'havde', 'hadde', 'have', 'has', 'had', 'er', 'var', 'været', 'vært']);

function verbContext(sd: SentenceData, i: number): boolean {
  if (sd.mentions.some((m) => m.t1 === i && m.kind !== 'gen' && isActor(sd, m))) return true;
  // "Aserbajdsjanske styrker angrep", "amerikanske fly angrep": the noun of an attacking adjective before.
  if (sd.mentions.some((m) => m.t1 < i && m.t1 >= i - 2 && m.kind === 'adj' && isAttackActor(sd, m))) {
    const w = sd.norms[i - 1];
    if (isArmsNoun(w) || isTroopNoun(w) || isWeapon(w)) return true;
  }
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    if (AUXILIARIES.has(sd.norms[k])) return true;
    if (!sd.tokens[k].word) return false;
  }
  // "X har for tredje dag i træk angrebet Y": a longer adverbial between a named subject's perfect
  // auxiliary and the participle.
  for (let k = i - 6; k >= Math.max(1, i - 9); k--) {
    if (!sd.tokens[k].word) return false;
    if (grammar.perfectAux.has(sd.norms[k]))
      return sd.mentions.some((m) => m.t1 === k && m.kind !== 'gen' && isActor(sd, m));
  }
  return false;
}

function isPassiveContext(sd: SentenceData, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (grammar.attack.passiveAux.has(sd.norms[k])) return true;
    if (sd.tokens[k].text === ',') return false;
  }
  return false;
}

/**
 * A passive whose subject is long: "blev 40 mål i Jemen og Somalia angrebet af", "ble Camp X ved Y i Kenya
 * angrepet av". Up to eight words back, within the clause and with no perfect auxiliary ("har angrebet") nearer.
 */
function isLongPassive(sd: SentenceData, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const w = sd.norms[k];
    if (grammar.attack.passiveAux.has(w)) return true;
    if (
      !sd.tokens[k].word ||
      grammar.perfectAux.has(w) ||
      grammar.relativePron.has(w) ||
      grammar.clauseConjunctions.has(w) ||
      subordinator(sd, w)
    )
      return false;
  }
  return false;
}

function extractAttacks(
  ctx: ArticleContext,
  sd: SentenceData,
  si: number,
  lastAttack: AttackEvent | undefined,
  pending: AttackEvent[],
  add: Add,
  speakers: string[],
): AttackEvent | undefined {
  const sources = sourceSpans(sd);
  const n = sd.tokens.length;
  let event: AttackEvent | undefined;
  const emit = (
    attackers: string[],
    targets: string[],
    trigger: string,
    conf: number,
    ev?: Evidence[],
  ): void => {
    for (const a of attackers)
      for (const t of targets) {
        add('attacked', a, t, evidence(ctx, sd, trigger, conf));
        for (const e of ev ?? []) add('attacked', a, t, { ...e, confidence: conf });
      }
  };
  // "Kreml afviser, at russiske styrker har angrebet ...": what is denied did not happen.
  const denial = denialIndex(sd);
  // The sentence's last attack with a named attacker: "X angrep Y, og 31 mennesker er drept" still tells
  // X's attack to the next sentence ("Angrepene rammet Z").
  let told: AttackEvent | undefined;
  for (let i = 0; i < n; i++) {
    if (event?.attackers.length) told = event;
    const norm = sd.norms[i];
    if (!sd.tokens[i].word || sources.some(([a, b]) => i >= a && i < b)) continue;
    if (denial >= 0 && i > denial) break;
    // "X stod bag (drone)angrebet": X is the attacker of the attack just told.
    let resp = matchPhrase(grammar.attack.responsible, sd.norms, i);
    let respEnd = i + resp;
    let attackers = resp ? packedMap(subjectBefore(sd, i, sources), (m) => m.key) : [];
    // V2 inversion after a fronted adverbial: "I går stod X bag angrebet", the subject inside the phrase.
    const inv = resp ? undefined : invertedSubject(sd, i, sources);
    if (inv) {
      const rest = matchPhrase(
        grammar.attack.responsible,
        [...sd.norms.slice(0, i + 1), ...sd.norms.slice(inv.t1)],
        i,
      );
      if (rest > 1) {
        resp = rest;
        respEnd = inv.t1 + rest - 1;
        attackers = [inv.key];
      }
    }
    if (resp) {
      // "... ansvaret for angrebet på X og kaldte det hævn for drabet på Y": a coordinated verb opens a
      // new clause whose objects were not attacked.
      let end = clauseEnd(sd, respEnd);
      for (let k = respEnd; k < end; k++) {
        const next = sd.tokens[k + 1];
        if (
          grammar.coordinators.has(sd.norms[k]) &&
          next?.word &&
          !next.cap &&
          !grammar.determiners.has(sd.norms[k + 1]) &&
          !sd.mentions.some((m) => m.t0 === k + 1)
        ) {
          end = k;
          break;
        }
      }
      const here = packedMap(targetsAfter(sd, respEnd, end), (m) => m.key);
      const prevEvent = event ?? lastAttack ?? pending[pending.length - 1];
      const targets = here.length ? here : (prevEvent?.targets ?? []);
      const ev = !here.length && prevEvent ? [evidence(ctx, prevEvent.sd, 'attacked', 0.8)] : [];
      emit(attackers, targets, spanText(sd, i, resp), 0.8, ev);
      if (attackers.length) {
        event = { s: si, attackers, targets, sd };
        for (const p of pending.splice(0)) if (p.targets.some((t) => targets.includes(t))) void p;
      }
      i = respEnd - 1;
      continue;
    }
    // "..., an attack the Front claimed": the subject of a claim verb right after an attack noun is the
    // attacker of the attack this sentence told.
    if (grammar.attack.claimVerbs.has(norm) && event && !event.attackers.length) {
      const claimant = sd.mentions.find((m) => m.t1 === i && isActor(sd, m) && m.kind === 'name');
      let k = claimant ? claimant.t0 - 1 : -1;
      while (k > 0 && grammar.determiners.has(sd.norms[k])) k--;
      if (claimant && k >= 0 && isAttackNoun(sd.norms[k]) && !negatedBetween(sd, i, i + 2)) {
        emit([claimant.key], event.targets, sd.tokens[i].text, 0.75);
        event = { s: si, attackers: [claimant.key], targets: event.targets, sd };
        continue;
      }
    }
    // "affyret fra Iran": the attacker of every attack still without one.
    const fired = matchPhrase(grammar.attack.firedFrom, sd.norms, i);
    if (fired) {
      const m = sd.mentions.find((x) => x.t0 >= i + fired && x.t0 <= i + fired + 2 && isActor(sd, x));
      if (m && (m.type === 'country' || m.type === 'organisation')) {
        for (const p of pending.splice(0))
          emit([m.key], p.targets, 'affyret fra', 0.7, [evidence(ctx, p.sd, 'attacked', 0.7)]);
        event = { s: si, attackers: [m.key], targets: event?.targets ?? [], sd };
      }
      i += fired - 1;
      continue;
    }
    // Passive and "udsat for": target before, attacker after "af/av/by" or from the attack just told.
    const exposed = matchPhrase(grammar.attack.exposed, sd.norms, i);
    const passive =
      !exposed && grammar.attack.passive.has(norm) && (isPassiveContext(sd, i) || isLongPassive(sd, i));
    if (exposed || passive) {
      const len = exposed || 1;
      if (exposed && !sd.norms.slice(i + len, i + len + 4).some((w) => isAttackNoun(w) || isWeapon(w))) {
        i += len - 1;
        continue;
      }
      // Target: the subject of the clause before (in V2 order it may follow the auxiliary).
      let auxIdx = i - 1;
      while (auxIdx > 0 && !grammar.attack.passiveAux.has(sd.norms[auxIdx])) auxIdx--;
      const inClause = sd.mentions.filter(
        (m) => m.t1 <= i && m.t0 >= clauseStart(sd, i) && !sources.some(([a, b]) => m.t0 >= a && m.t1 <= b),
      );
      const between = inClause.filter((m) => m.t0 > auxIdx);
      // "cambodjanske soldater blev beskudt": a country's troops stand for the country; other adjectives
      // only describe.
      const troopsOf = (m: Mention): boolean => m.kind === 'adj' && isActor(sd, m);
      // "X opplyser at Y ble rammet": the subject of a reporting verb is the speaker, not the target.
      const beforeAux = inClause.filter(
        (m) =>
          m.t1 <= auxIdx &&
          (m.kind !== 'adj' || troopsOf(m)) &&
          m.kind !== 'gen' &&
          !grammar.reporting.verbs.single.has(sd.norms[m.t1] ?? ''),
      );
      const strong = beforeAux.find(
        (m) => m.type === 'base' || m.type === 'person' || m.type === 'organisation',
      );
      let target: Mention | undefined =
        between.filter((m) => m.kind !== 'adj' || troopsOf(m))[0] ??
        strong ??
        beforeAux[beforeAux.length - 1];
      if (target && target.kind === 'adj' && !troopsOf(target)) target = undefined;
      // Agent: "af X" right after.
      let j = i + len;
      let agent: Mention | undefined;
      let agentPhrase = false;
      // "blev ikke ramt": nothing happened.
      if (negatedBetween(sd, auxIdx, i)) {
        i += len - 1;
        continue;
      }
      if (grammar.attack.agentPreps.has(sd.norms[j] ?? '')) {
        agentPhrase = true;
        agent = sd.mentions.find((m) => m.t0 >= j + 1 && m.t0 <= j + 3 && isAttackActor(sd, m));
      } else {
        // "udsat for et angreb fra X"
        for (j = i + len; j < Math.min(n, i + len + 5); j++) {
          if (grammar.attack.agentPreps.has(sd.norms[j])) {
            agentPhrase = true;
            agent = sd.mentions.find((m) => m.t0 >= j + 1 && m.t0 <= j + 3 && isAttackActor(sd, m));
            break;
          }
        }
      }
      // "ramt af flere missiler": the weapons' owner is the attacker just told.
      const weaponAgent = agentPhrase && !agent && sd.norms.slice(j + 1, j + 4).some((w) => isWeapon(w));
      // "40 mål i Jemen og Somalia": coordinated targets.
      const targets = target ? [target] : [];
      for (let c = between.indexOf(target as Mention) + 1; target && c > 0 && c < between.length; c++) {
        const prev = targets[targets.length - 1];
        const gap = sd.norms.slice(prev.t1, between[c].t0);
        if (gap.length !== 1 || !joinsList(gap[0]) || between[c].kind === 'adj') break;
        targets.push(between[c]);
      }
      if (target) {
        const trig = spanText(sd, i, len);
        if (agent) {
          emit(
            [agent.key],
            targets.map((m) => m.key),
            trig,
            0.85,
          );
          event = { s: si, attackers: [agent.key], targets: packedMap(targets, (m) => m.key), sd };
        } else if (
          (!agentPhrase || weaponAgent) &&
          lastAttack &&
          lastAttack.attackers.length &&
          si - lastAttack.s <= 2
        ) {
          emit(lastAttack.attackers, [target.key], trig, 0.7);
          event = { s: si, attackers: lastAttack.attackers, targets: [target.key], sd };
        } else {
          const ev = { s: si, attackers: [], targets: [target.key], sd };
          pending.push(ev);
          event = ev;
        }
      }
      i += len - 1;
      continue;
    }
    // Nominal: "USA's drab på X", "det russiske droneangreb mod X", "et angreb mod X".
    // Without a preposition after it the word may be a verb form ("angrep", "angreb"): fall through.
    const nominalTargets =
      isAttackNoun(norm) &&
      !isPassiveContext(sd, i + 1) &&
      grammar.attack.nounPreps.has(sd.norms[i + 1] ?? '')
        ? targetsAfter(sd, i + 2, Math.min(clauseEnd(sd, i + 1), i + 9)).slice(0, 3)
        : [];
    if (nominalTargets.length) {
      const targets = nominalTargets;
      // Attacker: a genitive or adjective before the noun ("USA's", "det amerikanske militærs", "iranske").
      let attacker: Mention | undefined;
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
        const m = sd.mentions.find((x) => x.t1 === k + 1);
        if (
          m &&
          (m.kind === 'gen' || m.kind === 'adj') &&
          (m.type === 'country' || m.type === 'organisation' || m.type === 'person')
        ) {
          attacker = m;
          break;
        }
        if (!(
          grammar.determiners.has(sd.norms[k]) ||
          /^(militærs|militærets|militærets|military's|hærs)$/.test(sd.norms[k]) ||
          /e$/.test(sd.norms[k])
        ))
          break;
      }
      // "the strike on X by Y", "angrebet på X af Y": an agent right after the targets names the attacker.
      if (!attacker) {
        const last = targets[targets.length - 1];
        let k = last.t1;
        // "the strikes on Barmal district by Pakistan": a place noun may close the target's phrase.
        if (!grammar.attack.agentPreps.has(sd.norms[k] ?? '') && sd.tokens[k]?.word) k++;
        if (
          grammar.attack.agentPreps.has(sd.norms[k] ?? '') &&
          sd.norms[k] !== 'from' &&
          sd.norms[k] !== 'fra'
        )
          attacker = sd.mentions.find((m) => m.t0 >= k + 1 && m.t0 <= k + 2 && isAttackActor(sd, m));
      }
      // "USA gennemførte et angreb mod X": the subject of a verb of doing.
      let attackers = attacker ? [attacker] : [];
      if (!attacker) {
        // "har svart med flere runder med angrep mot X": a few words may stand between verb and noun.
        for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
          if (!sd.tokens[k].word) break;
          if (matchPhrase(grammar.attack.doVerbs, sd.norms, k)) {
            attackers = subjectBefore(sd, k, sources);
            break;
          }
        }
      }
      const keys = packedMap(targets, (m) => m.key);
      if (attackers.length) {
        const ak = packedMap(attackers, (m) => m.key);
        emit(ak, keys, sd.tokens[i].text, 0.75);
        event = { s: si, attackers: ak, targets: keys, sd };
      } else {
        const ev = { s: si, attackers: [], targets: keys, sd };
        pending.push(ev);
        event = ev;
      }
      continue;
    }
    // Active verbs: "Landet sendte droner mod X", "Russland bombet X", "et droneangreb som dræbte X".
    const weak = matchPhrase(grammar.attack.weak, sd.norms, i);
    const direct = grammar.attack.verbs.has(norm);
    const withPrep = grammar.attack.verbsPrep.has(norm);
    if ((direct || withPrep || weak) && !isPassiveContext(sd, i)) {
      // A noun use ("et angreb", "Irans angreb") is not a verb.
      const prevTok = sd.norms[i - 1] ?? '';
      if (
        grammar.determiners.has(prevTok) ||
        sd.mentions.some((m) => m.t1 === i && (m.kind === 'gen' || m.kind === 'adj'))
      )
        continue;
      // A form that is also an attack noun ("angrep", "angrebet") is a verb only after its subject or an
      // auxiliary: "Hamas angrep Israel", "har angrebet Kyiv", not "om angrebet vil få følger".
      // "I august angrep X Y": after a fronted adverbial the subject follows the verb (V2).
      const inv = direct && !weak ? invertedSubject(sd, i, sources) : undefined;
      if (!weak && !inv && isAttackNoun(norm) && !verbContext(sd, i)) continue;
      const len = weak || 1;
      let end = clauseEnd(sd, i + len - 1);
      // "angrep flere flybaser, blant dem X", "attacked several bases, including X": the examples after
      // the comma are targets too.
      const intro =
        sd.tokens[end]?.text === ',' ? matchPhrase(grammar.stationing.baseListIntro, sd.norms, end + 1) : 0;
      if (intro) end = clauseEnd(sd, end + intro);
      let from = inv ? inv.t1 : i + len;
      if (withPrep && !direct && !weak) {
        // "skutt ned en drone på vei mot X", "shot down a drone over X": downing a weapon attacks no place.
        if (/^(ned|down)$/.test(sd.norms[i + 1] ?? '')) continue;
        let p = -1;
        for (let k = i + 1; k < Math.min(end, i + 9); k++) {
          if (grammar.attack.preps.has(sd.norms[k])) {
            p = k;
            break;
          }
        }
        if (p < 0) continue;
        from = p + 1;
      }
      // "har ikke angrebet", "has not attacked", "angreb ikke": nothing happened.
      if (negatedBetween(sd, i - 3, i) || negatedBetween(sd, i + len, i + len + 1)) {
        i += len - 1;
        continue;
      }
      let attackers = inv ? [inv.key] : packedMap(subjectBefore(sd, i, sources), (m) => m.key);
      // "the rebels who ambushed ...": the subject is the relative pronoun's head, or nobody named; "et
      // luftangrep som drepte X" keeps the attack's own subject.
      let r = i - 1;
      while (r > 0 && AUXILIARIES.has(sd.norms[r])) r--;
      if (grammar.relativePron.has(sd.norms[r] ?? '') && r > 0) {
        const e = sd.tokens[r - 1].text === ',' ? r - 1 : r;
        const head = sd.mentions.find((m) => m.t1 === e && isActor(sd, m));
        if (head) attackers = [head.key];
        else if (!isAttackNoun(sd.norms[e - 1] ?? '') && !isWeapon(sd.norms[e - 1] ?? '')) attackers = [];
      }
      // "ramte dronerne X": weapons as the subject belong to the attacker just told.
      if (
        !attackers.length &&
        lastAttack?.attackers.length &&
        si - lastAttack.s <= 2 &&
        (sd.norms.slice(clauseStart(sd, i), i + 3).some(isWeapon) ||
          // "Angrepene rammet X", "The strikes hit X": the attacks just told, as the subject.
          (i > 0 && clauseStart(sd, i) >= i - 2 && isAttackNoun(sd.norms[i - 1])))
      )
        attackers = lastAttack.attackers;
      // "X bekræfter, at den har sendt droner mod ...": a pronoun subject of the reported clause is the speaker.
      let p = i - 1;
      while (
        p > 0 &&
        grammar.attack.passiveAux.has(sd.norms[p]) === false &&
        /^(har|have|has|had|havde|hadde)$/.test(sd.norms[p])
      )
        p--;
      if (
        speakers.length &&
        (grammar.thingPron.has(sd.norms[p]) ||
          grammar.groupPron.has(sd.norms[p]) ||
          grammar.personPron.has(sd.norms[p])) &&
        subordinator(sd, sd.norms[p - 1] ?? '')
      )
        attackers = speakers;
      const targets = targetsAfter(sd, from, end);
      if (attackers.length && targets.length) {
        const conf = weak ? 0.4 : 0.9;
        const keys = packedMap(targets, (m) => m.key);
        emit(attackers, keys, spanText(sd, i, len), conf);
        if (!weak) event = { s: si, attackers, targets: keys, sd };
      } else if (targets.length && !weak && !event) {
        // "a truck bomb hit X, an attack the group claimed": the attack waits for its claimant.
        event = { s: si, attackers: [], targets: packedMap(targets, (m) => m.key), sd };
      }
      i += len - 1;
    }
  }
  return event && event.attackers.length ? event : (told ?? lastAttack);
}

function extractStationing(ctx: ArticleContext, sd: SentenceData, d: Discourse, add: Add): void {
  const n = sd.tokens.length;
  /** The location after a preposition in [from, to), with any coordinated ones ("i Estland og Latvia"). */
  const locationsAfter = (from: number, to: number): Mention[] => {
    const first = locationAfter(from, to);
    if (!first || first.s !== sd.sentence.index || sd.mentions.indexOf(first) < 0)
      return first ? [first] : [];
    const out = [first];
    // "i Kurdistan-regionen i Irak": the country a place lies in is a location too.
    // "i Gjumri nord i Armenia": a direction may stand between.
    const dir = grammar.directionPrefixes.has(sd.norms[first.t1] ?? '') ? 1 : 0;
    if (first.type !== 'country' && grammar.stationing.locPreps.has(sd.norms[first.t1 + dir] ?? '')) {
      const c = sd.mentions.find(
        (x) => x.t0 === first.t1 + dir + 1 && x.type === 'country' && x.kind === 'name',
      );
      if (c && c.t1 <= to) out.push(c);
    }
    out.push(...coordinated(first, to));
    return out;
  };
  /** Locations coordinated after `first` ("til Burkina Faso og Niger"), before token `to`. */
  const coordinated = (first: Mention, to: number): Mention[] => {
    const out: Mention[] = [];
    let k = first.t1;
    while (k < to && joinsList(sd.norms[k] ?? '')) {
      // "på flådebasen i X og luftbasen Y": a base noun (and its "i") may open the next conjunct.
      let at = k + 1;
      if (grammar.baseDef.has(sd.norms[at] ?? '') && !sd.mentions.some((x) => x.t0 === at)) {
        at++;
        if (grammar.stationing.locPreps.has(sd.norms[at] ?? '')) at++;
      }
      const m = sd.mentions.find((x) => x.t0 === at);
      if (!m || m.kind !== 'name' || (m.type !== 'country' && m.type !== 'base' && m.type !== 'place')) break;
      out.push(m);
      k = m.t1;
    }
    return out;
  };
  const locationBefore = (from: number, to: number): Mention | undefined => {
    for (let k = to - 2; k >= from; k--) {
      if (!grammar.stationing.locPreps.has(sd.norms[k])) continue;
      const m = sd.mentions.find((x) => x.t0 === k + 1);
      if (m && m.kind === 'name' && (m.type === 'base' || m.type === 'place' || m.type === 'country'))
        return m;
    }
    return undefined;
  };
  const locationAfter = (from: number, to: number): Mention | undefined => {
    for (let k = from; k < to; k++) {
      const norm = sd.norms[k];
      if (grammar.stationing.locPreps.has(norm)) {
        for (let j = k + 1; j < Math.min(to, k + 5); j++) {
          const m = sd.mentions.find((x) => x.t0 === j);
          if (m) {
            if (
              (m.type === 'base' || m.type === 'place' || m.type === 'country') &&
              m.kind !== 'adj' &&
              m.kind !== 'people'
            )
              return m;
            // "at Kenyan bases": the bases' country is where the troops are.
            if (m.type === 'country' && m.kind === 'adj' && isBaseWord(sd.norms[m.t1] ?? '')) return m;
            break;
          }
          if (sd.tokens[j].cap || !sd.tokens[j].word) break;
        }
      }
      if (grammar.locative.has(norm) && k > from - 1 && d.lastLocation) {
        const prev = sd.norms[k - 1] ?? '';
        if (
          grammar.stationing.participles.has(prev) ||
          /^\d/.test(prev) ||
          grammar.stationing.locPreps.has(prev) === false
        )
          return d.lastLocation;
      }
    }
    return undefined;
  };
  const asides = relativeSpans(sd);
  const troopSources = (from: number, to: number): Mention[] =>
    sd.mentions.filter(
      (m) =>
        m.t0 >= from &&
        m.t1 <= to &&
        // "In Niger, ... troops": a location is no troop source; nor is a relative aside's subject.
        !(m.kind === 'name' && grammar.stationing.locPreps.has(sd.norms[m.t0 - 1] ?? '')) &&
        !asides.some(([a, b]) => m.t0 >= a && m.t1 <= b) &&
        (m.type === 'country' || m.type === 'organisation') &&
        (m.kind === 'adj' || m.kind === 'people'
          ? isActor(sd, m) || m.kind === 'people' || followedByTroopsSoon(sd, m) || armsHeaded(sd, m)
          : m.kind === 'name' || m.kind === 'coref'),
    );
  // "In Niger, some 1,000 troops were stationed at X": the fronted country is a location of the troops too.
  const fronted =
    grammar.stationing.locPreps.has(sd.norms[0] ?? '') && sd.tokens[2]?.text === ','
      ? sd.mentions.find((m) => m.t0 === 1 && m.t1 === 2 && m.type === 'country' && m.kind === 'name')
      : undefined;
  const emit = (
    sources: Mention[],
    target: Mention | Mention[] | undefined,
    trigger: string,
    conf: number,
  ): void => {
    const list = Array.isArray(target) ? [...target] : target ? [target] : [];
    if (list.length && sources.length) {
      // "..., de fleste av dem på Camp X", "..., including at X Air Base": named bases later in the sentence.
      const last = Math.max(...list.map((t) => (t.s === sd.sentence.index ? t.t1 : 0)));
      for (const m of sd.mentions)
        if (
          m.t0 > last &&
          last > 0 &&
          m.type === 'base' &&
          m.kind === 'name' &&
          grammar.stationing.locPreps.has(sd.norms[m.t0 - 1] ?? '') &&
          !list.includes(m)
        )
          list.push(m);
      if (fronted && !list.includes(fronted)) list.push(fronted);
    }
    // "Venezuela's army sent troops to X": a state's own armed forces station the state there.
    // (An edge to a state the article never names on its own is dropped with the other unnamed ends.)
    const states: { key: string }[] = [];
    for (const s of sources)
      if (s.type === 'organisation' && s.entry?.national && s.entry.orgKind === 'military' && s.country)
        states.push({ key: countryKey(s.country) });
    for (const t of list)
      for (const s of [...sources, ...states])
        if (s.key !== t.key) add('stationed-at', s.key, t.key, evidence(ctx, sd, trigger, conf));
  };
  for (let i = 0; i < n; i++) {
    const norm = sd.norms[i];
    // "basen huser franske og italienske soldater", "militærbasen X, der huser ..."
    if (grammar.stationing.house.has(norm)) {
      const target = [...sd.mentions]
        .reverse()
        .find((m) => m.t1 <= i && (m.type === 'base' || m.type === 'place'));
      const sources = troopSources(i + 1, clauseEnd(sd, i)).filter(
        (m) => m.kind !== 'name' || m.type === 'country',
      );
      // "Landet huser amerikanske soldater på X", "hosts US troops at X": the troops' place is named after
      // them, and a host country as subject is where they are too.
      const at = sources.length ? locationsAfter(sources[sources.length - 1].t1, clauseEnd(sd, i)) : [];
      const host = sd.mentions.find(
        (m) => m.t1 === i && m.type === 'country' && (m.kind === 'name' || m.kind === 'coref'),
      );
      if (at.length) {
        emit(sources, host ? [...at, host] : at, sd.tokens[i].text, 0.85);
        continue;
      }
      emit(sources, target ?? d.lastBase, sd.tokens[i].text, 0.85);
      continue;
    }
    // "bliver brugt af franske soldater", "drives af kenyansk og italiensk militær"
    const used = matchPhrase(grammar.stationing.usedBy, sd.norms, i);
    if (used) {
      const sources = troopSources(i + used, clauseEnd(sd, i + used)).filter(
        (m) =>
          m.kind === 'adj' ||
          m.kind === 'people' ||
          followedByTroopsSoon(sd, m) ||
          // "holdes af ... Space Force": a named armed force holds it.
          (m.kind === 'name' && m.entry?.orgKind === 'military'),
      );
      const before = [...sd.mentions]
        .reverse()
        .find((m) => m.t1 <= i && (m.type === 'base' || m.type === 'place'));
      const subjectPron = grammar.thingPron.has(sd.norms[sd.tokens.findIndex((t) => t.word)] ?? '');
      const target = before ?? (subjectPron ? d.lastBase : undefined);
      emit(sources, target, spanText(sd, i, used), 0.75);
      i += used - 1;
      continue;
    }
    // "X sendte tusenvis av soldater til Y", "Alliansen har sendt fregatter og droner til Y", "200
    // britiske soldater er sendt til landet": sending troops or warships somewhere stations them there.
    if (grammar.stationing.sendVerbs.has(norm)) {
      let dest: Mention | undefined;
      let to = -1;
      for (let k = i + 1; k < Math.min(n, i + 16); k++) {
        const w = sd.norms[k];
        // "fra 11. brigade": an ordinal's point ends nothing.
        if (w === '.' && /^\d+$/.test(sd.tokens[k - 1]?.text ?? '')) continue;
        if (w === '.' || w === ';' || subordinator(sd, w) || grammar.relativePron.has(w)) break;
        if (!grammar.stationing.deployPreps.has(w)) continue;
        // "to the Tolmara region": past an article.
        const at = grammar.determiners.has(sd.norms[k + 1] ?? '') ? k + 2 : k + 1;
        const m = sd.mentions.find((x) => x.t0 === at);
        if (m && (m.kind === 'name' || m.kind === 'coref') && ['country', 'place', 'base'].includes(m.type))
          dest = m;
        to = k;
        break;
      }
      if (!dest || negatedBetween(sd, i - 3, i)) continue;
      const start = clauseStart(sd, i);
      const forces = (k: number): boolean => isTroopNoun(headWord(sd, k)) || isArmsNoun(headWord(sd, k));
      // The object sent (active) or the subject (passive "er sendt") must be forces, not letters or aid.
      let objectForces = false;
      for (let k = i + 1; k < to; k++) if (forces(k)) objectForces = true;
      let subjectForces = false;
      for (let k = start; k < i; k++) if (forces(k)) subjectForces = true;
      if (!objectForces && !subjectForces) continue;
      const before = troopSources(start, i);
      const subject = [...before].reverse().find((m) => i - m.t1 <= 2);
      const inObject = troopSources(i + 1, to).filter((m) => m.kind === 'adj' || m.kind === 'people');
      const sources = inObject.length
        ? inObject
        : subjectForces
          ? before.filter((m) => m.kind === 'adj' || m.kind === 'people')
          : subject
            ? [subject]
            : [];
      // "sendt instruktører til Burkina Faso og Niger": every coordinated destination.
      const dests = dest.s === sd.sentence.index ? [dest, ...coordinated(dest, clauseEnd(sd, i))] : [dest];
      emit(sources, dests, sd.tokens[i].text, 0.75);
      continue;
    }
    // "svenske soldater udstationeret på X", "Finland har 40 soldater utplassert der", "blandt de udsendte på basen"
    if (grammar.stationing.participles.has(norm) || grammar.stationing.nouns.has(norm)) {
      const start = clauseStart(sd, i);
      const end = clauseEnd(sd, i);
      const targets = locationsAfter(i + 1, end);
      const isDest = (m: Mention | undefined): m is Mention =>
        !!m && m.kind === 'name' && (m.type === 'country' || m.type === 'place' || m.type === 'base');
      // "er udsendt til Det Røde Hav", "deployert til X for å beskytte flyplassen i Y": a deployment's
      // destination, before any place named later.
      // "er flyttet til den nye basen Camp X": past lower-case words before the name.
      if (grammar.stationing.deployPreps.has(sd.norms[i + 1] ?? '')) {
        let at = i + 2;
        while (
          at < i + 6 &&
          sd.tokens[at]?.word &&
          !sd.tokens[at].cap &&
          !sd.mentions.some((m) => m.t0 === at)
        )
          at++;
        const dest = sd.mentions.find((m) => m.t0 >= i + 2 && m.t0 <= Math.max(i + 3, at));
        if (isDest(dest) && !targets.includes(dest)) targets.unshift(dest);
      }
      // "has deployed tanks, drones and other equipment to X": the destination after a
      // long object, the list's commas included.
      // "roterer hvert år til X nord i Y": a destination before the located place comes first.
      if (grammar.stationing.participles.has(norm)) {
        const first = targets.length ? targets[0].t0 : n;
        for (let k = i + 2; k < Math.min(n, i + 16, first); k++) {
          const w = sd.norms[k];
          if (w === '.' || w === ';' || subordinator(sd, w) || grammar.relativePron.has(w)) break;
          if (!grammar.stationing.deployPreps.has(w)) continue;
          // "til byen X": past the place noun.
          const at = grammar.placeNouns.has(sd.norms[k + 1] ?? '') ? k + 2 : k + 1;
          const dest = sd.mentions.find((m) => m.t0 === at);
          if (isDest(dest) && !targets.includes(dest)) targets.unshift(dest);
          break;
        }
      }
      // "soldatene ankom X": a place named right after the verb is where they are.
      if (!targets.length) {
        const direct = sd.mentions.find((m) => m.t0 === i + 1);
        if (isDest(direct)) targets.push(direct);
      }
      if (negatedBetween(sd, i - 3, i)) continue;
      // "flybasen X, hvor russiske kampfly er stationeret": the place before "hvor" houses the troops.
      const rel = sd.norms.slice(start, i).findLastIndex((w) => grammar.whereRelatives.has(w)) + start;
      if (!targets.length && rel >= start && rel > 0) {
        const place = [...sd.mentions]
          .reverse()
          .find((m) => m.t1 <= rel && (m.type === 'base' || m.type === 'place') && m.kind === 'name');
        const base = [...sd.mentions].reverse().find((m) => m.t1 <= rel && m.type === 'base');
        const relSources = troopSources(rel + 1, i).filter((m) => m.kind === 'adj' || m.kind === 'people');
        if (relSources.length && (base ?? place)) {
          emit(relSources, base ?? place, sd.tokens[i].text, 0.8);
          continue;
        }
      }
      const sources = troopSources(start, i).filter((s) => !targets.some((t) => t.key === s.key));
      if (targets.length) {
        emit(sources, targets, sd.tokens[i].text, 0.85);
        continue;
      }
      // "I Polen er det stasjonert amerikanske soldater": the location first, the troops after.
      const after = troopSources(i + 1, end).filter((m) => m.kind === 'adj' || m.kind === 'people');
      emit(after, locationBefore(start, i), sd.tokens[i].text, 0.8);
      continue;
    }
    // "Frankrike har om lag 1.500 soldater i landet"
    if (grammar.stationing.have.has(norm)) {
      // "X har (sin) base i Y og Z", "..., hvor X har base": where a force is based, its own soil too.
      const b = /^(sin|sit|sitt|sine|sina|their|its)$/.test(sd.norms[i + 1] ?? '') ? i + 2 : i + 1;
      const based = sd.mentions.find(
        (m) =>
          m.t1 === i &&
          (m.type === 'country' || m.type === 'organisation') &&
          (m.kind === 'name' || m.kind === 'coref' || m.kind === 'people'),
      );
      const baseNoun =
        grammar.baseIndef.has(sd.norms[b] ?? '') || grammar.stationing.hqNouns.has(sd.norms[b] ?? '');
      if (based && baseNoun && !negatedBetween(sd, i + 1, b)) {
        const rel = based.t0 - 1;
        const here = grammar.stationing.locPreps.has(sd.norms[b + 1] ?? '')
          ? locationsAfter(b + 1, clauseEnd(sd, b + 1))
          : [];
        // The base before "hvor" rather than the region that locates it ("basen X i Y-ørkenen, hvor").
        const prior = [...sd.mentions].reverse().filter((m) => m.t1 <= rel && m.kind === 'name');
        const before = grammar.whereRelatives.has(sd.norms[rel] ?? '')
          ? (prior.find((m) => m.type === 'base') ?? prior.find((m) => m.type === 'place'))
          : undefined;
        const target = here.length ? here : before;
        if (target) {
          emit([based], target, spanText(sd, i, b - i + 1), 0.8);
          continue;
        }
      }
      let k = i + 1;
      let number = false;
      let troops = -1;
      for (; k < Math.min(n, i + 7); k++) {
        if (/^\d/.test(sd.tokens[k].text)) number = true;
        // "USA har soldater i Estland": a bare troop noun followed by a location preposition also counts.
        const located = grammar.stationing.locPreps.has(sd.norms[k + 1] ?? '');
        if ((number || located) && isTroopNoun(sd.norms[k])) {
          troops = k;
          break;
        }
      }
      if (troops < 0) continue;
      // "Nato har ikke soldater i Ukraine", "has no troops in".
      if (negatedBetween(sd, i + 1, troops)) continue;
      // "The United States, which has ... with Kenya, keeps advisers at X": the subject before an aside.
      const aside = asides.find(([, e]) => e === i - 1);
      const subjEnd = aside ? aside[0] - 1 : i;
      const subj = [...sd.mentions].reverse().find(
        (m) =>
          m.t1 <= subjEnd &&
          (m.type === 'country' || m.type === 'organisation') &&
          // "Amerikanerne har haft soldater i Grønland": a people noun is a subject too.
          (m.kind === 'name' || m.kind === 'coref' || m.kind === 'people') &&
          subjEnd - m.t1 <= 2,
      );
      if (!subj) continue;
      if (sd.norms.slice(troops, n).some((w) => grammar.stationing.participles.has(w))) continue;
      // "Også Italia og Spania har ...": coordinated subjects.
      const subjects = [subj];
      for (;;) {
        const head = subjects[0];
        const o = sd.mentions.find(
          (x) =>
            x.t1 === head.t0 - 1 &&
            joinsList(sd.norms[head.t0 - 1] ?? '') &&
            x.kind === subj.kind &&
            x.type === subj.type,
        );
        if (!o) break;
        subjects.unshift(o);
      }
      emit(subjects, locationsAfter(troops + 1, n), sd.tokens[i].text, 0.8);
      continue;
    }
    // "Svenske styrker befinder sig nu i Mali"
    const located = matchPhrase(grammar.stationing.located, sd.norms, i);
    if (located) {
      const sources = troopSources(clauseStart(sd, i), i).filter(
        (m) => m.kind === 'adj' || m.kind === 'people' || followedByTroopsSoon(sd, m),
      );
      // A phrase ending in its preposition ("are stationed in") leaves the location right after it.
      const lastWord = sd.norms[i + located - 1];
      const from = grammar.stationing.locPreps.has(lastWord) ? i + located - 1 : i + located;
      // "operate from X": the location right after the phrase.
      const direct = sd.mentions.find(
        (m) =>
          m.t0 === from &&
          m.kind === 'name' &&
          (m.type === 'base' || m.type === 'place' || m.type === 'country'),
      );
      const target = direct ? [direct] : locationsAfter(from, clauseEnd(sd, i + located));
      emit(sources, target, spanText(sd, i, located), 0.7);
      i += located - 1;
      continue;
    }
    // "Tyrkia har også en stor militærbase i Mogadishu", "en lille amerikansk base i Jordan", "Leiren er
    // USAs eneste permanente militærbase": a country's own base is where its forces are.
    if (isBaseWord(norm) && !negatedBetween(sd, clauseStart(sd, i), i)) {
      const owner = baseOwner(sd, i);
      if (owner) {
        const start = clauseStart(sd, i);
        const subject = sd.mentions.find((m) => m.t0 === start && m.type === 'base');
        const copula = subject && /^(er|var|is|was|är|blev|ble|became)$/.test(sd.norms[subject.t1] ?? '');
        const where = grammar.stationing.locPreps.has(sd.norms[i + 1] ?? '')
          ? locationsAfter(i + 1, Math.min(clauseEnd(sd, i), i + 6)).slice(0, 1)
          : [];
        // "the largest American air base in the Pacific": a superlative ranks bases within a region, it
        // does not place one; a country's base on its own soil ("en tyrkisk militærbase i Konya") is no
        // stationing.
        const ranked = sd.norms.slice(Math.max(0, owner.t0 - 2), i).some(isSuperlative);
        const own = (t: Mention): boolean =>
          t.key === owner.key || (!!owner.country && (t.country ?? t.entry?.country) === owner.country);
        // "X, Turkey's air base near Y": the base in apposition is the owner's.
        const appos = sd.mentions.find(
          (m) =>
            m.type === 'base' && m.kind === 'name' && sd.tokens[m.t1]?.text === ',' && m.t1 + 1 === owner.t0,
        );
        if (appos && !own(appos))
          add('stationed-at', owner.key, appos.key, evidence(ctx, sd, sd.tokens[i].text, 0.7));
        const target = [...(copula && subject ? [subject] : []), ...(ranked ? [] : where)].filter(
          (t) => !own(t),
        );
        emit([owner], target, sd.tokens[i].text, 0.7);
      }
    }
    // "britiske kampfly fra basen X", "British jets flying from the X air base": forces operating from a
    // base are stationed there.
    const head = isArmsNoun(norm) || isTroopNoun(norm) ? norm : headWord(sd, i);
    if (isArmsNoun(head) || isTroopNoun(head)) {
      const owner = sd.mentions.find(
        (m) => m.t1 === i && m.type === 'country' && (m.kind === 'adj' || m.kind === 'people'),
      );
      let k = i + 1;
      if (/^(flying|operating|based)$/.test(sd.norms[k] ?? '')) k++;
      if (owner && (sd.norms[k] === 'fra' || sd.norms[k] === 'from')) {
        k++;
        if (grammar.determiners.has(sd.norms[k] ?? '')) k++;
        const baseWord = isBaseWord(sd.norms[k] ?? '');
        if (baseWord) k++;
        const m = sd.mentions.find((x) => x.t0 === k && x.kind === 'name');
        if (
          m &&
          (m.type === 'base' || (m.type === 'place' && (baseWord || isBaseWord(sd.norms[m.t1 + 1] ?? ''))))
        ) {
          const own = !!owner.country && (m.country ?? m.entry?.country) === owner.country;
          if (!own) add('stationed-at', owner.key, m.key, evidence(ctx, sd, sd.tokens[i].text, 0.7));
        }
      }
    }
    // "garnisonen X, hvor franske specialstyrker træner soldater": troops doing anything where the
    // relative clause's base is are there.
    if (isTroopNoun(norm)) {
      const adj = sd.mentions.find((m) => m.t1 === i && (m.kind === 'adj' || m.kind === 'people'));
      const rel = adj ? adj.t0 - 1 : -1;
      if (adj && rel > 0 && grammar.whereRelatives.has(sd.norms[rel]) && sd.tokens[rel - 1]?.text === ',') {
        const prior = [...sd.mentions].reverse().filter((m) => m.t1 <= rel && m.kind === 'name');
        const base = prior.find((m) => m.type === 'base');
        if (base && !negatedBetween(sd, i, clauseEnd(sd, i))) emit([adj], base, sd.tokens[i].text, 0.6);
      }
    }
    // "De finske styrkene i landet": troops in a place.
    if (isTroopNoun(norm) && grammar.stationing.locPreps.has(sd.norms[i + 1] ?? '')) {
      const adj = sd.mentions.find((m) => m.t1 === i && m.kind === 'adj');
      // "amerikanske styrker i Irak og Syrien": every coordinated country.
      const target = locationsAfter(i + 1, Math.min(n, i + 4)).filter((t) => t.type !== 'place');
      if (adj && target.length) emit([adj], target, sd.tokens[i].text, 0.5);
    }
  }
}

/** "largest", "største": English superlatives by their suffix, the others listed in the grammar data. */
function isSuperlative(w: string): boolean {
  return /^\p{Ll}{3,}est$/u.test(w) || grammar.superlatives.has(w);
}

/** A base noun, singular or plural, definite or not, or a compound of one ("militærbase", "baser"). */
function isBaseWord(w: string): boolean {
  const stem = w.replace(/(erne|ene|er|s)$/, '');
  return (
    grammar.baseIndef.has(w) ||
    grammar.baseDef.has(w) ||
    (w.length >= 4 && (grammar.baseIndef.has(stem) || endsWithStem(w, grammar.baseIndef, 4)))
  );
}

/**
 * The country owning the base noun at i: a genitive or adjective before it past determiners and modifiers
 * ("USAs eneste permanente militærbase", "en lille amerikansk base"), or the subject of "har" ("Tyrkia har
 * også en stor militærbase").
 */
function baseOwner(sd: SentenceData, i: number): Mention | undefined {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const m = sd.mentions.find((x) => x.t1 === k + 1);
    if (m) {
      if (m.type === 'country' && (m.kind === 'gen' || m.kind === 'adj')) return m;
      return undefined;
    }
    const w = sd.norms[k];
    if (grammar.stationing.have.has(w)) {
      const subj = sd.mentions.find(
        (x) =>
          x.t1 >= k - 1 && x.t1 <= k && x.type === 'country' && (x.kind === 'name' || x.kind === 'coref'),
      );
      return subj;
    }
    if (!sd.tokens[k].word || sd.tokens[k].cap) return undefined;
  }
  return undefined;
}

function followedByTroopsSoon(sd: SentenceData, m: Mention): boolean {
  for (let k = m.t1; k < Math.min(sd.tokens.length, m.t1 + 5); k++) {
    if (isTroopNoun(sd.norms[k])) return true;
    if (sd.tokens[k].text === ',' || sd.tokens[k].text === '.') return false;
  }
  return false;
}
