import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTextArticle } from '../../src/articles/parse.ts';
import { extractCorpus } from '../../src/extract/index.ts';
import { canonicalize, graphFromData, stringifyGraph } from '../../src/graph/index.ts';

const dir = join(import.meta.dirname, '../../seeds');
const articles = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => parseTextArticle(f, f, readFileSync(join(dir, f), 'utf8')));

describe('extract seeds', () => {
  const graph = canonicalize(extractCorpus(articles));

  it('writes a valid graph file that reads back', () => {
    const text = stringifyGraph(graph);
    expect(graphFromData(JSON.parse(text)).order).toBe(graph.order);
  });

  it('puts every evidence sentence and mention at its offsets in its article', () => {
    const texts = new Map(articles.map((a) => [a.id, a.text]));
    let edges = 0;
    graph.forEachEdge((_k, a) => {
      edges++;
      for (const e of a.evidence) expect(texts.get(e.article)!.slice(e.start, e.end)).toBe(e.sentence);
    });
    expect(edges).toBeGreaterThan(20);
    graph.forEachNode((_k, a) => {
      for (const m of a.mentions)
        if (m.text) expect(texts.get(m.article)!.slice(m.start, m.end)).toBe(m.text);
    });
  });

  it('detects Danish and Norwegian', () => {
    const langs = Object.fromEntries(graph.getAttribute('articles').map((a) => [a.id.slice(0, 3), a.lang]));
    expect(langs).toEqual({ '000': 'da', '001': 'da', '002': 'nb', '003': 'nb', '004': 'da' });
  });

  it('records words, title and date per article', () => {
    for (const a of graph.getAttribute('articles')) {
      expect(a.words).toBeGreaterThan(100);
      expect(a.date).toBe('2020-01');
      expect(a.title).toBeTruthy();
    }
  });
});
