import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTextArticle } from '../articles/parse.ts';
import { extractArticle } from '../extract/index.ts';
import {
  addArticle,
  addRelation,
  canonicalize,
  createNewsGraph,
  mergeInto,
  serializeGraph,
  stringifyGraph,
  upsertNode,
} from '../graph/index.ts';
import type { NewsGraph } from '../graph/index.ts';
import { CorpusMerger } from './merge.ts';

/** The reference: mergeInto one article after another. */
function reference(graphs: NewsGraph[]): string {
  const g = createNewsGraph();
  for (const a of graphs) mergeInto(g, a);
  return stringifyGraph(canonicalize(g));
}

function fast(graphs: NewsGraph[]): string {
  const m = new CorpusMerger();
  for (const a of graphs) m.add(JSON.parse(JSON.stringify(serializeGraph(a))));
  return stringifyGraph(canonicalize(m.graph()));
}

describe('CorpusMerger', () => {
  it('gives exactly what mergeInto gives on hand-made overlapping graphs', () => {
    const one = createNewsGraph();
    addArticle(one, { id: 'a', file: 'a', lang: 'da', text: 'USA angreb Iran. Iran svarede.' });
    upsertNode(one, {
      key: 'country:usa',
      label: 'USA',
      type: 'country',
      mentions: [{ article: 'a', sentence: 0, start: 0, end: 3 }],
    });
    upsertNode(one, {
      key: 'country:iran',
      label: 'Iran',
      type: 'country',
      mentions: [{ article: 'a', sentence: 0, start: 11, end: 15 }],
    });
    upsertNode(one, { key: 'person:x', label: 'X', type: 'person' });
    addRelation(one, {
      type: 'attacked',
      source: 'country:usa',
      target: 'country:iran',
      date: '2020-02',
      evidence: [{ article: 'a', sentence: 'USA angreb Iran.', start: 0, end: 16, confidence: 0.6 }],
    });
    const two = createNewsGraph();
    addArticle(two, { id: 'b', file: 'b', lang: 'en', text: 'The US attacked Iran.' });
    upsertNode(two, {
      key: 'country:usa',
      label: 'US',
      type: 'country',
      aliases: ['USA', 'United States'],
      mentions: [{ article: 'b', sentence: 0, start: 4, end: 6 }],
    });
    upsertNode(two, {
      key: 'country:iran',
      label: 'Iran',
      type: 'country',
      mentions: [{ article: 'b', sentence: 0, start: 16, end: 20 }],
    });
    upsertNode(two, {
      key: 'person:x',
      label: 'X',
      type: 'person',
      country: 'country:iran',
      title: 'general',
    });
    addRelation(two, {
      type: 'attacked',
      source: 'country:usa',
      target: 'country:iran',
      date: '2020-01',
      evidence: [{ article: 'b', sentence: 'The US attacked Iran.', start: 0, end: 21, confidence: 0.7 }],
    });
    const expected = reference([one, two]);
    expect(fast([one, two])).toBe(expected);
    const edge = JSON.parse(expected).edges[0].attributes;
    expect(edge.confidence).toBe(0.88); // 1 - 0.4 × 0.3
    expect(edge.date).toBe('2020-01');
  });

  it("gives exactly what mergeInto gives on the extractor's graphs of the seeds, twice over", () => {
    const dir = new URL('../../seeds/', import.meta.url);
    const names = readdirSync(dir).sort();
    const graphs = [...names, ...names.map((n) => `copy/${n}`)].map((id) => {
      const name = id.replace('copy/', '');
      return extractArticle(parseTextArticle(id, id, readFileSync(new URL(name, dir), 'utf8')));
    });
    expect(fast(graphs)).toBe(reference(graphs));
  });
});
