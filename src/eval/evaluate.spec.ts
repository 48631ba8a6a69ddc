import { describe, expect, it } from 'vitest';
import { addArticle, addRelation, createNewsGraph, nodeKey, upsertNode } from '../graph/index.ts';
import type { EntityType, Evidence, NewsGraph, RelationType } from '../graph/index.ts';
import { evaluate } from './evaluate.ts';
import type { GoldAnnotation, GoldEntity, GoldRelation } from './gold.ts';
import { formatReport } from './format.ts';

// Tiny hand-made worlds. Every expected figure below is counted by hand from the rules in the gold file's
// `scoring` field, not read back from the code.

const gold = (entities: GoldEntity[], relations: GoldRelation[] = []): GoldAnnotation => ({
  entities,
  relations,
});
const ent = (id: string, type: EntityType, names: string[], more: Partial<GoldEntity> = {}): GoldEntity => ({
  id,
  type,
  names,
  ...more,
});

const TEXT = 'USA attacked Iran. Norway said nothing.';
const ARTICLE = { id: 'a1', file: 'a1.txt', lang: 'en' as const, text: TEXT };

function graph(): NewsGraph {
  const g = createNewsGraph();
  addArticle(g, { ...ARTICLE });
  return g;
}

/** Adds a node; the key carries a suffix so the same label can be added twice as two nodes. */
function node(
  g: NewsGraph,
  type: EntityType,
  label: string,
  opts: { aliases?: string[]; country?: string; suffix?: string } = {},
): string {
  return upsertNode(g, {
    key: nodeKey(type, label) + (opts.suffix ?? ''),
    label,
    type,
    aliases: opts.aliases,
    country: opts.country,
  });
}

const GOOD: Evidence = { article: 'a1', sentence: 'USA attacked Iran.', start: 0, end: 18 };
function edge(g: NewsGraph, type: RelationType, s: string, t: string, evidence: Evidence[] = [GOOD]): void {
  addRelation(g, { type, source: s, target: t, evidence });
}

