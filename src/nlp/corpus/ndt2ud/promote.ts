// NDT heads phrases by their function word; UD by their content word. Each rule finds a function word and its
// complement and promotes the complement (Graph.promote). Walking top-down makes chains work: in "kan ha
// blitt sett" the modal hands over to "ha", which hands over to "blitt", which hands over to "sett".
import type { Graph } from './graph.ts';

const COPULA = new Set(['være', 'vere']);

/** Preposition → its complement (PUTFYLL); the preposition becomes `case` (or `mark` before a clause). */
function promotePreposition(g: Graph, f: number): boolean {
  if (g.words[f].pos !== 'prep') return false;
  const c = g.child(f, 'PUTFYLL');
  if (c < 0) return false;
  g.promote(f, c, 'case');
  return true;
}

/** Infinitive marker `å` → its verb (INFV). */
function promoteInfinitiveMarker(g: Graph, f: number): boolean {
  if (g.words[f].pos !== 'inf-merke') return false;
  const c = g.child(f, 'INFV');
  if (c < 0) return false;
  g.promote(f, c, 'mark');
  return true;
}

/** Auxiliary or modal → the non-finite verb it governs (INFV). */
function promoteAuxiliary(g: Graph, f: number): boolean {
  if (g.upos[f] !== 'AUX') return false;
  const c = g.child(f, 'INFV');
  if (c < 0) return false;
  g.promote(f, c, 'aux');
  return true;
}

/** Copula `være` → its predicative (SPRED), even a clause ("målet er å vinne", "saken er at …"). */
function promoteCopula(g: Graph, f: number): boolean {
  if (g.upos[f] !== 'AUX' || !COPULA.has(g.words[f].lemma)) return false;
  const c = g.child(f, 'SPRED');
  if (c < 0) return false;
  // "Saken er at de kom": the copula's subject is outside the clausal predicate's own subject.
  if (g.child(c, 'SUBJ') >= 0)
    for (const k of g.children(f)) if (g.role[k] === 'SUBJ') g.role[k] = 'SUBJ-OUTER';
  g.promote(f, c, 'cop');
  return true;
}

const RULES = [promoteCopula, promoteAuxiliary, promoteInfinitiveMarker, promotePreposition];

export function promoteFunctionWords(g: Graph): void {
  for (const k of g.topDown()) for (const rule of RULES) if (rule(g, k)) break;
}
