// attacked: who attacked whom, from the attacked.* frames. The frame binds words to roles; fillers.ts turns
// them into entities (an event noun's attacker, a weapon's origin, a target noun's place), and modality.ts
// drops what is negated, conditional, unreal, asked or denied. Each attack told is remembered, so "the
// attack" later, or "X was blamed for the attack", reaches its target.
import { bound, inSet } from './match.ts';
import type { Match } from './match.ts';
import type { Frame } from './lexicon.ts';
import { definite, eventActors, originOf, toldAttackers, weaponsIn } from './events.ts';
import { actorsOf, cut, placesOf, targetsOf } from './fillers.ts';
import { blocked } from './modality.ts';
import type { Filler, View } from './view.ts';
import { emit } from './view.ts';

/** Targets of an attack noun: "angrebet på X", "the killing of X", else those of the attack it points back to. */
function eventTargets(v: View, e: number, frame: Frame, match: Match): Filler[] {
  const named = bound(frame.compiled, match, 'target');
  if (named >= 0) return targetsOf(v, named);
  for (const k of v.t.kidsMatching(e, /^nmod/)) {
    const c = v.t.caseOf(k);
    if (v.lex.set('nounTargetPreps').has(c)) return targetsOf(v, k);
  }
  if (!definite(v, e)) return [];
  const s = v.sd.sentence.index;
  for (let k = v.st.attacks.length - 1; k >= 0; k--) {
    const a = v.st.attacks[k];
    if (a.targets.length && s - a.s <= 6) return a.targets.map((f) => cut(f, 0.8, 'told'));
  }
  return [];
}

function attackers(v: View, frame: Frame, match: Match): Filler[] {
  const p = frame.compiled;
  const attacker = bound(p, match, 'attacker');
  if (attacker >= 0) return actorsOf(v, attacker);
  const origin = bound(p, match, 'origin');
  if (origin >= 0) return originOf(v, origin);
  const instrument = bound(p, match, 'instrument');
  if (instrument >= 0) {
    const found = actorsOf(v, instrument).map((f) => cut(f, 0.8, 'instrument'));
    return found.length ? found : firedFromIn(v);
  }
  const event = bound(p, match, 'event');
  if (event >= 0) {
    const found = eventActors(v, event);
    return found.length ? found : definite(v, event) ? toldAttackers(v) : [];
  }
  // A passive without agent ("Også en luftbase i X blev beskudt"): the attack just told goes on.
  return toldAttackers(v).map((f) => cut(f, 0.8, f.via));
}

/** "... avfyrt fra iransk territorium" hanging anywhere in the sentence: where the weapons came from. */
function firedFromIn(v: View): Filler[] {
  const t = v.t;
  const out: Filler[] = [];
  for (let p = 0; p < t.n; p++) {
    if (t.feat(p, 'VerbForm') !== 'Part' || !inSet(v.lex.set('fireVerbs'), t.lemma[p], false)) continue;
    for (const k of t.kidsMatching(p, /^obl/)) {
      if (v.lex.set('originPreps').has(t.caseOf(k)))
        out.push(...originOf(v, k).map((f) => cut(f, 0.8, 'fired-from')));
    }
  }
  return out;
}

/** Places an attack happened in: "i/in X" on the trigger, the attack noun, or the verb that carried it out. */
function whereOf(v: View, trigger: number, event: number): Filler[] {
  const t = v.t;
  const heads = new Set([trigger, event, ...(event >= 0 ? t.up[event].map((e) => e.to) : [])]);
  const out: Filler[] = [];
  for (const h of heads) {
    if (h < 0) continue;
    for (const k of t.kidsMatching(h, /^(?:obl|nmod)/)) {
      if (!v.lex.set('locPreps').has(t.caseOf(k))) continue;
      out.push(...placesOf(v, k));
    }
  }
  return out;
}

export function attackedIn(v: View, frame: Frame, match: Match): void {
  const p = frame.compiled;
  const trigger = bound(p, match, 'trigger');
  const event = bound(p, match, 'event');
  const anchor = trigger >= 0 ? trigger : event;
  const roles = ['attacker', 'target', 'event', 'origin', 'instrument'].map((id) => bound(p, match, id));
  if (blocked(v, anchor, roles) || (event >= 0 && event !== anchor && blocked(v, event, roles))) return;
  const target = bound(p, match, 'target');
  const targets: Filler[] =
    event >= 0 && (target < 0 || frame.id.startsWith('attacked.blame'))
      ? eventTargets(v, event, frame, match)
      : targetsOf(v, target);
  // "attacked several bases, including X".
  for (const h of [target, anchor])
    for (const k of h >= 0 ? v.t.kidsMatching(h, /^(?:obl|nmod)/) : [])
      if (v.lex.set('includePreps').has(v.t.caseOf(k))) targets.push(...targetsOf(v, k));
  // "luftangreb mod oprørere i Jemen": a target no entity names was hit where the attack took place.
  if (!targets.length && target >= 0 && !v.word[target] && v.t.upos[target] !== 'PRON')
    targets.push(...whereOf(v, anchor, event).map((f) => cut(f, 0.7, 'where')));
  const found = attackers(v, frame, match);
  v.st.attacks.push({ s: v.sd.sentence.index, attackers: found, targets, weapons: weaponsIn(v) });
  for (const a of found)
    for (const t of targets) {
      // A base or region hit is its country hit, when a state attacks ("Iran angreb basen i Irak").
      if (t.via.startsWith('container') && a.m?.type !== 'country' && !a.key.startsWith('country:')) continue;
      emit(v, 'attacked', a, t, anchor, frame.confidence, frame.id);
    }
}
