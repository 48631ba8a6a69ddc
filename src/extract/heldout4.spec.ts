// Rules added after scoring the fourth held-out set (test/fixtures/dev4): each test is a sentence written for
// the rule, with invented names (or, for the nationality lexicon, a leader no corpus names), and fails without
// the rule.
import { describe, expect, it } from 'vitest';
import type { NewsGraph } from '../graph/index.ts';
import { edges, graphOf, labelsOf } from './spec-helpers.ts';
const countryOf = (g: NewsGraph, label: string): unknown =>
  g.getNodeAttribute(
    g.findNode((_k, a) => a.label === label),
    'country',
  );

describe('nationality of well-known people named without their country', () => {
  it('comes from the people lexicon, not from the language of the article', () => {
    const g = graphOf('- Vi står sammen med våre allierte, sier statsminister Anthony Albanese.', 'nb');
    expect(countryOf(g, 'Anthony Albanese')).toBe('country:australia');
  });
});

describe('bases named without a base word', () => {
  it('after a presence phrase: "udstationeret på X"', () => {
    const g = graphOf('Omkring 200 franske soldater er udstationeret på Kalvik.', 'da');
    expect(labelsOf(g, 'base')).toEqual(['Kalvik']);
    expect(edges(g, 'stationed-at')).toEqual(['country:france -> base:kalvik']);
  });
  it('keeps a number that follows the name: "Post 17"', () => {
    const g = graphOf('Rundt 300 amerikanske soldater er stasjonert på Post 17.', 'nb');
    expect(labelsOf(g, 'base')).toEqual(['Post 17']);
  });
  it('"operate from X"', () => {
    const g = graphOf('Dutch troops operate from Harlow Point.', 'en');
    expect(labelsOf(g, 'base')).toEqual(['Harlow Point']);
    expect(edges(g, 'stationed-at')).toEqual(['country:netherlands -> base:harlow-point']);
  });
  it('an example from a list of bases: "30 baser, blant annet X"', () => {
    const g = graphOf('Hæren har over 30 baser og utposter i regionen, blant annet Korvamo.', 'nb');
    expect(labelsOf(g, 'base')).toEqual(['Korvamo']);
  });
});

describe('presence phrases', () => {
  it('"holdes af" names who holds the base', () => {
    const g = graphOf('I nord ligger flybasen Ravnholm. Basen holdes af britiske soldater.', 'da');
    expect(edges(g, 'stationed-at')).toEqual(['country:united-kingdom -> base:ravnholm']);
  });
  it('a people noun as the subject of "har haft soldater i"', () => {
    const g = graphOf('Franskmændene har haft soldater i Tchad siden 1986.', 'da');
    expect(edges(g, 'stationed-at')).toEqual(['country:france -> country:chad']);
  });
  it('"i X i <land>": the country the place lies in too', () => {
    const g = graphOf('Italien har 300 soldater i Mosul i Irak.', 'da');
    expect(edges(g, 'stationed-at')).toEqual([
      'country:italy -> country:iraq',
      'country:italy -> place:mosul',
    ]);
  });
  it('", mens ..." opens a clause with its own troops', () => {
    const g = graphOf(
      'Danske soldater er udstationeret i Estland, mens britiske soldater opererer fra Storvik.',
      'da',
    );
    expect(edges(g, 'stationed-at')).toEqual([
      'country:denmark -> country:estonia',
      'country:united-kingdom -> base:storvik',
    ]);
  });
});
