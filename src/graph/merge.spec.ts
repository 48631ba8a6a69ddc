import { describe, expect, it } from 'vitest';
import { merged, reference } from '../../test/support/merge-reference.ts';
import { addArticle, addRelation, canonicalize, createNewsGraph, upsertNode } from './build.ts';
import { mergeInto } from './merge.ts';
import { stringifyGraph } from './serialize.ts';

describe('GraphMerger', () => {
  it('gives what folding with the builders gives, on hand-made overlapping graphs', () => {
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
    expect(merged([one, two])).toBe(expected);
    expect(stringifyGraph(canonicalize(mergeInto(mergeInto(createNewsGraph(), one), two)))).toBe(expected);
    expect(stringifyGraph(canonicalize(mergeInto(createNewsGraph(), one, two)))).toBe(expected);
    const edge = JSON.parse(expected).edges[0].attributes;
    expect(edge.confidence).toBe(0.88); // 1 - 0.4 × 0.3
    expect(edge.date).toBe('2020-01');
    const usa = JSON.parse(expected).nodes.find((n: { key: string }) => n.key === 'country:usa').attributes;
    expect(usa.aliases).toEqual(['USA', 'US', 'United States']);
    expect(usa.articles).toEqual(['a', 'b']);
  });
});

describe('mergeInto', () => {
  it('keeps attributes the merge does not own (layout positions) and adds new nodes', () => {
    const target = createNewsGraph();
    upsertNode(target, { key: 'country:iran', label: 'Iran', type: 'country' });
    target.mergeNodeAttributes('country:iran', { x: 3, y: 4 });
    const source = createNewsGraph();
    addArticle(source, { id: 'b', file: 'b', lang: 'en', text: 'Iraq and Iran.' });
    upsertNode(source, {
      key: 'country:iran',
      label: 'Iran',
      type: 'country',
      mentions: [{ article: 'b', sentence: 0, start: 10, end: 14 }],
    });
    upsertNode(source, { key: 'country:iraq', label: 'Iraq', type: 'country' });
    mergeInto(target, source);
    expect(target.getNodeAttributes('country:iran')).toMatchObject({ x: 3, y: 4, articles: ['b'] });
    expect(target.order).toBe(2);
    expect(target.getAttribute('articles').map((a) => a.id)).toEqual(['b']);
  });
});
