// The merger on the extractor's graphs of the seeds, each article twice (the second time under another id,
// then the very same graphs again): what folding with the builders gives, byte for byte.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTextArticle } from '../../src/articles/parse.ts';
import { extractArticle } from '../../src/extract/index.ts';
import { merged, reference } from '../support/merge-reference.ts';

describe('GraphMerger on real graphs', () => {
  it('gives what folding with the builders gives on the seeds, twice over', () => {
    const dir = new URL('../../seeds/', import.meta.url);
    const names = readdirSync(dir).sort();
    const graphs = [...names, ...names.map((n) => `copy/${n}`)].map((id) => {
      const name = id.replace('copy/', '');
      return extractArticle(parseTextArticle(id, id, readFileSync(new URL(name, dir), 'utf8')));
    });
    expect(merged(graphs)).toBe(reference(graphs));
    expect(merged([...graphs, ...graphs])).toBe(reference(graphs));
  });
});
