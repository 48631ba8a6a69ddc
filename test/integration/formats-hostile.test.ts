// Hostile strings in labels, aliases, keys, evidence and quotes come out intact (or neutralised where a
// format requires it) and inert in every format.
import { DOMParser } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { serializeGraph } from '../../src/graph/index.ts';
import { exportGraph, importGraph } from '../../src/formats/index.ts';
import type { ExportFormat } from '../../src/formats/index.ts';
import {
  HOSTILE,
  hostileGraph,
  INJECTION,
  joinChunks,
  LONG_LABEL,
  parseCypherScript,
} from './formats-fixture.ts';

const graph = hostileGraph();
const files = (format: ExportFormat) =>
  Object.fromEntries(exportGraph(graph, format).map((f) => [f.name, joinChunks(f.chunks())]));
const one = (format: ExportFormat) => Object.values(files(format))[0];
const csv = (text: string) => {
  const r = Papa.parse<Record<string, string>>(text, { header: true, newline: '\r\n', skipEmptyLines: true });
  expect(r.errors).toEqual([]);
  return r.data;
};

/**
 * XML cannot hold U+0007: where a string is plain XML text it becomes U+FFFD (label, title; GEXF's
 * liststring aliases). Inside JSON-encoded attributes (mentions, evidence, GraphML's aliases, the graph's
 * articles) JSON's own \u0007 escape is legal XML, so it survives exactly.
 */
function expectedAfterXml(format: 'gexf' | 'graphml') {
  const data = structuredClone(serializeGraph(graph));
  const bell = data.nodes.find((n) => n.key === 'person:bell')!.attributes;
  const fix = (s: string) => s.replaceAll('\u0007', '\uFFFD');
  bell.label = fix(bell.label);
  bell.title = fix(bell.title!);
  if (format === 'gexf') bell.aliases = bell.aliases.map(fix);
  return data;
}

describe('the hostile graph', () => {
  it('holds what the tests below rely on', () => {
    expect(graph.order).toBe(16);
    expect(graph.size).toBe(14);
    expect(LONG_LABEL.length).toBe(10_000);
    expect(graph.getNodeAttribute(INJECTION, 'label')).toBe(INJECTION);
  });
});

describe('json', () => {
  it('round-trips every string exactly', () => {
    expect(serializeGraph(importGraph(one('json'), 'h.json'))).toEqual(serializeGraph(graph));
  });
});

describe.each(['gexf', 'graphml'] as const)('%s', (format) => {
  const text = one(format);

  it('holds no raw markup, CDATA end, control character or unescaped line break in attributes', () => {
    expect(text).not.toContain('</script>');
    expect(text).not.toContain('<b>');
    expect(text).not.toContain(']]>');
    expect(text).not.toContain('\u0007');
    expect(text).not.toMatch(/="[^"]*[\t\n\r<][^"]*"/);
  });

  it('round-trips every string, with only U+0007 replaced by U+FFFD', () => {
    const back = importGraph(text, `h.${format}`, new DOMParser());
    expect(serializeGraph(back)).toEqual(expectedAfterXml(format));
    expect(back.getNodeAttribute('person:bell', 'label')).toBe('ring \uFFFD bell');
    expect(back.getNodeAttribute('person:long', 'label')).toHaveLength(10_000);
    expect(back.getNodeAttribute('person:lines', 'label')).toBe('line one\nline two\r\nline three\ttabbed');
  });
});

describe('gexf through graphology-gexf', () => {
  it('reads hostile labels, liststring aliases and the injection key intact', () => {
    const g = parseGexf(MultiDirectedGraph, one('gexf'));
    expect(g.getNodeAttribute('person:quotes', 'label')).toBe(HOSTILE.quotes);
    expect(g.getNodeAttribute('person:formula', 'aliases')).toEqual([
      HOSTILE.formula,
      `alias ${HOSTILE.formula}`,
    ]);
    expect(g.getNodeAttribute('person:lines', 'aliases')).toEqual([HOSTILE.lines, `alias ${HOSTILE.lines}`]);
    expect(g.getNodeAttribute('person:emoji', 'label')).toBe(HOSTILE.emoji);
    expect(g.hasNode(INJECTION)).toBe(true);
  });
});

