// Named-entity recognition measured through the product itself: the NER test files become articles, the
// extractor builds its graph, and every node mention in it is scored against the gold spans (exact character
// boundaries, typed). This is what a user gets, linking and all, not the recogniser alone.
import { parseIob2, spansOf } from '../nlp/corpus/iob2.ts';
import type { NerSentence } from '../nlp/corpus/iob2.ts';
import { scoreSpans } from '../eval/ner/spans.ts';
import type { CharSpan, SpanScore } from '../eval/ner/spans.ts';
import { extractArticle } from '../extract/index.ts';
import type { Lang, NodeAttributes } from '../graph/index.ts';
import { readCorpus } from './corpora.ts';

export interface NerSet {
  lang: 'da' | 'nb' | 'nn' | 'en';
  file: string;
  /** NorNE's GPE_LOC / GPE_ORG: a country mention is ORG when the extractor read it as an actor. */
  norne: boolean;
}

export const NER_TEST: NerSet[] = [
  { lang: 'nb', file: 'test/no_bokmaal-norne-test.iob2.gz', norne: true },
  { lang: 'nn', file: 'test/no_nynorsk-norne-test.iob2.gz', norne: true },
  { lang: 'da', file: 'test/da_ddt-uner-test.iob2.gz', norne: false },
  { lang: 'en', file: 'test/en_ewt-uner-test.iob2.gz', norne: false },
];

export const NER_DEV: NerSet[] = [
  { lang: 'nb', file: 'dev/no_bokmaal-norne-dev.iob2.gz', norne: true },
  { lang: 'nn', file: 'dev/no_nynorsk-norne-dev.iob2.gz', norne: true },
  { lang: 'da', file: 'dev/da_ddt-uner-dev.iob2.gz', norne: false },
  { lang: 'en', file: 'dev/en_ewt-uner-dev.iob2.gz', norne: false },
];

/** NorNE's nine types scored as PER / ORG / LOC; PROD, EVT, DRV and MISC are not scored. */
const GOLD_TYPE: Record<string, string> = {
  PER: 'PER',
  ORG: 'ORG',
  GPE_ORG: 'ORG',
  LOC: 'LOC',
  GPE_LOC: 'LOC',
};

/** Sentences per pseudo-article when the file marks no documents. */
const CHUNK = 20;

interface Article {
  id: string;
  text: string;
  gold: CharSpan[];
  /** Spans of unscored gold types: a prediction with exactly these boundaries is not counted. */
  unscored: Set<string>;
}

/** Character offsets of each word in `text` (the sentence's own text), or null when they cannot be found. */
function locate(text: string, words: readonly string[]): number[] | null {
  const starts: number[] = [];
  let at = 0;
  for (const w of words) {
    const i = text.indexOf(w, at);
    if (i < 0 || text.slice(at, i).trim() !== '') return null;
    starts.push(i);
    at = i + w.length;
  }
  return starts;
}

function articlesOf(sentences: NerSentence[], set: NerSet): Article[] {
  const groups: NerSentence[][] = [];
  let cur: NerSentence[] = [];
  sentences.forEach((s, i) => {
    const newDoc = s.doc ? i > 0 && s.doc !== sentences[i - 1].doc : cur.length >= CHUNK;
    if (newDoc && cur.length) {
      groups.push(cur);
      cur = [];
    }
    cur.push(s);
  });
  if (cur.length) groups.push(cur);
  return groups.map((group, g) => {
    let text = '';
    const gold: CharSpan[] = [];
    const unscored = new Set<string>();
    for (const s of group) {
      if (text) text += '\n\n';
      const own = s.text && locate(s.text, s.words) ? s.text : s.words.join(' ');
      const starts = locate(own, s.words)!;
      const base = text.length;
      text += own;
      for (const sp of spansOf(s.tags)) {
        const start = base + starts[sp.start];
        const end = base + starts[sp.end - 1] + s.words[sp.end - 1].length;
        const type = GOLD_TYPE[sp.type];
        if (type) gold.push({ start, end, type });
        else unscored.add(`${start}:${end}`);
      }
    }
    return { id: `${set.lang}-${g}`, text, gold, unscored };
  });
}

