// extract + eval on seeds/ against the reference annotation, asserting issue 3's targets.
// NEWSGRAPH_SKIP_TARGETS=1 skips the target assertions (not the scorer's own checks).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, parseGold } from '../../src/eval/index.ts';
import type { EvalReport, GoldAnnotation } from '../../src/eval/index.ts';
import { addRelation, createNewsGraph, upsertNode } from '../../src/graph/index.ts';
import { evaluateFolder, floorTests } from '../support/eval-corpus.ts';
import type { NewsGraph } from '../../src/graph/index.ts';

const goldUrl = new URL('../../../shared/eval/seeds.gold.json', import.meta.url);
const seedsDir = fileURLToPath(new URL('../../seeds/', import.meta.url));
const haveGold = existsSync(goldUrl);
if (!haveGold) console.warn(`eval-seeds: skipped, no reference annotation at ${fileURLToPath(goldUrl)}`);

/** A graph that says exactly what the gold says: the scorer must give it full marks. */
function oracleGraph(gold: GoldAnnotation): NewsGraph {
  const g = createNewsGraph();
  const key = (id: string): string => `${gold.entities.find((e) => e.id === id)?.type}:${id}`;
  for (const e of gold.entities) {
    upsertNode(g, {
      key: key(e.id),
      label: e.names[0],
      type: e.type,
      aliases: e.names,
      country: e.country ? key(e.country) : undefined,
    });
  }
  const evidence = [{ article: 'x', sentence: 'x', start: 0, end: 1 }];
  for (const r of gold.relations) {
    for (const t of r.type === 'stated' ? r.targets : [r.target])
      addRelation(g, { type: r.type, source: key(r.source), target: key(t), evidence });
  }
  return g;
}

describe.skipIf(!haveGold)('evaluation of seeds/ against the reference annotation', () => {
  let gold: GoldAnnotation;
  let report: EvalReport;

  beforeAll(() => {
    gold = parseGold(JSON.parse(readFileSync(goldUrl, 'utf8')));
    report = evaluateFolder(seedsDir, gold, 'seeds/ against seeds.gold.json');
  });

  it('scores an oracle graph built from the gold itself at 1 everywhere', () => {
    const r = evaluate(oracleGraph(gold), gold, { scope: 'all' });
    expect(r.entities).toMatchObject({ precision: 1, recall: 1, fp: 0 });
    expect(r.relations).toMatchObject({ precision: 1, recall: 1, fp: 0 });
    expect(r.stated).toMatchObject({ speakerRecall: 1, precision: 1 });
    expect(r.country.accuracy).toBe(1);
  });

  it('finds all five seed articles in the graph', () => {
    expect(report.scope.graphArticles).toBe(5);
    expect(report.scope.goldArticlesInGraph).toBe(5);
  });

  describe.skipIf(process.env.NEWSGRAPH_SKIP_TARGETS === '1')("issue 3's targets", () => {
    floorTests(() => report, {
      entitiesF1: 0.95,
      relationsF1: 0.94,
      speakerRecall: 0.9,
      // Frames over the tree find more statements than the seeds' annotation lists (0.857).
      statedPrecision: 0.82,
      // 0.905 with the trained recogniser: three people the seeds name without a title or an affiliation
      // (the people lexicon leaves out the seeds' people) get no country. Issue 14's target is 0.95.
      countryAccuracy: 0.88,
    });
  });
});
