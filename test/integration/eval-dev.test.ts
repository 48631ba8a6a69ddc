// extract + eval on the development sets against their hand annotations: test/fixtures/dev/ (articles written
// for it), test/fixtures/dev2/, dev3/, dev4/, dev5/, dev6/ and dev7/ (six held-out articles each, annotated before the
// extractor was run on them); none is used to tune rules by name. These sets were written for the project, so
// they are regression guards, not the yardstick (real text is: ../shared/eval/real-dev and test/fixtures/real2).
// Floors sit 0.03 under the scores of the trained pipeline (extractor 2.0), so a regression fails.
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
      entitiesF1: 0.87,
      relationsF1: 0.84,
      speakerRecall: 0.67,
      statedPrecision: 0.82,
      countryAccuracy: 0.89,
    },
  },
  {
    name: 'dev2',
    articles: 6,
    floors: {
      entitiesF1: 0.85,
      relationsF1: 0.86,
      speakerRecall: 0.58,
      statedPrecision: 0.81,
      countryAccuracy: 0.78,
    },
  },
  {
    // Third held-out set (first score 0.835 / 0.402 / 0.400 / 0.675 / 0.725): far from solved, so these floors
    // only guard against regressions.
    name: 'dev3',
    articles: 6,
    floors: {
      entitiesF1: 0.85,
      relationsF1: 0.69,
      speakerRecall: 0.62,
      statedPrecision: 0.84,
      countryAccuracy: 0.75,
    },
  },
  {
    // Fourth held-out set (first score 0.873 / 0.281 / 0.653 / 0.855 / 0.672): floors only guard against
    // regressions.
    name: 'dev4',
    articles: 6,
    floors: {
      entitiesF1: 0.86,
      relationsF1: 0.57,
      speakerRecall: 0.68,
      statedPrecision: 0.77,
      countryAccuracy: 0.73,
    },
  },
  {
    // Fifth held-out set (first score 0.883 / 0.208 / 0.780 / 0.903 / 0.814): floors only guard against
    // regressions.
    name: 'dev5',
    articles: 6,
    floors: {
      entitiesF1: 0.86,
      relationsF1: 0.66,
      speakerRecall: 0.67,
      statedPrecision: 0.86,
      countryAccuracy: 0.77,
    },
  },
  {
    // Sixth held-out set (first score 0.862 / 0.495 / 0.677 / 0.732 / 0.714): floors only guard against
    // regressions.
    name: 'dev6',
    articles: 6,
    floors: {
      entitiesF1: 0.84,
      relationsF1: 0.68,
      speakerRecall: 0.61,
      statedPrecision: 0.72,
      countryAccuracy: 0.65,
    },
  },
  {
    // Seventh held-out set (first score 0.934 / 0.515 / 0.697 / 0.824 / 0.837): floors only guard against
    // regressions.
    name: 'dev7',
    articles: 6,
    floors: {
      entitiesF1: 0.83,
      relationsF1: 0.54,
      speakerRecall: 0.57,
      statedPrecision: 0.72,
      countryAccuracy: 0.7,
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
      entitiesF1: 0.78,
      relationsF1: 0,
      speakerRecall: 0.25,
      statedPrecision: 0.54,
      countryAccuracy: 0.77,
    },
  },
  {
    name: 'real2',
    dir: '../fixtures/real2/articles/',
    gold: '../fixtures/real2/gold.json',
    articles: 12,
    floors: {
      entitiesF1: 0.88,
      relationsF1: 0.39,
      speakerRecall: 0.27,
      statedPrecision: 0.97,
      countryAccuracy: 0.7,
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
