// Tunes the Danish recipe by 2-fold cross-validation on the Danish UD dev file, the only Danish tree material
// (the train split is missing, and test is for the final figure only). The dev file is cut into halves by
// sentence position (even / odd); for each half, the Danish models train on the other sources plus the other
// half and are scored on it, and the two scores are averaged.
//   node --import tsx src/training/cv-danish.ts tagger [--times 4,8] [--lex 1,3] [--epochs 8]
//   node --import tsx src/training/cv-danish.ts parser [--times T] [--lex L] [--copies 8,16] [--epochs 4] [--folds 0,1]
// `tagger` scores Danish taggers (UPOS, FEATS, lemma on the held-out half); `parser` trains the fold's tagger
// with the given tagger settings, then parsers with each number of copies of the Danish half, scored (UAS,
// LAS) with the fold tagger's tags, as the pipeline runs them, and with gold tags.
import type { NlpLang } from '../nlp/doc.ts';
import { Parser } from '../nlp/parser/parser.ts';
import { trainParserModel } from '../nlp/parser/train.ts';
import type { ParserExample } from '../nlp/parser/train.ts';
import { Tagger } from '../nlp/tagger/tagger.ts';
import { evaluateParser } from './eval-parser.ts';
import { evaluateTagger } from './eval-tagger.ts';
import { optionsFor, parserTrainingData, jackknifeTags } from './train-parser.ts';
import { RECIPES, buildTagger, danishDev, danishHalf, setDanishPart } from './train-tagger.ts';
import type { Recipe } from './train-tagger.ts';

const lang: NlpLang = 'da';
const args = process.argv.slice(2);
const list = (name: string, dflt: number[]): number[] => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1].split(',').map(Number) : dflt;
};
const daTimes = (r: Recipe): number => r.sources.find((s) => s.from === 'da')?.times ?? 1;

/** The Danish recipe with the Danish sentences `times` over and their words counting `lex` times in the lexicon. */
function recipeWith(times: number, lex: number, epochs?: number): Recipe {
  const r = RECIPES.da;
  return {
    ...r,
    sources: r.sources.map((s) => (s.from === 'da' ? { ...s, times } : s)),
    options: {
      ...r.options,
      lexiconWeights: { da: lex },
      ...(epochs ? { uposEpochs: epochs } : {}),
    },
  };
}

const f2 = (x: number): string => x.toFixed(2);
const secs = (t0: number): string => `${((performance.now() - t0) / 1000).toFixed(0)} s`;

function cvTagger(): void {
  const lexRecipe = RECIPES.da.options?.lexiconWeights?.da ?? 1;
  const epochs = list('--epochs', [0]);
  const rows: string[] = [];
  for (const times of list('--times', [daTimes(RECIPES.da)]))
    for (const lex of list('--lex', [lexRecipe]))
      for (const ep of epochs) {
        const scores = ([0, 1] as const).map((k) => {
          setDanishPart(danishHalf((1 - k) as 0 | 1));
          const t0 = performance.now();
          const tagger = Tagger.load(buildTagger(lang, recipeWith(times, lex, ep || undefined)));
          const r = evaluateTagger(tagger, danishDev().tune, 0);
          console.log(
            `  times ${times} lex ${lex} epochs ${ep || 'default'} fold ${k}: UPOS ${f2(r.upos)} FEATS ${f2(r.feats)} lemma ${f2(r.lemma)} (${secs(t0)})`,
          );
          return r;
        });
        const avg = (g: (r: (typeof scores)[0]) => number): string => f2((g(scores[0]) + g(scores[1])) / 2);
        rows.push(
          `times ${times} lex ${lex} epochs ${ep || 'default'}: UPOS ${avg((r) => r.upos)} FEATS ${avg((r) => r.feats)} lemma ${avg((r) => r.lemma)}`,
        );
        console.log(rows[rows.length - 1]);
      }
  console.log('\n' + rows.join('\n'));
}

function cvParser(): void {
  const recipe = recipeWith(
    list('--times', [daTimes(RECIPES.da)])[0],
    list('--lex', [RECIPES.da.options?.lexiconWeights?.da ?? 1])[0],
  );
  const copiesList = list('--copies', [8]);
  const epochsList = list('--epochs', [optionsFor(lang).epochs]);
  const results = new Map<string, { uas: number; las: number; goldLas: number }[]>();
  for (const k of list('--folds', [0, 1]) as (0 | 1)[]) {
    setDanishPart(danishHalf((1 - k) as 0 | 1));
    const tune = danishDev().tune;
    let t0 = performance.now();
    const tagger = Tagger.load(buildTagger(lang, recipe));
    const tag = (s: Parameters<Tagger['tag']>[0]): void => tagger.tag(s);
    console.log(`fold ${k}: tagger UPOS ${f2(evaluateTagger(tagger, tune, 0).upos)} (${secs(t0)})`);
    // One copy of every sentence, tagged by the jackknifed taggers once: copies of a sentence get the same tags.
    t0 = performance.now();
    const once = parserTrainingData(lang, { danishCopies: 1 }).examples;
    const tagged = once.map((e) => ({ ...e }));
    jackknifeTags(lang, tagged, 2, (s) => console.log(s), recipe);
    const nNb = once.findIndex((e) => e.lang === 'da');
    console.log(`fold ${k}: jackknifed tags (${secs(t0)})`);
    for (const copies of copiesList)
      for (const epochs of epochsList) {
        t0 = performance.now();
        const withCopies = (xs: ParserExample[]): ParserExample[] => {
          const out = xs.slice(0, nNb);
          for (let c = 0; c < copies; c++) out.push(...xs.slice(nNb));
          return out;
        };
        const examples = [...withCopies(once), ...withCopies(tagged)];
        const r = trainParserModel(examples, { ...optionsFor(lang), epochs, trainedOn: 'cv' });
        const parser = Parser.load(r.bytes);
        const pred = evaluateParser(parser, tune, tag);
        const gold = evaluateParser(parser, tune);
        const key = `copies ${copies} epochs ${epochs}`;
        console.log(
          `  ${key} fold ${k}: UAS ${f2(pred.uas)} LAS ${f2(pred.las)} (gold tags LAS ${f2(gold.las)}) (${secs(t0)})`,
        );
        const rs = results.get(key) ?? [];
        rs.push({ uas: pred.uas, las: pred.las, goldLas: gold.las });
        results.set(key, rs);
      }
  }
  console.log(`\ntagger: da ×${daTimes(recipe)}, lexicon weight ${recipe.options?.lexiconWeights?.da ?? 1}`);
  for (const [key, rs] of results) {
    const avg = (g: (r: (typeof rs)[0]) => number): string =>
      f2(rs.reduce((a, r) => a + g(r), 0) / rs.length);
    console.log(
      `${key}: UAS ${avg((r) => r.uas)} LAS ${avg((r) => r.las)} (gold tags LAS ${avg((r) => r.goldLas)})`,
    );
  }
}

if (args[0] === 'tagger') cvTagger();
else if (args[0] === 'parser') cvParser();
else throw new Error('usage: cv-danish.ts tagger|parser [options]');
