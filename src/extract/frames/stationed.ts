// stationed-at: whose forces are where, from the stationed.* frames — stationing verbs ("er stasjonert i",
// "based at", a "hvor/where" clause on a base), sending ("deployed to"), having and hosting ("har soldater
// i", "bases that host X personnel"), troops with an owner and a place ("norske soldater i Irak", "U.S.
// forces in Iraq"), and a base with an owner ("a Russian air base", "It is a U.S. base in X"). Stationed at
// a base or place is stationed in the country that contains it, too.
import { countryKey } from '../resolve.ts';
import { antecedent } from './coref.ts';
import { inSet, bound } from './match.ts';
import type { Match } from './match.ts';
import type { Frame } from './lexicon.ts';
import {
  actorsOf,
  containersOf,
  countedNoun,
  cut,
  isActor,
  nounKind,
  ownersOf,
  phraseMention,
  placesOf,
} from './fillers.ts';
import { definite } from './events.ts';
import { blocked } from './modality.ts';
import type { Filler, View } from './view.ts';
import { emit } from './view.ts';

/** A noun for armed forces: troops, or a unit or contribution that is military ("logistikkelement"). */
export function isForceNoun(v: View, w: number): boolean {
  const t = v.t;
  const kind = nounKind(v, w);
  // Troops, and arms stationed somewhere ("B-2 bombers", "a missile system").
  if (kind === 'troop' || kind === 'weapon' || kind === 'arms') return true;
  if (t.down[w].some((e) => e.rel === 'compound' && /^(?:weapon|arms)$/.test(nounKind(v, e.to)))) return true;
  const units = v.lex.set('unitNouns');
  if (!inSet(units, t.lemma[w], true) && !inSet(units, t.lower[w], true)) return false;
  // A compound names the kind of unit ("styrkebidrag"); a bare "bidrag" or "presence" needs "military".
  if (!units.has(t.lemma[w]) && !units.has(t.lower[w])) return true;
  const mods = v.lex.set('militaryMods');
  return t.down[w].some(
    (e) => (e.rel === 'amod' || e.rel === 'compound') && inSet(mods, t.lemma[e.to], true),
  );
}

/** Whose forces a force word names: an organisation or country by name, else the noun's owner. */
function forceOwners(v: View, w0: number): Filler[] {
  if (w0 < 0) return [];
  const w = countedNoun(v, w0);
  const m = phraseMention(v, w);
  if (m)
    return m.type === 'organisation' || m.type === 'country'
      ? [
          {
            key: m.key,
            m,
            conf: m.kind === 'coref' ? 0.8 : 1,
            via: m.kind === 'coref' ? 'antecedent' : 'name',
          },
        ]
      : [];
  if (!isForceNoun(v, w) && nounKind(v, w) !== 'arms') return [];
  // "FN's styrke i Libanon (UNIFIL)", "the mission in Mali, MINUSMA": the force's own name beside it.
  // A parser often hangs the name on the place before it; a place has no organisation in apposition.
  const named: Filler[] = [];
  const nameOf = (k: number): void => {
    const a = phraseMention(v, k);
    if (a?.type === 'organisation' && a.key) named.push({ key: a.key, m: a, conf: 0.9, via: 'appos' });
  };
  for (const e of v.t.down[w]) {
    if (e.rel === 'appos' || (e.rel.startsWith('nmod') && !v.t.caseOf(e.to) && e.to > w)) nameOf(e.to);
    if (!e.rel.startsWith('nmod') || !v.lex.set('locPreps').has(v.t.caseOf(e.to))) continue;
    for (const x of v.t.down[e.to]) if ((x.rel === 'appos' || x.rel === 'conj') && x.to > e.to) nameOf(x.to);
  }
  const owners = [...ownersOf(v, w), ...named];
  if (owners.length) return owners;
  // "Norge har 70 soldater udstationeret i X": whoever has or sends the force, as its object or as the
  // subject of the participle clause the having verb takes.
  const t = v.t;
  const out: Filler[] = [];
  const haver = (h: number): boolean =>
    v.lex.set('haveVerbs').has(t.lemma[h]) || v.lex.set('deployVerbs').has(t.lemma[h]);
  for (const e of t.up[w]) {
    let h = -1;
    if (e.rel === 'obj' && haver(e.to)) h = e.to;
    else if (/^(?:xcomp|acl|ccomp)$/.test(t.deprel[e.to]) && t.head[e.to] >= 0 && haver(t.head[e.to]))
      h = t.head[e.to];
    if (h < 0) continue;
    for (const s of t.kids(h, 'nsubj'))
      if (s !== w) out.push(...actorsOf(v, s).filter((f) => f.m?.type !== 'person'));
  }
  // "Styrkebidraget": a national contribution named without its nation is the home country's, in an
  // article written in that country's language.
  const home = v.st.ctx.homeCountry;
  if (!out.length && home && definite(v, w) && inSet(v.lex.set('nationalUnitNouns'), t.lemma[w], true))
    out.push({ key: countryKey(home), conf: 0.45, via: 'home' });
  return out;
}

/** Where: a named place, or "there" and "it"/"den" pointing back to the place or base just named. */
function locations(v: View, w: number): { place: Filler; word: number }[] {
  const named = placesOf(v, w);
  if (named.length || w < 0) return named.map((place) => ({ place, word: w }));
  const t = v.t;
  const d = v.st.d;
  const s = v.sd.sentence.index;
  const back = v.lex.set('locativeAdverbs').has(t.lower[w])
    ? d.lastLocation
    : t.upos[w] === 'PRON'
      ? d.lastBase
      : undefined;
  if (!back || s - back.s > 2) return [];
  return [{ place: { key: back.key, m: back, conf: 0.7, via: 'antecedent' }, word: w }];
}

