// Rules added after scoring the third held-out set (test/fixtures/dev3): each test is a sentence written for
// the rule, with names that appear in no corpus, and fails without the rule.
import { describe, expect, it } from 'vitest';
import { edges, graphOf, labelsOf } from './spec-helpers.ts';

describe('statements that name nobody else', () => {
  it("are about the speaker's country when the article names it", () => {
    const g = graphOf('- Vi er klar til at hjælpe, siger Finlands forsvarsminister Aino Lehtola.', 'da');
    expect(edges(g, 'stated')).toEqual(['person:aino-lehtola -> country:finland']);
  });
  it('are about the organisation in the speaker title', () => {
    const g = graphOf('FNs generalsekretær, Ola Bremnes, sier at han er dypt bekymret.', 'nb');
    expect(edges(g, 'stated')).toEqual(['person:ola-bremnes -> organisation:un']);
  });
  it("never about a politician's party, nor a country the article does not name", () => {
    const g = graphOf('- Det er meget alvorligt, siger Venstres formand, Jens Holmgaard.', 'da');
    expect(edges(g, 'stated')).toEqual([]);
  });
  it('a militia does not speak for the country it fights in', () => {
    const g = graphOf(
      'Kampene fortsætter i Somalia. Al-Shabaab hævder, at gruppen dræbte over 100 soldater.',
      'da',
    );
    expect(edges(g, 'stated')).toEqual([]);
  });
});

describe('bases and stationing', () => {
  it('names a base from "X flystation" in Danish', () => {
    const g = graphOf('Soldaterne er udstationeret på Ravnsvik flystation i Nordnorge.', 'da');
    expect(labelsOf(g, 'base')).toEqual(['Ravnsvik']);
  });
  it('reads "gør tjeneste i" / "tjenestegjør i" as stationed', () => {
    expect(
      edges(graphOf('Omkring 40 danske soldater gør tjeneste i Estland.', 'da'), 'stationed-at'),
    ).toEqual(['country:denmark -> country:estonia']);
    expect(edges(graphOf('Rundt 30 norske soldater tjenestegjør i Latvia.', 'nb'), 'stationed-at')).toEqual([
      'country:norway -> country:latvia',
    ]);
  });
});

describe('who was told is not who spoke', () => {
  it('"told Reuters": the agency is the addressee, never the speaker', () => {
    const g = graphOf(
      'Militants fired two rockets at the Ain Zalah base in Syria on Monday. "The base was not damaged," a Pentagon spokesman, Major Carl Winther, told Reuters.',
      'en',
    );
    expect(edges(g, 'stated').filter((e) => e.startsWith('organisation:reuters'))).toEqual([]);
  });
});
