// Trains the dependency parser of one language and writes src/nlp/weights/<lang>.parser.ngm.
//   node --import tsx src/training/train-parser.ts <lang> [--epochs N] [--out file] [--no-eval] …
// Data: en — UD English-EWT train. nb/nn — NDT train converted to UD. da — no Danish UD train split
// exists, so a joint model on converted bokmål train plus the first 80 % of Danish dev (see devGold).
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseConllu } from '../nlp/corpus/conllu.ts';
import type { UdSentence } from '../nlp/corpus/conllu.ts';
import type { NlpLang } from '../nlp/doc.ts';
import { trainParserModel } from '../nlp/parser/train.ts';
import type { ParserExample, ParserTrainOptions } from '../nlp/parser/train.ts';
import { readCorpus } from './corpora.ts';
import { devGold, evaluateParser, formatScores, loadTimed, parserWeightsPath } from './eval-parser.ts';

export const defaultOptions: Omit<ParserTrainOptions, 'trainedOn'> = {
  epochs: 10,
  seed: 1,
  exploreFrom: 1,
  explore: 0.9,
  pruneTransitions: 0,
  pruneLabels: 0,
  minLiftCount: 5,
  joint: true,
  pseudoProjective: true,
};

export function udExample(u: UdSentence): ParserExample {
  return {
    words: u.words.map((w) => w.form),
    upos: u.words.map((w) => w.upos),
    feats: u.words.map((w) => w.feats),
    heads: u.words.map((w) => w.head - 1),
    labels: u.words.map((w) => w.deprel),
  };
}

/** Training sentences of a language and a description of them. */
export function parserTrainingData(lang: NlpLang): { examples: ParserExample[]; trainedOn: string } {
  if (lang === 'en') {
    const sents = parseConllu(readCorpus('train/en_ewt-ud-train.conllu.gz'));
    return { examples: sents.map(udExample), trainedOn: `UD English-EWT train (${sents.length} sentences)` };
  }
  throw new Error(`parser training data for ${lang}: not available yet`);
}

export interface ParserTrainReport {
  lang: NlpLang;
  path: string;
  bytes: number;
  gzipBytes: number;
  seconds: number;
  trainedOn: string;
}

/** Trains and writes the parser of `lang`; returns what was written. */
export function trainParser(
  lang: NlpLang,
  opts: Partial<ParserTrainOptions> & { out?: string; log?: (s: string) => void } = {},
): ParserTrainReport {
  const log = opts.log ?? ((s: string) => console.log(s));
  const t0 = performance.now();
  const { examples, trainedOn } = parserTrainingData(lang);
  const o: ParserTrainOptions = {
    ...defaultOptions,
    trainedOn,
    onEpoch: (e, acc) =>
      log(
        `  epoch ${e + 1}: ${(acc * 100).toFixed(2)}% moves right (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
      ),
    ...opts,
  };
  log(`${lang} parser: ${examples.length} sentences (${trainedOn})`);
  const r = trainParserModel(examples, o);
  const path = opts.out ?? parserWeightsPath(lang);
  writeFileSync(path, r.bytes);
  const seconds = (performance.now() - t0) / 1000;
  const gz = gzipSync(r.bytes).length;
  log(
    `  ${r.labelNames.length} labels, ${r.liftedArcs} lifted arcs, ${r.skipped} sentences skipped; ` +
      `transitions ${r.transitions.keys.length} rows / ${r.transitions.nnz} weights, ` +
      `labels ${r.labels.keys.length} rows / ${r.labels.nnz} weights; ` +
      `${(r.bytes.length / 1e6).toFixed(2)} MB (${(gz / 1e6).toFixed(2)} MB gzipped) in ${seconds.toFixed(0)} s → ${path}`,
  );
  return { lang, path, bytes: r.bytes.length, gzipBytes: gz, seconds, trainedOn };
}

function main(): void {
  const args = process.argv.slice(2);
  const lang = args[0] as NlpLang;
  if (!['da', 'nb', 'nn', 'en'].includes(lang))
    throw new Error('usage: train-parser <da|nb|nn|en> [options]');
  const num = (name: string): number | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : undefined;
  };
  const oi = args.indexOf('--out');
  const opts: Partial<ParserTrainOptions> & { out?: string } = {};
  if (oi >= 0) opts.out = args[oi + 1];
  const set = (k: keyof ParserTrainOptions, name: string): void => {
    const v = num(name);
    if (v !== undefined) (opts as Record<string, unknown>)[k] = v;
  };
  set('epochs', '--epochs');
  set('seed', '--seed');
  set('exploreFrom', '--explore-from');
  set('explore', '--explore');
  set('pruneTransitions', '--prune-t');
  set('pruneLabels', '--prune-l');
  set('minLiftCount', '--min-lift');
  if (args.includes('--no-pp')) opts.pseudoProjective = false;
  if (args.includes('--no-joint')) opts.joint = false;
  const rep = trainParser(lang, opts);
  if (args.includes('--no-eval')) return;
  const { parser, loadMs } = loadTimed(new Uint8Array(readFileSync(rep.path)));
  console.log(`  load ${loadMs.toFixed(1)} ms`);
  console.log(formatScores(`${lang} dev, gold tags`, evaluateParser(parser, devGold(lang))));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
