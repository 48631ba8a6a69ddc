import { describe, expect, it } from 'vitest';
import countriesJson from './countries.json';
import placesJson from './places.json';
import type { CountryEntry, LexLang, PlaceEntry } from './types.ts';

const countries = countriesJson as CountryEntry[];
const places = placesJson as PlaceEntry[];
const LANGS: LexLang[] = ['da', 'nb', 'sv', 'en'];
const PLACE_KINDS = ['city', 'region', 'province', 'continent', 'territory', 'sea', 'other'];

/**
 * States and territories with no adjective in everyday Scandinavian use, or whose only adjective belongs to a
 * neighbour ("congolesisk" is DR Congo's, "dominikansk" the Dominican Republic's): giving them one would make
 * the extractor resolve the neighbour's adjective to the wrong country.
 */
const NO_ADJECTIVE = new Set([
  'republic-of-the-congo',
  'dominica',
  'saint-kitts-and-nevis',
  'saint-lucia',
  'saint-vincent-and-the-grenadines',
  'sao-tome-and-principe',
  'vatican-city',
  'western-sahara',
  'macau',
  'gibraltar',
  'bermuda',
  'new-caledonia',
  'french-polynesia',
  'falkland-islands',
  'guam',
]);

const country = (id: string): CountryEntry => {
  const c = countries.find((x) => x.id === id);
  if (!c) throw new Error(`no country ${id}`);
  return c;
};
const place = (id: string): PlaceEntry => {
  const p = places.find((x) => x.id === id);
  if (!p) throw new Error(`no place ${id}`);
  return p;
};
/** Every surface name of a country: its names in all languages and its aliases. */
const surfaceNames = (c: CountryEntry): string[] => [...Object.values(c.names).flat(), ...(c.aliases ?? [])];
const countriesNamed = (name: string): string[] =>
  countries.filter((c) => surfaceNames(c).includes(name)).map((c) => c.id);
const placesNamed = (name: string): string[] => places.filter((p) => p.names.includes(name)).map((p) => p.id);

/** Map from key to the set of owners, to find keys claimed by more than one owner. */
function owners(pairs: Array<[string, string]>): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const [key, owner] of pairs) {
    const set = map.get(key) ?? new Set<string>();
    set.add(owner);
    map.set(key, set);
  }
  return map;
}
const shared = (map: Map<string, Set<string>>): string[] =>
  [...map].filter(([, set]) => set.size > 1).map(([key, set]) => `${key}: ${[...set].join(', ')}`);

