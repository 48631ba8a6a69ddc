import { describe, expect, it } from 'vitest';
import { readUrl, writeUrl } from './url.ts';

describe('url state', () => {
  it('round-trips a filter, the graph address and the selection', () => {
    const q = writeUrl(
      'data/g.json',
      { countries: ['country:iran'], actor: 'person:x', depth: 2, types: ['person', 'base'] },
      { kind: 'node', key: 'person:x' },
    );
    const back = readUrl(q);
    expect(back.graphUrl).toBe('data/g.json');
    expect(back.filter).toEqual({
      countries: ['country:iran'],
      actor: 'person:x',
      depth: 2,
      types: ['person', 'base'],
    });
    expect(back.selection).toEqual({ kind: 'node', key: 'person:x' });
  });

  it('round-trips the article being read and its cited span', () => {
    const q = writeUrl(null, {}, { kind: 'edge', key: 'e' }, { id: 'a1', start: 10, end: 42 });
    expect(readUrl(q).article).toEqual({ id: 'a1', start: 10, end: 42 });
    expect(readUrl(writeUrl(null, {}, null, { id: 'a1' })).article).toEqual({ id: 'a1' });
    expect(readUrl('').article).toBeNull();
  });

  it('writes nothing for an empty view', () => {
    expect(writeUrl(null, {}, null)).toBe('');
    expect(readUrl('').filter).toEqual({});
  });

  it('round-trips an exploration, a path and the size and colour metrics', () => {
    const view = {
      explore: { start: 'country:usa', expanded: ['country:usa', 'base:a,b'] },
      path: { from: 'person:x', to: null },
      sizeBy: 'betweenness' as const,
      colorBy: 'community' as const,
    };
    const back = readUrl(writeUrl(null, {}, null, null, view));
    expect(back.view).toEqual(view);
    expect(readUrl('').view).toEqual({ explore: null, path: null, sizeBy: 'relations', colorBy: 'type' });
  });
});
