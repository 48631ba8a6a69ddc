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

  it('folds case, accents, hyphens and spaces', () => {
    expect(foldForSearch('  Ålborg  Øst ')).toBe('alborg øst');
    expect(foldForSearch('Ain Al-Asad')).toBe('ain al asad');
  });

  it('prefers whole and canonical names: "US" finds United States before US Army', () => {
    const g = graph();
    upsertNode(g, { key: 'country:us', label: 'United States', type: 'country', aliases: ['USA', 'USA’s'] });
    upsertNode(g, { key: 'organisation:army', label: 'US Army', type: 'organisation' });
    upsertNode(g, { key: 'person:r', label: 'Hassan Rouhani', type: 'person' });
    const idx = new SearchIndex(g);
    expect(idx.search('US').map((h) => h.key)).toEqual(['country:us', 'organisation:army']);
    expect(idx.search('USA')[0]).toMatchObject({ key: 'country:us', via: 'USA' });
    expect(idx.search('Ain al Asad')[0].key).toBe('base:ain');
    // A genitive finds the name.
    expect(idx.search('Rouhanis')[0].key).toBe('person:r');
  });
});
