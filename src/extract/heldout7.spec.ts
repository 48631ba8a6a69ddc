// Rules added in round 8 (relation recall on the fifth held-out set): each test is a sentence written for the
// rule, with invented names, and fails without the rule.
import { describe, expect, it } from 'vitest';
import { edges, graphOf, labelsOf } from './spec-helpers.ts';

describe('V2 inversion: the subject after the finite verb', () => {
  it('"Ifølge X stod Y bag angrebet på Z" (da)', () => {
    const g = graphOf('Ifølge lokale medier stod Hamas bag et raketangreb på kystbyen Ashdod.', 'da');
    expect(edges(g, 'attacked')).toEqual(['organisation:hamas -> place:ashdod']);
  });
});

describe('"har base i/ved X"', () => {
  it('a people noun as subject (nb)', () => {
    const g = graphOf('Amerikanerne har base ved flyplassen i Tamale.', 'nb');
    expect(edges(g, 'stationed-at')).toContain('country:united-states -> place:tamale');
  });
  it('own soil and a coordinated list (da)', () => {
    const g = graphOf('Sverige har base i Karlskrona og Göteborg.', 'da');
    expect(edges(g, 'stationed-at')).toEqual([
      'country:sweden -> place:gothenburg',
      'country:sweden -> place:karlskrona',
    ]);
  });
});

describe('deployments', () => {
  it('"deployed ... to X" after a long object with commas (en)', () => {
    const g = graphOf(
      'Egypt has deployed tanks, drones and other military equipment to Sudan last year.',
      'en',
    );
    expect(edges(g, 'stationed-at')).toEqual(['country:egypt -> country:sudan']);
  });
  it('"deployert til X for å beskytte Y": the destination and the later place (nb)', () => {
    const g = graphOf('Danske kampfly er deployert til Litauen for å beskytte flyplassen i Šiauliai.', 'nb');
    expect(edges(g, 'stationed-at')).toContain('country:denmark -> country:lithuania');
  });
  it('a model number compound ("F-16-fly") heads a force (nb)', () => {
    const g = graphOf('Belgiske F-16-fly er deployert til Romania.', 'nb');
    expect(edges(g, 'stationed-at')).toEqual(['country:belgium -> country:romania']);
  });
  it('"sendte soldater ... til X" (nb), past an ordinal\'s point', () => {
    const g = graphOf('Frankrike sendte tusenvis av soldater fra 11. brigade til Estland.', 'nb');
    expect(edges(g, 'stationed-at')).toEqual(['country:france -> country:estonia']);
  });
  it('"er sendt til X" (da)', () => {
    const g = graphOf('Omkring 200 britiske soldater er sendt til Kosovo.', 'da');
    expect(edges(g, 'stationed-at')).toEqual(['country:united-kingdom -> country:kosovo']);
  });
  it('"X hosts British troops at Y": the host country too (en)', () => {
    const g = graphOf('Cyprus hosts British troops at Akrotiri.', 'en');
    expect(edges(g, 'stationed-at')).toContain('country:united-kingdom -> country:cyprus');
  });
  it('troops in coordinated countries (da)', () => {
    const g = graphOf('Ministeren besøgte de franske styrker i Mali og Niger.', 'da');
    expect(edges(g, 'stationed-at')).toEqual([
      'country:france -> country:mali',
      'country:france -> country:niger',
    ]);
  });
});

describe('national bodies', () => {
  it('"Xs ambassade" is the country\'s embassy and speaks (da)', () => {
    const g = graphOf('Polens ambassade i Oslo skriver, at situationen er alvorlig.', 'da');
    expect(labelsOf(g, 'organisation')).toEqual(['Embassy (Poland)']);
  });
  it('"den Xske ambassaden" (nb)', () => {
    const g = graphOf('Den franske ambassaden oppfordret alle til å forlate landet.', 'nb');
    expect(labelsOf(g, 'organisation')).toEqual(['Embassy (France)']);
  });
  it('an embassy after a preposition is a building, not a body', () => {
    const g = graphOf('Demonstranter tok seg inn i den franske ambassaden i Bamako.', 'nb');
    expect(labelsOf(g, 'organisation')).toEqual([]);
  });
});

describe('compass words in names', () => {
  it('"South X" is a region of its own', () => {
    const g = graphOf('Storms hit South Jutland on Monday.', 'en');
    expect(labelsOf(g, 'place')).toEqual(['South Jutland']);
  });
});

describe('arrivals and presence', () => {
  it('"politifolk er nå i X": a police contingent abroad (nb)', () => {
    const g = graphOf('Rundt 300 kenyanske politifolk er nå i Somalia.', 'nb');
    expect(edges(g, 'stationed-at')).toEqual(['country:kenya -> country:somalia']);
  });
  it('"soldatene ankom X": the place right after the verb (nb)', () => {
    const g = graphOf('De første franske soldatene ankom Niamey lørdag.', 'nb');
    expect(edges(g, 'stationed-at')).toEqual(['country:france -> place:niamey']);
  });
});

describe('troops in a relative clause on a base', () => {
  it('"garnisonen X, hvor amerikanske specialstyrker træner ..." (da)', () => {
    const g = graphOf(
      'Vejen fører til garnisonen Kelvara, hvor franske specialstyrker træner lokale soldater.',
      'da',
    );
    expect(edges(g, 'stationed-at')).toEqual(['country:france -> base:kelvara']);
  });
});
