// UD labels for the words that keep (or inherited) an NDT function: the NDT label says the function, the
// word's category and its head's category say which UD label expresses it (ADV on a noun is `obl`, on a verb
// `advcl`, on an adverb `advmod`; ATR on an adjective is `amod`, on a finite verb `acl:relcl`, …).
import type { Graph } from './graph.ts';

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'X', 'SYM']);
/** Labels of demoted verbs. */
const VERBAL = new Set(['aux', 'aux:pass', 'cop']);

/** Labels that do not depend on category. */
const FIXED: Record<string, string> = {
  IOBJ: 'iobj',
  IP: 'punct',
  IK: 'punct',
  KOORD: 'conj',
  'KOORD-ELL': 'conj',
  KONJ: 'cc',
  SBU: 'mark',
  FSUBJ: 'expl',
  FOBJ: 'expl',
  INTERJ: 'discourse',
  PAR: 'parataxis',
  FRAG: 'parataxis',
  UKJENT: 'dep',
  QUOTE: 'ccomp',
};

function isFiniteVerb(g: Graph, k: number): boolean {
  return (
    g.words[k].pos === 'verb' && g.words[k].feats.some((f) => f === 'pres' || f === 'pret' || f === 'imp')
  );
}

/** The word heads a clause: a verb, or a predicate with a copula, auxiliary or subordinator. */
function isClausal(g: Graph, k: number): boolean {
  if (g.upos[k] === 'VERB' || g.upos[k] === 'AUX') return true;
  return g.hasChild(k, (c) => VERBAL.has(g.rel[c]) || g.role[c] === 'SBU');
}

/** Finite clause (a finite verb among the word and its auxiliaries/copula). */
function isFiniteClause(g: Graph, k: number): boolean {
  if (isFiniteVerb(g, k)) return true;
  return g.hasChild(k, (c) => VERBAL.has(g.rel[c]) && isFiniteVerb(g, c));
}

const hasCopula = (g: Graph, k: number): boolean => g.hasChild(k, (c) => g.rel[c] === 'cop');
const hasCase = (g: Graph, k: number): boolean => g.hasChild(k, (c) => g.rel[c] === 'case');

function hasFiniteAux(g: Graph, k: number): boolean {
  return g.hasChild(k, (c) => (g.rel[c] === 'aux' || g.rel[c] === 'aux:pass') && isFiniteVerb(g, c));
}

/**
 * An attribute (ATR) of a nominal. UD Norwegian names a copular relative clause after its predicate
 * (adjective `amod` in Bokmål, `acl:relcl` in Nynorsk; otherwise `nmod`), a finite clause introduced by a
 * preposition `acl`, and a bare participle after the noun `acl:relcl`.
 */
function attributeLabel(g: Graph, k: number, clausal: boolean): string {
  const upos = g.upos[k];
  const h = g.head[k];
  if (clausal && upos !== 'VERB' && g.hasChild(k, (c) => g.rel[c] === 'cop')) {
    if (upos !== 'ADJ') return 'nmod';
    return g.standard === 'nn' ? 'acl:relcl' : 'amod';
  }
  if (clausal && isFiniteClause(g, k)) return g.hasChild(k, (c) => g.rel[c] === 'case') ? 'acl' : 'acl:relcl';
  if (clausal) {
    const bare = !g.hasChild(k, (c) => VERBAL.has(g.rel[c]) || g.rel[c] === 'mark' || g.rel[c] === 'case');
    return bare && g.words[k].feats.includes('perf-part') && h < k ? 'acl:relcl' : 'acl';
  }
  if (upos === 'ADJ') return 'amod';
  if (upos === 'ADV') return 'advmod';
  if (NOMINAL.has(upos) || upos === 'DET') return NOMINAL.has(h >= 0 ? g.upos[h] : '') ? 'nmod' : 'obl';
  return 'nmod';
}

