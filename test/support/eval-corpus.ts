// Shared by the eval-*.test.ts files: a folder of articles extracted and scored against its annotation, and
// the floors a report must reach, each its own test with the misses in its failure message.
import { readFileSync, readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseTextArticle } from '../../src/articles/parse.ts';
import { evaluate, formatReport } from '../../src/eval/index.ts';
import type { EvalReport, GoldAnnotation } from '../../src/eval/index.ts';
import { extractCorpus } from '../../src/extract/index.ts';
import { canonicalize, parseGraph, stringifyGraph } from '../../src/graph/index.ts';

/** The folder's .txt articles → graph → report. `dir` ends with a slash. */
export function evaluateFolder(dir: string, gold: GoldAnnotation, title: string): EvalReport {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const raw = new Map(files.map((f) => [f, readFileSync(dir + f, 'utf8')]));
  const articles = files.map((f) => parseTextArticle(f, f, raw.get(f) as string));
  // Through the graph file's text, as `newsgraph extract` writes it and `newsgraph eval` reads it.
  const graph = parseGraph(stringifyGraph(canonicalize(extractCorpus(articles))));
  const report = evaluate(graph, gold, { sourceTexts: raw });
  console.log(formatReport(report, { title, details: true }));
  return report;
}

export interface Floors {
  entitiesF1: number;
  relationsF1: number;
  speakerRecall: number;
  statedPrecision: number;
  countryAccuracy: number;
}

/** One test per floor, plus valid evidence on every edge. */
export function floorTests(getReport: () => EvalReport, floors: Floors): void {
  const misses = (list: unknown[]): string => JSON.stringify(list.slice(0, 20));
  it(`entities F1 ≥ ${floors.entitiesF1}`, () => {
    const { entities: r, details } = getReport();
    const d = details.entities;
    expect(r.f1 ?? 0, `fp ${misses(d.falsePositives)} misses ${misses(d.misses)}`).toBeGreaterThanOrEqual(
      floors.entitiesF1,
    );
  });
  it(`attacked + stationed-at F1 ≥ ${floors.relationsF1}`, () => {
    const { relations: r, details } = getReport();
    const d = details.relations;
    expect(r.f1 ?? 0, `fp ${misses(d.falsePositives)} misses ${misses(d.misses)}`).toBeGreaterThanOrEqual(
      floors.relationsF1,
    );
  });
  it(`stated: speaker recall ≥ ${floors.speakerRecall}`, () => {
    const r = getReport();
    const d = r.details.stated.missedSpeakers;
    expect(r.stated.speakerRecall ?? 0, `missed ${misses(d)}`).toBeGreaterThanOrEqual(floors.speakerRecall);
  });
  it(`stated: precision ≥ ${floors.statedPrecision}`, () => {
    const r = getReport();
    const d = r.details.stated.falsePositives;
    expect(r.stated.precision ?? 0, `wrong ${misses(d)}`).toBeGreaterThanOrEqual(floors.statedPrecision);
  });
  it(`country accuracy ≥ ${floors.countryAccuracy}`, () => {
    const r = getReport();
    const d = r.details.country.mistakes;
    expect(r.country.accuracy ?? 0, `mistakes ${misses(d)}`).toBeGreaterThanOrEqual(floors.countryAccuracy);
  });
  it('evidence valid = 100%', () => {
    const r = getReport();
    expect(r.evidence.edges, 'no edges at all').toBeGreaterThan(0);
    expect(r.evidence.valid, `problems ${misses(r.details.evidence.problems)}`).toBe(1);
  });
}
