// OBT part of speech and features → UD UPOS and FEATS, as the current UD Norwegian treebanks have them. The
// tables were read off the dev split (UD's XPOS column holds the OBT tag). Nynorsk UD leaves singular number
// (`eint`) and definiteness `bu` unmarked, Bokmål UD marks `ent`/`be`: the tables follow the OBT tag itself,
// so one mapping serves both standards.
import type { NdtWord } from '../ndt.ts';

/** OBT feature → UD features, for every part of speech unless overridden below. */
const FEATURE: Record<string, string[]> = {
  ent: ['Number=Sing'],
  fl: ['Number=Plur'],
  be: ['Definite=Def'],
  ub: ['Definite=Ind'],
  mask: ['Gender=Masc'],
  fem: ['Gender=Fem'],
  nøyt: ['Gender=Neut'],
  'm/f': ['Gender=Com'],
  gen: ['Case=Gen'],
  nom: ['Case=Nom'],
  akk: ['Case=Acc'],
  pos: ['Degree=Pos'],
  komp: ['Degree=Cmp'],
  sup: ['Degree=Sup'],
  fork: ['Abbr=Yes'],
  hum: ['Animacy=Hum'],
  '1': ['Person=1'],
  '2': ['Person=2'],
  '3': ['Person=3'],
  pers: ['PronType=Prs'],
  sp: ['PronType=Int'],
  res: ['PronType=Rcp'],
  refl: ['PronType=Prs', 'Reflex=Yes'],
  poss: ['Poss=Yes', 'PronType=Prs'],
  pres: ['Mood=Ind', 'Tense=Pres', 'VerbForm=Fin'],
  pret: ['Mood=Ind', 'Tense=Past', 'VerbForm=Fin'],
  imp: ['Mood=Imp', 'VerbForm=Fin'],
  inf: ['VerbForm=Inf'],
  'perf-part': ['VerbForm=Part'],
  pass: ['Voice=Pass'],
  '<perf-part>': ['VerbForm=Part'],
  '<pres-part>': ['VerbForm=Part'],
  // Bokmål UD marks ordinals; Nynorsk UD (OBT `<ordenstal>`) does not.
  '<ordenstall>': ['NumType=Ord'],
};

/** Features UD does not carry on a given UPOS. */
const DROP: Record<string, RegExp> = {
  ADJ: /^(Case|Person|PronType|Poss|Animacy)=/,
  DET: /^(Degree|Person|Animacy)=|^Case=(Nom|Acc)$/,
  NUM: /^(Degree|PronType|Person)=/,
  NOUN: /^(Degree|Person|PronType)=/,
  PROPN: /^(Degree|Person|PronType|Definite|Number)=/,
};

/** Determiner lemmas (Bokmål and Nynorsk) → PronType. */
const DET_PRONTYPE: Record<string, string> = {
  en: 'Art',
  ein: 'Art',
  ei: 'Art',
  et: 'Art',
  eit: 'Art',
  den: 'Art',
  det: 'Art',
  de: 'Art',
  dei: 'Art',
  denne: 'Dem',
  dette: 'Dem',
  disse: 'Dem',
  desse: 'Dem',
  annen: 'Dem',
  annan: 'Dem',
  slik: 'Dem',
  sånn: 'Dem',
  samme: 'Dem',
  same: 'Dem',
  neste: 'Dem',
  forrige: 'Dem',
  førre: 'Dem',
  all: 'Tot',
  alle: 'Tot',
  begge: 'Tot',
  hver: 'Tot',
  kvar: 'Tot',
  enhver: 'Tot',
  kvart: 'Tot',
  noen: 'Ind',
  nokon: 'Ind',
  egen: 'Prs',
  eigen: 'Prs',
  selv: 'Prs',
  sjølv: 'Prs',
  selve: 'Prs',
  sjølve: 'Prs',
  hvilken: 'Int',
  kva: 'Int',
  kven: 'Int',
};

/** Pronoun lemmas whose PronType UD widens beyond `Prs`. */
const PRON_PRONTYPE: Record<string, string> = {
  alle: 'Prs,Tot',
  begge: 'Prs,Tot',
  noen: 'Ind,Prs',
  nokon: 'Ind,Prs',
  noe: 'Ind,Prs',
  en: 'Art,Prs',
  ein: 'Art,Prs',
};

/** Cardinal numerals written as words; `en`/`ein` are articles unless written `én`/`éin`. */
const NUMERAL =
  /^(én|éin|eitt|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten|tjue|tyve|tretti|tredve|førti|femti|seksti|sytti|åtti|nitti|hundre|tusen|million|halvannen|halvanna|null|ene|eine|eneste|einaste|båe|somt)$/;