/** A state's armed force stationed somewhere is the state stationed there too ("the US military" is the US's). */
function withStates(sources: Filler[]): Filler[] {
  const out = [...sources];
  for (const f of sources) {
    const m = f.m;
    if (m?.type === 'organisation' && m.entry?.orgKind === 'military' && m.country)
      out.push({ key: countryKey(m.country), conf: f.conf * 0.9, via: 'state-of' });
  }
  return out;
}

function emitAll(v: View, sources: Filler[], w: number, trigger: number, frame: Frame): void {
  // Troops merely named with a place ("de irakiske styrker i Anbar") are stationed there only abroad.
  const weak = frame.id.startsWith('stationed.troops.');
  for (const { place, word } of locations(v, w)) {
    for (const s of withStates(sources)) {
      if (weak && (s.key === place.key || (place.m?.country && countryKey(place.m.country) === s.key)))
        continue;
      emit(v, 'stationed-at', s, place, trigger, frame.confidence, frame.id);
      for (const c of containersOf(v, word, place))
        emit(v, 'stationed-at', s, c, trigger, frame.confidence, frame.id);
    }
  }
}

/** "a U.S. military airbase", "It was a Russian base", "X, a Turkish base in Y": the owner is stationed there. */
function baseOwner(v: View, frame: Frame, base: number): void {
  const t = v.t;
  const owners = ownersOf(v, base).filter((f) => f.m?.type !== 'place');
  if (!owners.length || blocked(v, base, [base])) return;
  const places: { place: Filler; word: number }[] = [];
  const own = v.word[base];
  if (own && own.type === 'base')
    places.push({ place: { key: own.key, m: own, conf: 1, via: 'name' }, word: base });
  // The subject of "is a base", and the name a base noun stands in apposition to.
  for (const s of t.kids(base, 'nsubj')) for (const place of baseOf(v, s)) places.push({ place, word: base });
  for (const e of t.up[base])
    if (e.rel === 'appos') for (const place of baseOf(v, e.to)) places.push({ place, word: base });
  // "the largest American base in the Pacific": after a superlative, "in" names the comparison, not the place.
  const superlative = t.down[base].some((e) => e.rel === 'amod' && t.feat(e.to, 'Degree') === 'Sup');
  for (const k of t.kidsMatching(base, /^nmod/)) {
    if (superlative || !v.lex.set('locPreps').has(t.caseOf(k))) continue;
    for (const place of placesOf(v, k)) places.push({ place: cut(place, 0.9, 'located'), word: k });
  }
  // "an Iraqi base in Kirkuk": a country's bases at home are not stationing news.
  const home = (o: Filler, place: Filler): boolean =>
    o.key === place.key || (!!place.m?.country && countryKey(place.m.country) === o.key);
  for (const o of withStates(owners))
    for (const { place, word } of places) {
      if (home(o, place) || containersOf(v, word, place).some((c) => c.key === o.key)) continue;
      emit(v, 'stationed-at', o, place, base, frame.confidence, frame.id);
      if (word === base && !superlative)
        for (const c of containersOf(v, base, place))
          emit(v, 'stationed-at', o, c, base, frame.confidence, frame.id);
    }
}

/** The base a word names: its mention, or for "it/den/det" the base the text has just spoken of. */
function baseOf(v: View, w: number): Filler[] {
  const m = phraseMention(v, w);
  if (m)
    return m.type === 'base' || m.type === 'place'
      ? [{ key: m.key, m, conf: m.kind === 'coref' ? 0.8 : 1, via: 'name' }]
      : [];
  const back = antecedent(v, w, ['base', 'place']);
  return back ? [back] : [];
}

export function stationedIn(v: View, frame: Frame, match: Match): void {
  const p = frame.compiled;
  if (frame.id === 'stationed.base.owner') return baseOwner(v, frame, bound(p, match, 'base'));
  const trigger = bound(p, match, 'trigger');
  const force = bound(p, match, 'force');
  const location = bound(p, match, 'location');
  const sourceWord = bound(p, match, 'source');
  const anchor = trigger >= 0 ? trigger : force;
  if (blocked(v, anchor, [force, location, sourceWord])) return;
  // Arms "fra luftbasen X" are stationed there only when it is a base they fly from.
  if (
    frame.id === 'stationed.arms-from-base' &&
    phraseMention(v, location)?.type !== 'base' &&
    nounKind(v, location) !== 'base'
  )
    return;
  // Arrivals: "ankom til X", "arrived in X", "ankom X".
  if (frame.id === 'stationed.arrive') {
    const c = v.t.caseOf(location);
    if (c && !v.lex.set('locPreps').has(c) && !v.lex.set('toPreps').has(c)) return;
  }
  // Whose forces: the subject of "Norge har soldater i X", "Russia deployed troops to X" when what it has or
  // sends is a force; else the force's own owner ("danske soldater", "bases that host X personnel").
  let sources = forceOwners(v, force);
  if (sourceWord >= 0) {
    const what = countedNoun(v, force);
    const forceMention = phraseMention(v, what);
    const forceLike =
      isForceNoun(v, what) || nounKind(v, what) === 'base' || (forceMention && isActor(forceMention));
    if (!forceLike) return;
    // A titled person sends or keeps forces for their state ("US President X sent 150 personnel").
    const subject = actorsOf(v, sourceWord).flatMap((f): Filler[] => {
      if (f.m?.type !== 'person') return [f];
      return f.m.title && f.m.country
        ? [{ key: countryKey(f.m.country), conf: f.conf * 0.8, via: 'title' }]
        : [];
    });
    if (subject.length) sources = subject;
  }
  emitAll(v, sources, location, anchor, frame);
}
