import { describe, expect, it } from 'vitest';
import { GAZ_B, GAZ_CATEGORIES, GAZ_I, GAZ_L, GAZ_U, Gazetteer } from './gazetteer.ts';
import { lexiconGazetteer } from './lexicon.ts';

const bit = (cat: string, part: number): number => 1 << (GAZ_CATEGORIES.indexOf(cat as 'country') * 4 + part);

describe('gazetteer', () => {
  const gaz = Gazetteer.fromLists({
    country: ['De forente arabiske emirater', 'Norge', 'USA'],
    place: ['Nord-Norge', 'Bergen'],
    title: ['statsminister'],
    demonym: ['norsk'],
  });

  it('marks a multi-word country name, longest match first', () => {
    const m = gaz.mark('Han reiste til De forente arabiske emirater i går'.split(' '));
    expect(m.span[3]).toBe(bit('country', GAZ_B));
    expect(m.span[4]).toBe(bit('country', GAZ_I));
    expect(m.span[5]).toBe(bit('country', GAZ_I));
    expect(m.span[6]).toBe(bit('country', GAZ_L));
    expect(m.span[2]).toBe(0);
    expect(m.span[7]).toBe(0);
  });

  it('keeps case rules: names need a capital, short acronyms must match exactly', () => {
    expect(gaz.mark(['bergen']).span[0]).toBe(0);
    expect(gaz.mark(['Bergen']).span[0]).toBe(bit('place', GAZ_U));
    expect(gaz.mark(['Usa']).span[0]).toBe(0);
    expect(gaz.mark(['Statsminister']).span[0]).toBe(bit('title', GAZ_U));
  });

  it('reads genitives and the head of a hyphenated compound', () => {
    expect(gaz.mark(['Norges']).span[0]).toBe(bit('country', GAZ_U));
    expect(gaz.mark(["USA's"]).span[0]).toBe(bit('country', GAZ_U));
    expect(gaz.mark(['Bergen-laget']).head[0]).toBe(1 << GAZ_CATEGORIES.indexOf('place'));
    expect(gaz.mark(['norskes']).span[0]).toBe(0);
  });

  it('builds from the project lexicons with a stable fingerprint', () => {
    const a = lexiconGazetteer();
    expect(a.size).toBeGreaterThan(1000);
    const m = a.mark(['Storbritannia', 'og', 'Forente', 'nasjoner']);
    expect(m.span[0] & bit('country', GAZ_U)).not.toBe(0);
    expect(Gazetteer.fromLists({ country: ['Norge'] }).fingerprint).toBe(
      Gazetteer.fromLists({ country: ['Norge'] }).fingerprint,
    );
    expect(Gazetteer.fromLists({ country: ['Norge'] }).fingerprint).not.toBe(gaz.fingerprint);
  });
});
