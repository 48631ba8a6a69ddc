// extract + eval on the development set test/fixtures/dev/ (articles written for it, never used to tune
// rules by name) against its hand annotation; floors just under the scores reached, so a regression fails.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGold } from '../../src/eval/index.ts';
import type { EvalReport } from '../../src/eval/index.ts';
import { evaluateFolder, floorTests } from '../support/eval-corpus.ts';

const devDir = fileURLToPath(new URL('../fixtures/dev/', import.meta.url));

describe('evaluation of the development set against its annotation', () => {
  let report: EvalReport;

  beforeAll(() => {
    const gold = parseGold(
      JSON.parse(readFileSync(new URL('../fixtures/dev.gold.json', import.meta.url), 'utf8')),
    );
    report = evaluateFolder(devDir, gold, 'test/fixtures/dev against dev.gold.json');
  });

  it('reads all five development articles', () => {
    expect(report.scope.graphArticles).toBe(5);
    expect(report.scope.goldArticlesInGraph).toBe(5);
  });

  floorTests(() => report, {
    entitiesF1: 0.95,
    relationsF1: 0.88,
    speakerRecall: 0.7,
    statedPrecision: 0.9,
    countryAccuracy: 0.82,
  });
});
