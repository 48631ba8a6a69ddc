// Entity-level evaluation of the recogniser: exact-match precision, recall and F1 per type and typed micro-F1,
// on the full tag set and on PER/ORG/LOC; also speed and load time.
// CLI: node --import tsx src/training/eval-ner.ts <lang…> [--test]   (dev by default; test for the final report)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseIob2, spansOf } from '../nlp/corpus/iob2.ts';
import type { NerSentence } from '../nlp/corpus/iob2.ts';
import { sentenceOfWords } from '../nlp/doc.ts';
import type { NlpLang, NlpSentence } from '../nlp/doc.ts';
import { Recogniser } from '../nlp/ner/recogniser.ts';
import { lexiconGazetteer } from '../nlp/ner/lexicon.ts';
import { spansOfBilou } from '../nlp/ner/tags.ts';
import { readCorpus, repoRoot } from './corpora.ts';

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}

export interface NerScores {
  perType: Record<string, Prf>;
  micro: Prf;
}

export interface NerEvaluation {
  /** Scores on the model's own tag set (NorNE's full set for nb/nn). */
  full: NerScores;
  /** PER/ORG/LOC: GPE_LOC → LOC, GPE_ORG → ORG, other types dropped from gold and prediction. */
  three: NerScores;
  sentences: number;
  words: number;
  wordsPerSecond: number;
  /** Words per second of CPU time used by the process (the machine is shared). */
  wordsPerCpuSecond: number;
}

/** Type map to PER/ORG/LOC (null drops the entity). */
export function toThree(type: string): string | null {
  if (type === 'GPE_LOC') return 'LOC';
  if (type === 'GPE_ORG') return 'ORG';
  return type === 'PER' || type === 'ORG' || type === 'LOC' ? type : null;
}

const prf = (tp: number, fp: number, fn: number): Prf => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

type Mapped = { start: number; end: number; type: string }[];

const mapSpans = (spans: Mapped, map: (t: string) => string | null): Mapped =>
  spans.flatMap((s) => {
    const type = map(s.type);
    return type ? [{ ...s, type }] : [];
  });

/** Exact-match scores over (gold, predicted) span lists, one pair per sentence. */
export function score(pairs: readonly [Mapped, Mapped][]): NerScores {
  const counts = new Map<string, [number, number, number]>();
  const at = (t: string): [number, number, number] => {
    let c = counts.get(t);
    if (!c) counts.set(t, (c = [0, 0, 0]));
    return c;
  };
  for (const [gold, pred] of pairs) {
    const key = (s: Mapped[number]): string => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(pred.map(key));
    for (const s of pred) at(s.type)[goldKeys.has(key(s)) ? 0 : 1]++;
    for (const s of gold) if (!predKeys.has(key(s))) at(s.type)[2]++;
  }
  const perType: Record<string, Prf> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const t of [...counts.keys()].sort()) {
    const [a, b, c] = counts.get(t)!;
    perType[t] = prf(a, b, c);
    tp += a;
    fp += b;
    fn += c;
  }
  return { perType, micro: prf(tp, fp, fn) };
}

/**
 * Runs the recogniser over gold-tokenised sentences and scores it. `goldMap` maps corpus types to the model's
 * (e.g. MISC → null for English).
 */
export function evaluateNer(
  rec: Recogniser,
  gold: readonly NerSentence[],
  goldMap: (t: string) => string | null = (t) => t,
  before?: (s: NlpSentence) => void,
  docs?: Int32Array,
): NerEvaluation {
  const sents: NlpSentence[] = gold.map((g) => sentenceOfWords(g.words));
  // The stages before the recogniser (the tagger, for a model with POS features) are not timed.
  if (before) for (const s of sents) before(s);
  // Warm up so that the timing measures compiled code, as in a long-running pipeline.
  if (docs && docs.length !== gold.length) throw new Error('documents out of step with sentences');
  const run = (): void => {
    if (!docs) for (const s of sents) rec.recognise(s);
    else
      for (let i = 0; i < sents.length;) {
        let j = i + 1;
        while (j < sents.length && docs[j] === docs[i]) j++;
        rec.recogniseDoc(sents.slice(i, j));
        i = j;
      }
  };
  run();
  // CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns.
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  run();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const words = sents.reduce((a, s) => a + s.words.length, 0);
  const full: [Mapped, Mapped][] = [];
  const three: [Mapped, Mapped][] = [];
  gold.forEach((g, i) => {
    const goldSpans = mapSpans(spansOf(g.tags), goldMap);
    const predSpans = spansOfBilou(sents[i].ner);
    full.push([goldSpans, predSpans]);
    three.push([mapSpans(goldSpans, toThree), mapSpans(predSpans, toThree)]);
  });
  return {
    full: score(full),
    three: score(three),
    sentences: sents.length,
    words,
    wordsPerSecond: words / seconds,
    wordsPerCpuSecond: words / cpuSeconds,
  };
}

