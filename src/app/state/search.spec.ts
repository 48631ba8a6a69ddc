import { describe, expect, it } from 'vitest';
import { createNewsGraph, upsertNode } from '../../graph/index.ts';
import { SearchIndex, foldForSearch } from './search.ts';

function graph() {
  const g = createNewsGraph();
  upsertNode(g, {
    key: 'person:a',
    label: 'Qassem Soleimani',
    type: 'person',
    aliases: ['Qasem Soleimani', 'Soleimani'],
  });
  upsertNode(g, { key: 'country:iran', label: 'Iran', type: 'country', aliases: ['iranske'] });
  upsertNode(g, { key: 'place:q', label: 'Qasr', type: 'place' });
  upsertNode(g, { key: 'base:ain', label: 'Ain al-Asad', type: 'base' });
  return g;
}

describe('SearchIndex', () => {
  it('finds a node through an alias and says which alias matched', () => {
    const hits = new SearchIndex(graph()).search('Qasem');
    expect(hits[0]).toMatchObject({ key: 'person:a', via: 'Qasem Soleimani' });
  });

  it('ranks a prefix of the label before a word inside a name', () => {
    const hits = new SearchIndex(graph()).search('qas');
    expect(hits.map((h) => h.key)).toEqual(['place:q', 'person:a']);
  });

  it('matches words after a hyphen, ignores accents and can be restricted', () => {
    const idx = new SearchIndex(graph());
    expect(idx.search('asad')[0].key).toBe('base:ain');
    expect(idx.search('IRÁN')[0].key).toBe('country:iran');
    expect(idx.search('iran', 10, (k) => k !== 'country:iran')).toEqual([]);
  });

  it('folds case, accents and spaces', () => {
    expect(foldForSearch('  Ålborg  Øst ')).toBe('alborg øst');
  });
});
