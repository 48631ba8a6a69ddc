// One parsed sentence as the frames read it: the parser's UD tree normalised across treebank conventions and
// enriched with the edges of UD's enhanced representation (Schuster & Manning 2016), so that one pattern
// covers many surface shapes:
// - passive voice is a feature of the verb whatever marks it (Voice=Pass, aux:pass, "blev"/"ble" + participle,
//   a past participle hanging on a noun), its subject is `nsubj:pass` and its by-phrase `obl:agent`
//   (the Danish and Norwegian treebanks label both plainly);
// - a relative clause's verb gets the noun it hangs on in the relative pronoun's role ("the strike that
//   killed X": killed -nsubj-> strike), and a "hvor/where" clause gets it as `obl:where`;
// - a participle on a noun gets that noun as its subject ("missiles fired from X");
// - conjuncts share their head's relation ("attacked X and Y"), and conjoined or controlled verbs without a
//   subject of their own share their head's subject.
import type { NlpSentence } from '../../nlp/doc.ts';
import { repairParse } from './repair.ts';

export interface Edge {
  /** The word at the other end. */
  to: number;
  rel: string;
}

/** Closed-class words the normalisation needs, per language (frames/data/<lang>.json "grammar"). */
export interface TreeGrammar {
  passiveAux: ReadonlySet<string>;
  agentPreps: ReadonlySet<string>;
  relativePronouns: ReadonlySet<string>;
  whereRelatives: ReadonlySet<string>;
  /** Nouns of time ("januar", "week"): no relative clause with an agent hangs on them. */
  timeNouns: ReadonlySet<string>;
  /** "omkring", "about": before a number they are no preposition ("Omkring 300 soldater ankommer"). */
  approximators: ReadonlySet<string>;
  /** "blandt andet", "including": the phrase they open is one of the verb's objects. */
  includePreps: ReadonlySet<string>;
  /** Nouns for bases and places ("base", "lufthavn", "by"), compounds included: a "hvor" clause on one. */
  placeHeads: ReadonlySet<string>;
}

/** A lemma in the set, or a compound ending in one ("flybasen" → "base"). */
function inPlaceHeads(set: ReadonlySet<string>, lemma: string): boolean {
  if (set.has(lemma)) return true;
  for (let k = 3; k <= lemma.length - 2; k++)
    if (set.has(lemma.slice(lemma[k] === '-' ? k + 1 : k))) return true;
  return false;
}

const SUBJECTS = new Set(['nsubj', 'nsubj:pass', 'csubj', 'csubj:pass', 'expl']);

export class Tree {
  readonly n: number;
  readonly s: NlpSentence;
  /** Lower-case word forms. */
  readonly lower: string[];
  /** Lower-case lemmas (the form when the tagger gave none). */
  readonly lemma: string[];
  /** Lemma with its verb particle ("shoot down", "skyte ned"), else the lemma. */
  readonly phrasal: string[];
  readonly upos: string[];
  /** Basic relation, normalised (nsubj:pass, obl:agent). */
  readonly deprel: string[];
  readonly head: number[];
  readonly passive: boolean[];
  /** Enhanced dependents and heads of each word. */
  readonly down: Edge[][];
  readonly up: Edge[][];
  private readonly featMaps: (Map<string, string> | undefined)[];
  /** Participles the tagger read as passive that the tree reads as active verbs. */
  private readonly misreadPassive = new Set<number>();

