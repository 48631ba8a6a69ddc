import { describe, expect, it } from 'vitest';
import { addArticle, addRelation, createNewsGraph, upsertNode } from './build.ts';
import { applyCorrections } from './corrections.ts';
import type { Correction } from './corrections.ts';
import { validateCorrections } from './corrections-validate.ts';
import type { EntityType, RelationType } from './types.ts';

const G1 = 'Houthis attacked Prosperity Guardian. The Guardian said Iran denied it.';
const G2 = 'Ansar Allah attacked Prosperity Guardian again.';

/*
 * g1 (2020-01-10): houthis attacked the-guardian (sentence 1, naming "Prosperity Guardian"),
 *                  the-guardian stated iran (sentence 2, naming "The Guardian").
 * g2 (2020-02-01): ansar-allah attacked the-guardian (naming "Prosperity Guardian").
 * the-guardian's country is country:great-britain. Every evidence item has confidence 0.8.
 */
function g() {
  const graph = createNewsGraph();
  addArticle(graph, { id: 'g1', file: 'g1.txt', lang: 'en', date: '2020-01-10', text: G1 });
  addArticle(graph, { id: 'g2', file: 'g2.txt', lang: 'en', date: '2020-02-01', text: G2 });
  const texts: Record<string, string> = { g1: G1, g2: G2 };
  const at = (article: string, name: string, from = 0) => {
    const start = texts[article].indexOf(name, from);
    return { article, sentence: 0, start, end: start + name.length, text: name };
  };
  const n = (
    key: string,
    label: string,
    type: EntityType,
    mentions: ReturnType<typeof at>[],
    country?: string,
  ) => upsertNode(graph, { key, label, type, country, mentions });
  n('country:great-britain', 'Great Britain', 'country', []);
  n('country:uk', 'United Kingdom', 'country', []);
  n('country:iran', 'Iran', 'country', [at('g1', 'Iran')]);
  n('organisation:houthis', 'Houthis', 'organisation', [at('g1', 'Houthis')]);
  n('organisation:ansar-allah', 'Ansar Allah', 'organisation', [at('g2', 'Ansar Allah')]);
  n(
    'organisation:the-guardian',
    'The Guardian',
    'organisation',
    [at('g1', 'Prosperity Guardian'), at('g1', 'The Guardian'), at('g2', 'Prosperity Guardian')],
    'country:great-britain',
  );
  const s1 = {
    article: 'g1',
    sentence: 'Houthis attacked Prosperity Guardian.',
    start: 0,
    end: 37,
    confidence: 0.8,
  };
  const s2 = {
    article: 'g1',
    sentence: 'The Guardian said Iran denied it.',
    start: 38,
    end: 71,
    confidence: 0.8,
  };
  const s3 = { article: 'g2', sentence: G2, start: 0, end: G2.length, confidence: 0.8 };
  const r = (type: RelationType, source: string, target: string, e: typeof s1, date: string) =>
    addRelation(graph, { type, source, target, evidence: [e], date });
  r('attacked', 'organisation:houthis', 'organisation:the-guardian', s1, '2020-01-10');
  r('stated', 'organisation:the-guardian', 'country:iran', s2, '2020-01-10');
  r('attacked', 'organisation:ansar-allah', 'organisation:the-guardian', s3, '2020-02-01');
  return graph;
}

const MERGE: Correction = { op: 'merge', into: 'organisation:houthis', from: 'organisation:ansar-allah' };
const SPLIT: Correction = {
  op: 'split',
  node: 'organisation:the-guardian',
  alias: 'Prosperity Guardian',
  key: 'organisation:operation-prosperity-guardian',
  label: 'Operation Prosperity Guardian',
};
const HOUTHIS_ATTACKED = 'attacked:organisation:houthis->organisation:the-guardian';