describe('entities', () => {
  const G = gold([
    ent('iran', 'country', ['Iran', 'Irans']),
    ent('usa', 'country', ['USA', "USA's"]),
    ent('trump', 'person', ['Donald Trump', 'Trump']),
  ]);

  it('2 true positives, 1 duplicate, 1 miss → P = 2/3, R = 2/3', () => {
    const g = graph();
    node(g, 'country', 'Iran');
    node(g, 'country', 'Irans', { suffix: '-2' }); // a second node for Iran
    node(g, 'person', 'Trump');
    const r = evaluate(g, G);
    expect(r.entities.tp).toBe(2);
    expect(r.entities.fp).toBe(1);
    expect(r.entities.duplicates).toBe(1);
    expect(r.entities.precision).toBeCloseTo(2 / 3);
    expect(r.entities.recall).toBeCloseTo(2 / 3);
    expect(r.entities.f1).toBeCloseTo(2 / 3);
    expect(r.details.entities.misses).toEqual([{ id: 'usa', type: 'country', name: 'USA' }]);
    expect(r.details.entities.falsePositives).toEqual([
      { key: 'country:irans-2', label: 'Irans', type: 'country', reason: 'duplicate', entity: 'iran' },
    ]);
  });

  it('matches through aliases and possessives on both sides, and counts per type', () => {
    const g = graph();
    node(g, 'person', 'President Donald J. Trump', { aliases: ['Trumps'] });
    node(g, 'country', "USA's");
    node(g, 'person', 'Nobody Known');
    const r = evaluate(g, G);
    expect(r.entities.tp).toBe(2);
    expect(r.entities.fp).toBe(1);
    expect(r.entities.byType.person).toMatchObject({ tp: 1, fp: 1, found: 1, required: 1, precision: 0.5 });
    expect(r.entities.byType.country).toMatchObject({ tp: 1, fp: 0, found: 1, required: 2, recall: 0.5 });
    expect(r.entities.byType.base).toMatchObject({ tp: 0, fp: 0, precision: null, recall: null, f1: null });
  });

  it('requires the type to match: a gold name on a node of another type is a false positive, not a find', () => {
    const g = graph();
    node(g, 'organisation', 'Iran');
    const r = evaluate(g, G);
    expect(r.entities).toMatchObject({ tp: 0, fp: 1, found: 0, required: 3 });
    expect(r.details.entities.falsePositives[0]).toMatchObject({
      reason: 'wrong-type',
      entity: 'iran',
      goldType: 'country',
    });
  });

  it('keeps diacritics: Tromso is not Tromsø', () => {
    const g = graph();
    node(g, 'place', 'Tromso');
    const r = evaluate(g, gold([ent('tromso', 'place', ['Tromsø'])]));
    expect(r.entities).toMatchObject({ tp: 0, fp: 1, found: 0 });
  });

  it('lets a place stand for a base, but not a base for a place', () => {
    const G2 = gold([ent('erbil', 'base', ['Erbil']), ent('bagdad', 'place', ['Bagdad'])]);
    const g = graph();
    node(g, 'place', 'Erbil');
    node(g, 'base', 'Bagdad');
    const r = evaluate(g, G2);
    expect(r.entities).toMatchObject({ tp: 1, fp: 1, found: 1, required: 2 });
    expect(r.entities.byType.place).toMatchObject({ tp: 1, fp: 0, found: 0, required: 1 });
    expect(r.entities.byType.base).toMatchObject({ tp: 0, fp: 1, found: 1, required: 1 });
  });

  it('prefers the node of the base type when a base and a place both name a base', () => {
    const g = graph();
    node(g, 'place', 'Erbil');
    node(g, 'base', 'Erbil');
    const r = evaluate(g, gold([ent('erbil', 'base', ['Erbil'])]));
    expect(r.entities).toMatchObject({ tp: 1, fp: 1, duplicates: 1, found: 1 });
    expect(r.details.entities.falsePositives[0]).toMatchObject({ key: 'place:erbil', reason: 'duplicate' });
  });

  it('never counts an acceptable entity as a false positive nor as a miss', () => {
    const G2 = gold([
      ent('iran', 'country', ['Iran']),
      ent('twitter', 'organisation', ['Twitter'], { acceptable: true }),
    ]);
    const withIt = graph();
    node(withIt, 'country', 'Iran');
    node(withIt, 'organisation', 'Twitter');
    expect(evaluate(withIt, G2).entities).toMatchObject({
      tp: 2,
      fp: 0,
      found: 1,
      required: 1,
      precision: 1,
      recall: 1,
    });
    const without = graph();
    node(without, 'country', 'Iran');
    expect(evaluate(without, G2).entities).toMatchObject({ tp: 1, fp: 0, found: 1, required: 1 });
  });
});