  constructor(s: NlpSentence, g: TreeGrammar) {
    const n = s.words.length;
    this.n = n;
    this.s = s;
    this.lower = s.words.map((w) => w.toLowerCase());
    this.lemma = s.lemma.map((l, i) => (l && l !== '_' ? l.toLowerCase() : this.lower[i]));
    this.upos = s.upos.slice();
    this.head = s.head.slice();
    this.deprel = s.deprel.slice();
    this.featMaps = new Array<Map<string, string> | undefined>(n).fill(undefined);
    this.down = Array.from({ length: n }, () => []);
    this.up = Array.from({ length: n }, () => []);
    this.phrasal = this.lemma.slice();
    const basicKids: number[][] = Array.from({ length: n }, () => []);
    for (let i = 0; i < n; i++) if (this.head[i] >= 0 && this.head[i] < n) basicKids[this.head[i]].push(i);
    for (let i = 0; i < n; i++)
      for (const k of basicKids[i])
        if (this.deprel[k] === 'compound:prt') this.phrasal[i] = `${this.lemma[i]} ${this.lemma[k]}`;

    // Passive voice, however it is marked.
    this.passive = new Array<boolean>(n).fill(false);
    for (let i = 0; i < n; i++) {
      const part = this.feat(i, 'VerbForm') === 'Part';
      let pass = this.feat(i, 'Voice') === 'Pass';
      for (const k of basicKids[i]) {
        const r = this.deprel[k];
        if (r === 'aux:pass' || r === 'nsubj:pass') pass = true;
        else if ((r === 'aux' || r === 'cop') && part && g.passiveAux.has(this.lemma[k])) pass = true;
      }
      // A past participle on a noun is passive in all four languages ("baser angrebet af", "missiles fired"),
      // and so is one heading a clause without an auxiliary ("Fremsat af X", "Presented by X").
      const pastPart = part && this.feat(i, 'Tense') !== 'Pres' && !/(?:ing|ende)$/.test(this.lower[i]);
      const bare = !basicKids[i].some((k) => /^(?:aux|cop)/.test(this.deprel[k]));
      const onNoun =
        this.deprel[i] === 'acl' || (this.deprel[i] === 'xcomp' && this.upos[this.head[i]] === 'NOUN');
      if (pastPart && (onNoun || (bare && /^(?:root|parataxis)$/.test(this.deprel[i])))) pass = true;
      // "Den bliver brugt af X", "ble flere baser angrepet": the passive auxiliary read as the head, the
      // participle as its xcomp or adverbial.
      const h = this.head[i];
      if (part && /^(?:xcomp|advcl)$/.test(this.deprel[i]) && h >= 0 && this.auxHead(h, g)) pass = true;
      // A participle with a plain subject and an object and no auxiliary is a finite verb the tagger
      // misread ("Iran-backed groups launched missiles"): a passive has no object.
      const kidRels = basicKids[i].map((k) => this.deprel[k]);
      if (
        pass &&
        part &&
        kidRels.includes('nsubj') &&
        kidRels.includes('obj') &&
        !kidRels.some((r) => /^(?:aux|cop|nsubj:pass)/.test(r))
      ) {
        pass = false;
        this.misreadPassive.add(i);
      }
      this.passive[i] = pass;
    }
    repairParse(this, g, basicKids);
    // Repairs may give a participle its subject and object: read again whether it is a misread finite verb.
    for (let i = 0; i < n; i++) {
      if (!this.passive[i] || this.feat(i, 'VerbForm') !== 'Part') continue;
      const rels = basicKids[i].map((k) => this.deprel[k]);
      if (
        rels.includes('nsubj') &&
        rels.includes('obj') &&
        !rels.some((r) => /^(?:aux|cop|nsubj:pass)/.test(r))
      ) {
        this.passive[i] = false;
        this.misreadPassive.add(i);
      }
    }
    for (let i = 0; i < n; i++) {
      const h = this.head[i];
      if (h < 0 || !this.passive[h]) continue;
      if (this.deprel[i] === 'nsubj') this.deprel[i] = 'nsubj:pass';
      else if (this.deprel[i] === 'obl' && g.agentPreps.has(this.caseOf(i, basicKids)))
        this.deprel[i] = 'obl:agent';
    }
    for (let i = 0; i < n; i++) {
      const h = this.head[i];
      if (h >= 0 && h < n) this.link(h, i, this.deprel[i]);
    }
    this.enhance(g, basicKids);
  }

  /** A passive auxiliary ("bli", "blive") parsed as a main verb. */
  private auxHead(h: number, g: TreeGrammar): boolean {
    const l = this.lemma[h];
    return g.passiveAux.has(l) && l !== 'være' && l !== 'vere' && l !== 'be' && this.upos[h] !== 'NOUN';
  }

  private link(h: number, d: number, rel: string): void {
    if (h === d || this.down[h].some((e) => e.to === d && e.rel === rel)) return;
    this.down[h].push({ to: d, rel });
    this.up[d].push({ to: h, rel });
  }