describe('applyCorrections', () => {
  it('merge folds names, mentions and relations into one node', () => {
    const { graph, applied, warnings } = applyCorrections(g(), [MERGE]);
    expect([applied, warnings]).toEqual([1, []]);
    expect(graph.hasNode('organisation:ansar-allah')).toBe(false);
    expect(graph.getNodeAttribute('organisation:houthis', 'aliases')).toEqual(['Houthis', 'Ansar Allah']);
    expect(graph.getNodeAttribute('organisation:houthis', 'articles')).toEqual(['g1', 'g2']);
    expect(graph.edges().sort()).toEqual([
      HOUTHIS_ATTACKED,
      'stated:organisation:the-guardian->country:iran',
    ]);
    const e = graph.getEdgeAttributes(HOUTHIS_ATTACKED);
    expect(e.evidence.map((x) => x.article)).toEqual(['g1', 'g2']);
    expect(e.confidence).toBe(0.96); // two articles at 0.8: 1 - 0.2 * 0.2
    expect(e.date).toBe('2020-01-10');
  });

  it('merging countries moves the actors affiliated with the merged one', () => {
    const { graph } = applyCorrections(g(), [
      { op: 'merge', into: 'country:uk', from: 'country:great-britain' },
    ]);
    expect(graph.getNodeAttribute('organisation:the-guardian', 'country')).toBe('country:uk');
    expect(graph.hasNode('country:great-britain')).toBe(false);
  });

  it('split moves the alias, its mentions and the evidence naming only it to a new node', () => {
    const { graph, warnings } = applyCorrections(g(), [SPLIT]);
    expect(warnings).toEqual([]);
    const op = graph.getNodeAttributes('organisation:operation-prosperity-guardian');
    expect(op.label).toBe('Operation Prosperity Guardian');
    expect(op.mentions.map((m) => `${m.article}:${m.start}`)).toEqual(['g1:17', 'g2:21']);
    const guardian = graph.getNodeAttributes('organisation:the-guardian');
    expect(guardian.aliases).toEqual(['The Guardian']);
    expect(guardian.mentions.map((m) => `${m.article}:${m.start}`)).toEqual(['g1:38']);
    expect(guardian.articles).toEqual(['g1']);
    expect(graph.edges().sort()).toEqual([
      'attacked:organisation:ansar-allah->organisation:operation-prosperity-guardian',
      'attacked:organisation:houthis->organisation:operation-prosperity-guardian',
      'stated:organisation:the-guardian->country:iran',
    ]);
  });

  it('rename keeps the key; delete-relation and delete-evidence remove what they name', () => {
    const { graph, applied } = applyCorrections(g(), [
      { op: 'rename', node: 'country:iran', label: 'Islamic Republic of Iran' },
      { op: 'delete-relation', relation: 'stated:organisation:the-guardian->country:iran' },
      MERGE,
      { op: 'delete-evidence', relation: HOUTHIS_ATTACKED, article: 'g1', start: 0, end: 37 },
    ]);
    expect(applied).toBe(4);
    expect(graph.getNodeAttribute('country:iran', 'label')).toBe('Islamic Republic of Iran');
    expect(graph.edges()).toEqual([HOUTHIS_ATTACKED]);
    const e = graph.getEdgeAttributes(HOUTHIS_ATTACKED);
    expect([e.evidence.length, e.confidence, e.date, e.articles]).toEqual([1, 0.8, '2020-02-01', ['g2']]);
  });

  it('a relation named by a merged-away end follows the merge', () => {
    const { graph, applied } = applyCorrections(g(), [
      MERGE,
      { op: 'delete-relation', relation: 'attacked:organisation:ansar-allah->organisation:the-guardian' },
    ]);
    expect(applied).toBe(2);
    expect(graph.edges()).toEqual(['stated:organisation:the-guardian->country:iran']);
  });

  it('reports each correction that cannot apply, and applies the rest', () => {
    const list: Correction[] = [
      { op: 'merge', into: 'organisation:houthis', from: 'organisation:nobody' },
      { op: 'rename', node: 'person:gone', label: 'X' },
      { op: 'delete-relation', relation: 'attacked:country:iran->country:uk' },
      { op: 'delete-evidence', relation: HOUTHIS_ATTACKED, article: 'g2', start: 0, end: 5 },
      { op: 'split', node: 'country:iran', alias: 'Persia' },
      { op: 'merge', into: 'country:iran', from: 'organisation:houthis' },
      MERGE,
    ];
    const { applied, warnings } = applyCorrections(g(), list);
    expect(applied).toBe(1);
    expect(warnings.map((w) => [w.index, w.message])).toEqual([
      [0, 'no node organisation:nobody'],
      [1, 'no node person:gone'],
      [2, 'no relation attacked:country:iran->country:uk'],
      [3, `no evidence g2@0-5 in ${HOUTHIS_ATTACKED}`],
      [4, 'country:iran has no alias "Persia"'],
      [5, 'organisation:houthis is a organisation, country:iran a country'],
    ]);
    expect(warnings[0].correction).toBe(list[0]);
  });

  it('leaves its input alone', () => {
    const input = g();
    applyCorrections(input, [MERGE, SPLIT]);
    expect(input.order).toBe(6);
    expect(input.size).toBe(3);
    expect(input.getNodeAttribute('organisation:the-guardian', 'mentions')).toHaveLength(3);
  });
});

describe('validateCorrections', () => {
  it('accepts the schema’s operations and refuses what is not one', () => {
    expect(validateCorrections({ version: 1, corrections: [MERGE, SPLIT] }).ok).toBe(true);
    expect(
      validateCorrections({ version: 1, corrections: [{ op: 'explode', node: 'country:iran' }] }).ok,
    ).toBe(false);
    expect(
      validateCorrections({ version: 1, corrections: [{ op: 'rename', node: 'country:iran' }] }).ok,
    ).toBe(false);
    expect(validateCorrections({ version: 2, corrections: [] }).ok).toBe(false);
    const self = validateCorrections({
      version: 1,
      corrections: [{ ...MERGE, from: 'organisation:houthis' }],
    });
    expect(self).toEqual({ ok: false, errors: ['/corrections/0: merges organisation:houthis into itself'] });
  });
});