describe('attacked and stationed-at', () => {
  const G = gold(
    [
      ent('usa', 'country', ['USA']),
      ent('iran', 'country', ['Iran']),
      ent('norway', 'country', ['Norge', 'Norway']),
      ent('soleimani', 'person', ['Qassem Soleimani', 'Soleimani']),
      ent('asad', 'base', ['Ain Al-Asad', 'Ain Al-Asad-basen']),
    ],
    [
      { source: 'usa', type: 'attacked', target: 'soleimani' },
      { source: 'iran', type: 'attacked', target: 'asad' },
      { source: 'usa', type: 'attacked', target: 'iran', acceptable: true },
      { source: 'norway', type: 'stationed-at', target: 'asad' },
    ],
  );

  it('scores triples whose both ends match gold entities', () => {
    const g = graph();
    const usa = node(g, 'country', 'USA');
    const iran = node(g, 'country', 'Iran');
    const norway = node(g, 'country', 'Norway');
    const sol = node(g, 'person', 'Soleimani');
    const asad = node(g, 'place', 'Ain Al-Asad'); // a place standing for the base
    const militia = node(g, 'organisation', 'Some Militia');
    edge(g, 'attacked', usa, sol); // tp
    edge(g, 'attacked', usa, iran); // tp (acceptable)
    edge(g, 'attacked', iran, usa); // fp: not in gold
    edge(g, 'attacked', militia, asad); // fp: an end matches nothing
    edge(g, 'stationed-at', norway, asad); // tp
    edge(g, 'stated', usa, iran); // not scored here
    const r = evaluate(g, G);
    // tp 3, fp 2; required 3, found 2 (iran → asad missed)
    expect(r.relations).toMatchObject({ tp: 3, fp: 2, found: 2, required: 3 });
    expect(r.relations.precision).toBeCloseTo(3 / 5);
    expect(r.relations.recall).toBeCloseTo(2 / 3);
    expect(r.relations.f1).toBeCloseTo((2 * (3 / 5) * (2 / 3)) / (3 / 5 + 2 / 3));
    expect(r.relations.byType.attacked).toMatchObject({
      tp: 2,
      fp: 2,
      found: 1,
      required: 2,
      precision: 0.5,
      recall: 0.5,
    });
    expect(r.relations.byType['stationed-at']).toMatchObject({ tp: 1, fp: 0, found: 1, required: 1, f1: 1 });
    expect(r.details.relations.misses).toEqual([{ source: 'iran', type: 'attacked', target: 'asad' }]);
    expect(r.details.relations.falsePositives.map((v) => [v.sourceLabel, v.targetLabel, v.reason])).toEqual([
      ['Iran', 'USA', 'not-in-gold'],
      ['Some Militia', 'Ain Al-Asad', 'unmatched-end'],
    ]);
  });

  it('does not accept a triple in the wrong direction or of the wrong type', () => {
    const g = graph();
    const usa = node(g, 'country', 'USA');
    const sol = node(g, 'person', 'Soleimani');
    const norway = node(g, 'country', 'Norway');
    const asad = node(g, 'base', 'Ain Al-Asad');
    edge(g, 'attacked', sol, usa);
    edge(g, 'attacked', norway, asad);
    const r = evaluate(g, G);
    expect(r.relations).toMatchObject({ tp: 0, fp: 2, found: 0, precision: 0, recall: 0, f1: 0 });
  });
});

describe('stated', () => {
  const G = gold(
    [
      ent('usa', 'country', ['USA']),
      ent('iran', 'country', ['Iran']),
      ent('trump', 'person', ['Donald Trump', 'Trump']),
      ent('soleimani', 'person', ['Soleimani']),
      ent('isis', 'organisation', ['ISIS', 'IS']),
      ent('reuters', 'organisation', ['Reuters']),
    ],
    [
      { source: 'trump', type: 'stated', targets: ['usa'] },
      { source: 'trump', type: 'stated', targets: ['iran'] },
      { source: 'soleimani', type: 'stated', targets: ['usa'] },
      { source: 'reuters', type: 'stated', targets: ['iran'], acceptable: true },
    ],
  );

  it('recall over required speakers; precision over edges from gold speakers to their targets', () => {
    const g = graph();
    const usa = node(g, 'country', 'USA');
    const iran = node(g, 'country', 'Iran');
    const trump = node(g, 'person', 'Donald Trump');
    const sol = node(g, 'person', 'Soleimani');
    const isis = node(g, 'organisation', 'ISIS');
    const reuters = node(g, 'organisation', 'Reuters');
    const stranger = node(g, 'person', 'Jane Stranger');
    edge(g, 'stated', trump, iran); // correct (targets of both trump entries count)
    edge(g, 'stated', trump, sol); // not one of trump's targets
    edge(g, 'stated', reuters, iran); // correct: acceptable speaker
    edge(g, 'stated', isis, usa); // isis is no speaker
    edge(g, 'stated', stranger, usa); // speaker matches nothing
    const r = evaluate(g, G);
    expect(r.stated).toMatchObject({ speakersFound: 1, speakersRequired: 2, speakerRecall: 0.5 });
    expect(r.stated).toMatchObject({ correct: 2, edges: 5, precision: 2 / 5 });
    expect(r.details.stated.missedSpeakers).toEqual([{ id: 'soleimani', type: 'person', name: 'Soleimani' }]);
    expect(r.details.stated.falsePositives.map((v) => v.reason)).toEqual([
      'not-a-target',
      'not-a-speaker',
      'unmatched-end',
    ]);
  });

  it('counts a speaker found by any stated edge from it, even to a wrong target', () => {
    const g = graph();
    const sol = node(g, 'person', 'Soleimani');
    const iran = node(g, 'country', 'Iran');
    edge(g, 'stated', sol, iran);
    const r = evaluate(g, G);
    expect(r.stated).toMatchObject({ speakersFound: 1, speakerRecall: 0.5, correct: 0, precision: 0 });
  });
});