  private subjectsOf(v: number): Edge[] {
    return this.down[v].filter((e) => SUBJECTS.has(e.rel));
  }

  private enhance(g: TreeGrammar, kids: number[][]): void {
    const n = this.n;
    // "ble flere baser angrepet" parsed with "ble" as the head: its nominal is the participle's subject.
    for (let v = 0; v < n; v++) {
      const h = this.head[v];
      if (!this.passive[v] || h < 0 || !/^(?:xcomp|advcl)$/.test(this.deprel[v]) || !this.auxHead(h, g))
        continue;
      if (this.subjectsOf(v).length) continue;
      const nominal = kids[h].find(
        (k) => this.deprel[k] === 'xcomp' && /^(?:NOUN|PROPN|PRON)$/.test(this.upos[k]),
      );
      const subj =
        nominal ?? kids[h].find((k) => this.deprel[k] === 'nsubj' && !g.timeNouns.has(this.lemma[k]));
      if (subj !== undefined) this.link(v, subj, 'nsubj:pass');
    }
    // Relative clauses: the antecedent in the relative word's role.
    for (let v = 0; v < n; v++) {
      let ante = this.head[v];
      if (this.deprel[v] !== 'acl:relcl' || ante < 0) continue;
      // A relative clause read as hanging on a time noun ("angrebet 3. januar som dræbte X") hangs on the
      // noun before it.
      if (g.timeNouns.has(this.lemma[ante])) ante = this.nounBefore(ante, g);
      if (ante < 0) continue;
      let bound = false;
      for (const k of kids[v]) {
        const r = this.deprel[k];
        if (g.whereRelatives.has(this.lower[k]) && (r === 'advmod' || r === 'mark' || r.startsWith('obl'))) {
          this.link(v, ante, 'obl:where');
          bound = true;
        } else if (
          (g.relativePronouns.has(this.lower[k]) || this.feat(k, 'PronType') === 'Rel') &&
          r !== 'mark' &&
          r !== 'case'
        ) {
          this.link(v, ante, r);
          bound = true;
        } else if (r === 'mark' && g.relativePronouns.has(this.lower[k])) {
          // "som" as a complementiser (the Norwegian treebank's reading): the antecedent fills the gap, the
          // subject if there is none ("basen som ble angrepet"), else the object ("basen som Iran angrep").
          const gap = !this.subjectsOf(v).length ? (this.passive[v] ? 'nsubj:pass' : 'nsubj') : 'obj';
          if (gap !== 'obj' || !kids[v].some((x) => this.deprel[x] === 'obj')) this.link(v, ante, gap);
          bound = true;
        }
      }
      if (!bound && !this.subjectsOf(v).length) this.link(v, ante, this.passive[v] ? 'nsubj:pass' : 'nsubj');
    }
    // A relative clause parsed as a verb's conjunct ("X i Y, der huser soldater"): the relative pronoun still
    // stands for the noun phrase before it.
    for (let v = 0; v < n; v++) {
      if (this.deprel[v] === 'acl:relcl' || this.upos[v] === 'NOUN') continue;
      const rel = kids[v].find(
        (k) =>
          k < v &&
          /^(?:nsubj|obj)/.test(this.deprel[k]) &&
          g.relativePronouns.has(this.lower[k]) &&
          this.upos[k] === 'PRON',
      );
      if (rel === undefined) continue;
      const ante = this.nounBefore(rel, g);
      if (ante >= 0 && !this.within(ante, v)) this.link(v, ante, this.deprel[rel]);
    }
    // A "hvor/where" clause parsed as a verb's conjunct or adverbial: it still hangs on the noun before it.
    for (let v = 0; v < n; v++) {
      if (this.deprel[v] === 'acl:relcl' || this.upos[v] === 'NOUN') continue;
      // "der" read as a subordinator is "where" when the clause has a subject of its own ("…, der også
      // Finland stiller styrkebidrag"); with none it is the relative "who/that".
      const ownSubject = kids[v].some((k) => this.deprel[k].startsWith('nsubj'));
      const where = kids[v].find(
        (k) =>
          k < v &&
          (this.deprel[k] === 'advmod' || (this.deprel[k] === 'mark' && ownSubject)) &&
          g.whereRelatives.has(this.lower[k]),
      );
      if (where === undefined) continue;
      const ante = this.nounBefore(where, g);
      if (ante >= 0 && !this.within(ante, v)) this.link(v, ante, 'obl:where');
    }
    // Participles on a noun (as a modifier, or read as its complement): the noun is their subject.
    for (let v = 0; v < n; v++) {
      const h = this.head[v];
      const onNoun =
        this.deprel[v] === 'acl' || (this.deprel[v] === 'xcomp' && h >= 0 && this.upos[h] === 'NOUN');
      if (!onNoun || h < 0 || this.upos[v] !== 'VERB' || this.subjectsOf(v).length) continue;
      if (kids[v].some((k) => this.deprel[k] === 'mark')) continue;
      // "Forces are on the leading edge, taking out X": after a comma, a participle on a predicate noun is
      // said of the clause's subject.
      const predicate = kids[h].some((k) => this.deprel[k] === 'cop');
      const detached = kids[v].some((k) => k < v && this.lower[k] === ',');
      const clauseSubject = kids[h].find((k) => this.deprel[k] === 'nsubj');
      if (predicate && detached && clauseSubject !== undefined) {
        this.link(v, clauseSubject, this.passive[v] ? 'nsubj:pass' : 'nsubj');
        continue;
      }
      this.link(v, h, this.passive[v] ? 'nsubj:pass' : 'nsubj');
    }
    // Conjuncts share their first conjunct's relations (in sentence order, so chains propagate).
    // Place names after a comma in "attacks in Somalia, Kenya, and Uganda", which parsers read as appositions,
    // are a list too.
    const place = (k: number): boolean => this.upos[k] === 'PROPN' && /LOC|GPE/.test(this.s.ner[k] ?? '');
    for (let d = 0; d < n; d++) {
      const c = this.head[d];
      const listed =
        this.deprel[d] === 'appos' && c >= 0 && place(c) && place(d) && this.lower[d - 1] === ',';
      if ((this.deprel[d] !== 'conj' && !listed) || c < 0) continue;
      for (const e of this.up[c].slice()) {
        if (e.rel === 'conj' || e.rel === 'root') continue;
        // Two verbs joined are two clauses, each with its own dependents; a verb conjunct still shares a
        // clausal relation (ccomp of "said").
        this.link(e.to, d, e.rel);
      }
    }
    // Conjoined and controlled verbs without a subject share their head's subject.
    for (let v = 0; v < n; v++) {
      const h = this.head[v];
      const r = this.deprel[v];
      if (h < 0 || this.subjectsOf(v).length) continue;
      const verbal = this.upos[v] === 'VERB' || this.upos[v] === 'AUX';
      // Non-finite adverbial clauses ("responded by striking", "svarte med å angripe") are controlled too.
      const controlled =
        r === 'xcomp' || (r === 'advcl' && /^(?:Inf|Ger|Part)$/.test(this.feat(v, 'VerbForm') ?? ''));
      if (!verbal || !(r === 'conj' || controlled)) continue;
      // Object control: "led the forces stationed at X to …", "ordered the troops to leave": an xcomp's
      // subject is its head's object when there is one.
      const object = r === 'xcomp' ? kids[h].find((k) => this.deprel[k] === 'obj') : undefined;
      if (object !== undefined) {
        this.link(v, object, this.passive[v] ? 'nsubj:pass' : 'nsubj');
        continue;
      }
      for (const e of this.subjectsOf(h)) {
        if (e.rel.startsWith('csubj') || e.rel === 'expl') continue;
        this.link(v, e.to, this.passive[v] ? 'nsubj:pass' : 'nsubj');
      }
    }
  }

