// A dependency-pattern matcher in the manner of spaCy's DependencyMatcher: a pattern is an anchor word and
// further words, each tied to one already placed by a relation — `>` a dependent, `<` a head, `>>` a
// descendant, `<<` an ancestor, `$+`/`$-` the next/previous sibling, `$++`/`$--` any later/earlier sibling,
// `.` the next word — and constrained by lemma, word, part of speech, relation and features. Lemmas may be
// named sets from the frame data ("attackVerbs"), optionally matching compounds that end in a member
// ("missilangreb"). Beyond spaCy: a node may be `optional` (left unbound when nothing fits) or `absent`
// (the match fails when something fits), and `case` constrains a nominal's preposition.
import type { Tree } from './tree.ts';

export type Rel = '>' | '<' | '>>' | '<<' | '$+' | '$-' | '$++' | '$--' | '.';

/** Words as a list, or a named set of the frame data. */
export type WordSpec = string | string[] | { in: string };

export interface NodeSpec {
  id: string;
  /** The node this one is placed relative to (absent on the anchor). */
  of?: string;
  rel?: Rel;
  /** Lemma (with its particle), lemma, or form — any of them in the list. */
  lemma?: WordSpec;
  /** With `lemma`: a compound ending in a listed word also matches ("droneangreb"). */
  compound?: boolean;
  /** Lower-case form. */
  word?: WordSpec;
  upos?: string | string[];
  /** Relation of the edge that reached the node (`>`, `<`), else the node's own; "obl:*" takes subtypes. */
  deprel?: string | string[];
  feats?: Record<string, string | string[]>;
  notFeats?: Record<string, string | string[]>;
  /** The node's preposition ("" for none). */
  case?: WordSpec;
  optional?: boolean;
  absent?: boolean;
}

export type Pattern = NodeSpec[];

/** Named word sets, by name. */
export type SetLookup = (name: string) => ReadonlySet<string> | undefined;

type Pred = (t: Tree, i: number) => boolean;
type EdgePred = (rel: string) => boolean;

interface CompiledNode {
  id: string;
  of: number;
  rel: Rel | undefined;
  pred: Pred;
  edge: EdgePred | undefined;
  optional: boolean;
  absent: boolean;
}

export interface CompiledPattern {
  ids: string[];
  nodes: CompiledNode[];
}

/** A match: the word bound to each node, in pattern order (-1 when an optional node is unbound). */
export type Match = number[];

function toSet(spec: WordSpec, sets: SetLookup, where: string): ReadonlySet<string> {
  if (typeof spec === 'string') return new Set([spec.toLowerCase()]);
  if (Array.isArray(spec)) return new Set(spec.map((w) => w.toLowerCase()));
  const s = sets(spec.in);
  if (!s) throw new Error(`${where}: unknown word set "${spec.in}"`);
  return s;
}

/** Whether w is in the set or, for compounds, ends in a member after a head of three letters or more. */
export function inSet(set: ReadonlySet<string>, w: string, compound: boolean): boolean {
  if (set.has(w)) return true;
  if (!compound) return false;
  for (let k = 3; k <= w.length - 3; k++) {
    const rest = w[k] === '-' ? w.slice(k + 1) : w.slice(k);
    if (set.has(rest)) return true;
  }
  return false;
}

function relPred(spec: string | string[]): EdgePred {
  const list = Array.isArray(spec) ? spec : [spec];
  const exact = new Set(list.filter((r) => !r.endsWith(':*')));
  const prefixes = list.filter((r) => r.endsWith(':*')).map((r) => r.slice(0, -2));
  return (rel) => exact.has(rel) || prefixes.some((p) => rel === p || rel.startsWith(`${p}:`));
}

function featPred(feats: Record<string, string | string[]>, want: boolean): Pred {
  const entries = Object.entries(feats).map(([k, v]) => [k, new Set(Array.isArray(v) ? v : [v])] as const);
  return (t, i) => entries.every(([k, vs]) => vs.has(t.feat(i, k) ?? '') === want);
}

function compileNode(spec: NodeSpec, sets: SetLookup, where: string): Pred {
  const preds: Pred[] = [];
  if (spec.lemma !== undefined) {
    const set = toSet(spec.lemma, sets, where);
    const c = !!spec.compound;
    preds.push(
      (t, i) => inSet(set, t.phrasal[i], false) || inSet(set, t.lemma[i], c) || inSet(set, t.lower[i], c),
    );
  }
  if (spec.word !== undefined) {
    const set = toSet(spec.word, sets, where);
    preds.push((t, i) => set.has(t.lower[i]));
  }
  if (spec.upos !== undefined) {
    const set = new Set(Array.isArray(spec.upos) ? spec.upos : [spec.upos]);
    preds.push((t, i) => set.has(t.upos[i]));
  }
  if (spec.feats) preds.push(featPred(spec.feats, true));
  if (spec.notFeats) {
    const p = featPred(spec.notFeats, true);
    const keys = Object.keys(spec.notFeats);
    // Not every listed value: a word without the feature passes.
    preds.push((t, i) => keys.every((k) => t.feat(i, k) === undefined) || !p(t, i));
  }
  if (spec.case !== undefined) {
    const set = toSet(spec.case, sets, where);
    preds.push((t, i) => set.has(t.caseOf(i)));
  }
  return (t, i) => preds.every((p) => p(t, i));
}

