// Bokmål training sentences re-annotated the way UD Danish-DDT annotates the same things, for the Danish model
// (which has only a few hundred Danish sentences of its own). The two treebanks differ by convention more than
// by language: DDT tags "ikke" ADV (Bokmål PART), possessives DET (PRON), adverbially used adjectives ADV
// (ADJ), has common gender where Bokmål has masculine and feminine, Voice=Act on active verbs and Tense=Past on
// participles, no gender on proper nouns. Word-level differences and the keys each UPOS takes are read off
// the Danish sentences; the rest are the rules below.
import type { TrainSentence } from './train.ts';

/** Tags whose use differs by convention between the treebanks; other tags are never remapped per word. */
const CLOSED = new Set(['ADV', 'PART', 'PRON', 'DET', 'ADJ', 'SCONJ', 'ADP', 'CCONJ', 'NUM']);

type Tally = Map<string, number>;

const add = (m: Map<string, Tally>, k: string, v: string): void => {
  let t = m.get(k);
  if (!t) m.set(k, (t = new Map()));
  t.set(v, (t.get(v) ?? 0) + 1);
};

/** The dominant value of a tally when it has at least `min` occurrences and `share` of them. */
function dominant(t: Tally | undefined, min: number, share: number): string | undefined {
  if (!t) return undefined;
  let total = 0;
  let best = '';
  let bestN = 0;
  for (const [v, n] of t) {
    total += n;
    if (n > bestN || (n === bestN && v < best)) [best, bestN] = [v, n];
  }
  return total >= min && bestN >= share * total ? best : undefined;
}

function setFeat(feats: string, key: string, value: string | undefined): string {
  const kv = feats === '_' ? [] : feats.split('|').filter((x) => !x.startsWith(key + '='));
  if (value) kv.push(`${key}=${value}`);
  kv.sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
  return kv.length ? kv.join('|') : '_';
}

const featOf = (feats: string, key: string): string | undefined =>
  feats
    .split('|')
    .find((x) => x.startsWith(key + '='))
    ?.slice(key.length + 1);

/** Danish-convention FEATS for a Bokmål word that the Danish sentences do not settle. */
function ruleFeats(upos: string, feats: string, lemma: string, wasAdj: boolean): string {
  let f = feats;
  if (wasAdj) return featOf(f, 'Degree') ? `Degree=${featOf(f, 'Degree')}` : '_';
  const g = featOf(f, 'Gender');
  if (g === 'Masc' || g === 'Fem') f = setFeat(f, 'Gender', 'Com');
  if (featOf(f, 'PronType') === 'Art') f = setFeat(f, 'PronType', lemma === 'en' ? 'Ind' : 'Dem');
  if (upos === 'VERB' || upos === 'AUX') {
    const vf = featOf(f, 'VerbForm');
    if ((vf === 'Fin' || vf === 'Inf') && !featOf(f, 'Voice')) f = setFeat(f, 'Voice', 'Act');
    if (vf === 'Part' && !featOf(f, 'Tense')) f = setFeat(f, 'Tense', 'Past');
    if (featOf(f, 'Mood') === 'Imp') f = setFeat(setFeat(f, 'VerbForm', undefined), 'Voice', undefined);
  }
  return f;
}

/**
 * Bokmål sentences (with `deprel`) re-annotated for the Danish model, using the Danish gold sentences `da` for
 * word-level conventions: a word the Danish data tags one way (≥ 3 times, ≥ 90 %) takes that tag where Bokmål
 * gave its usual, different closed-class tag, and a (word, UPOS) with a dominant Danish FEATS takes it.
 */
export function towardsDanish(nb: readonly TrainSentence[], da: readonly TrainSentence[]): TrainSentence[] {
  const daTag = new Map<string, Tally>();
  const daFeats = new Map<string, Tally>();
  const daKeys = new Map<string, Set<string>>();
  for (const s of da)
    s.words.forEach((w, i) => {
      add(daTag, w.toLowerCase(), s.upos[i]);
      add(daFeats, `${w.toLowerCase()}\t${s.upos[i]}`, s.feats[i]);
      let keys = daKeys.get(s.upos[i]);
      if (!keys) daKeys.set(s.upos[i], (keys = new Set()));
      if (s.feats[i] !== '_') for (const kv of s.feats[i].split('|')) keys.add(kv.slice(0, kv.indexOf('=')));
    });
  // Keys Danish never gives a UPOS (gender on proper nouns, say) are dropped.
  const onlyDanishKeys = (upos: string, f: string): string => {
    const keys = daKeys.get(upos);
    if (!keys || f === '_') return f;
    const kept = f.split('|').filter((kv) => keys.has(kv.slice(0, kv.indexOf('='))));
    return kept.length ? kept.join('|') : '_';
  };
  const nbTag = new Map<string, Tally>();
  for (const s of nb) s.words.forEach((w, i) => add(nbTag, w.toLowerCase(), s.upos[i]));
  const remap = new Map<string, [string, string]>();
  for (const [w, t] of daTag) {
    const to = dominant(t, 3, 0.9);
    const from = dominant(nbTag.get(w), 1, 0);
    if (to && from && from !== to && CLOSED.has(from) && CLOSED.has(to)) remap.set(w, [from, to]);
  }
  return nb.map((s) => {
    const upos = [...s.upos];
    const feats = [...s.feats];
    s.words.forEach((w, i) => {
      const lw = w.toLowerCase();
      const r = remap.get(lw);
      let wasAdj = false;
      if (r && upos[i] === r[0]) [upos[i], wasAdj] = [r[1], r[0] === 'ADJ' && r[1] === 'ADV'];
      else if (upos[i] === 'ADJ' && s.deprel?.[i] === 'advmod') [upos[i], wasAdj] = ['ADV', true];
      else if (upos[i] === 'PRON' && featOf(feats[i], 'Poss') === 'Yes') upos[i] = 'DET';
      const known = dominant(daFeats.get(`${lw}\t${upos[i]}`), 2, 0.8);
      feats[i] = known ?? onlyDanishKeys(upos[i], ruleFeats(upos[i], feats[i], s.lemma[i], wasAdj));
    });
    return { ...s, upos, feats };
  });
}
