// extract + eval on the development set test/fixtures/dev/ (articles written for it, never used to tune
// rules by name) against its hand annotation; floors just under the scores reached, so a regression fails.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTextArticle } from '../../src/articles/parse.ts';
import { evaluate, formatReport, parseGold } from '../../src/eval/index.ts';
import type { EvalReport } from '../../src/eval/index.ts';
import { extractCorpus } from '../../src/extract/index.ts';
import { canonicalize, parseGraph, stringifyGraph } from '../../src/graph/index.ts';

const devDir = fileURLToPath(new URL('../fixtures/dev/', import.meta.url));

describe('evaluation of the development set against its annotation', () => {
  let report: EvalReport;

  beforeAll(() => {
    const gold = parseGold(
      JSON.parse(readFileSync(new URL('../fixtures/dev.gold.json', import.meta.url), 'utf8')),
    );
    const files = readdirSync(devDir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    const raw = new Map(files.map((f) => [f, readFileSync(devDir + f, 'utf8')]));
    const articles = files.map((f) => parseTextArticle(f, f, raw.get(f) as string));
    const graph = parseGraph(stringifyGraph(canonicalize(extractCorpus(articles))));
    report = evaluate(graph, gold, { sourceTexts: raw });
    console.log(formatReport(report, { title: 'test/fixtures/dev against dev.gold.json', details: true }));
  });

  it('reads all five development articles', () => {
    expect(report.scope.graphArticles).toBe(5);
    expect(report.scope.goldArticlesInGraph).toBe(5);
  });

  const misses = (list: unknown[]): string => JSON.stringify(list.slice(0, 20));

  it('entities F1 ≥ 0.95', () => {
    const d = report.details.entities;
    expect(
      report.entities.f1 ?? 0,
      `fp ${misses(d.falsePositives)} misses ${misses(d.misses)}`,
    ).toBeGreaterThanOrEqual(0.95);
  });

  it('attacked + stationed-at F1 ≥ 0.88', () => {
    const d = report.details.relations;
    expect(
      report.relations.f1 ?? 0,
      `fp ${misses(d.falsePositives)} misses ${misses(d.misses)}`,
    ).toBeGreaterThanOrEqual(0.88);
  });

  it('stated: speaker recall ≥ 0.70, precision ≥ 0.9', () => {
    expect(
      report.stated.speakerRecall ?? 0,
      misses(report.details.stated.missedSpeakers),
    ).toBeGreaterThanOrEqual(0.7);
    expect(report.stated.precision ?? 0, misses(report.details.stated.falsePositives)).toBeGreaterThanOrEqual(
      0.9,
    );
  });

  it('country accuracy ≥ 0.82', () => {
    expect(report.country.accuracy ?? 0, misses(report.details.country.mistakes)).toBeGreaterThanOrEqual(
      0.82,
    );
  });

  it('every edge has valid evidence', () => {
    expect(report.evidence.valid ?? 0).toBe(1);
  });
});
