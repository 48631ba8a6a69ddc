// Tagger accuracy on gold tokens (UPOS, FEATS on the predicted keys, lemma), tagging speed on one thread and
// model load time.
//   node --import tsx src/training/eval-tagger.ts en [dev|test] [--model file]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { UdSentence } from '../nlp/corpus/conllu.ts';
import { sentenceOfWords } from '../nlp/doc.ts';
import type { NlpLang, NlpSentence } from '../nlp/doc.ts';
import { restrictFeats } from '../nlp/tagger/morph.ts';
import { Tagger } from '../nlp/tagger/tagger.ts';
import { LANGS, evalSentences, weightsPath } from './train-tagger.ts';

export interface TaggerScores {
  sentences: number;
  words: number;
  /** Accuracies in % of words. */
  upos: number;
  feats: number;
  /** FEATS accuracy on the predicted keys other than Gender (which no relation rule reads). */
  featsNoGender: number;
  lemma: number;
  /** Lemma accuracy ignoring case. */
  lemmaNoCase: number;
  /** % of words whose value of each predicted key is right (absent = absent). */
  perKey: Record<string, number>;
  wordsPerSecond: number;
}

const pct = (a: number, b: number): number => (b ? (100 * a) / b : 0);

export function evaluateTagger(tagger: Tagger, gold: readonly UdSentence[], speedRounds = 3): TaggerScores {
  const keys = tagger.meta.heads.map((h) => h.key);
  const noGender = keys.filter((k) => k !== 'Gender');
  const sents: NlpSentence[] = gold.map((g) => sentenceOfWords(g.words.map((w) => w.form)));
  for (const s of sents) tagger.tag(s);
  let words = 0;
  let upos = 0;
  let feats = 0;
  let featsNoGender = 0;
  let lemma = 0;
  let lemmaNoCase = 0;
  const perKey = Object.fromEntries(keys.map((k) => [k, 0]));
  gold.forEach((g, si) => {
    const s = sents[si];
    g.words.forEach((w, i) => {
      words++;
      if (s.upos[i] === w.upos) upos++;
      const gf = restrictFeats(w.feats, keys);
      if (s.feats[i] === gf) feats++;
      if (restrictFeats(s.feats[i], noGender) === restrictFeats(gf, noGender)) featsNoGender++;
      for (const k of keys) if (valueOf(s.feats[i], k) === valueOf(gf, k)) perKey[k]++;
      if (s.lemma[i] === w.lemma) lemma++;
      if (s.lemma[i].toLowerCase() === w.lemma.toLowerCase()) lemmaNoCase++;
    });
  });
  // Speed: tagging only, after the pass above warmed the code up, in CPU time (the machine is shared, and
  // the tagger runs on one thread).
  const c0 = process.cpuUsage();
  for (let r = 0; r < speedRounds; r++) for (const s of sents) tagger.tag(s);
  const c1 = process.cpuUsage(c0);
  const secs = (c1.user + c1.system) / 1e6;
  return {
    sentences: gold.length,
    words,
    upos: pct(upos, words),
    feats: pct(feats, words),
    featsNoGender: pct(featsNoGender, words),
    lemma: pct(lemma, words),
    lemmaNoCase: pct(lemmaNoCase, words),
    perKey: Object.fromEntries(keys.map((k) => [k, pct(perKey[k], words)])),
    wordsPerSecond: secs > 0 ? (words * speedRounds) / secs : 0,
  };
}

function valueOf(feats: string, key: string): string {
  for (const kv of feats.split('|')) if (kv.startsWith(key + '=')) return kv.slice(key.length + 1);
  return '';
}

/**
 * Milliseconds to load the model: the first load (cold code) and the median of five more, each as wall time
 * and as CPU time (what the load costs on its own when the machine is shared).
 */
export function loadTime(bytes: Uint8Array): {
  first: number;
  median: number;
  firstCpu: number;
  medianCpu: number;
} {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    Tagger.load(bytes);
    const c = process.cpuUsage(c0);
    wall.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  const med = (xs: number[]): number => xs.slice(1).sort((a, b) => a - b)[2];
  return { first: wall[0], median: med(wall), firstCpu: cpu[0], medianCpu: med(cpu) };
}

function main(): void {
  const args = process.argv.slice(2);
  const lang = args[0] as NlpLang;
  const split = (args[1] === 'test' ? 'test' : 'dev') as 'dev' | 'test';
  if (!LANGS.includes(lang))
    throw new Error(`usage: eval-tagger.ts <${LANGS.join('|')}> [dev|test] [--model file]`);
  const at = args.indexOf('--model');
  const bytes = new Uint8Array(readFileSync(at >= 0 ? args[at + 1] : weightsPath(lang)));
  const load = loadTime(bytes);
  const tagger = Tagger.load(bytes);
  const r = evaluateTagger(tagger, evalSentences(lang, split));
  const f = (v: number): string => v.toFixed(2);
  console.log(`${lang} ${split}: ${r.sentences} sentences, ${r.words} words`);
  console.log(
    `  UPOS ${f(r.upos)}  FEATS ${f(r.feats)} (without Gender ${f(r.featsNoGender)})  lemma ${f(r.lemma)}` +
      ` (ignoring case ${f(r.lemmaNoCase)})`,
  );
  console.log(
    `  per key: ${Object.entries(r.perKey)
      .map(([k, v]) => `${k} ${f(v)}`)
      .join(', ')}`,
  );
  console.log(
    `  ${Math.round(r.wordsPerSecond).toLocaleString('en')} words/s; load ${f(load.first)} ms first, ${f(load.median)} ms median (CPU ${f(load.firstCpu)} / ${f(load.medianCpu)} ms)`,
  );
  console.log(`  model ${bytes.length.toLocaleString('en')} bytes; trained on: ${tagger.meta.trainedOn}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
