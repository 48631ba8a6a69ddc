import { describe, expect, it } from 'vitest';
import { addRelation, createNewsGraph, upsertNode } from '../../graph/index.ts';
import { facetCounts } from './counts.ts';

const m = (article: string) => [{ article, sentence: 0, start: 0, end: 1 }];
const ev = (article: string) => [{ article, sentence: 'x', start: 0, end: 1 }];

function graph() {
  const g = createNewsGraph();
  upsertNode(g, { key: 'country:a', label: 'A', type: 'country', mentions: m('1') });
  upsertNode(g, { key: 'country:b', label: 'B', type: 'country', mentions: m('2') });
  upsertNode(g, { key: 'person:p', label: 'P', type: 'person', country: 'country:a', mentions: m('1') });
  upsertNode(g, { key: 'person:q', label: 'Q', type: 'person', country: 'country:b', mentions: m('2') });
  upsertNode(g, { key: 'base:z', label: 'Z', type: 'base', country: 'country:a', mentions: m('1') });
  addRelation(g, { type: 'attacked', source: 'person:p', target: 'base:z', evidence: ev('1') });
  addRelation(g, { type: 'stated', source: 'person:q', target: 'country:a', evidence: ev('2') });
  return g;
}

describe('facetCounts', () => {
  it('counts everything when no filter is set', () => {
    const c = facetCounts(graph(), {});
    expect(Object.fromEntries(c.types)).toEqual({ country: 2, person: 2, base: 1 });
    expect(Object.fromEntries(c.relations)).toEqual({ attacked: 1, stated: 1 });
    expect(Object.fromEntries(c.countries)).toEqual({ 'country:a': 3, 'country:b': 2 });
    expect(Object.fromEntries(c.articles)).toEqual({ '1': 3, '2': 2 });
  });

  it('lifts a facet’s own criterion but keeps the others', () => {
    const c = facetCounts(graph(), { countries: ['country:a'], types: ['person'] });
    // Types: country A's nodes of every type and Q, who speaks about A; countries: persons of every country.
    expect(Object.fromEntries(c.types)).toEqual({ country: 1, person: 2, base: 1 });
    expect(Object.fromEntries(c.countries)).toEqual({ 'country:a': 1, 'country:b': 1 });
  });
});
