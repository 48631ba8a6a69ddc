import { describe, expect, it } from 'vitest';
import organisationsJson from './organisations.json';
import titlesJson from './titles.json';
import countriesJson from './countries.json';
import type { CountryEntry, LexLang, OrganisationEntry, OrganisationKind, TitleLexicon } from './types.ts';

const orgs = organisationsJson as OrganisationEntry[];
const titles = titlesJson as TitleLexicon;
const countryIds = new Set((countriesJson as CountryEntry[]).map((c) => c.id));
const LANGS: LexLang[] = ['da', 'nb', 'sv', 'en'];
const KINDS: OrganisationKind[] = [
  'intergovernmental',
  'alliance',
  'armed-group',
  'military',
  'ministry',
  'diplomatic',
  'government',
  'parliament',
  'party',
  'news-agency',
  'media',
  'company',
  'ngo',
  'other',
];

/** Entries whose names contain `name` exactly (case-sensitive: "IS" is not "is", "AP" is not "Ap"). */
function named(name: string): OrganisationEntry[] {
  return orgs.filter((o) => o.names.includes(name));
}
function only(name: string): OrganisationEntry {
  const found = named(name);
  expect(
    found.map((o) => o.id),
    `entries named ${name}`,
  ).toHaveLength(1);
  return found[0];
}
function byId(id: string): OrganisationEntry {
  const found = orgs.find((o) => o.id === id);
  if (!found) throw new Error(`no organisation ${id}`);
  return found;
}

