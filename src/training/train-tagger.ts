// Trains the tagger of one language from the shared corpora and writes src/nlp/weights/<lang>.tagger.ngm.
//   node --import tsx src/training/train-tagger.ts en [--out file]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConllu } from '../nlp/corpus/conllu.ts';
import type { UdSentence } from '../nlp/corpus/conllu.ts';
import type { NlpLang } from '../nlp/doc.ts';
import { trainTaggerModel } from '../nlp/tagger/train.ts';
import type { TrainOptions, TrainSentence } from '../nlp/tagger/train.ts';
import { readCorpus, repoRoot } from './corpora.ts';

export const LANGS: NlpLang[] = ['da', 'nb', 'nn', 'en'];

/** Share of the Danish UD dev file (its first sentences) used for training; the rest is for tuning. */
export const DA_TRAIN_SHARE = 0.8;

function toTrain(s: UdSentence, lang: string): TrainSentence {
  return {
    lang,
    words: s.words.map((w) => w.form),
    upos: s.words.map((w) => w.upos),
    feats: s.words.map((w) => w.feats),
    lemma: s.words.map((w) => w.lemma),
  };
}

const conllu = (path: string): UdSentence[] => parseConllu(readCorpus(path));

/** The Danish UD dev file cut in two: the first DA_TRAIN_SHARE of its sentences train, the rest tune. */
export function danishDev(): { train: UdSentence[]; tune: UdSentence[] } {
  const all = conllu('dev/da_ddt-ud-dev.conllu.gz');
  const cut = Math.round(all.length * DA_TRAIN_SHARE);
  return { train: all.slice(0, cut), tune: all.slice(cut) };
}

/** Gold sentences to tune on (dev) or to report on (test) for a language. */
export function evalSentences(lang: NlpLang, split: 'dev' | 'test'): UdSentence[] {
  const files: Record<NlpLang, string> = {
    da: 'da_ddt',
    nb: 'no_bokmaal',
    nn: 'no_nynorsk',
    en: 'en_ewt',
  };
  if (lang === 'da' && split === 'dev') return danishDev().tune;
  return conllu(`${split}/${files[lang]}-ud-${split}.conllu.gz`);
}

export interface TaggerTraining {
  sentences: TrainSentence[];
  options: TrainOptions;
}

/** What each language's tagger is trained on, and how. */
export function taggerTraining(lang: NlpLang): TaggerTraining {
  if (lang === 'en') {
    const train = conllu('train/en_ewt-ud-train.conllu.gz');
    return {
      sentences: train.map((s) => toTrain(s, 'en')),
      options: { lang, trainedOn: `UD English-EWT train (${train.length} sentences)` },
    };
  }
  throw new Error(`tagger training for ${lang}: not yet`);
}

export async function trainTagger(lang: NlpLang, log?: (msg: string) => void): Promise<Uint8Array> {
  const { sentences, options } = taggerTraining(lang);
  return trainTaggerModel(sentences, { ...options, log });
}

export const weightsPath = (lang: NlpLang): string => join(repoRoot, 'src/nlp/weights', `${lang}.tagger.ngm`);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const lang = args[0] as NlpLang;
  if (!LANGS.includes(lang)) throw new Error(`usage: train-tagger.ts <${LANGS.join('|')}> [--out file]`);
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1] : weightsPath(lang);
  const t0 = performance.now();
  const bytes = await trainTagger(lang, (m) => console.log(`  ${lang} ${m}`));
  writeFileSync(out, bytes);
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`${lang}: ${bytes.length} bytes → ${out} in ${secs} s`);
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
