// `npm run eval:nlp`: every figure the issue asks for, per language, on the test splits, beside the published
// figures to beat: UPOS, UAS and LAS on gold tokens; tokens, sentences, UPOS and LAS from raw text (the
// product's own tokeniser and sentence splitter, CoNLL 2018 style); NER F1 through the product's graph.
// `--dev` runs the dev splits instead (what to look at while developing). Never tune on the test figures.
import '../platform/node.ts';
import { parseConllu } from '../nlp/corpus/conllu.ts';
import type { UdSentence } from '../nlp/corpus/conllu.ts';
import { sentenceOfWords } from '../nlp/doc.ts';
import type { NlpLang } from '../nlp/doc.ts';
import { pipelineFor } from '../nlp/pipeline.ts';
import type { Pipeline } from '../nlp/pipeline.ts';
import { wordsOf } from '../nlp/words.ts';
import { scoreSentences, scoreWords } from '../eval/ud/score.ts';
import type { ScoredWord, UdScore } from '../eval/ud/score.ts';
import { splitSentences } from '../extract/text/sentences.ts';
import { tokenize } from '../extract/text/tokens.ts';
import { evalGraphNer, NER_DEV, NER_TEST } from './graph-ner.ts';
import { readCorpus } from './corpora.ts';

const UD: Record<NlpLang, { test: string; dev: string }> = {
  nb: { test: 'test/no_bokmaal-ud-test.conllu.gz', dev: 'dev/no_bokmaal-ud-dev.conllu.gz' },
  nn: { test: 'test/no_nynorsk-ud-test.conllu.gz', dev: 'dev/no_nynorsk-ud-dev.conllu.gz' },
  da: { test: 'test/da_ddt-ud-test.conllu.gz', dev: 'dev/da_ddt-ud-dev.conllu.gz' },
  en: { test: 'test/en_ewt-ud-test.conllu.gz', dev: 'dev/en_ewt-ud-dev.conllu.gz' },
};

/** Published figures on the test splits (design note): UDPipe 1.2 UPOS / LAS, spaCy NER F1 (small / large). */
const PUBLISHED: Record<NlpLang, string> = {
  nb: 'UDPipe 1.2: UPOS 96.7 LAS 84.3 · spaCy sm/lg NER 74.8/83.9 · target UPOS 96.5 LAS 85 NER 85',
  nn: 'target UPOS 96 LAS 83 NER 83',
  da: 'UDPipe 1.2: UPOS 95.6 LAS 76.8 · spaCy sm/lg NER 72.3/82.1 · target UPOS 95.5 LAS 77 NER 80',
  en: 'UDPipe 1.2: UPOS 94.4 LAS 81.2 · target UPOS 94.5 LAS 81 NER 75',
};

/** Gold words with character spans over a text made of the sentences' own `# text`. */
interface GoldDoc {
  text: string;
  words: ScoredWord[];
  sentences: { start: number; end: number }[];
}

const CHUNK = 20;

function goldDocs(sents: UdSentence[]): GoldDoc[] {
  const docs: GoldDoc[] = [];
  let cur: GoldDoc | null = null;
  sents.forEach((s, i) => {
    const newDoc = s.comments.some((c) => c.startsWith('# newdoc'));
    if (!cur || newDoc || (!sents.some((x) => x.comments.length) && i % CHUNK === 0)) {
      cur = { text: '', words: [], sentences: [] };
      docs.push(cur);
    }
    const d: GoldDoc = cur;
    if (d.text) d.text += s.comments.some((c) => c.startsWith('# newpar')) ? '\n\n' : ' ';
    const base = d.words.length;
    const sStart = d.text.length;
    // Surface tokens in order; a multiword token's words share its span.
    const spanOfWord: { start: number; end: number }[] = [];
    for (const t of s.tokens) {
      const start = d.text.length;
      d.text += t.form;
      for (let w = t.from; w <= t.to; w++) spanOfWord[w - 1] = { start, end: d.text.length };
      if (t.spaceAfter) d.text += ' ';
    }
    d.text = d.text.trimEnd();
    d.sentences.push({ start: sStart, end: d.text.length });
    s.words.forEach((w, k) =>
      d.words.push({
        ...spanOfWord[k],
        upos: w.upos,
        head: w.head > 0 ? base + w.head - 1 : -1,
        deprel: w.deprel,
      }),
    );
  });
  return docs;
}

