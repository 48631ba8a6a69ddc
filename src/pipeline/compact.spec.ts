import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract/index.ts';
import { serializeGraph } from '../graph/index.ts';
import { compactResult, expandResult } from './compact.ts';

const article = {
  id: 'a.txt',
  file: 'a.txt',
  lang: 'da' as const,
  text: 'Iran affyrede missiler mod en luftbase i Irak. Det siger USA’s forsvarsminister Lloyd Austin.',
};

describe('compact per-article results', () => {
  it('drops the article text and evidence sentences, and puts back the same bytes', () => {
    const full = JSON.stringify(serializeGraph(extractArticle(article)));
    const data = JSON.parse(full) as ReturnType<typeof serializeGraph>;
    expect(data.edges.length).toBeGreaterThan(0);
    const compact = JSON.stringify(compactResult(data, article));
    expect(compact.length).toBeLessThan(full.length);
    expect(compact).not.toContain('Iran affyrede');
    // The id stays only in the article's own record (id and file); mention words are gone too.
    expect(compact.split('"a.txt"').length - 1).toBe(2);
    expect(compact).not.toContain('"text":"Lloyd Austin"');
    expect(JSON.stringify(expandResult(JSON.parse(compact), article))).toBe(full);
  });

  it('keeps a sentence that is not the article text at its offsets', () => {
    const data = serializeGraph(extractArticle(article));
    const ev = data.edges[0].attributes.evidence[0];
    ev.sentence = 'another text';
    const back = expandResult(JSON.parse(JSON.stringify(compactResult(data, article))), article);
    expect(back.edges[0].attributes.evidence[0].sentence).toBe('another text');
  });

  it('keeps what belongs to another article', () => {
    const data = serializeGraph(extractArticle(article));
    const node = data.nodes.find((n) => n.attributes.mentions?.length);
    if (!node?.attributes.mentions) throw new Error('no mention');
    node.attributes.mentions[0] = { ...node.attributes.mentions[0], article: 'b.txt', text: 'elsewhere' };
    node.attributes.articles = ['a.txt', 'b.txt'];
    const full = JSON.stringify(data);
    const back = expandResult(JSON.parse(JSON.stringify(compactResult(data, article))), article);
    expect(JSON.stringify(back)).toBe(full);
    expect(back.nodes.find((n) => n.key === node.key)?.attributes.mentions?.[0].text).toBe('elsewhere');
  });
});
