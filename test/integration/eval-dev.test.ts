// extract + eval on the development sets against their hand annotations: test/fixtures/dev/ (articles written
// for it), test/fixtures/dev2/, dev3/, dev4/, dev5/, dev6/ and dev7/ (six held-out articles each, annotated before the
// extractor was run on them); none is used to tune rules by name. Floors sit just under the scores reached,
// so a regression fails.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGold } from '../../src/eval/index.ts';
import type { EvalReport } from '../../src/eval/index.ts';
import { evaluateFolder, floorTests } from '../support/eval-corpus.ts';

const sets = [
  {
    name: 'dev',
    articles: 5,
    floors: {
      entitiesF1: 0.95,
      relationsF1: 0.88,
      speakerRecall: 0.7,
      statedPrecision: 0.9,
      countryAccuracy: 0.82,
    },
  },
  {
    name: 'dev2',
    articles: 6,
    floors: {
      entitiesF1: 0.98,
      relationsF1: 0.98,
      speakerRecall: 0.79,
      statedPrecision: 0.93,
      countryAccuracy: 0.77,
    },
  },
  {
    // Third held-out set (first score 0.835 / 0.402 / 0.400 / 0.675 / 0.725): far from solved, so these floors
    // only guard against regressions.
    name: 'dev3',
    articles: 6,
    floors: {
      entitiesF1: 0.87,
      relationsF1: 0.75,
      speakerRecall: 0.74,
      statedPrecision: 0.83,
      countryAccuracy: 0.84,
    },
  },
  {
    // Fourth held-out set (first score 0.873 / 0.281 / 0.653 / 0.855 / 0.672): floors only guard against
    // regressions.
    name: 'dev4',
    articles: 6,
    floors: {
      entitiesF1: 0.92,
      relationsF1: 0.63,
      speakerRecall: 0.8,
      statedPrecision: 0.89,
      // 0.89 while the people lexicon held leaders the seed articles name; without them 0.859.
      countryAccuracy: 0.85,
    },
  },
  {
    // Fifth held-out set (first score 0.883 / 0.208 / 0.780 / 0.903 / 0.814): floors only guard against
    // regressions.
    name: 'dev5',
    articles: 6,
    floors: {
      entitiesF1: 0.91,
      relationsF1: 0.7,
      speakerRecall: 0.82,
      statedPrecision: 0.91,
      countryAccuracy: 0.81,
    },
  },
  {
    // Sixth held-out set (first score 0.862 / 0.495 / 0.677 / 0.732 / 0.714): floors only guard against
    // regressions.
    name: 'dev6',
    articles: 6,
    floors: {
      entitiesF1: 0.95,
      relationsF1: 0.89,
      speakerRecall: 0.74,
      statedPrecision: 0.85,
      countryAccuracy: 0.82,
    },
  },
  {
    // Seventh held-out set (first score 0.934 / 0.515 / 0.697 / 0.824 / 0.837): floors only guard against
    // regressions.
    name: 'dev7',
    articles: 6,
    floors: {
      entitiesF1: 0.93,
      relationsF1: 0.7,
      speakerRecall: 0.69,
      statedPrecision: 0.82,
      countryAccuracy: 0.83,
    },
  },
];

for (const set of sets)
  describe(`evaluation of test/fixtures/${set.name} against its annotation`, () => {
    let report: EvalReport;

    beforeAll(() => {
      const gold = parseGold(
        JSON.parse(readFileSync(new URL(`../fixtures/${set.name}.gold.json`, import.meta.url), 'utf8')),
      );
      const dir = fileURLToPath(new URL(`../fixtures/${set.name}/`, import.meta.url));
      report = evaluateFolder(dir, gold, `test/fixtures/${set.name} against ${set.name}.gold.json`);
    });

    it(`reads all ${set.articles} articles`, () => {
      expect(report.scope.graphArticles).toBe(set.articles);
      expect(report.scope.goldArticlesInGraph).toBe(set.articles);
    });

    floorTests(() => report, set.floors);
  });