/** Document number of each sentence of an IOB2 or CoNLL text, from `# newdoc` comments (none: one each). */
export function docIds(text: string): Int32Array {
  const ids: number[] = [];
  let doc = -1;
  let any = false;
  for (const block of text.split(/\n[ \t]*\n/)) {
    const lines = block.split('\n');
    if (lines.some((l) => l.startsWith('# newdoc'))) {
      doc++;
      any = true;
    }
    if (lines.some((l) => l !== '' && !l.startsWith('#'))) ids.push(any ? doc : ids.length);
  }
  return Int32Array.from(ids);
}

/**
 * Document number of each sentence of a language's dev or test NER file: NorNE's files have none, the NDT
 * files of the same sentences do; Danish has none (undefined).
 */
export function devDocs(lang: NlpLang, split: 'dev' | 'test'): Int32Array | undefined {
  const file = {
    nb: `${split}/no_bokmaal-ndt-${split}.conll.gz`,
    nn: `${split}/no_nynorsk-ndt-${split}.conll.gz`,
    da: null,
    en: `${split}/en_ewt-uner-${split}.iob2.gz`,
  }[lang];
  return file ? docIds(readCorpus(file)) : undefined;
}

/** The dev or test NER file of a language and the map of its gold types to the model's. */
export function evalSet(
  lang: NlpLang,
  split: 'dev' | 'test',
): { file: string; map: (t: string) => string | null } {
  const file = {
    nb: `${split}/no_bokmaal-norne-${split}.iob2.gz`,
    nn: `${split}/no_nynorsk-norne-${split}.iob2.gz`,
    da: `${split}/da_ddt-uner-${split}.iob2.gz`,
    en: `${split}/en_ewt-uner-${split}.iob2.gz`,
  }[lang];
  return { file, map: lang === 'nb' || lang === 'nn' ? (t) => t : toThree };
}

const pct = (x: number): string => (100 * x).toFixed(1);

export function formatScores(title: string, s: NerScores): string {
  const lines = [`${title}: micro P ${pct(s.micro.p)} R ${pct(s.micro.r)} F1 ${pct(s.micro.f1)}`];
  for (const [t, v] of Object.entries(s.perType))
    lines.push(
      `  ${t.padEnd(8)} P ${pct(v.p).padStart(5)} R ${pct(v.r).padStart(5)} F1 ${pct(v.f1).padStart(5)}  (gold ${v.tp + v.fn})`,
    );
  return lines.join('\n');
}

export function weightsPath(lang: NlpLang): string {
  return join(repoRoot, 'src/nlp/weights', `${lang}.ner.ngm`);
}

function main(argv: string[]): void {
  const split = argv.includes('--test') ? 'test' : 'dev';
  const langs = argv.filter((a) => !a.startsWith('--')) as NlpLang[];
  for (const lang of langs.length ? langs : (['nb', 'nn', 'da', 'en'] as NlpLang[])) {
    const bytes = new Uint8Array(readFileSync(weightsPath(lang)));
    let t0 = performance.now();
    const gaz = lexiconGazetteer();
    const gazMs = performance.now() - t0;
    t0 = performance.now();
    const rec = Recogniser.load(bytes, gaz);
    const loadMs = performance.now() - t0;
    const { file, map } = evalSet(lang, split);
    const ev = evaluateNer(rec, parseIob2(readCorpus(file)), map, undefined, devDocs(lang, split));
    console.log(`== ${lang} ${file}: ${ev.sentences} sentences, ${ev.words} words`);
    const gz = gzipSync(bytes, { level: 9 }).length;
    console.log(`model ${bytes.length} bytes (${gz} gzipped), trained on ${rec.meta.trainedOn ?? '?'}`);
    console.log(formatScores('full tag set', ev.full));
    console.log(formatScores('PER/ORG/LOC', ev.three));
    console.log(
      `speed ${Math.round(ev.wordsPerSecond)} words/s (${Math.round(ev.wordsPerCpuSecond)} per CPU second); load ${loadMs.toFixed(1)} ms (+ gazetteer ${gazMs.toFixed(1)} ms, once)`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