describe('countries.json structure', () => {
  it('lists at least 190 countries with unique ids in the id format', () => {
    expect(countries.length).toBeGreaterThanOrEqual(190);
    const ids = countries.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('has unique ISO 3166-1 alpha-2 codes of two upper-case letters', () => {
    const codes = countries.map((c) => c.iso2);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('names every country in all four languages', () => {
    for (const c of countries) {
      for (const lang of LANGS) expect(c.names[lang]?.length ?? 0, `${c.id} ${lang}`).toBeGreaterThan(0);
      expect(c.label.trim(), c.id).not.toBe('');
    }
  });

  it('gives adjectives in da and nb to every country except the documented few', () => {
    for (const c of countries) {
      if (NO_ADJECTIVE.has(c.id)) continue;
      expect(c.adjectives.da?.length ?? 0, `${c.id} da`).toBeGreaterThan(0);
      expect(c.adjectives.nb?.length ?? 0, `${c.id} nb`).toBeGreaterThan(0);
    }
    for (const id of NO_ADJECTIVE)
      expect(
        countries.some((c) => c.id === id),
        id,
      ).toBe(true);
  });

  it('keeps Scandinavian adjectives and people nouns in lower case', () => {
    for (const c of countries) {
      for (const lang of ['da', 'nb', 'sv'] as const) {
        for (const w of [...(c.adjectives[lang] ?? []), ...(c.people[lang] ?? [])]) {
          expect(w, `${c.id} ${lang}`).toBe(w.toLowerCase());
        }
      }
    }
  });

  it('points every capital at a place that lies in that country', () => {
    const placeIds = new Set(places.map((p) => p.id));
    for (const c of countries) {
      if (c.capital === undefined) continue;
      expect(placeIds.has(c.capital), `${c.id} capital ${c.capital}`).toBe(true);
      expect(place(c.capital).country, `${c.id} capital ${c.capital}`).toBe(c.id);
    }
  });

  it('never gives one name, adjective or people noun to two countries', () => {
    const names = owners(
      countries.flatMap((c) => surfaceNames(c).map((n): [string, string] => [n.toLowerCase(), c.id])),
    );
    expect(shared(names)).toEqual([]);
    for (const field of ['adjectives', 'people'] as const) {
      for (const lang of LANGS) {
        const words = owners(
          countries.flatMap((c) => (c[field][lang] ?? []).map((w): [string, string] => [w, c.id])),
        );
        expect(shared(words), `${field} ${lang}`).toEqual([]);
      }
    }
  });

  it('has no empty or padded strings', () => {
    for (const c of countries) {
      const all = [
        ...surfaceNames(c),
        ...Object.values(c.adjectives).flat(),
        ...Object.values(c.people).flat(),
      ];
      for (const s of all) expect(s, c.id).toBe(s.trim());
      for (const s of all) expect(s.length, c.id).toBeGreaterThan(0);
    }
  });
});

describe('places.json structure', () => {
  it('has several hundred places with unique ids and a known kind', () => {
    expect(places.length).toBeGreaterThanOrEqual(500);
    const ids = places.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of places) {
      expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(PLACE_KINDS, p.id).toContain(p.kind);
      expect(p.names.length, p.id).toBeGreaterThan(0);
    }
  });

  it('refers only to existing countries', () => {
    const countryIds = new Set(countries.map((c) => c.id));
    for (const p of places) if (p.country !== undefined) expect(countryIds.has(p.country), p.id).toBe(true);
  });

  it('never gives a place a name that a country or another place already has', () => {
    const pairs: Array<[string, string]> = [
      ...countries.flatMap((c) =>
        surfaceNames(c).map((n): [string, string] => [n.toLowerCase(), `country:${c.id}`]),
      ),
      ...places.flatMap((p) => p.names.map((n): [string, string] => [n.toLowerCase(), `place:${p.id}`])),
    ];
    expect(shared(owners(pairs))).toEqual([]);
  });

  it('leaves continents without a country', () => {
    for (const p of places.filter((x) => x.kind === 'continent')) {
      expect(p.country, p.id).toBeUndefined();
    }
  });
});

describe('spot checks (written by hand)', () => {
  it('knows the United States in every language', () => {
    const us = country('united-states');
    expect(us.iso2).toBe('US');
    expect(us.names.da).toContain('USA');
    expect(us.aliases).toEqual(
      expect.arrayContaining(['US', 'U.S.', 'United States of America', 'De forente stater']),
    );
    expect(us.adjectives.da).toEqual(expect.arrayContaining(['amerikansk', 'amerikanske']));
    expect(us.adjectives.sv).toEqual(expect.arrayContaining(['amerikansk', 'amerikanska', 'amerikanskt']));
    expect(us.adjectives.en).toContain('American');
    expect(us.people.da).toEqual(
      expect.arrayContaining(['amerikaner', 'amerikaneren', 'amerikanere', 'amerikanerne']),
    );
    expect(us.people.sv).toEqual(
      expect.arrayContaining(['amerikan', 'amerikanen', 'amerikaner', 'amerikanerna']),
    );
    expect(us.capital).toBe('washington');
  });

  it('knows Norwegians and Danes', () => {
    expect(country('norway').people.nb).toEqual(
      expect.arrayContaining(['nordmann', 'nordmannen', 'nordmenn', 'nordmennene']),
    );
    expect(country('norway').people.da).toEqual(expect.arrayContaining(['nordmand', 'nordmænd']));
    expect(country('norway').people.sv).toContain('norrmän');
    expect(country('denmark').people.da).toEqual(expect.arrayContaining(['dansker', 'danskerne']));
    expect(country('denmark').adjectives.nb).toContain('danske');
  });

  it('uses the Scandinavian spellings of country names', () => {
    expect(countriesNamed('Irak')).toEqual(['iraq']);
    for (const lang of ['da', 'nb', 'sv'] as const) expect(country('iraq').names[lang]).toContain('Irak');
    expect(country('united-kingdom').names.nb).toContain('Storbritannia');
    expect(country('united-kingdom').names.da).toContain('Storbritannien');
    expect(country('united-kingdom').names.sv).toContain('Storbritannien');
    expect(country('germany').names.nb).toContain('Tyskland');
    expect(country('france').names.da).toContain('Frankrig');
    expect(country('france').names.sv).toContain('Frankrike');
    expect(country('syria').names.da).toContain('Syrien');
    expect(country('syria').names.nb).toContain('Syria');
    expect(country('south-korea').names.nb).toContain('Sør-Korea');
    expect(country('south-korea').names.da).toContain('Sydkorea');
    expect(country('north-korea').names.nb).toContain('Nord-Korea');
    expect(country('switzerland').names.nb).toContain('Sveits');
    expect(country('austria').names.da).toContain('Østrig');
    expect(country('greece').names.nb).toContain('Hellas');
    expect(country('turkey').names.sv).toContain('Turkiet');
    expect(country('ukraine').names.nb).toContain('Ukraina');
    expect(country('ivory-coast').names.da).toContain('Elfenbenskysten');
    expect(country('saudi-arabia').names.da).toContain('Saudi-Arabien');
    expect(country('saudi-arabia').names.nb).toContain('Saudi-Arabia');
    expect(country('united-arab-emirates').names.nb).toContain('De forente arabiske emirater');
    expect(countriesNamed('Hviderusland')).toEqual(['belarus']);
    expect(countriesNamed('Holland')).toEqual(['netherlands']);
    expect(countriesNamed('Rusland')).toEqual(['russia']);
    expect(countriesNamed('Ryssland')).toEqual(['russia']);
    expect(countriesNamed('Den Demokratiske Republik Congo')).toEqual(['dr-congo']);
    expect(countriesNamed('Jordan')).toEqual(['jordan']);
    expect(countriesNamed('Tchad')).toEqual(['chad']);
  });

  it('resolves adjectives to the right country', () => {
    expect(country('iran').adjectives.da).toEqual(expect.arrayContaining(['iransk', 'iranske']));
    expect(country('iraq').adjectives.nb).toEqual(expect.arrayContaining(['irakisk', 'irakiske']));
    expect(country('russia').adjectives.sv).toEqual(expect.arrayContaining(['rysk', 'ryska']));
    expect(country('united-kingdom').adjectives.sv).toContain('brittiska');
    expect(country('switzerland').adjectives.nb).toContain('sveitsisk');
    expect(country('netherlands').adjectives.en).toContain('Dutch');
  });

  it('places capitals, cities and regions', () => {
    expect(placesNamed('Bagdad')).toEqual(['baghdad']);
    expect(place('baghdad').country).toBe('iraq');
    expect(place('baghdad').names).toContain('Baghdad');
    expect(place('tehran').names).toEqual(expect.arrayContaining(['Teheran', 'Tehran']));
    expect(place('moscow').names).toEqual(expect.arrayContaining(['Moskva', 'Moscow']));
    expect(place('copenhagen').names).toEqual(expect.arrayContaining(['København', 'Copenhagen']));
    expect(place('kyiv').names).toEqual(expect.arrayContaining(['Kyiv', 'Kiev']));
    expect(placesNamed('Erbil')).toEqual(['erbil']);
    expect(place('erbil').country).toBe('iraq');
    expect(place('aleppo').country).toBe('syria');
    expect(place('crimea').names).toEqual(expect.arrayContaining(['Krim', 'Krym', 'Crimea']));
    expect(place('gaza-strip').names).toContain('Gazastriben');
    expect(place('west-bank').names).toContain('Vestbredden');
    expect(place('the-hague').names).toContain('Haag');
    expect(place('geneva').names).toContain('Genève');
    expect(place('beijing').names).toContain('Peking');
    expect(place('stavanger').country).toBe('norway');
    expect(place('aarhus').country).toBe('denmark');
    expect(place('malmo').country).toBe('sweden');
  });

  it('has continents, regions and seas without a country', () => {
    expect(placesNamed('Mellemøsten')).toEqual(['middle-east']);
    expect(placesNamed('Midtøsten')).toEqual(['middle-east']);
    expect(placesNamed('Mellanöstern')).toEqual(['middle-east']);
    expect(place('europe').kind).toBe('continent');
    expect(place('persian-gulf').names).toContain('Golfen');
    expect(place('strait-of-hormuz').names).toEqual(
      expect.arrayContaining(['Hormuzstrædet', 'Hormuzstredet']),
    );
    expect(place('strait-of-hormuz').kind).toBe('sea');
    expect(place('baltic-sea').names).toEqual(expect.arrayContaining(['Østersøen', 'Østersjøen']));
    expect(place('black-sea').names).toEqual(expect.arrayContaining(['Sortehavet', 'Svartehavet']));
    expect(place('balkans').country).toBeUndefined();
  });
});
