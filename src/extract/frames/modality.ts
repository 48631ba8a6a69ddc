// Whether the sentence asserts the event at all, read from the trigger's dependents in the tree: "har ikke
// angrebet" and "no troops are stationed" are negated, "hvis Iran angriber" conditional, "kunne angribe" and
// "plans to attack" unreal, "Did X strike Y?" a question, and "Iran denied attacking" a denial.
import { inSet } from './match.ts';
import type { View } from './view.ts';

const CLAUSE_LINKS = new Set(['ccomp', 'xcomp', 'advcl', 'conj', 'parataxis', 'acl', 'acl:relcl']);

function lemmaIn(v: View, set: string, w: number): boolean {
  const s = v.lex.set(set);
  return s.has(v.t.lemma[w]) || s.has(v.t.lower[w]) || s.has(v.t.phrasal[w]);
}

/** Why the frame at `trigger` (with its role words) asserts nothing, or undefined when it does. */
export function blocked(v: View, trigger: number, roles: readonly number[]): string | undefined {
  const t = v.t;
  if (t.lower[t.n - 1] === '?') return 'question';
  // The trigger, and the first conjunct whose dependents (mark, aux) it shares.
  const clause = [trigger];
  if (t.deprel[trigger] === 'conj' && t.head[trigger] >= 0) clause.push(t.head[trigger]);
  for (const c of clause) {
    for (const k of t.basicKids(c)) {
      const r = t.deprel[k];
      if (
        lemmaIn(v, 'negations', k) &&
        (r === 'advmod' || r === 'det' || r.startsWith('advmod') || r === 'cc')
      )
        return 'negated';
      if (r === 'mark' && lemmaIn(v, 'conditionals', k)) return 'conditional';
      if ((r === 'aux' || r === 'aux:pass') && lemmaIn(v, 'modals', k)) return 'modal';
    }
  }
  // "no troops", "ingen soldater", "intet norsk personell".
  for (const w of roles) {
    if (w < 0) continue;
    for (const k of t.basicKids(w))
      if (t.deprel[k].startsWith('det') && lemmaIn(v, 'negations', k)) return 'negated';
  }
  // "plans to attack", "evne til å ramme", "threatened to strike": an infinitive under a verb or noun that
  // does not entail it.
  const h = t.head[trigger];
  if (
    t.feat(trigger, 'VerbForm') === 'Inf' &&
    h >= 0 &&
    CLAUSE_LINKS.has(t.deprel[trigger]) &&
    !lemmaIn(v, 'implicatives', h)
  )
    return 'unreal';
  // "the threat of an attack", "truslen om angreb".
  if (h >= 0 && t.upos[trigger] === 'NOUN' && inSet(v.lex.set('irrealisNouns'), t.lemma[h], true))
    return 'unreal';
  // "Iran denied attacking", "Kreml afviser, at styrkerne har angrebet".
  for (let k = h, steps = 0; k >= 0 && steps < 4; k = t.head[k], steps++)
    if (lemmaIn(v, 'denials', k)) return 'denied';
  return undefined;
}