type MentionLike = { article: string; start: number; end: number; kind?: string; sense?: string };

function predictedType(node: NodeAttributes, m: MentionLike, norne: boolean): string {
  switch (node.type) {
    case 'person':
      return 'PER';
    case 'organisation':
      return 'ORG';
    case 'country':
      return norne && m.sense === 'actor' ? 'ORG' : 'LOC';
    default:
      return 'LOC';
  }
}

/** Prints missed and false spans with their text (dev only: for looking at errors, never at test). */
function listErrors(articles: Article[], gold: CharSpan[], pred: CharSpan[]): void {
  const text = (s: CharSpan): string => {
    const a = articles[Math.floor(s.start / 10_000_000)];
    const at = s.start % 10_000_000;
    const end = s.end % 10_000_000;
    return `${a.text.slice(Math.max(0, at - 30), at)}[${a.text.slice(at, end)}]${a.text.slice(end, end + 30)}`.replace(
      /\s+/g,
      ' ',
    );
  };
  const g = new Map(gold.map((s) => [`${s.start}:${s.end}`, s.type]));
  const p = new Map(pred.map((s) => [`${s.start}:${s.end}`, s.type]));
  for (const s of pred)
    if (g.get(`${s.start}:${s.end}`) !== s.type)
      console.log(`FP ${s.type} (gold ${g.get(`${s.start}:${s.end}`) ?? '-'}) ${text(s)}`);
  for (const s of gold) if (!p.has(`${s.start}:${s.end}`)) console.log(`FN ${s.type} ${text(s)}`);
}

export interface GraphNerResult {
  set: NerSet;
  articles: number;
  sentences: number;
  score: SpanScore;
  seconds: number;
}

export function evalGraphNer(set: NerSet): GraphNerResult {
  const sentences = parseIob2(readCorpus(set.file));
  const articles = articlesOf(sentences, set);
  const gold: CharSpan[] = [];
  const pred: CharSpan[] = [];
  const t0 = performance.now();
  for (const a of articles) {
    const graph = extractArticle({ id: a.id, file: `${a.id}.txt`, lang: set.lang as Lang, text: a.text });
    // Offsets are per article: shift them apart so one list can hold every article.
    const offset = articles.indexOf(a) * 10_000_000;
    for (const s of a.gold) gold.push({ start: s.start + offset, end: s.end + offset, type: s.type });
    graph.forEachNode((_key, node) => {
      for (const m of node.mentions as MentionLike[]) {
        // Demonyms and people nouns name a country without being a name of it.
        if (m.kind) continue;
        if (!m.kind && !/^[\p{Lu}\p{N}]/u.test(a.text.slice(m.start, m.end))) continue;
        if (a.unscored.has(`${m.start}:${m.end}`)) continue;
        pred.push({ start: m.start + offset, end: m.end + offset, type: predictedType(node, m, set.norne) });
      }
    });
  }
  const seconds = (performance.now() - t0) / 1000;
  if (process.env.NER_ERRORS) listErrors(articles, gold, pred);
  return {
    set,
    articles: articles.length,
    sentences: sentences.length,
    score: scoreSpans(gold, pred),
    seconds,
  };
}

const pct = (x: number): string => (100 * x).toFixed(1);

export function formatGraphNer(r: GraphNerResult): string {
  const s = r.score;
  const types = Object.entries(s.byType)
    .map(([t, v]) => `${t} P ${pct(v.precision)} R ${pct(v.recall)} F ${pct(v.f1)}`)
    .join(' · ');
  return `${r.set.lang} ${r.set.file}: typed F1 ${pct(s.micro.f1)} (P ${pct(s.micro.precision)} R ${pct(s.micro.recall)}), untyped F1 ${pct(s.untyped.f1)} — ${types} [${r.sentences} sentences, ${r.seconds.toFixed(1)} s]`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const split = process.argv.includes('--dev') ? NER_DEV : NER_TEST;
  const langs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  for (const set of split.filter((s) => !langs.length || langs.includes(s.lang)))
    console.log(formatGraphNer(evalGraphNer(set)));
}