describe('country accuracy', () => {
  it('checks the country node of matched people and organisations whose gold entity has a country', () => {
    const G = gold([
      ent('iran', 'country', ['Iran']),
      ent('usa', 'country', ['USA']),
      ent('soleimani', 'person', ['Soleimani'], { country: 'iran' }),
      ent('trump', 'person', ['Trump'], { country: 'usa' }),
      ent('pompeo', 'person', ['Pompeo'], { country: 'usa' }),
      ent('isis', 'organisation', ['ISIS']),
      ent('asad', 'base', ['Ain Al-Asad'], { country: 'iran' }),
    ]);
    const g = graph();
    const iran = node(g, 'country', 'Iran');
    node(g, 'country', 'USA');
    node(g, 'person', 'Soleimani', { country: iran }); // right
    node(g, 'person', 'Trump', { country: iran }); // wrong country
    node(g, 'person', 'Pompeo'); // no country
    node(g, 'organisation', 'ISIS', { country: iran }); // gold has no country: not counted
    node(g, 'base', 'Ain Al-Asad'); // bases are not counted
    node(g, 'person', 'Nobody', { country: iran }); // unmatched: not counted
    const r = evaluate(g, G);
    expect(r.country).toEqual({ accuracy: 1 / 3, correct: 1, total: 3 });
    expect(r.details.country.mistakes).toEqual([
      { key: 'person:trump', label: 'Trump', expected: 'usa', actual: 'country:iran', actualEntity: 'iran' },
      { key: 'person:pompeo', label: 'Pompeo', expected: 'usa', actual: null },
    ]);
  });

  it('judges the country node by its name, not its key', () => {
    const G = gold([
      ent('usa', 'country', ['USA', 'United States']),
      ent('trump', 'person', ['Trump'], { country: 'usa' }),
    ]);
    const g = graph();
    const us = upsertNode(g, { key: 'country:us', label: 'United States', type: 'country' });
    node(g, 'person', 'Trump', { country: us });
    expect(evaluate(g, G).country).toEqual({ accuracy: 1, correct: 1, total: 1 });
  });
});