describe('organisations.json shape', () => {
  it('has a few hundred entries', () => {
    expect(orgs.length).toBeGreaterThanOrEqual(400);
    expect(orgs.length).toBeLessThanOrEqual(800);
  });

  it('ids are unique, lower-case and hyphenated', () => {
    const ids = orgs.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('every entry has a valid kind, a label among its names and no blank or repeated names', () => {
    for (const o of orgs) {
      expect(KINDS, o.id).toContain(o.kind);
      expect(o.names, o.id).toContain(o.label);
      expect(new Set(o.names).size, o.id).toBe(o.names.length);
      for (const n of o.names) expect(n.trim(), o.id).toBe(n);
      for (const n of o.names) expect(n.length, o.id).toBeGreaterThan(0);
    }
  });

  it('countries are ids from countries.json', () => {
    for (const o of orgs)
      if (o.country !== undefined) expect(countryIds.has(o.country), `${o.id}: ${o.country}`).toBe(true);
  });

  it('national entries have no country; party codes only on parties', () => {
    const national = orgs.filter((o) => o.national);
    expect(national.length).toBeGreaterThan(5);
    for (const o of national) expect(o.country, o.id).toBeUndefined();
    for (const o of orgs) if (o.partyCodes) expect(o.kind, o.id).toBe('party');
  });

  it('two non-national entries share a name only for known homonyms (told apart by language)', () => {
    // Same name, different bodies: the Danish and Norwegian Venstre and TV 2, Norway's and Sweden's DN,
    // Denmark's and Sweden's government ("Regeringen").
    const allowed = new Set(['Venstre', 'TV 2', 'TV2', 'DN', 'Regeringen']);
    const owners = new Map<string, string[]>();
    for (const o of orgs) {
      if (o.national) continue;
      for (const n of o.names) owners.set(n, [...(owners.get(n) ?? []), o.id]);
    }
    const shared = [...owners].filter(([, ids]) => ids.length > 1).map(([n]) => n);
    expect(shared.filter((n) => !allowed.has(n))).toEqual([]);
  });
});

describe('organisations.json spot checks', () => {
  it('the UN in every language', () => {
    for (const n of [
      'UN',
      'FN',
      'United Nations',
      'De forente nasjoner',
      'Förenta nationerna',
      'De Forenede Nationer',
    ])
      expect(only(n).id).toBe('un');
    expect(byId('un').country).toBeUndefined();
    expect(byId('un').kind).toBe('intergovernmental');
  });

  it('the Security Council is its own body, not the UN', () => {
    const sc = only('Sikkerhedsrådet');
    expect(sc.id).not.toBe('un');
    expect(only('Sikkerhetsrådet').id).toBe(sc.id);
    expect(only('Security Council').id).toBe(sc.id);
  });

  it('Islamic State under all its names', () => {
    const is = only('Islamisk Stat');
    for (const n of [
      'IS',
      'ISIS',
      'ISIL',
      'Isil',
      'Daesh',
      'Islamic State',
      'Islamiska staten',
      'Den islamske staten',
    ])
      expect(only(n).id).toBe(is.id);
    expect(is.kind).toBe('armed-group');
    expect(is.country).toBeUndefined();
  });

  it('al-Qaeda, al-Nusra and Hezbollah spellings', () => {
    expect(only('al-Qaida').id).toBe(only('al-Qaeda').id);
    expect(only('Al Qaeda').id).toBe(only('al-Qaeda').id);
    expect(only('Jabhat al-Nusra').id).toBe(only('al-Nusra').id);
    expect(only('Hizbollah').id).toBe(only('Hezbollah').id);
    expect(only('Hizbullah').country).toBe('lebanon');
    expect(only('houthierne').id).toBe(only('Ansar Allah').id);
    expect(only('houthiene').country).toBe('yemen');
  });

  it('the US-led coalition', () => {
    const c = only('koalitionen');
    expect(c.label).toBe('Coalition');
    for (const n of [
      'koalisjonen',
      'koalitionsstyrker',
      'koalisjonsstyrken',
      'den USA-ledede koalisjonen',
      'koalisjonen mot IS',
    ])
      expect(only(n).id).toBe(c.id);
  });

  it('Iranian forces', () => {
    const irgc = only('Revolutionsgarden');
    expect(irgc.country).toBe('iran');
    for (const n of ['IRGC', 'Revolusjonsgarden', 'Revolutionsgarde', 'Islamic Revolutionary Guard Corps'])
      expect(only(n).id).toBe(irgc.id);
    const quds = only('Quds-styrken');
    expect(quds.id).not.toBe(irgc.id);
    expect(quds.country).toBe('iran');
    for (const n of ['Quds Force', 'Quds-elitestyrken', 'Quds-styrke']) expect(only(n).id).toBe(quds.id);
  });

  it('US institutions', () => {
    expect(only('Pentagon').country).toBe('united-states');
    expect(only('det amerikanske forsvarsministerium').id).toBe(only('Pentagon').id);
    expect(only('Det Hvide Hus').id).toBe(only('White House').id);
    expect(only('Vita huset').country).toBe('united-states');
    expect(only('US Army').kind).toBe('military');
    expect(only('CENTCOM').country).toBe('united-states');
  });

  it('news agencies and media carry their country', () => {
    const expected: Record<string, string> = {
      Ritzau: 'denmark',
      NTB: 'norway',
      TT: 'sweden',
      Reuters: 'united-kingdom',
      AFP: 'france',
      Bloomberg: 'united-states',
      'Bloomberg News': 'united-states',
      Fars: 'iran',
      IRNA: 'iran',
      VG: 'norway',
      'Washington Post': 'united-states',
      Guardian: 'united-kingdom',
      'Sky News': 'united-kingdom',
      'Al Jazeera': 'qatar',
      Twitter: 'united-states',
    };
    for (const [n, country] of Object.entries(expected)) expect(only(n).country, n).toBe(country);
    expect(only('Ritzau').kind).toBe('news-agency');
    expect(only('Guardian').id).toBe(only('The Guardian').id);
  });

  it('Danish institutions', () => {
    expect(only('Folketinget').country).toBe('denmark');
    expect(only('Folketing').id).toBe(only('Folketinget').id);
    const naevn = only('Det Udenrigspolitiske Nævn');
    expect(naevn.country).toBe('denmark');
    expect(only('Udenrigspolitiske Nævn').id).toBe(naevn.id);
    expect(only('Stortinget').country).toBe('norway');
    expect(only('Riksdagen').country).toBe('sweden');
  });

  it('generic national names have no country of their own', () => {
    for (const n of [
      'Forsvaret',
      'Forsvarsministeriet',
      'forsvarsministerium',
      'UD',
      'regeringen',
      'regjeringen',
      'parlamentet',
      'nasjonalforsamlingen',
    ]) {
      const national = named(n).filter((o) => o.national);
      expect(national, n).toHaveLength(1);
    }
    expect(named('forsvarsministerium')[0].kind).toBe('ministry');
    // "Forsvaret" alone names the armed forces of whichever country the text is about.
    expect(named('Forsvaret').every((o) => o.national)).toBe(true);
  });

  it('Danish and Norwegian Venstre are different parties with their own codes', () => {
    const venstre = named('Venstre');
    expect(venstre.map((o) => o.id).sort()).toEqual(['venstre-dk', 'venstre-no']);
    expect(byId('venstre-dk').country).toBe('denmark');
    expect(byId('venstre-no').country).toBe('norway');
    expect(byId('venstre-dk').partyCodes).toContain('V');
    expect(
      named('TV 2')
        .map((o) => o.country)
        .sort(),
    ).toEqual(['denmark', 'norway']);
  });

  it('Scandinavian party letters', () => {
    const code = (c: string, country: string) =>
      orgs
        .filter((o) => o.kind === 'party' && o.country === country && o.partyCodes?.includes(c))
        .map((o) => o.id);
    expect(code('H', 'norway')).toEqual([only('Høyre').id]);
    expect(code('Ap', 'norway')).toEqual([only('Arbeiderpartiet').id]);
    expect(code('FrP', 'norway')).toEqual([only('Fremskrittspartiet').id]);
    expect(code('S', 'denmark')).toEqual([only('Socialdemokratiet').id]);
    expect(code('Ø', 'denmark')).toEqual([only('Enhedslisten').id]);
    expect(code('ALT', 'denmark')).toEqual([only('Alternativet').id]);
    expect(code('SD', 'sweden')).toEqual([only('Sverigedemokraterna').id]);
    // A letter names at most one party per country.
    for (const country of ['denmark', 'norway', 'sweden']) {
      const codes = orgs.filter((o) => o.country === country).flatMap((o) => o.partyCodes ?? []);
      expect(new Set(codes).size, country).toBe(codes.length);
    }
  });

  it('abbreviations that are common words in lower case are kept upper case', () => {
    // The extractor matches these case-sensitively; a lower-case form would hit "is", "ud", "fra".
    for (const o of orgs)
      for (const n of o.names) expect(['is', 'ud', 'fra', 'tt', 'dr', 'pet', 'fe', 'ap']).not.toContain(n);
  });
});

describe('titles.json', () => {
  const KINDS_T = ['political', 'military', 'diplomatic', 'media', 'other', 'honorific'];

  it('has every kind with every language, all lower case, no duplicates', () => {
    expect(Object.keys(titles).sort()).toEqual([...KINDS_T].sort());
    for (const kind of KINDS_T) {
      for (const lang of LANGS) {
        const words = titles[kind][lang] ?? [];
        expect(words.length, `${kind}.${lang}`).toBeGreaterThan(3);
        for (const w of words) expect(w, `${kind}.${lang}`).toBe(w.toLowerCase());
        for (const w of words) expect(w.trim(), `${kind}.${lang}`).toBe(w);
        expect(new Set(words).size, `${kind}.${lang}`).toBe(words.length);
      }
    }
  });

  const has = (kind: string, lang: LexLang, ...words: string[]) => {
    for (const w of words) expect(titles[kind][lang], `${kind}.${lang} ${w}`).toContain(w);
  };

  it('political titles', () => {
    has(
      'political',
      'da',
      'forsvarsminister',
      'forsvarsministeren',
      'præsident',
      'præsidenten',
      'statsminister',
      'udenrigsordfører',
      'formand',
      'talsmand',
      'kong',
    );
    has(
      'political',
      'nb',
      'forsvarsminister',
      'forsvarsministeren',
      'utenriksminister',
      'ordfører',
      'formann',
      'visepresident',
      'talsmann',
    );
    has(
      'political',
      'sv',
      'försvarsminister',
      'försvarsministern',
      'ordförande',
      'generalsekreterare',
      'statsministern',
    );
    has(
      'political',
      'en',
      'president',
      'secretary of state',
      'secretary-general',
      'prime minister',
      'ayatollah',
    );
  });

  it('military titles', () => {
    has('military', 'nb', 'brigader', 'general', 'generalen', 'oberst', 'kaptein', 'forsvarssjef');
    has(
      'military',
      'da',
      'general',
      'generalen',
      'generalmajor',
      'oberstløjtnant',
      'kaptajn',
      'forsvarschef',
      'øverstkommanderende',
    );
    has('military', 'sv', 'general', 'generalen', 'överste', 'översten', 'överbefälhavare');
    has('military', 'en', 'general', 'colonel', 'lieutenant', 'commander', 'brigadier', 'marshal');
  });

  it('diplomatic, media, other and honorific titles', () => {
    has('diplomatic', 'da', 'ambassadør', 'ambassadøren', 'udsending');
    has('diplomatic', 'nb', 'ambassadør', 'utsending');
    has('diplomatic', 'en', 'ambassador', 'envoy');
    has('media', 'nb', 'utenrikspolitisk redaktør', 'journalist', 'korrespondent');
    has('media', 'da', 'udlandsredaktør', 'kommentator', 'analytiker', 'fotograf');
    has('media', 'en', 'commentator', 'photographer');
    has(
      'other',
      'da',
      'professor',
      'forsker',
      'ekspert',
      'advokat',
      'dommer',
      'dr.',
      'administrerende direktør',
      'biskop',
      'imam',
      'præst',
    );
    has('other', 'en', 'ceo');
    has('honorific', 'da', 'hr.', 'fru');
    has('honorific', 'en', 'mr.', 'mrs.', 'ms.', 'dr.', 'sir');
  });

  it('Swedish definite forms follow Swedish, not Danish, endings', () => {
    expect(titles.political.sv).toContain('ministern');
    expect(titles.political.sv).not.toContain('ministeren');
    expect(titles.military.da).toContain('kaptajnen');
    expect(titles.military.nb).not.toContain('generalenen');
  });
});