  /** The nearest noun before word i that is not a noun of time, or -1. */
  private nounBefore(i: number, g: TreeGrammar): number {
    const nominal = (k: number): boolean => this.upos[k] === 'NOUN' || this.upos[k] === 'PROPN';
    for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
      if (!nominal(k) || g.timeNouns.has(this.lemma[k])) continue;
      // The noun phrase, not the name in its prepositional modifier: "basen i Irak, hvor ..." is the base.
      let np = k;
      if (this.upos[k] !== 'PROPN') return k;
      for (let steps = 0; steps < 3; steps++) {
        const h = this.head[np];
        const inPP = this.basicKids(np).some((c) => this.deprel[c] === 'case');
        const under = h >= 0 && nominal(h) && /^(?:nmod|appos|flat|conj)/.test(this.deprel[np]);
        if (!under || (!inPP && !/^(?:appos|flat)/.test(this.deprel[np]))) break;
        // Only a base or a place contains people: "brigaden i Kosovo, der …" is Kosovo.
        if (inPP && this.upos[h] === 'NOUN' && !inPlaceHeads(g.placeHeads, this.lemma[h])) break;
        np = h;
      }
      // The same when the parser hung the place on the verb ("rammet basen i Irak, hvor"): the noun right
      // before the prepositional phrase, attached to the same verb, is the phrase it modifies.
      if (np === k && this.basicKids(k).some((c) => this.deprel[c] === 'case')) {
        const first = Math.min(...this.subtree(k));
        const before = first - 1;
        if (before >= 0 && nominal(before) && this.head[before] === this.head[k]) return before;
      }
      return np;
    }
    return -1;
  }

  /** A UD feature's value ("Voice", "VerbForm", "Definite"). Voice is Pass for every passive. */
  feat(i: number, key: string): string | undefined {
    if (key === 'Voice' && this.passive?.[i]) return 'Pass';
    let m = this.featMaps[i];
    if (!m) {
      m = new Map();
      const f = this.s.feats[i];
      if (f && f !== '_')
        for (const kv of f.split('|')) {
          const eq = kv.indexOf('=');
          if (eq > 0) m.set(kv.slice(0, eq), kv.slice(eq + 1));
        }
      this.featMaps[i] = m;
    }
    return key === 'Voice' && this.misreadPassive.has(i) ? undefined : m.get(key);
  }

  /** The preposition of a nominal: its `case` dependents' lemmas ("according to", "på"), or "". */
  caseOf(i: number, kids?: number[][]): string {
    const list = kids ? kids[i] : this.down[i].filter((e) => this.head[e.to] === i).map((e) => e.to);
    const parts: string[] = [];
    for (const k of list) {
      if (this.deprel[k] !== 'case' || k > i) continue;
      parts.push(this.lower[k]);
      for (let f = 0; f < this.n; f++)
        if (this.head[f] === k && this.deprel[f] === 'fixed') parts.push(this.lower[f]);
    }
    // Conjuncts share their first conjunct's preposition ("i Estland og Letland").
    const h = this.head[i];
    const listed = this.deprel[i] === 'appos' && this.lower[i - 1] === ',' && this.upos[i] === 'PROPN';
    if (!parts.length && (this.deprel[i] === 'conj' || listed) && h >= 0 && h < i)
      return this.caseOf(h, kids);
    return parts.join(' ');
  }

  /** Enhanced dependents of i, optionally only those in one of the relations. */
  kids(i: number, rels?: ReadonlySet<string> | string): number[] {
    const out: number[] = [];
    for (const e of this.down[i]) {
      if (rels === undefined || (typeof rels === 'string' ? e.rel === rels : rels.has(e.rel))) out.push(e.to);
    }
    return out;
  }

  /** Enhanced dependents of i whose relation matches ("^nmod", "^(obl|nmod)"). */
  kidsMatching(i: number, rel: RegExp): number[] {
    const out: number[] = [];
    for (const e of this.down[i]) if (rel.test(e.rel)) out.push(e.to);
    return out;
  }

  /** Basic dependents of i. */
  basicKids(i: number): number[] {
    const out: number[] = [];
    for (let k = 0; k < this.n; k++) if (this.head[k] === i) out.push(k);
    return out;
  }

  /** Whether d lies in the basic subtree of a. */
  within(d: number, a: number): boolean {
    for (let k = d, steps = 0; k >= 0 && steps <= this.n; k = this.head[k], steps++) if (k === a) return true;
    return false;
  }

  /** Words of the basic subtree of a, in order. */
  subtree(a: number): number[] {
    const out: number[] = [];
    for (let k = 0; k < this.n; k++) if (this.within(k, a)) out.push(k);
    return out;
  }
}
