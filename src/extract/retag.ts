// Verb forms the tagger reads as nouns. A few trigger verbs share their past tense with a noun ("angreb",
// "angrep": attacked / attack), and the treebanks hold the noun far more often (bokmål NDT: 15 to 1), so
// "efter at Rusland angreb Ukraine" comes out verbless and the parse falls apart. Where such a form stands in
// a clause with no finite verb, with no determiner or adjective before it and a nominal after it, it is the
// clause's verb: it is retagged and the sentence parsed again.
import type { NlpSentence } from '../nlp/doc.ts';
import type { Pipeline } from '../nlp/pipeline.ts';
import { frameLexicon } from './frames/lexicon.ts';

const homographCache = new Map<string, Map<string, string>>();

/** form → verb lemma, from the frame data's "verbHomographs" ("angreb:angribe"). */
function homographs(lang: string): Map<string, string> {
  let map = homographCache.get(lang);
  if (!map) {
    map = new Map();
    for (const entry of frameLexicon(lang)?.set('verbHomographs') ?? []) {
      const [form, lemma] = entry.split(':');
      if (form && lemma) map.set(form, lemma);
    }
    homographCache.set(lang, map);
  }
  return map;
}

const finite = (s: NlpSentence, k: number): boolean =>
  (s.upos[k] === 'VERB' || s.upos[k] === 'AUX') && /VerbForm=Fin/.test(s.feats[k]);
const clauseEdge = (s: NlpSentence, k: number): boolean =>
  s.upos[k] === 'SCONJ' || s.upos[k] === 'CCONJ' || (s.upos[k] === 'PUNCT' && s.words[k] !== '-');

/** Retags misread verbs in place and re-parses; true when the sentence changed. */
export function retagVerbs(s: NlpSentence, lang: string, pipeline: Pipeline): boolean {
  const map = homographs(lang);
  if (!map.size) return false;
  const n = s.words.length;
  let changed = false;
  for (let i = 0; i < n; i++) {
    const lemma = s.upos[i] === 'NOUN' ? map.get(s.words[i].toLowerCase()) : undefined;
    if (!lemma || i + 1 >= n) continue;
    const before = i > 0 ? s.upos[i - 1] : '';
    if (/^(?:DET|ADJ|NUM)$/.test(before) || /Poss=Yes|Case=Gen/.test(i > 0 ? s.feats[i - 1] : '')) continue;
    if (!/^(?:PROPN|NOUN|PRON|DET|ADJ|NUM)$/.test(s.upos[i + 1])) continue;
    let a = i;
    while (a > 0 && !clauseEdge(s, a - 1)) a--;
    let b = i;
    while (b + 1 < n && !clauseEdge(s, b + 1)) b++;
    let verb = false;
    for (let k = a; k <= b; k++) if (k !== i && finite(s, k)) verb = true;
    if (verb) continue;
    s.upos[i] = 'VERB';
    s.feats[i] = 'Mood=Ind|Tense=Past|VerbForm=Fin';
    s.lemma[i] = lemma;
    changed = true;
  }
  if (changed) pipeline.parser.parse(s);
  return changed;
}
