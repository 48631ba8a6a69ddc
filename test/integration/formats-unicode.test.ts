// Issue 18, finding 7: whatever the project writes, it reads back — JSON, GEXF and GraphML, over arbitrary
// Unicode including U+2028, U+2029, U+0085 and control characters (fast-check); keys never collapse.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readGraphFile } from '../../src/cli/io.ts';
import { KeyCollisionError, replaceXmlIllegal } from '../../src/formats/escape.ts';
import { exportGraph, importGraph } from '../../src/formats/index.ts';
import { serializeGraph, upsertNode } from '../../src/graph/index.ts';
import type { NewsGraph } from '../../src/graph/index.ts';
import { joinChunks, smallGraph } from './formats-fixture.ts';

const XML_FORMATS = ['gexf', 'graphml'] as const;

/** Text with the characters parsers treat specially, among arbitrary code points. */
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '\u2028',
        '\u2029',
        '\u0085',
        '\r',
        '\n',
        '\r\n',
        '\t',
        '&',
        '<',
        ']]>',
        '"',
        "'",
        '\\',
      ),
      fc.constantFrom('\u0001', '\u001b', '\u007f', '\u009b', '\uFFFE', '\uD800', '\uDC00', '\u{1F600}'),
      fc.string({ unit: 'binary', maxLength: 6 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => `x${parts.join('')}`);

interface Texts {
  label: string;
  alias: string;
  title: string;
  articleTitle: string;
}

type Field = keyof Texts;
const same = (s: string): string => s;

/** The fixture graph with `t` written into its free-text fields, those named in `lossy` through `f`. */
function withTexts(t: Texts, f: (s: string) => string = same, lossy: Field[] = []): NewsGraph {
  const v = (field: Field): string => (lossy.includes(field) ? f(t[field]) : t[field]);
  const g = smallGraph();
  const key = 'person:anna-larsen';
  g.setNodeAttribute(key, 'label', v('label'));
  g.setNodeAttribute(key, 'aliases', [v('alias')]);
  g.setNodeAttribute(key, 'title', v('title'));
  const [first, ...rest] = g.getAttribute('articles');
  g.setAttribute('articles', [{ ...first, title: v('articleTitle') }, ...rest]);
  return g;
}

/**
 * Fields written as XML strings, where characters XML forbids become U+FFFD (one for one); the rest travel
 * as JSON inside the XML and come back exactly.
 */
const LOSSY: Record<(typeof XML_FORMATS)[number], Field[]> = {
  gexf: ['label', 'title', 'alias'],
  graphml: ['label', 'title'],
};

const file = (g: NewsGraph, format: 'json' | 'gexf' | 'graphml'): string =>
  exportGraph(g, format)
    .map((x) => joinChunks(x.chunks()))
    .join('');

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-unicode-'));

describe('round trip over arbitrary Unicode', () => {
  const texts = fc.record({ label: text, alias: text, title: text, articleTitle: text });

  it('json: the same graph back', () => {
    fc.assert(
      fc.property(texts, (t) => {
        const g = withTexts(t);
        expect(serializeGraph(importGraph(file(g, 'json'), 'g.json'))).toEqual(serializeGraph(g));
      }),
      { numRuns: 150 },
    );
  });

  for (const format of XML_FORMATS)
    it(`${format}: the same graph back, but for characters XML cannot hold (U+FFFD, one for one)`, () => {
      fc.assert(
        fc.property(texts, (t) => {
          const g = withTexts(t);
          const back = importGraph(file(g, format), `g.${format}`, new DOMParser());
          expect(serializeGraph(back)).toEqual(
            serializeGraph(withTexts(t, replaceXmlIllegal, LOSSY[format])),
          );
        }),
        { numRuns: 150 },
      );
    });

  it('the CLI reads back GEXF and GraphML holding U+2028, U+2029 and U+0085 (stats failed on them)', async () => {
    const g = withTexts({
      label: 'A\u2028B',
      alias: 'C\u0085D',
      title: 'E\u2029F',
      articleTitle: 'G\u2028\u0085H',
    });
    for (const format of XML_FORMATS) {
      const path = join(dir, `g.${format}`);
      writeFileSync(path, file(g, format));
      expect(serializeGraph(await readGraphFile(path))).toEqual(serializeGraph(g));
    }
  });

  it('keys that differ only in characters XML cannot hold are refused, not merged', () => {
    const g = smallGraph();
    upsertNode(g, { key: 'person:a\u0001', label: 'A1', type: 'person' });
    upsertNode(g, { key: 'person:a\u0002', label: 'A2', type: 'person' });
    for (const format of XML_FORMATS) expect(() => file(g, format)).toThrow(KeyCollisionError);
    // JSON keeps both exactly.
    const keys = serializeGraph(importGraph(file(g, 'json'), 'g.json')).nodes.map((n) => n.key);
    expect(keys).toEqual(expect.arrayContaining(['person:a\u0001', 'person:a\u0002']));
  });
});