/** Verbs that are AUX when they govern a non-finite verb (INFV). */
const AUX_LEMMA = new Set([
  'være',
  'vere',
  'bli',
  'verte',
  'ha',
  'kunne',
  'skulle',
  'ville',
  'vilje',
  'måtte',
  'burde',
  'få',
]);
const COPULA = new Set(['være', 'vere']);
const NEG_PART = new Set(['ikke', 'ikkje', 'ei']);

const POS_UPOS: Record<string, string> = {
  subst: 'NOUN',
  verb: 'VERB',
  prep: 'ADP',
  adj: 'ADJ',
  pron: 'PRON',
  det: 'DET',
  adv: 'ADV',
  konj: 'CCONJ',
  sbu: 'SCONJ',
  'inf-merke': 'PART',
  interj: 'INTJ',
  ukjent: 'X',
  symb: 'SYM',
  clb: 'PUNCT',
};

/** UPOS of word `i` (0-based) of an NDT sentence; needs the tree for AUX and for particles. */
export function uposOf(words: NdtWord[], i: number): string {
  const w = words[i];
  const kids = (label: string): boolean => words.some((x) => x.head === i + 1 && x.deprel === label);
  switch (w.pos) {
    case 'subst':
      return w.feats.includes('prop') ? 'PROPN' : 'NOUN';
    case 'verb':
      if (AUX_LEMMA.has(w.lemma) && kids('INFV')) return 'AUX';
      return COPULA.has(w.lemma) && kids('SPRED') ? 'AUX' : 'VERB';
    case 'prep':
      // A preposition without a complement is a particle or an adverb in UD.
      return kids('PUTFYLL') || !['ADV', 'SPRED', 'PUTFYLL'].includes(w.deprel) ? 'ADP' : 'ADV';
    case 'adv':
      return NEG_PART.has(w.lemma.toLowerCase()) ? 'PART' : 'ADV';
    case 'det':
      if (w.feats.includes('poss')) return 'PRON';
      if (w.feats.includes('kvant') && (/^[0-9]/.test(w.form) || NUMERAL.test(w.lemma.toLowerCase())))
        return 'NUM';
      return 'DET';
    default:
      return POS_UPOS[w.pos] ?? (w.pos.startsWith('<') ? 'PUNCT' : 'X');
  }
}

/** UD FEATS string for a word of the given UPOS. */
export function featsOf(w: NdtWord, upos: string): string {
  const out = new Set<string>();
  for (const f of w.feats) for (const u of FEATURE[f] ?? []) out.add(u);
  if (w.feats.includes('mask') && w.feats.includes('fem')) {
    out.delete('Gender=Masc');
    out.delete('Gender=Fem');
    out.add('Gender=Fem,Masc');
  }
  const lemma = w.lemma.toLowerCase();
  if (upos === 'DET') {
    const t = DET_PRONTYPE[lemma];
    if (t) out.add(`PronType=${t}`);
    if (lemma === 'ingen') out.add('Polarity=Neg');
  }
  if (upos === 'PRON' && PRON_PRONTYPE[lemma] && out.has('PronType=Prs')) {
    out.delete('PronType=Prs');
    out.add(`PronType=${PRON_PRONTYPE[lemma]}`);
  }
  // Possessive and reflexive pronouns: a more specific type (Int, Rcp) wins over the default Prs.
  if ([...out].filter((f) => f.startsWith('PronType=')).length > 1) out.delete('PronType=Prs');
  if (upos === 'PRON' && lemma === 'seg') out.add('PronType=Prs');
  if (upos === 'NUM') out.add('NumType=Card');
  if (upos === 'PART' && NEG_PART.has(lemma)) out.add('Polarity=Neg');
  if (upos === 'X' && w.pos === 'ukjent') out.add('Foreign=Yes');
  // Participial adjectives: UD gives VerbForm=Part instead of a degree.
  if (upos === 'ADJ' && out.has('VerbForm=Part')) out.delete('Degree=Pos');
  const drop = DROP[upos];
  const keep = [...out].filter((f) => !drop || !drop.test(f));
  if (['ADP', 'ADV', 'CCONJ', 'SCONJ', 'PUNCT', 'INTJ', 'SYM', 'PART'].includes(upos))
    return keep.filter((f) => f.startsWith('Abbr=') || f.startsWith('Polarity=')).join('|') || '_';
  return sortFeats(keep) || '_';
}

/** UD orders features by name, case-insensitively. */
function sortFeats(feats: string[]): string {
  return feats.sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)).join('|');
}