describe('evidence validity', () => {
  const G = gold([]);
  const twoNodes = (g: NewsGraph): [string, string] => [
    node(g, 'country', 'USA'),
    node(g, 'country', 'Iran'),
  ];

  it('accepts a sentence that stands at its offsets, rejects a wrong offset', () => {
    const g = graph();
    const [usa, iran] = twoNodes(g);
    edge(g, 'attacked', usa, iran, [GOOD]);
    edge(g, 'stated', usa, iran, [GOOD, { ...GOOD, start: 1, end: 19 }]);
    const r = evaluate(g, G);
    expect(r.evidence).toMatchObject({ valid: 1 / 2, validEdges: 1, edges: 2 });
    expect(r.details.evidence.problems).toHaveLength(1);
    expect(r.details.evidence.problems[0].edge).toBe(`stated:${usa}->${iran}`);
  });

  it('checks against the article file when given, and rejects what nothing could check', () => {
    const g = createNewsGraph();
    addArticle(g, { ...ARTICLE });
    addArticle(g, { id: 'a2', file: 'a2.txt', lang: 'en' }); // no text in the graph
    const [usa, iran] = twoNodes(g);
    const norway = node(g, 'country', 'Norway');
    edge(g, 'attacked', usa, iran, [GOOD]);
    edge(g, 'stated', norway, usa, [{ article: 'a2', sentence: 'Norway said nothing.', start: 19, end: 39 }]);
    edge(g, 'stated', norway, iran, []); // no evidence at all
    edge(g, 'stated', iran, usa, [{ ...GOOD, article: 'nowhere' }]);
    expect(evaluate(g, G).evidence).toMatchObject({ validEdges: 1, edges: 4, checkedAgainstFiles: 0 });

    const files = new Map([
      ['a1', ' date 2020-01 A different text altogether.'],
      ['a2', 'Norway said nothing.'],
    ]);
    // a1's file lacks the sentence; a2 can now be checked and holds it.
    const r = evaluate(g, G, { sourceTexts: files });
    expect(r.evidence).toMatchObject({ validEdges: 1, edges: 4, checkedAgainstFiles: 2, valid: 1 / 4 });
    expect(r.details.evidence.problems.map((p) => p.edge)).toEqual([
      `attacked:${usa}->${iran}`,
      `stated:${norway}->${iran}`,
      `stated:${iran}->${usa}`,
    ]);
  });
});

describe('scope: gold articles present in the graph', () => {
  const G = gold(
    [
      ent('iran', 'country', ['Iran'], { articles: ['000', '001'] }),
      ent('trump', 'person', ['Trump'], { articles: ['001'] }),
      ent('usa', 'country', ['USA'], { articles: [] }),
    ],
    [{ source: 'usa', type: 'attacked', target: 'iran', articles: ['001'] }],
  );

  it('requires only items of articles in the graph, matching "000" to "000_…" by prefix', () => {
    const g = createNewsGraph();
    addArticle(g, { id: '000_abcdef.txt', file: '000_abcdef.txt', lang: 'da' });
    addArticle(g, { id: '0011_x.txt', file: '0011_x.txt', lang: 'da' }); // not "001"
    node(g, 'country', 'Iran');
    node(g, 'person', 'Trump'); // out of scope: neither fp nor required
    const r = evaluate(g, G);
    expect(r.scope).toEqual({ mode: 'graph', goldArticles: 2, goldArticlesInGraph: 1, graphArticles: 2 });
    expect(r.entities).toMatchObject({ tp: 2, fp: 0, found: 1, required: 2 }); // iran found, usa missed
    expect(r.relations.required).toBe(0);
    const all = evaluate(g, G, { scope: 'all' });
    expect(all.entities).toMatchObject({ found: 2, required: 3 });
    expect(all.relations.required).toBe(1);
  });
});

describe('formatReport', () => {
  it('prints the headline rows and, with details, the false positives and misses', () => {
    const G = gold([
      ent('iran', 'country', ['Iran']),
      ent('usa', 'country', ['USA']),
      ent('x', 'person', ['Xavier X']),
    ]);
    const g = graph();
    node(g, 'country', 'Iran');
    node(g, 'country', 'Iran', { suffix: '-again' });
    node(g, 'person', 'Xavier X');
    const text = formatReport(evaluate(g, G), { details: true });
    expect(text).toMatch(/^entities\s+0\.667\s+0\.667\s+0\.667\s+tp 2 {2}fp 1 \(1 dup\) {2}found 2\/3$/m);
    expect(text).toMatch(/^ {2}country\s+0\.500\s+0\.500\s+0\.500/m);
    expect(text).toMatch(/^evidence valid\s+—/m);
    expect(text).toContain('country "Iran" (country:iran-again): duplicate of iran');
    expect(text).toContain('country "USA" [usa]');
  });
});
