import { describe, expect, it } from 'vitest';
import { createNewsGraph, mergeInto } from '../graph/index.ts';
import type { NewsGraph } from '../graph/index.ts';
import { consolidate, extractArticle, extractCorpus } from './index.ts';
import { foldName } from './fold.ts';

function graphOf(text: string, lang?: 'da' | 'nb' | 'sv' | 'en'): NewsGraph {
  return extractArticle({ id: 'a.txt', file: 'a.txt', text, ...(lang ? { lang } : {}) });
}
const edges = (g: NewsGraph, type: string): string[] =>
  g.filterEdges((_k, a) => a.type === type).map((k) => `${g.source(k)} -> ${g.target(k)}`);

describe('entities', () => {
  it('resolves demonyms to their country', () => {
    const g = graphOf('Flere franske soldater deltog i øvelsen sammen med polske kolleger.', 'da');
    expect(g.hasNode('country:france')).toBe(true);
    expect(g.hasNode('country:poland')).toBe(true);
  });
  it('gives a titled person the country of a genitive before the title', () => {
    const g = graphOf('Det siger Frankrigs udenrigsminister Pierre Lavalle til avisen.', 'da');
    expect(g.getNodeAttribute('person:piere-lavale', 'country')).toBe('country:france');
  });
  it('finds a person by title and never a pronoun or a sentence-initial word', () => {
    const g = graphOf(
      'Landet har længe ventet. Han mener, at general Tomas Ekdahl bør gå af. Desværre sker det ikke.',
      'da',
    );
    expect(g.filterNodes((_k, a) => a.type === 'person')).toEqual(['person:tomas-ekdahl']);
  });
  it('names bases from base vocabulary', () => {
    const g = graphOf(
      'Soldaterne bor på militærbasen Camp Kamal. Senere blev en flybase i Mosul også nævnt.',
      'da',
    );
    expect(g.hasNode('base:camp-kamal') || g.hasNode('base:kamal')).toBe(true);
    expect(g.getNodeAttribute('base:mosul', 'type')).toBe('base');
  });
  it('folds spelling variants of a person into one node', () => {
    expect(foldName('Mohammed Bin-Salman')).toBe(foldName('Muhammed bin Salman').replace('u', 'o'));
    const g = extractCorpus([
      { id: '1', file: '1', text: 'Det oplyser general Qassim Hakimi fra hæren.', lang: 'da' },
      { id: '2', file: '2', text: 'Det oplyser general Qasim Hakimi fra hæren.', lang: 'da' },
    ]);
    expect(g.filterNodes((_k, a) => a.type === 'person')).toHaveLength(1);
  });
  it('resolves a surname to the full name met in the article and across the corpus', () => {
    const g = graphOf(
      'Statsminister Ingrid Sørvik (Ap) sier at Norge ikke trekker seg. Sørvik sier også at Irak er viktig.',
      'nb',
    );
    expect(g.filterNodes((_k, a) => a.type === 'person')).toEqual(['person:ingrid-sorvik']);
    expect(g.getNodeAttribute('person:ingrid-sorvik', 'country')).toBe('country:norway');
    const merged = createNewsGraph();
    mergeInto(merged, graphOf('Forsvarsminister Ole Brandvik sier at Irak er viktig.', 'nb'));
    mergeInto(
      merged,
      extractArticle({
        id: 'b',
        file: 'b',
        text: 'Forsvarsministeren Brandvik sier at Syria er viktig.',
        lang: 'nb',
      }),
    );
    consolidate(merged);
    expect(merged.filterNodes((_k, a) => a.type === 'person')).toEqual(['person:ole-brandvik']);
  });
});

describe('attacked', () => {
  it('reads an active attack with "mod"', () => {
    expect(
      edges(graphOf('Syrien affyrede i nat raketter mod luftbasen Hmeimim i Syrien.', 'da'), 'attacked'),
    ).toContain('country:syria -> base:hmeimim');
  });
  it('reads a passive attack and takes the attacker from the attack just told', () => {
    const g = graphOf(
      'Israel bombede lufthavnen i Damaskus natten til søndag. Også en militærbase i Homs blev ramt.',
      'da',
    );
    expect(edges(g, 'attacked')).toContain('country:israel -> base:homs');
  });
  it('reads a nominal attack with a genitive attacker', () => {
    const g = graphOf('Tyrkiets angreb på den kurdiske milits YPG fortsætter.', 'da');
    expect(edges(g, 'attacked').some((e) => e.startsWith('country:turkey ->'))).toBe(true);
  });
  it('attributes an attack to whoever "stood behind" it', () => {
    const g = graphOf(
      'En kommandant, general Ali Reza Tavakoli, blev dræbt i et droneangreb. Israel stod bag angrebet.',
      'da',
    );
    expect(edges(g, 'attacked')).toContain('country:israel -> person:ali-reza-tavakoli');
  });
});