function systemWords(p: Pipeline, doc: GoldDoc, lang: NlpLang) {
  const words: ScoredWord[] = [];
  const sentences: { start: number; end: number }[] = [];
  const split = splitSentences(doc.text)
    .map((sentence) =>
      wordsOf(
        tokenize(doc.text, sentence.start, sentence.end).map((t) => {
          const end = t.tail ? t.end + t.tail.length + 1 : t.end;
          return { text: doc.text.slice(t.start, end), start: t.start, end };
        }),
        lang,
      ),
    )
    .filter((ws) => ws.length);
  p.analyseDoc(split).forEach((s, k) => {
    const ws = split[k];
    const base = words.length;
    sentences.push({ start: ws[0].start, end: ws[ws.length - 1].end });
    ws.forEach((w, i) =>
      words.push({
        start: w.start,
        end: w.end,
        upos: s.upos[i],
        head: s.head[i] >= 0 ? base + s.head[i] : -1,
        deprel: s.deprel[i],
      }),
    );
  });
  return { words, sentences };
}

export interface NlpFigures {
  lang: NlpLang;
  gold: UdScore;
  raw: UdScore;
  sentences: number;
  nerF1: number;
}

export function evalLanguage(lang: NlpLang, split: 'test' | 'dev'): NlpFigures {
  const p = pipelineFor(lang)!;
  const sents = parseConllu(readCorpus(UD[lang][split]));
  // Gold tokens: the sentence as the treebank splits it, every stage predicted.
  const gold: ScoredWord[] = [];
  const sys: ScoredWord[] = [];
  let at = 0;
  for (const u of sents) {
    const s = p.run(sentenceOfWords(u.words.map((w) => w.form)));
    u.words.forEach((w, i) => {
      const span = { start: at + i, end: at + i + 1 };
      gold.push({ ...span, upos: w.upos, head: w.head > 0 ? at + w.head - 1 : -1, deprel: w.deprel });
      sys.push({ ...span, upos: s.upos[i], head: s.head[i] >= 0 ? at + s.head[i] : -1, deprel: s.deprel[i] });
    });
    at += u.words.length;
  }
  // Raw text.
  const rawGold: ScoredWord[] = [];
  const rawSys: ScoredWord[] = [];
  const goldSents: { start: number; end: number }[] = [];
  const sysSents: { start: number; end: number }[] = [];
  let offset = 0;
  for (const doc of goldDocs(sents)) {
    const r = systemWords(p, doc, lang);
    // One list over all documents: offsets move past the documents before, heads past their words.
    const moveWords = (ws: ScoredWord[], into: ScoredWord[]): void => {
      const base = into.length;
      for (const w of ws)
        into.push({
          ...w,
          start: w.start + offset,
          end: w.end + offset,
          head: w.head >= 0 ? w.head + base : -1,
        });
    };
    moveWords(doc.words, rawGold);
    moveWords(r.words, rawSys);
    for (const x of doc.sentences) goldSents.push({ start: x.start + offset, end: x.end + offset });
    for (const x of r.sentences) sysSents.push({ start: x.start + offset, end: x.end + offset });
    offset += doc.text.length + 1;
  }
  const raw = scoreWords(rawGold, rawSys);
  raw.sentences = scoreSentences(goldSents, sysSents);
  const ner = evalGraphNer((split === 'test' ? NER_TEST : NER_DEV).find((s) => s.lang === lang)!);
  return {
    lang,
    gold: scoreWords(gold, sys),
    raw,
    sentences: sents.length,
    nerF1: ner.score.micro.f1,
  };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

export function formatFigures(f: NlpFigures): string {
  return [
    `${f.lang}  gold tokens: UPOS ${pct(f.gold.upos.f1)}  UAS ${pct(f.gold.uas.f1)}  LAS ${pct(f.gold.las.f1)} (full labels ${pct(f.gold.lasFull.f1)})`,
    `    raw text:    tokens ${pct(f.raw.words.f1)}  sentences ${pct(f.raw.sentences!.f1)}  UPOS ${pct(f.raw.upos.f1)}  LAS ${pct(f.raw.las.f1)}`,
    `    NER through the graph: typed F1 ${pct(f.nerF1)}   (speed: npm run bench)`,
    `    published: ${PUBLISHED[f.lang]}`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const split = process.argv.includes('--dev') ? 'dev' : 'test';
  const langs = process.argv.slice(2).filter((a) => !a.startsWith('--')) as NlpLang[];
  console.log(
    `newsgraph NLP evaluation on the ${split} splits (CoNLL 2018 conventions; LAS on universal labels)\n`,
  );
  for (const lang of langs.length ? langs : (['nb', 'nn', 'da', 'en'] as NlpLang[]))
    console.log(formatFigures(evalLanguage(lang, split)) + '\n');
}
