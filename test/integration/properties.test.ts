// Property-based tests (fast-check): whatever text comes in, extraction does not throw, every offset points
// inside the article and at the text it claims, and the graph it gives validates; reading any bytes never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../../src/articles/index.ts';
import { extractArticle } from '../../src/extract/index.ts';
import {
  addArticle,
  addRelation,
  createNewsGraph,
  stringifyGraph,
  upsertNode,
} from '../../src/graph/index.ts';
import type { NewsGraph } from '../../src/graph/index.ts';

const RUNS = { numRuns: 200 };

/** News-like pieces: Scandinavian and English words, names, titles, quotes, dashes, odd spacing. */
const pieces = fc.constantFrom(
  'Irans præsident',
  'USA',
  'USA’s',
  'forsvarsminister',
  'siger',
  'sier',
  'said',
  'skriver',
  'ifølge',
  'according to',
  'angrebet mod',
  'blev ramt',
  'drepte',
  'fired missiles at',
  'luftbasen',
  'Ain Al-Asad-basen',
  'udstationeret på',
  'soldater',
  'general',
  'Brigader',
  'Hassan',
  'Rouhani',
  'Qassem Soleimani',
  'Irak',
  'Storbritannia',
  'Norge',
  'danske',
  'amerikanske',
  'æ',
  'ø',
  'å',
  'Æ',
  'Ø',
  'Å',
  '«',
  '»',
  '“',
  '”',
  '"',
  "'",
  '– ',
  '- ',
  '—',
  '…',
  '.',
  '. ',
  '?',
  '!',
  ',',
  ':',
  ' (',
  ')',
  '\n',
  '\n\n',
  '\t',
  '\u00a0',
  '\u200b',
  '  ',
  ' ',
  '12',
  '3.000',
  'a\u030a', // decomposed å
  '🇩🇰',
  '\ud800', // a lone surrogate
);

const newsText = fc
  .array(fc.oneof({ weight: 4, arbitrary: pieces }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }), {
    maxLength: 60,
  })
  .map((parts) => parts.join(' '));

const texts = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  newsText,
);

/** Offsets and evidence checked against the article text; returns the first violation, or null. */
function offsetProblem(graph: NewsGraph, id: string, text: string): string | null {
  let problem: string | null = null;
  graph.forEachNode((key, a) => {
    for (const m of a.mentions) {
      if (problem) return;
      if (m.article !== id) problem = `${key}: mention of unknown article ${m.article}`;
      else if (!(0 <= m.start && m.start <= m.end && m.end <= text.length))
        problem = `${key}: mention ${m.start}-${m.end} outside 0-${text.length}`;
      else if (m.text !== undefined && text.slice(m.start, m.end) !== m.text)
        problem = `${key}: mention text "${m.text}" ≠ "${text.slice(m.start, m.end)}"`;
    }
  });
  graph.forEachEdge((key, a) => {
    for (const e of a.evidence) {
      if (problem) return;
      if (e.article !== id) problem = `${key}: evidence from unknown article ${e.article}`;
      else if (!(0 <= e.start && e.start < e.end && e.end <= text.length))
        problem = `${key}: evidence ${e.start}-${e.end} outside 0-${text.length}`;
      else if (text.slice(e.start, e.end) !== e.sentence)
        problem = `${key}: evidence sentence not at its offsets`;
    }
  });
  return problem;
}

describe('extractArticle on arbitrary text', () => {
  it('the offset check itself catches a sentence that is not at its offsets', () => {
    const text = 'Iran angreb. USA svarede.';
    const g = createNewsGraph();
    addArticle(g, { id: 'x', file: 'x', lang: 'da', text });
    upsertNode(g, {
      key: 'country:iran',
      label: 'Iran',
      type: 'country',
      mentions: [{ article: 'x', sentence: 0, start: 0, end: 4, text: 'Iran' }],
    });
    upsertNode(g, { key: 'country:usa', label: 'USA', type: 'country' });
    expect(offsetProblem(g, 'x', text)).toBeNull();
    addRelation(g, {
      type: 'attacked',
      source: 'country:usa',
      target: 'country:iran',
      evidence: [{ article: 'x', sentence: 'USA svarede.', start: 12, end: 24 }],
    });
    expect(offsetProblem(g, 'x', text)).toMatch(/not at its offsets/);
  });

  it('never throws, keeps offsets inside the article, and emits a graph that validates', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom('da', 'nb', 'en', undefined), (text, lang) => {
        const id = 'prop.txt';
        const graph = extractArticle({ id, file: id, text, ...(lang ? { lang } : {}) });
        expect(offsetProblem(graph, id, text)).toBeNull();
        expect(() => stringifyGraph(graph)).not.toThrow();
        const meta = graph.getAttribute('articles');
        expect(meta.map((a) => a.id)).toEqual([id]);
      }),
      RUNS,
    );
  });
});

describe('readArticles on arbitrary bytes', () => {
  it('never throws; every article has text, every problem a reason', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      texts.map((t) => new TextEncoder().encode(t)),
      newsText.map((t) => new TextEncoder().encode(`<html><body><p>${t}</p><script>${t}</script>`)),
      newsText.map((t) => new TextEncoder().encode(`${JSON.stringify({ text: t })}\n{bad\n`)),
    );
    const names = fc.constantFrom('a.txt', 'a.md', 'a.html', 'a.json', 'a.jsonl', 'a');
    fc.assert(
      fc.property(names, bytes, (name, b) => {
        const r = readArticles(name, b);
        for (const a of r.articles) {
          expect(a.text.trim().length).toBeGreaterThan(0);
          expect(a.id.startsWith(name)).toBe(true);
        }
        for (const p of r.problems) expect(p.reason.length).toBeGreaterThan(0);
        expect(r.articles.length + r.problems.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });
});