describe('stationed-at', () => {
  it('resolves "der" to the place just spoken of', () => {
    const g = graphOf(
      'Koalisjonen har trent soldater i Litauen i flere år. Også Tyskland har 500 soldater utplassert der.',
      'nb',
    );
    expect(edges(g, 'stationed-at')).toContain('country:germany -> country:lithuania');
  });
  it('reads a base housing troops of several countries', () => {
    const g = graphOf(
      'Angrebet ramte militærbasen Camp Lemonnier i Djibouti, der huser franske og japanske soldater.',
      'da',
    );
    const st = edges(g, 'stationed-at');
    expect(st.some((e) => e.startsWith('country:france ->'))).toBe(true);
    expect(st.some((e) => e.startsWith('country:japan ->'))).toBe(true);
  });
});

describe('stated', () => {
  it('attributes a dash-led quote paragraph to the speaker named after it', () => {
    const g = graphOf('- Vi støtter Ukraina fuldt ud, siger udenrigsminister Lars Holmgaard.', 'da');
    expect(edges(g, 'stated')).toEqual(['person:lars-holmgard -> country:ukraine']);
  });
  it('carries the speaker over to a following dash paragraph without attribution', () => {
    const g = graphOf(
      '- Vi er bekymrede, sier statsminister Kari Lund (Ap).\n\n– Russland må trekke seg ut.',
      'nb',
    );
    expect(edges(g, 'stated')).toContain('person:kari-lund -> country:russia');
  });
  it('treats a news agency relaying a speaker as a source, not the speaker', () => {
    const g = graphOf(
      '- Kina har sendt krigsskibe mod Taiwan, udtaler Pentagon ifølge nyhedsbureauet Reuters.',
      'da',
    );
    const st = edges(g, 'stated');
    expect(st).toContain('organisation:pentagon -> country:china');
    expect(st.some((e) => e.startsWith('organisation:reuters'))).toBe(false);
  });
});

describe('generality (sentences written for these rules, not taken from any corpus)', () => {
  it('keeps the definite noun "angrebet" after a subordinator from being a verb', () => {
    const g = graphOf('Forsvaret kan ikke oplyse, om angrebet får konsekvenser for soldaterne i Irak.', 'da');
    expect(edges(g, 'attacked')).toEqual([]);
  });
  it('stations troops in every coordinated location of "har soldater i X og Y"', () => {
    const g = graphOf('Frankrike har soldater i Estland og Latvia.', 'nb');
    expect(edges(g, 'stationed-at').sort()).toEqual([
      'country:france -> country:estonia',
      'country:france -> country:latvia',
    ]);
  });
  it('names a ship as a unit with its flag state, deployed to a sea', () => {
    const g = graphOf('Den norske fregatten Otto Sverdrup er utsendt til Middelhavet.', 'nb');
    expect(g.getNodeAttribute('organisation:oto-sverdrup', 'type')).toBe('organisation');
    expect(g.getNodeAttribute('organisation:oto-sverdrup', 'country')).toBe('country:norway');
  });
  it('reads a directional compound as a region of the country, not a base', () => {
    const g = graphOf('Militsen skjøt raketter mot en militærbase i Nord-Kosovo.', 'nb');
    expect(g.getNodeAttribute('place:nord-kosovo', 'type')).toBe('place');
    expect(g.getNodeAttribute('place:nord-kosovo', 'country')).toBe('country:kosovo');
  });
  it('reads "are stationed in" in English', () => {
    const g = graphOf('About 400 British troops are stationed in Estonia.', 'en');
    expect(edges(g, 'stationed-at')).toEqual(['country:united-kingdom -> country:estonia']);
  });
  it("joins a country's genitive and a national body into that country's body", () => {
    const g = graphOf('Tysklands forsvarsministerium oplyser, at Polen har fået flere kampvogne.', 'da');
    expect(g.getNodeAttribute('organisation:national-defence-ministry-germany', 'country')).toBe(
      'country:germany',
    );
    expect(edges(g, 'stated')).toContain('organisation:national-defence-ministry-germany -> country:poland');
  });
  it('does not make a "-backed" country an attack target, nor the speaker of "said" an attacker', () => {
    const g = graphOf('The Pentagon said the United States struck Russian-backed fighters in Libya.', 'en');
    expect(edges(g, 'attacked')).toEqual(['country:united-states -> country:libya']);
  });
  it('takes the person in an apposition, not the recipient, as the speaker of "told"', () => {
    const g = graphOf(
      "Turkey's foreign ministry spokesman, Kemal Arslan, told Reuters that Ankara had no role in Syria.",
      'en',
    );
    expect(edges(g, 'stated')).toContain('person:kemal-arslan -> country:syria');
    expect(edges(g, 'stated').some((e) => e.startsWith('organisation:reuters'))).toBe(false);
  });
});
