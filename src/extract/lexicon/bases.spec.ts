// The gazetteer of well-known military bases (bases.json): a base named without a base word is still a base,
// it carries its host country, and its names and spellings make one node.
import { describe, expect, it } from 'vitest';
import type { NewsGraph } from '../../graph/index.ts';
import { graphOf } from '../spec-helpers.ts';
import bases from './bases.json';
import countries from './countries.json';

const nodesOf = (g: NewsGraph, type: string): string[] => g.filterNodes((_k, a) => a.type === type).sort();

describe('bases gazetteer', () => {
  it('every base has a host country that exists, and no name is shared by two bases', () => {
    const ids = new Set(countries.map((c) => c.id));
    const seen = new Map<string, string>();
    for (const b of bases) {
      if (b.country !== undefined) expect(ids.has(b.country), b.id).toBe(true);
      for (const n of b.names) {
        expect(seen.get(n.toLowerCase()) ?? b.id, n).toBe(b.id);
        seen.set(n.toLowerCase(), b.id);
      }
    }
  });

  it('a known base named alone is a base in its host country', () => {
    const g = graphOf('Iranske missiler ramte Incirlik natten til mandag.', 'da');
    expect(nodesOf(g, 'base')).toEqual(['base:incirlik']);
    expect(g.getNodeAttribute('base:incirlik', 'country')).toBe('country:turkey');
    expect(g.hasEdge('country:iran', 'base:incirlik')).toBe(true);
  });

  it('its old and new names, with or without a base word, are one node', () => {
    const g = graphOf(
      'Danske soldater er udstationeret på Thule-basen. Pituffik har været amerikansk siden 1951.',
      'da',
    );
    expect(nodesOf(g, 'base')).toHaveLength(1);
    expect(nodesOf(g, 'place')).toEqual([]);
  });

  it('a base word after the known name is part of it, never a base of its own', () => {
    const g = graphOf('The drones were shot down near Al Dhafra Air Base on Sunday.', 'en');
    expect(nodesOf(g, 'base')).toEqual(['base:al-dhafra']);
  });
});
