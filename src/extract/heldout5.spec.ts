// Rules added in round 6 (relations and speakers on unseen news): each test is a sentence written for the rule,
// with invented names, and fails without the rule.
import { describe, expect, it } from 'vitest';
import type { NewsGraph } from '../graph/index.ts';
import { edges, graphOf, labelsOf } from './spec-helpers.ts';
/** Labels of whoever has a stated edge. */
const speakers = (g: NewsGraph): string[] => [
  ...new Set(
    g
      .filterEdges((_k, a) => a.type === 'stated')
      .map((k) => g.getNodeAttribute(g.source(k), 'label') as string),
  ),
];

describe('attacks by country adjectives on vehicles and arms', () => {
  it('a long passive subject with coordinated targets: "blev 40 mål i X og Y angrebet af franske bombefly"', () => {
    const g = graphOf('Fem dage senere blev 40 mål i Libyen og Tchad angrebet af franske bombefly.', 'da');
    expect(edges(g, 'attacked')).toEqual([
      'country:france -> country:chad',
      'country:france -> country:libya',
    ]);
  });
  it('a "-backed" country is still no attacker with arms nouns', () => {
    const g = graphOf('Iranian-backed drones struck Kharkiv overnight.', 'en');
    expect(edges(g, 'attacked')).toEqual([]);
  });
});

describe('unknown places', () => {
  it('a name after "ved" is a place, and the target of a passive', () => {
    const g = graphOf('Et hotell ved Varnolo ble beskutt av tyrkisk artilleri.', 'nb');
    expect(labelsOf(g, 'place')).toEqual(['Varnolo']);
    expect(edges(g, 'attacked')).toEqual(['country:turkey -> place:varnolo']);
  });
  it('a name after "ved" with a title before the preposition is no place', () => {
    const g = graphOf('- Det er alvorligt, siger professor ved Oslomet Kari Lund.', 'da');
    expect(labelsOf(g, 'place')).toEqual([]);
  });
  it('a single unknown name after "in" is a place', () => {
    const g = graphOf('The army moved its headquarters to a school in Karvosk.', 'en');
    expect(labelsOf(g, 'place')).toEqual(['Karvosk']);
  });
});

describe('stationing', () => {
  it('a country that has a base in a place is stationed there', () => {
    const g = graphOf('Tyrkia har også en stor militærbase i Korvala.', 'nb');
    expect(edges(g, 'stationed-at')).toEqual(['country:turkey -> place:korvala']);
  });
  it('an adjective-owned base in a country', () => {
    const g = graphOf('Angrebet ramte en lille fransk base i Niger.', 'da');
    expect(edges(g, 'stationed-at')).toEqual(['country:france -> country:niger']);
  });
  it('"Leiren er USAs militærbase": the base named as subject', () => {
    const g = graphOf(
      'Ved kysten ligger Camp Korsvik. Leiren er Frankrikes eneste militærbase i regionen.',
      'nb',
    );
    expect(edges(g, 'stationed-at')).toEqual(['country:france -> base:korsvik']);
  });
  it("not a country's base on its own soil, nor a superlative's region", () => {
    const a = graphOf('Raketten ramte en irakisk militærbase i Kirkuk nord i Irak.', 'nb');
    expect(edges(a, 'stationed-at')).toEqual([]);
    const b = graphOf('Kadena is the largest American air base in the Pacific.', 'en');
    expect(edges(b, 'stationed-at')).not.toContain('country:united-states -> place:pacific');
  });
  it('coordinated subjects of "har N styrker i"', () => {
    const g = graphOf('Også Italien og Spanien har mindre styrker i Tchad.', 'da');
    expect(edges(g, 'stationed-at')).toEqual([
      'country:italy -> country:chad',
      'country:spain -> country:chad',
    ]);
  });
  it('a place that names the country after a direction: "i X nord i Armenia"', () => {
    const g = graphOf('Russland har rundt 3000 soldater på sin militærbase i Varsk nord i Armenia.', 'nb');
    expect(edges(g, 'stationed-at')).toContain('country:russia -> country:armenia');
  });
});

describe('speakers', () => {
  it('"bad X om": the subject asks, after a fronted adverbial too', () => {
    const g = graphOf(
      'Forud for mødet bad udenrigsminister Hanne Sørvik den russiske ambassadør om en forklaring.',
      'da',
    );
    expect(speakers(g)).toEqual(['Hanne Sørvik']);
  });
  it('"asked X to": the subject asks', () => {
    const g = graphOf('Defence Secretary Miguel Arroyo asked China to return the seized weapons.', 'en');
    expect(speakers(g)).toEqual(['Miguel Arroyo']);
    expect(edges(g, 'stated')).toContain(
      `${g.findNode((_k, a) => a.label === 'Miguel Arroyo')} -> country:china`,
    );
  });
  it('a name with an apposition before "said"', () => {
    const g = graphOf(
      'Lena Hart, a former officer who studies naval power at Stanford University, said China had escalated the conflict.',
      'en',
    );
    expect(speakers(g)).toEqual(['Lena Hart']);
  });
  it('a place in the quoted words is what the statement is about', () => {
    const g = graphOf(
      '– Vores soldater er i Goma for at beskytte civile, siger talsperson Thabo Nkosi.',
      'da',
    );
    expect(edges(g, 'stated')).toContain(`${g.findNode((_k, a) => a.label === 'Thabo Nkosi')} -> place:goma`);
  });
});