/** Compiles a pattern once; unknown set names and misplaced nodes throw, naming the pattern. */
export function compilePattern(pattern: Pattern, sets: SetLookup, name = 'pattern'): CompiledPattern {
  const ids: string[] = [];
  const nodes: CompiledNode[] = pattern.map((spec, k) => {
    const where = `${name}/${spec.id}`;
    if (ids.includes(spec.id)) throw new Error(`${where}: duplicate node id`);
    const of = spec.of === undefined ? -1 : ids.indexOf(spec.of);
    if (k > 0 && (of < 0 || !spec.rel)) throw new Error(`${where}: needs "of" (an earlier node) and "rel"`);
    if (k === 0 && (spec.of !== undefined || spec.optional || spec.absent))
      throw new Error(`${where}: the anchor stands alone`);
    ids.push(spec.id);
    const viaEdge = spec.rel === '>' || spec.rel === '<';
    const ownRel = spec.deprel !== undefined && !viaEdge ? relPred(spec.deprel) : undefined;
    const base = compileNode(spec, sets, where);
    const pred: Pred = ownRel ? (t, i) => ownRel(t.deprel[i]) && base(t, i) : base;
    return {
      id: spec.id,
      of,
      rel: spec.rel,
      pred,
      edge: spec.deprel !== undefined && viaEdge ? relPred(spec.deprel) : undefined,
      optional: !!spec.optional,
      absent: !!spec.absent,
    };
  });
  return { ids, nodes };
}

/** Words standing in relation `rel` to word `a`. */
function related(t: Tree, a: number, rel: Rel, edge: EdgePred | undefined): number[] {
  switch (rel) {
    case '>':
      return t.down[a].filter((e) => !edge || edge(e.rel)).map((e) => e.to);
    case '<':
      return t.up[a].filter((e) => !edge || edge(e.rel)).map((e) => e.to);
    case '>>': {
      const out: number[] = [];
      for (let k = 0; k < t.n; k++) if (k !== a && t.within(k, a)) out.push(k);
      return out;
    }
    case '<<': {
      const out: number[] = [];
      for (let k = t.head[a]; k >= 0 && out.length <= t.n; k = t.head[k]) out.push(k);
      return out;
    }
    case '.':
      return a + 1 < t.n ? [a + 1] : [];
    default: {
      const h = t.head[a];
      const sibs: number[] = [];
      for (let k = 0; k < t.n; k++) if (k !== a && t.head[k] === h) sibs.push(k);
      if (rel === '$+') return sibs.filter((k) => k > a).slice(0, 1);
      if (rel === '$-') return sibs.filter((k) => k < a).slice(-1);
      return rel === '$++' ? sibs.filter((k) => k > a) : sibs.filter((k) => k < a);
    }
  }
}

/** Every way the pattern fits the tree; distinct nodes bind distinct words. */
export function matchPattern(t: Tree, p: CompiledPattern): Match[] {
  const out: Match[] = [];
  const bound: number[] = new Array<number>(p.nodes.length).fill(-1);
  const place = (k: number): void => {
    if (k === p.nodes.length) {
      out.push(bound.slice());
      return;
    }
    const node = p.nodes[k];
    const from = bound[node.of];
    if (from < 0) {
      // Tied to an unbound optional node: unbound too, unless required.
      if (node.optional || node.absent) {
        bound[k] = -1;
        place(k + 1);
      }
      return;
    }
    // Distinct nodes bind distinct words; an absent node looks at every word, bound or not.
    const cands = related(t, from, node.rel!, node.edge).filter(
      (i) => node.pred(t, i) && (node.absent || !bound.slice(0, k).includes(i)),
    );
    if (node.absent) {
      if (cands.length) return;
      bound[k] = -1;
      place(k + 1);
      return;
    }
    if (!cands.length && node.optional) {
      bound[k] = -1;
      place(k + 1);
      return;
    }
    for (const i of cands) {
      bound[k] = i;
      place(k + 1);
    }
    bound[k] = -1;
  };
  const anchor = p.nodes[0];
  for (let i = 0; i < t.n; i++) {
    if (!anchor.pred(t, i)) continue;
    bound[0] = i;
    place(1);
  }
  return out;
}

/** The word bound to node `id` in a match, or -1. */
export function bound(p: CompiledPattern, m: Match, id: string): number {
  const k = p.ids.indexOf(id);
  return k < 0 ? -1 : m[k];
}
