// Who acts through an attack or a weapon: the participle on a weapon ("missiler avfyrt fra iransk
// territorium"), the verb that carried out an attack ("X launched an airstrike", "angrebet blev udført af
// X", "X svarte med angreb"), the attack an act was part of ("the killing of X in a U.S. drone strike"), and
// the attacks the article has told, which "missilene" and "the attack" point back to.
import { inSet } from './match.ts';
import { actorsOf, cut, mentionFiller, nounKind, ownersOf, phraseMention } from './fillers.ts';
import type { Filler, View } from './view.ts';

/** Whoever fired a weapon: the participle on it ("launched by X", "avfyrt fra iransk territorium"). */
export function firedBy(v: View, w: number, depth: number): Filler[] {
  const t = v.t;
  const out: Filler[] = [];
  for (const p of t.kids(w)) {
    if (t.deprel[p] !== 'acl' && t.deprel[p] !== 'acl:relcl') continue;
    for (const a of t.kids(p, 'obl:agent'))
      out.push(...actorsOf(v, a, depth + 1).map((f) => cut(f, 0.9, 'fired-by')));
    for (const o of t.kidsMatching(p, /^obl/)) {
      if (v.lex.set('originPreps').has(t.caseOf(o))) out.push(...originOf(v, o, depth + 1));
    }
  }
  for (const o of t.kidsMatching(w, /^nmod/)) {
    if (v.lex.set('originPreps').has(t.caseOf(o))) out.push(...originOf(v, o, depth + 1));
  }
  return out;
}

/** An origin ("fra Iran", "from Iranian territory") names its country: the state whose soil it is. */
export function originOf(v: View, w: number, depth = 0): Filler[] {
  const m = phraseMention(v, w);
  if (m) {
    if (m.type === 'country' || m.type === 'organisation') return [cut(mentionFiller(m), 0.7, 'origin')];
    return [];
  }
  if (nounKind(v, w) === 'place') return ownersOf(v, w).map((f) => cut(f, 0.7, 'origin'));
  return actorsOf(v, w, depth).map((f) => cut(f, 0.7, 'origin'));
}

/** Who carried out an attack named by a noun. */
export function eventActors(v: View, e: number, depth = 0): Filler[] {
  const t = v.t;
  const lex = v.lex;
  const out: Filler[] = [];
  const owners = ownersOf(v, e, false);
  if (owners.length) return owners;
  // "angrebet fra X", "the attack by X" (not "nedskytingen av X", which names the victim).
  const patient = inSet(lex.set('patientOfNouns'), t.lemma[e], true);
  for (const k of t.kidsMatching(e, /^nmod/)) {
    const c = t.caseOf(k);
    if (patient && lex.set('patientPreps').has(c)) continue;
    if (lex.set('agentPreps').has(c) || lex.set('originPreps').has(c)) out.push(...actorsOf(v, k, depth + 1));
  }
  // "angrebet på X af Y", "the strike on X by Y": the agent hung on the target.
  for (const k of t.kidsMatching(e, /^nmod/)) {
    if (!lex.set('nounTargetPreps').has(t.caseOf(k))) continue;
    // Not "nedskytingen av X", which names a victim.
    const victim = inSet(lex.set('patientOfNouns'), t.lemma[k], true);
    for (const a of t.kidsMatching(k, /^nmod/))
      if (lex.set('agentPreps').has(t.caseOf(a)) && !(victim && lex.set('patientPreps').has(t.caseOf(a))))
        out.push(...actorsOf(v, a, depth + 1).map((f) => cut(f, 0.85, 'agent-low')));
  }
  // "X launched an attack", "angrebet blev udført af X", "Y ordered a strike", "X svarte med angreb".
  for (const h of t.up[e]) {
    const verb = h.to;
    if (
      h.rel.startsWith('obl') &&
      lex.set('instrumentPreps').has(t.caseOf(e)) &&
      inSet(lex.set('responseVerbs'), t.lemma[verb], false)
    ) {
      for (const s of t.kids(verb, 'nsubj'))
        out.push(...actorsOf(v, s, depth + 1).map((f) => cut(f, 0.85, 'response')));
      continue;
    }
    const light =
      inSet(lex.set('lightVerbs'), t.phrasal[verb], false) ||
      inSet(lex.set('lightVerbs'), t.lemma[verb], false);
    const order = inSet(lex.set('orderVerbs'), t.lemma[verb], false);
    if (!light && !order) continue;
    const conf = light ? 0.9 : 0.6;
    const subj =
      h.rel === 'obj' ? t.kids(verb, 'nsubj') : h.rel === 'nsubj:pass' ? t.kids(verb, 'obl:agent') : [];
    for (const s of subj)
      out.push(...actorsOf(v, s, depth + 1).map((f) => cut(f, conf, light ? 'light' : 'order')));
  }
  // "The attack on X was a strike by Y": an event said to be another event has that event's actors.
  if (!out.length && depth < 2)
    for (const h of t.up[e]) {
      const pred = h.to;
      if (!h.rel.startsWith('nsubj') || nounKind(v, pred) !== 'event') continue;
      if (!t.kids(pred).some((k) => t.deprel[k] === 'cop')) continue;
      out.push(...eventActors(v, pred, depth + 1).map((f) => cut(f, 0.9, 'predicate')));
    }
  // "the killing of X in a U.S. drone strike": the attack it was part of.
  if (!out.length)
    for (const k of t.kidsMatching(e, /^(?:nmod|obl)/)) {
      if (!lex.set('eventPreps').has(t.caseOf(k))) continue;
      if (nounKind(v, k) === 'event' && depth < 2) out.push(...eventActors(v, k, depth + 1));
    }
  return out;
}

/** A definite or demonstrative noun ("missilene", "the attack", "dette angreb") points back. */
export function definite(v: View, w: number): boolean {
  if (v.t.feat(w, 'Definite') === 'Def') return true;
  return v.t.down[w].some(
    (e) =>
      e.rel === 'det' && /^(the|this|these|that|those|den|det|de|denne|dette|disse)$/.test(v.t.lower[e.to]),
  );
}

/**
 * The attackers of the last attack the article told with one, in the last three sentences; a weapon
 * ("missilene") points back to the attack that named that weapon, if one did.
 */
export function toldAttackers(v: View, weapon?: string): Filler[] {
  const s = v.sd.sentence.index;
  const recent = v.st.attacks.filter((a) => s - a.s <= 3 && a.attackers.length);
  const armed = weapon ? recent.filter((a) => a.weapons.has(weapon)) : [];
  const a = (armed.length ? armed : recent).at(-1);
  return a ? a.attackers.map((f) => cut(f, 0.7, 'told')) : [];
}

/** Lemmas of the weapons a sentence names. */
export function weaponsIn(v: View): Set<string> {
  const out = new Set<string>();
  for (let w = 0; w < v.t.n; w++) if (nounKind(v, w) === 'weapon') out.add(v.t.lemma[w]);
  return out;
}
