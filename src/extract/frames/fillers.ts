// From a word the frame bound to the entities it stands for. A name is itself; a pronoun or "landet" is the
// mention coreference gave it; a title is the person who holds it; a common noun stands for its owner
// ("amerikanske soldater", "Iran's missiles", "U.S. forces", "styrker fra Norge"), a weapon for whoever fired
// it ("missiler avfyrt fra iransk territorium"), an attack for whoever carried it out ("angrebet, som X
// gennemførte", "an airstrike the Pentagon launched"), a target noun for where it stands ("baser i Irak").
import { countryKey } from '../resolve.ts';
import type { Mention } from '../mention.ts';
import { antecedent } from './coref.ts';
import { definite, eventActors, firedBy, toldAttackers } from './events.ts';
import { inSet } from './match.ts';
import type { Filler, View } from './view.ts';
import { rolePerson } from './view.ts';

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'X', 'ADJ']);
/** Relations inside a name phrase: a title's name ("general X"), an apposition. */
const NAME_RELS = new Set(['flat', 'flat:name', 'appos', 'compound', 'flat:foreign']);
const OWNER_RELS = new Set(['amod', 'nmod:poss', 'compound', 'det:poss', 'det']);

export type NounKind =
  'weapon' | 'arms' | 'event' | 'troop' | 'unit' | 'authority' | 'place' | 'base' | 'other';

export function isActor(m: Mention): boolean {
  return m.type === 'person' || m.type === 'organisation' || m.type === 'country';
}

function has(v: View, set: string, w: number, compound = true): boolean {
  const s = v.lex.set(set);
  return inSet(s, v.t.lemma[w], compound) || inSet(s, v.t.lower[w], compound);
}

export function nounKind(v: View, w: number): NounKind {
  if (has(v, 'attackNouns', w)) return 'event';
  if (has(v, 'weaponNouns', w)) return 'weapon';
  if (has(v, 'troopNouns', w)) return 'troop';
  if (has(v, 'unitNouns', w, false)) return 'unit';
  if (has(v, 'baseNouns', w)) return 'base';
  if (has(v, 'armsNouns', w)) return 'arms';
  if (has(v, 'authorityNouns', w, false)) return 'authority';
  if (has(v, 'placeNouns', w, false)) return 'place';
  return 'other';
}

/** The noun a quantity stands for: "hundreds of fighters", "snesevis af droner" are fighters, drones. */
export function countedNoun(v: View, w: number): number {
  const t = v.t;
  if (w < 0 || !v.lex.set('quantityNouns').has(t.lower[w])) return w;
  for (const k of t.kidsMatching(w, /^nmod/)) {
    const c = t.caseOf(k);
    if (v.lex.set('patientPreps').has(c) || v.lex.set('ownerPreps').has(c)) return k;
  }
  return w;
}

/** Whether the word is a title the recogniser read ("præsident", "foreign minister"). */
function titled(v: View, w: number): boolean {
  const tok = v.sd.wordTok[w];
  for (const [i, [e]] of v.sd.titles) if (i <= tok && tok < e) return true;
  return false;
}

/** A word's own mention, or the name inside its phrase ("forsvarsminister X": the head is the title). */
export function phraseMention(v: View, w: number): Mention | undefined {
  const own = v.word[w];
  if (own) return own;
  // A compound is part of a name only under a name ("Camp X"); "U.S. forces" is the forces of the U.S.
  const proper = v.t.upos[w] === 'PROPN';
  for (const e of v.t.down[w])
    if (NAME_RELS.has(e.rel) && (proper || e.rel !== 'compound') && v.word[e.to]) return v.word[e.to];
  // "luftbasen X", "byen X": a base or place noun with its name right after, wherever the parser hung it.
  const next = v.word[w + 1];
  if (next && (next.type === 'base' || next.type === 'place') && /^(?:base|place)$/.test(nounKind(v, w)))
    return next;
  // "the port town of Kyaukphyu", "the islands of Kinmen": a place noun and the name it is of.
  if (/^(?:base|place)$/.test(nounKind(v, w)) || inSet(v.lex.set('targetNouns'), v.t.lemma[w], true))
    for (const e of v.t.down[w]) {
      const named = v.word[e.to];
      if (
        e.rel.startsWith('nmod') &&
        v.t.caseOf(e.to) === 'of' &&
        named &&
        /^(?:place|base)$/.test(named.type)
      )
        return named;
    }
  // "militsen YPG", "en kommandant, general X": a name just after a noun, read as a modifier without a
  // preposition.
  for (const e of v.t.down[w])
    if (
      e.rel === 'nmod' &&
      e.to > w &&
      e.to <= w + 4 &&
      v.t.upos[e.to] === 'PROPN' &&
      !v.t.caseOf(e.to) &&
      v.word[e.to]?.kind === 'name'
    )
      return v.word[e.to];
  return undefined;
}

export function mentionFiller(m: Mention, via = 'name'): Filler {
  return { key: m.key, m, conf: m.kind === 'coref' ? 0.8 : 1, via: m.kind === 'coref' ? 'antecedent' : via };
}

