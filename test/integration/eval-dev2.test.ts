// extract + eval on the held-out set test/fixtures/dev2/ (six articles annotated before the extractor was run
// on them, never used to tune rules by name) against its hand annotation; floors just under the scores
// reached, so a regression fails.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGold } from '../../src/eval/index.ts';
import type { EvalReport } from '../../src/eval/index.ts';
import { evaluateFolder, floorTests } from '../support/eval-corpus.ts';

const dev2Dir = fileURLToPath(new URL('../fixtures/dev2/', import.meta.url));

describe('evaluation of the held-out set against its annotation', () => {
  let report: EvalReport;

  beforeAll(() => {
    const gold = parseGold(
      JSON.parse(readFileSync(new URL('../fixtures/dev2.gold.json', import.meta.url), 'utf8')),
    );
    report = evaluateFolder(dev2Dir, gold, 'test/fixtures/dev2 against dev2.gold.json');
  });

  it('reads all six held-out articles', () => {
    expect(report.scope.graphArticles).toBe(6);
    expect(report.scope.goldArticlesInGraph).toBe(6);
  });

  floorTests(() => report, {
    entitiesF1: 0.96,
    relationsF1: 0.96,
    speakerRecall: 0.79,
    statedPrecision: 0.93,
    countryAccuracy: 0.77,
  });
});
