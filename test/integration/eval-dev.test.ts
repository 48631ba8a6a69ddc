// extract + eval on the development sets against their hand annotations: test/fixtures/dev/ (articles written
// for it), test/fixtures/dev2/, dev3/, dev4/, dev5/, dev6/ and dev7/ (six held-out articles each, annotated before the
// extractor was run on them); none is used to tune rules by name. These sets were written for the project, so
// they are regression guards, not the yardstick (real text is: ../shared/eval/real-dev and test/fixtures/real2).
// Floors sit 0.03 under the scores of relations read from the tree (frames), so a regression fails; the dev
// sets lost relations F1 when the surface patterns tuned on them went (dev2 0.89 -> 0.55), real-dev gained (0 -> 0.75).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGold } from '../../src/eval/index.ts';
import type { EvalReport } from '../../src/eval/index.ts';
import { evaluateFolder, floorTests } from '../support/eval-corpus.ts';
import type { Floors } from '../support/eval-corpus.ts';

const sets: { name: string; dir?: string; gold?: string; articles: number; floors: Floors }[] = [
  {
    name: 'dev',
    articles: 5,
    floors: {
      entitiesF1: 0.93,
      relationsF1: 0.73,
      speakerRecall: 0.89,
      statedPrecision: 0.9,
      countryAccuracy: 0.91,
    },
  },
  {
    name: 'dev2',
    articles: 6,
    floors: {
      entitiesF1: 0.9,
      relationsF1: 0.62,
      speakerRecall: 0.76,
      statedPrecision: 0.78,
      countryAccuracy: 0.83,
    },
  },
  {
    // Third held-out set (first score 0.835 / 0.402 / 0.400 / 0.675 / 0.725): far from solved, so these floors
    // only guard against regressions.
    name: 'dev3',
    articles: 6,
    floors: {
      entitiesF1: 0.88,
      relationsF1: 0.47,
      speakerRecall: 0.74,
      statedPrecision: 0.76,
      countryAccuracy: 0.83,
    },
  },
  {
    // Fourth held-out set (first score 0.873 / 0.281 / 0.653 / 0.855 / 0.672): floors only guard against
    // regressions.
    name: 'dev4',
    articles: 6,
    floors: {
      entitiesF1: 0.9,
      relationsF1: 0.56,
      speakerRecall: 0.79,
      statedPrecision: 0.85,
      countryAccuracy: 0.8,
    },
  },
  {
    // Fifth held-out set (first score 0.883 / 0.208 / 0.780 / 0.903 / 0.814): floors only guard against
    // regressions.
    name: 'dev5',
    articles: 6,
    floors: {
      entitiesF1: 0.89,
      relationsF1: 0.63,
      speakerRecall: 0.8,
      statedPrecision: 0.85,
      countryAccuracy: 0.82,
    },
  },
  {
    // Sixth held-out set (first score 0.862 / 0.495 / 0.677 / 0.732 / 0.714): floors only guard against
    // regressions.
    name: 'dev6',
    articles: 6,
    floors: {
      entitiesF1: 0.9,
      relationsF1: 0.61,
      speakerRecall: 0.68,
      statedPrecision: 0.67,
      countryAccuracy: 0.76,
    },
  },
  {
    // Seventh held-out set (first score 0.934 / 0.515 / 0.697 / 0.824 / 0.837): floors only guard against
    // regressions.
    name: 'dev7',
    articles: 6,
    floors: {
      entitiesF1: 0.85,
      relationsF1: 0.52,
      speakerRecall: 0.61,
      statedPrecision: 0.78,
      countryAccuracy: 0.77,
    },
  },
  {
    // Real text written by others (public-sector documents and Wikipedia), annotated before the extractor
    // first ran on it: the yardstick. First scores of the rule extractor: real-dev 0.831 / 0.000 / 0.286 /
    // 0.355 / 0.786, real2 0.866 / 0.444 / 0.231 / 0.900 / 0.857.
    name: 'real-dev',
    dir: '../../../shared/eval/real-dev/articles/',
    gold: '../../../shared/eval/real-dev/gold.json',
    articles: 10,
    floors: {
      entitiesF1: 0.83,
      relationsF1: 0.86,
      speakerRecall: 0.97,
      statedPrecision: 0.92,
      countryAccuracy: 0.86,
    },
  },
  {
    name: 'real2',
    dir: '../fixtures/real2/articles/',
    gold: '../fixtures/real2/gold.json',
    articles: 12,
    floors: {
      entitiesF1: 0.91,
      relationsF1: 0.55,
      speakerRecall: 0.82,
      statedPrecision: 0.97,
      countryAccuracy: 0.89,
    },
  },
  {
    // Third real set (test/fixtures/real3, annotated before any extractor ran on it; first score 0.835 / 0.242 /
    // 0.875 / 0.707 / 0.750). Since then it is read like the others: a development set.
    name: 'real3',
    dir: '../fixtures/real3/articles/',
    gold: '../fixtures/real3/gold.json',
    articles: 12,
    floors: {
      entitiesF1: 0.84,
      relationsF1: 0.58,
      speakerRecall: 0.97,
      statedPrecision: 0.9,
      countryAccuracy: 0.76,
    },
  },
  {
    // Fourth real set (test/fixtures/real4, annotated before any extractor ran on it; first score 0.872 / 0.364 /
    // 0.727 / 0.960 / 0.629).
    name: 'real4',
    dir: '../fixtures/real4/articles/',
    gold: '../fixtures/real4/gold.json',
    articles: 12,
    floors: {
      entitiesF1: 0.84,
      relationsF1: 0.51,
      speakerRecall: 0.7,
      statedPrecision: 0.93,
      countryAccuracy: 0.68,
    },
  },
];

for (const set of sets)
  // real-dev lives in ../shared beside the checkout: without it, that set is skipped, not failed.
  describe.skipIf(!existsSync(new URL(set.gold ?? `../fixtures/${set.name}.gold.json`, import.meta.url)))(
    `evaluation of ${set.name} against its annotation`,
    () => {
      let report: EvalReport;

      beforeAll(() => {
        const goldPath = set.gold ?? `../fixtures/${set.name}.gold.json`;
        const gold = parseGold(JSON.parse(readFileSync(new URL(goldPath, import.meta.url), 'utf8')));
        const dir = fileURLToPath(new URL(set.dir ?? `../fixtures/${set.name}/`, import.meta.url));
        report = evaluateFolder(dir, gold, `test/fixtures/${set.name} against ${set.name}.gold.json`);
      });

      it(`reads all ${set.articles} articles`, () => {
        expect(report.scope.graphArticles).toBe(set.articles);
        expect(report.scope.goldArticlesInGraph).toBe(set.articles);
      });

      floorTests(() => report, set.floors);
    },
  );