describe('csv', () => {
  const f = files('csv');
  const nodes = csv(f['nodes.csv']);
  const edges = csv(f['edges.csv']);
  const neutral = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

  it('neutralises the formula cells and keeps the rest intact', () => {
    const label = (k: string) => nodes.find((n) => n.key === `person:${k}`)?.label;
    expect(label('formula')).toBe("'=cmd|' /C calc'!A0");
    expect(label('at')).toBe("'@SUM(1)");
    expect(label('plus')).toBe("'+1");
    expect(label('minus')).toBe("'-1");
    for (const [k, v] of Object.entries(HOSTILE)) expect(label(k), k).toBe(neutral(v));
    expect(nodes.find((n) => n.key === 'person:long')?.label).toBe(LONG_LABEL);
    expect(nodes.find((n) => n.key === INJECTION)?.label).toBe(INJECTION);
  });

  it('no cell anywhere starts like a formula', () => {
    for (const row of [...nodes, ...edges])
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('keeps hostile evidence sentences and quotes (neutralised where needed)', () => {
    for (const [k, v] of Object.entries(HOSTILE)) {
      const e = edges.find((x) => x.source === `person:${k}`)!;
      expect(e.firstEvidence, k).toBe(neutral(v));
      expect(e.firstQuote, k).toBe(neutral(v));
    }
    expect(nodes).toHaveLength(16);
    expect(edges).toHaveLength(14);
  });
});

describe('neo4j-csv', () => {
  it('keeps values exact (neo4j-admin takes them verbatim)', () => {
    const f = files('neo4j-csv');
    const nodes = csv(f['nodes.csv']);
    for (const [k, v] of Object.entries(HOSTILE)) {
      const n = nodes.find((x) => x['key:ID'] === `person:${k}`)!;
      expect(n.label, k).toBe(v);
      expect(n['aliases:string[]'].split(';'), k).toEqual([v, `alias ${v}`]);
    }
    const edges = csv(f['edges.csv']);
    const inj = edges.find((e) => e[':START_ID'] === INJECTION)!;
    expect(inj[':TYPE']).toBe('ATTACKED');
    expect(JSON.parse(inj.evidence)[0].sentence).toBe(LONG_LABEL);
  });
});

describe('cypher', () => {
  const script = one('cypher');
  const statements = parseCypherScript(script);

  it('parses as nothing but the MERGE templates: the injection stays inside its literal', () => {
    for (const s of statements) {
      expect(s.tail).not.toMatch(/DETACH|DELETE/);
      expect(s.tail).toMatch(/^AS row\n(MERGE|MATCH) \([an]:Entity \{key: row\.(key|source)\}\)/);
    }
    expect(script.split('\n').filter((l) => /^\s*DETACH|^\s*DELETE/.test(l))).toEqual([]);
  });

  it('round-trips every hostile string through the literals', () => {
    type Row = { key: string; source?: string; props: Record<string, unknown> };
    const rows = statements.flatMap((s) => s.rows as Row[]);
    expect(rows).toHaveLength(30);
    for (const [k, v] of Object.entries(HOSTILE)) {
      const n = rows.find((r) => r.key === `person:${k}`)!;
      expect(n.props.label, k).toBe(v);
      expect(n.props.title, k).toBe(v);
      expect(n.props.aliases, k).toEqual([v, `alias ${v}`]);
      const e = rows.find((r) => r.source === `person:${k}`)!;
      expect(e.props.firstEvidence, k).toBe(v);
      expect(JSON.parse(e.props.evidence as string)[0].quote, k).toBe(v);
    }
    expect(rows.find((r) => r.key === INJECTION)!.props.label).toBe(INJECTION);
    expect(rows.find((r) => r.key === 'person:long')!.props.label).toBe(LONG_LABEL);
  });
});
