import { describe, expect, it } from 'vitest';
import { addArticle, addRelation, createNewsGraph, upsertNode } from './build.ts';
import { GraphFileError, parseGraph, serializeGraph, stringifyGraph } from './serialize.ts';
import { validateGraphData } from './validate.ts';

function data() {
  const g = createNewsGraph();
  addArticle(g, { id: 'a', file: 'a.txt', lang: 'en', text: 'Iran fired missiles at the base.' });
  upsertNode(g, { key: 'country:iran', label: 'Iran', type: 'country' });
  upsertNode(g, { key: 'base:b', label: 'B', type: 'base', country: 'country:iran' });
  addRelation(g, {
    type: 'attacked',
    source: 'country:iran',
    target: 'base:b',
    evidence: [{ article: 'a', sentence: 'Iran fired missiles at the base.', start: 0, end: 32 }],
  });
  return JSON.parse(JSON.stringify(serializeGraph(g)));
}

describe('validateGraphData', () => {
  it('accepts what the builder writes', () => {
    expect(validateGraphData(data()).ok).toBe(true);
  });

  it('points at the first schema problem', () => {
    const d = data();
    d.nodes[0].attributes.type = 'planet';
    const r = validateGraphData(d);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toContain('/nodes/0/attributes/type');
  });

  it('rejects edges to missing nodes and relations the ontology forbids', () => {
    const d = data();
    d.edges[0].target = 'base:nowhere';
    const r = validateGraphData(d);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toContain('no node "base:nowhere"');

    const d2 = data();
    d2.edges[0].attributes.type = 'stationed-at';
    d2.edges[0].source = 'base:b';
    d2.edges[0].target = 'country:iran';
    const r2 = validateGraphData(d2);
    expect(r2.ok).toBe(false);
  });

  it('rejects a country attribute that is not a country node', () => {
    const d = data();
    d.nodes[0].attributes.country = 'base:b';
    expect(validateGraphData(d).ok).toBe(false);
  });

  it('refuses prototype-polluting keys', () => {
    const text = JSON.stringify(data()).replace(
      '"label":"Iran"',
      '"label":"Iran","__proto__":{"polluted":true}',
    );
    expect(() => parseGraph(text)).toThrow(GraphFileError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives a clear error for text that is not JSON', () => {
    expect(() => parseGraph('{nope')).toThrow(/not JSON/);
  });

  it('never writes an invalid graph', () => {
    const g = createNewsGraph();
    upsertNode(g, { key: 'person:x', label: 'X', type: 'person', country: 'person:x' });
    expect(() => stringifyGraph(g)).toThrow(/refusing to write/);
  });
});
