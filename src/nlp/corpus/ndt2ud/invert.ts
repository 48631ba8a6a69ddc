// Constructions where NDT and UD pick opposite heads among content words, fixed before the function words are
// demoted: a title or description before a name, and the reporting verb after a quotation.
import type { Graph } from './graph.ts';

/** A PAR verb with one of these dependents is a true parenthetical (Nynorsk UD: also one with its own commas). */
const STAY_PARENTHETICAL = new Set(['DOBJ', 'SPRED']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * NDT hangs a preceding apposition (APP) under the following name; UD makes the first the head. A bare
 * indefinite title right before the name ("minister Kari Nordmann") forms one name with it (`flat:name`, the
 * name's own parts follow it); otherwise the name is an `appos` of the description.
 */
export function invertAppositions(g: Graph): void {
  for (let a = 0; a < g.n; a++) {
    const h = g.head[a];
    if (g.role[a] !== 'APP' || h <= a || !NOMINAL.has(g.upos[a]) || !NOMINAL.has(g.upos[h])) continue;
    g.head[a] = g.head[h];
    g.role[a] = g.role[h];
    g.head[h] = a;
    const bareTitle = h === a + 1 && g.words[a].feats.includes('ub') && g.children(a).length === 1;
    if (bareTitle) {
      g.role[h] = 'FLAT';
      for (const k of g.children(h)) if (g.role[k] === 'FLAT') g.head[k] = a;
    } else g.role[h] = 'APP';
  }
}

/**
 * "…, sier hun.": NDT makes the quoted clause the root and the reporting verb a PAR(enthesis); UD makes the
 * reporting verb the root with the quotation as its `ccomp`. Verbs with their own object, in brackets, or
 * (Nynorsk) set off by their own commas are true parentheticals and stay.
 */
export function invertReportedSpeech(g: Graph): void {
  for (let v = 0; v < g.n; v++) {
    const root = g.head[v];
    if (g.role[v] !== 'PAR' || g.words[v].pos !== 'verb' || root < 0 || g.head[root] >= 0) continue;
    const kids = g.children(v);
    const stays = (k: number): boolean =>
      STAY_PARENTHETICAL.has(g.role[k]) ||
      g.words[k].form === '(' ||
      (g.standard === 'nn' && g.role[k] === 'IK');
    if (kids.some(stays)) continue;
    g.head[v] = -1;
    g.role[v] = 'FINV';
    g.head[root] = v;
    g.role[root] = 'QUOTE';
  }
}

/**
 * "Når det regner, så blir vi hjemme": NDT hangs the fronted clause as an apposition (APP) of the resumptive
 * adverb; UD makes it an adverbial clause of the main verb.
 */
export function resumedAdverbials(g: Graph): void {
  for (let v = 0; v < g.n; v++) {
    const adv = g.head[v];
    if (g.role[v] !== 'APP' || g.words[v].pos !== 'verb' || adv <= v) continue;
    if (g.words[adv].pos !== 'adv' || g.role[adv] !== 'ADV' || g.head[adv] < 0) continue;
    g.head[v] = g.head[adv];
    g.role[v] = 'ADV';
  }
}
