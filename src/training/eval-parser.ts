// Parser evaluation on gold tokens, CoNLL 2018 conventions: every word counts (punctuation too), UAS is the
// share of right heads, LAS of right heads with the right universal relation (the label before ':'); LAS
// with full labels (subtypes) is printed too. With `--tagged`, the tags come from the trained tagger.
//   node --import tsx src/training/eval-parser.ts <lang> [--test] [--tagged] [--model file.ngm]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConllu } from '../nlp/corpus/conllu.ts';
import type { UdSentence } from '../nlp/corpus/conllu.ts';
import type { NlpLang, NlpSentence } from '../nlp/doc.ts';
import { sentenceOfWords } from '../nlp/doc.ts';
import { Parser } from '../nlp/parser/parser.ts';
import { readCorpus, repoRoot } from './corpora.ts';

export interface ParserScores {
  words: number;
  sentences: number;
  uas: number;
  las: number;
  lasFull: number;
  /** Parsing speed (words per second, one thread, tags given). */
  wordsPerSecond: number;
  loadMs: number;
}

/** UD dev/test file of a language. */
export function udFile(lang: NlpLang, split: 'dev' | 'test'): string {
  const name = { en: 'en_ewt', da: 'da_ddt', nb: 'no_bokmaal', nn: 'no_nynorsk' }[lang];
  return `${split}/${name}-ud-${split}.conllu.gz`;
}

export const parserWeightsPath = (lang: NlpLang): string =>
  join(repoRoot, `src/nlp/weights/${lang}.parser.ngm`);

/**
 * Dev sentences for tuning. Danish has no train split, so the first 80 % of its dev file is training material
 * and only the last 20 % is for tuning.
 */
export function devGold(lang: NlpLang): UdSentence[] {
  const all = parseConllu(readCorpus(udFile(lang, 'dev')));
  return lang === 'da' ? all.slice(danishDevCut(all.length)) : all;
}

/** Index where the Danish dev file's tuning part starts. */
export const danishDevCut = (n: number): number => Math.floor(n * 0.8);

/** The sentence with gold tokens and gold tags, for the parser. */
export function goldTagged(u: UdSentence): NlpSentence {
  const s = sentenceOfWords(u.words.map((w) => w.form));
  s.upos = u.words.map((w) => w.upos);
  s.feats = u.words.map((w) => w.feats);
  s.lemma = u.words.map((w) => w.lemma);
  return s;
}

const universal = (l: string): string => l.split(':')[0];

/** Scores `parser` on `gold`; `tag` may replace the gold tags (e.g. with a tagger's) before parsing. */
export function evaluateParser(
  parser: Parser,
  gold: readonly UdSentence[],
  tag?: (s: NlpSentence) => void,
): Omit<ParserScores, 'loadMs'> {
  const inputs = gold.map(goldTagged);
  if (tag) inputs.forEach(tag);
  for (const s of inputs) parser.parse(s);
  // Speed: the best of three further passes (the first pass warmed the compiler up; the best pass is the
  // one least disturbed by other processes on a shared machine).
  let ms = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = performance.now();
    for (const s of inputs) parser.parse(s);
    ms = Math.min(ms, performance.now() - t0);
  }
  let words = 0;
  let uh = 0;
  let lu = 0;
  let lf = 0;
  gold.forEach((g, i) => {
    const s = inputs[i];
    g.words.forEach((w, j) => {
      words++;
      if (s.head[j] + 1 !== w.head) return;
      uh++;
      if (universal(s.deprel[j]) === universal(w.deprel)) lu++;
      if (s.deprel[j] === w.deprel) lf++;
    });
  });
  return {
    words,
    sentences: gold.length,
    uas: (100 * uh) / words,
    las: (100 * lu) / words,
    lasFull: (100 * lf) / words,
    wordsPerSecond: (words / ms) * 1000,
  };
}

/** Loads the parser from `bytes`, timing the load. */
export function loadTimed(bytes: Uint8Array): { parser: Parser; loadMs: number } {
  const t0 = performance.now();
  const parser = Parser.load(bytes);
  return { parser, loadMs: performance.now() - t0 };
}

/** A tagging function from the trained tagger of `lang`, if the repository has one. */
export async function taggerFor(lang: NlpLang): Promise<((s: NlpSentence) => void) | undefined> {
  const weights = join(repoRoot, `src/nlp/weights/${lang}.tagger.ngm`);
  const code = join(repoRoot, 'src/nlp/tagger/index.ts');
  const alt = join(repoRoot, 'src/nlp/tagger/tagger.ts');
  const mod = existsSync(code) ? code : existsSync(alt) ? alt : undefined;
  if (!mod || !existsSync(weights)) return undefined;
  const { Tagger } = (await import(mod)) as {
    Tagger: { load(b: Uint8Array): { tag(s: NlpSentence): void } };
  };
  const tagger = Tagger.load(new Uint8Array(readFileSync(weights)));
  return (s) => tagger.tag(s);
}

export function formatScores(label: string, r: Omit<ParserScores, 'loadMs'>): string {
  return (
    `${label}: UAS ${r.uas.toFixed(2)}  LAS ${r.las.toFixed(2)}  LAS(full labels) ${r.lasFull.toFixed(2)}  ` +
    `(${r.words} words, ${Math.round(r.wordsPerSecond).toLocaleString('en')} words/s)`
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const lang = args[0] as NlpLang;
  if (!['da', 'nb', 'nn', 'en'].includes(lang))
    throw new Error('usage: eval-parser <da|nb|nn|en> [--test] [--tagged]');
  const split = args.includes('--test') ? 'test' : 'dev';
  const mi = args.indexOf('--model');
  const file = mi >= 0 ? args[mi + 1] : parserWeightsPath(lang);
  const { parser, loadMs } = loadTimed(new Uint8Array(readFileSync(file)));
  const gold = split === 'dev' ? devGold(lang) : parseConllu(readCorpus(udFile(lang, split)));
  console.log(`${lang} ${split}: model ${file}, load ${loadMs.toFixed(1)} ms`);
  console.log(formatScores('gold tags', evaluateParser(parser, gold)));
  if (args.includes('--tagged')) {
    const tag = await taggerFor(lang);
    if (tag) console.log(formatScores('predicted tags', evaluateParser(parser, gold, tag)));
    else console.log('predicted tags: no tagger in the repository yet');
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