function labelFor(g: Graph, k: number): string {
  const role = g.role[k];
  if (g.upos[k] === 'PUNCT') return 'punct';
  const fixed = FIXED[role];
  if (fixed) return fixed;
  const upos = g.upos[k];
  const h = g.head[k];
  const headUpos = h >= 0 ? g.upos[h] : '';
  const clausal = isClausal(g, k);
  switch (role) {
    case 'SUBJ-OUTER':
      return 'nsubj:outer';
    case 'SUBJ':
    case 'PSUBJ':
      return clausal ? 'csubj' : 'nsubj';
    case 'DOBJ':
    case 'POBJ':
      if (!clausal) return 'obj';
      // UD Norwegian labels an object clause whose finite verb is an auxiliary `xcomp` (as its main verb
      // was NDT's INFV), one whose finite verb is the main verb or a copula `ccomp`.
      if (hasFiniteAux(g, k)) return 'xcomp';
      return isFiniteClause(g, k) ? 'ccomp' : 'xcomp';
    case 'ADV':
      // A copular clause is named after its predicate: nominal `obl`, else `advcl`.
      if (clausal) return NOMINAL.has(upos) && hasCopula(g, k) ? 'obl' : 'advcl';
      // A determiner with a preposition ("blant andre") is a nominal.
      if (NOMINAL.has(upos) || (upos === 'DET' && hasCase(g, k))) return 'obl';
      return 'advmod';
    case 'ATR':
      return attributeLabel(g, k, clausal);
    case 'DET':
      if (upos === 'NUM') return 'nummod';
      if (g.words[k].feats.includes('poss') || upos === 'PRON') return 'nmod:poss';
      // A genitive name whose `s` sits on a later part ("Kari Nordmanns") is `nmod:poss` in UD.
      if (upos === 'NOUN' || upos === 'PROPN')
        return g.hasChild(k, (c) => g.role[c] === 'FLAT' && g.words[c].feats.includes('gen'))
          ? 'nmod:poss'
          : 'nmod';
      return 'det';
    case 'SPRED':
    case 'OPRED':
    case 'FSPRED':
    case 'FOPRED':
      return clausal && isFiniteClause(g, k) ? 'ccomp' : 'xcomp';
    case 'FLAT':
      // A name part before its head is a compound modifier ("Oslo-gutten" style multiword heads).
      if (h > k) return 'compound';
      if (upos === 'X' && headUpos === 'X') return 'flat:foreign';
      return 'flat:name';
    case 'APP':
      return 'appos';
    case 'PUTFYLL':
      return NOMINAL.has(headUpos) ? 'nmod' : 'obl';
    case 'INFV':
    case 'FINV':
      return clausal && isFiniteClause(g, k) ? 'ccomp' : 'xcomp';
    default:
      return 'dep';
  }
}

/** Labels of words that head a noun phrase in its clause. */
const ARGUMENT = new Set(['nsubj', 'nsubj:pass', 'obj', 'iobj', 'nmod', 'appos']);
const PRONOMINAL_HEAD = new Set(['ADJ', 'ADV', 'DET', 'NUM']);

/**
 * A prepositional phrase under an adjective, determiner or numeral is `nmod` when that word stands for a
 * noun phrase ("de fleste av oss" as a subject), or is a determiner/numeral partitive with `av`; else `obl`.
 */
function refineObliques(g: Graph): void {
  for (let k = 0; k < g.n; k++) {
    const h = g.head[k];
    if (g.rel[k] !== 'obl' || h < 0 || !PRONOMINAL_HEAD.has(g.upos[h]) || !hasCase(g, k)) continue;
    const partitive =
      (g.upos[h] === 'DET' || g.upos[h] === 'NUM') &&
      g.hasChild(k, (c) => g.rel[c] === 'case' && g.words[c].lemma === 'av');
    if (partitive || ARGUMENT.has(g.rel[h])) g.rel[k] = 'nmod';
  }
}

export function assignLabels(g: Graph): void {
  for (let k = 0; k < g.n; k++) {
    if (g.head[k] < 0) g.rel[k] = 'root';
    else if (!g.demoted[k]) g.rel[k] = labelFor(g, k);
  }
  refineObliques(g);
}