function notOwner(v: View, w: number): boolean {
  const word = v.t.lower[w];
  for (const suf of v.lex.set('notOwnerSuffixes')) if (word.endsWith(suf)) return true;
  return false;
}

/**
 * Owners named on a noun: a demonym, a genitive, a name in compound, "vores/our", and unless the noun is an
 * event ("the killing of X" names its victim) "fra/from/of X".
 */
export function ownersOf(v: View, w: number, preps = true, depth = 0): Filler[] {
  const out: Filler[] = [];
  const t = v.t;
  for (const e of t.down[w]) {
    const k = e.to;
    const ownerPrep = preps && e.rel.startsWith('nmod') && v.lex.set('ownerPreps').has(t.caseOf(k));
    // A genitive read as a plain nmod ("Tyrkias angrep").
    const genitive = e.rel === 'nmod' && !t.caseOf(k) && v.word[k]?.kind === 'gen';
    if (!OWNER_RELS.has(e.rel) && !ownerPrep && !genitive) continue;
    if (notOwner(v, k)) continue;
    const m = v.word[k];
    if (m && isActor(m)) out.push({ ...mentionFiller(m), conf: 0.9, via: `owner:${e.rel}` });
    else if (!m && depth < 1 && /^(?:troop|authority|unit)$/.test(nounKind(v, k)))
      // "det amerikanske militærs drab", "the Iranian government's claim": the owner's own owner.
      out.push(...ownersOf(v, k, false, depth + 1).map((f) => cut(f, 0.9, `owner:${e.rel}`)));
    else if (
      !m &&
      (e.rel === 'nmod:poss' || e.rel.startsWith('det')) &&
      v.lex.set('firstPersonPossessives').has(t.lower[k]) &&
      v.st.ctx.homeCountry
    )
      out.push({ key: countryKey(v.st.ctx.homeCountry), conf: 0.5, via: 'owner:our' });
  }
  return out;
}

/** Who acts through the word: attackers, deployers, speakers. */
export function actorsOf(v: View, w0: number, depth = 0): Filler[] {
  if (w0 < 0 || depth > 3) return [];
  const t = v.t;
  const w = countedNoun(v, w0);
  const m = phraseMention(v, w);
  if (m) return isActor(m) ? [mentionFiller(m)] : [];
  const person = rolePerson(v, w);
  if (person) return [{ key: person, conf: 0.9, via: 'role' }];
  // "Chile's president attacked Lima": a title without its holder's name acts for nobody named.
  if (titled(v, w)) return [];
  if (t.upos[w] === 'PRON') {
    const said = reporter(v, w);
    if (said.length) return said;
    const back = antecedent(v, w, ['organisation', 'country']);
    return back ? [back] : [];
  }
  if (!NOMINAL.has(t.upos[w])) return [];
  const group = groupAntecedent(v, w);
  if (group) return [group];
  const kind = nounKind(v, w);
  if (kind === 'other' || kind === 'base') return [];
  const owners = ownersOf(v, w, kind !== 'event');
  if (owners.length) return owners;
  if (kind === 'weapon' || kind === 'arms') {
    const out = firedBy(v, w, depth);
    if (out.length) return out;
  }
  if (kind === 'event') {
    const out = eventActors(v, w, depth);
    if (out.length) return out;
  }
  if ((kind === 'weapon' || kind === 'arms' || kind === 'event') && definite(v, w))
    return toldAttackers(v, kind === 'weapon' ? t.lemma[w] : undefined);
  return [];
}

/**
 * "the rebel group", "militsen": a definite group noun with no name of its own is the armed group or
 * movement named last, in this sentence before it or in the two before.
 */
function groupAntecedent(v: View, w: number): Filler | undefined {
  const t = v.t;
  if (!inSet(v.lex.set('groupNouns'), t.lemma[w], true) || !definite(v, w)) return undefined;
  const armed = (m: Mention): boolean =>
    m.type === 'organisation' &&
    !!m.key &&
    m.kind !== 'coref' &&
    !/^(?:media|news-agency|company|party)$/.test(m.entry?.orgKind ?? '');
  const s = v.sd.sentence.index;
  const tok = v.sd.wordTok[w];
  const here = v.sd.mentions.filter((m) => m.t1 <= tok && armed(m));
  if (here.length)
    return { key: here[here.length - 1].key, m: here[here.length - 1], conf: 0.75, via: 'group' };
  for (let k = s - 1; k >= 0 && k >= s - 2; k--) {
    const before = v.st.ctx.sentences[k].mentions.filter(armed);
    if (before.length)
      return { key: before[before.length - 1].key, m: before[before.length - 1], conf: 0.7, via: 'group' };
  }
  return undefined;
}

/**
 * A pronoun in what someone reports is the reporter ("X bekræfter, at den har affyret", "X said it had
 * shot down"), when the reporter is a body or a country.
 */
