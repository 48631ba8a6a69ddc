import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { joinChunks, smallGraph } from '../../test/integration/formats-fixture.ts';
import { hasDoctype } from './import.ts';
import { exportGraph, importGraph } from './index.ts';

// Issue 18: a graph file with a DTD is refused before it is parsed, in the CLI and the page alike (the
// page's DOMParser expands internal entities; xmldom does not, and would have failed later or not at all).
const exported = (f: 'gexf' | 'graphml'): string => joinChunks(exportGraph(smallGraph(), f)[0].chunks());

/** The export with `decl` inserted after the XML declaration. */
function withDecl(text: string, decl: string): string {
  const at = text.indexOf('?>') + 2;
  return text.slice(0, at) + decl + text.slice(at);
}

const LAUGHS =
  '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
  '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>';

describe('DOCTYPE in graph files', () => {
  it('finds a DOCTYPE after the declaration, comments, processing instructions and a BOM', () => {
    expect(hasDoctype('<!DOCTYPE x><x/>')).toBe(true);
    expect(
      hasDoctype('\uFEFF<?xml version="1.0"?>\n<!-- c -->\n<?pi x?>  <!doctype x [<!ENTITY e "1">]><x/>'),
    ).toBe(true);
    expect(hasDoctype('<?xml version="1.0"?><gexf><!-- <!DOCTYPE x> --></gexf>')).toBe(false);
    expect(hasDoctype('<?xml version="1.0"?><gexf><![CDATA[<!DOCTYPE x>]]></gexf>')).toBe(false);
    expect(hasDoctype('<!-- never closed <!DOCTYPE x>')).toBe(false);
  });

  it('is linear on a long prolog', () => {
    const text = '<!-- a -->'.repeat(100_000) + '<?pi' + ' '.repeat(1_000_000);
    const t = performance.now();
    expect(hasDoctype(text)).toBe(false);
    expect(performance.now() - t).toBeLessThan(1000);
  });

  for (const format of ['gexf', 'graphml'] as const) {
    it(`${format}: an entity declaration, billion laughs or an external entity is refused, unexpanded`, () => {
      const plain = exported(format);
      expect(importGraph(plain, `g.${format}`, new DOMParser()).order).toBeGreaterThan(0);
      for (const decl of [
        '<!DOCTYPE x [<!ENTITY e "EXPANDED">]>',
        LAUGHS,
        '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        `<!DOCTYPE ${format} SYSTEM "http://example.com/${format}.dtd">`,
      ])
        expect(() => importGraph(withDecl(plain, decl), `g.${format}`, new DOMParser())).toThrow(
          `${format}: declares a DOCTYPE (a DTD, where entities are declared): refused`,
        );
    });
  }
});