function reporter(v: View, w: number): Filler[] {
  const t = v.t;
  // The reporting verb above the pronoun's clause (a few steps up: parsers misplace "at/that" clauses).
  const reports = (k: number): boolean => inSet(v.lex.set('reportVerbs'), t.lemma[k], false);
  let verb = t.head[w] >= 0 ? t.head[t.head[w]] : -1;
  for (let steps = 0; verb >= 0 && steps < 3 && !reports(verb); steps++) verb = t.head[verb];
  if (verb < 0 || !reports(verb)) return [];
  const out: Filler[] = [];
  for (const s of t.kids(verb, 'nsubj')) {
    const m = phraseMention(v, s);
    if (m && (m.type === 'organisation' || m.type === 'country'))
      out.push({ key: m.key, m, conf: 0.8, via: 'reporter' });
  }
  return out;
}

/** What is hit: a name, else the owner of what is hit ("U.S. forces"), else where it stands ("baser i Irak"). */
export function targetsOf(v: View, w0: number): Filler[] {
  if (w0 < 0) return [];
  const t = v.t;
  const w = countedNoun(v, w0);
  const m = phraseMention(v, w);
  if (m) return withContainers(v, w, mentionFiller(m));
  const person = rolePerson(v, w);
  if (person) return [{ key: person, conf: 0.9, via: 'role' }];
  if (!NOMINAL.has(t.upos[w])) return [];
  const back = antecedent(v, w);
  if (back) return withContainers(v, w, back);
  const owners = ownersOf(v, w).map((f) => cut(f, 0.9, f.via));
  if (owners.length) return owners;
  return [...holdersOf(v, w), ...locationsOn(v, w).map((f) => cut(f, 0.85, 'located'))];
}

/** "targets in Houthi-controlled areas": who holds the area is hit too. */
function holdersOf(v: View, w: number): Filler[] {
  const t = v.t;
  const out: Filler[] = [];
  for (const n of [w, ...t.kidsMatching(w, /^nmod/)])
    for (const a of t.kidsMatching(n, /^amod/)) {
      const m = v.word[a];
      if (m?.key && m.tail && v.lex.set('heldTails').has(m.tail) && isActor(m))
        out.push({ key: m.key, m, conf: 0.8, via: 'holder' });
    }
  return out;
}

/** A place or base hit is its country hit too ("Tyrkias angrep på Nord-Syria" attacks Syria). */
function withContainers(v: View, w: number, f: Filler): Filler[] {
  if (f.m?.type !== 'place' && f.m?.type !== 'base') return [f];
  return [f, ...containersOf(v, w, f).map((c) => cut(c, 0.85, 'container'))];
}

/** Places a noun stands in: "baser i Irak", "forces in Syria". */
export function locationsOn(v: View, w: number): Filler[] {
  const t = v.t;
  const out: Filler[] = [];
  for (const k of t.kidsMatching(w, /^nmod/)) {
    if (!v.lex.set('locPreps').has(t.caseOf(k))) continue;
    out.push(...placesOf(v, k));
  }
  return out;
}

/** A location: a named place, base or country (not a demonym), or a pointer back to one. */
export function placesOf(v: View, w: number): Filler[] {
  const m = phraseMention(v, w);
  if (!m) {
    const back = w >= 0 ? antecedent(v, w, ['base', 'place', 'country']) : undefined;
    if (back) return [back];
    if (w < 0 || v.t.upos[w] !== 'NOUN') return [];
    // "at Peruvian bases", "i tyrkiske byer": in the country that owns them.
    if (/^(?:base|place)$/.test(nounKind(v, w))) {
      const owned = ownersOf(v, w, false)
        .filter((f) => f.m?.type === 'country')
        .map((f) => cut(f, 0.8, 'owner-country'));
      if (owned.length) return owned;
    }
    // "the Batanes islands": a place noun with its name compounded before it.
    for (const e of v.t.down[w]) {
      const named = e.rel === 'compound' && e.to < w ? v.word[e.to] : undefined;
      if (named && (named.type === 'place' || named.type === 'base')) return [mentionFiller(named)];
    }
    // "ved flyplassen i X": where the unnamed place is.
    return locationsOn(v, w).map((f) => cut(f, 0.8, 'located'));
  }
  if (m.kind === 'adj' || m.kind === 'people') return [];
  if (m.type === 'place' || m.type === 'base' || m.type === 'country') return [mentionFiller(m)];
  return [];
}

/** A place's container: the country a base or place lies in ("Al-Asad-basen i det vestlige Irak"). */
export function containersOf(v: View, w: number, place: Filler): Filler[] {
  const out = locationsOn(v, w).map((f) => cut(f, 0.9, 'container'));
  const c = place.m?.country;
  if (!out.length && c && place.m && place.m.type !== 'country')
    out.push({ key: countryKey(c), conf: 0.85, via: 'container' });
  return out.filter((f) => f.key !== place.key);
}

export function cut(f: Filler, by: number, via: string): Filler {
  return {
    ...f,
    conf: f.conf * by,
    via: f.via && f.via !== 'name' && f.via !== via ? `${via}>${f.via}` : via,
  };
}
