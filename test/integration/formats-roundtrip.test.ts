// Export → parse back with each format's own reader → the nodes, edges and attributes of the hand-made graph.
import { DOMParser } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { serializeGraph } from '../../src/graph/index.ts';
import { exportGraph, importGraph } from '../../src/formats/index.ts';
import type { ExportFormat } from '../../src/formats/index.ts';
import { joinChunks, parseCypherScript, smallGraph } from './formats-fixture.ts';

const graph = smallGraph();
const files = (format: ExportFormat) =>
  Object.fromEntries(exportGraph(graph, format).map((f) => [f.name, joinChunks(f.chunks())]));
const one = (format: ExportFormat) => Object.values(files(format))[0];

const ATTACK = 'attacked:organisation:revolutionary-guard->base:ain-al-asad';
const STATED = 'stated:person:anna-larsen->country:iran';
const S1 = 'Iranske styrker angreb i nat basen Ain al-Asad.';
const S3 = '"Vi fordømmer angrebet," sagde forsvarsminister Anna Larsen om Iran.';

function csv(text: string): Record<string, string>[] {
  const r = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(r.errors).toEqual([]);
  return r.data;
}

describe('json', () => {
  it('reads back to the same graph', () => {
    const back = importGraph(one('json'), 'g.json');
    expect(serializeGraph(back)).toEqual(serializeGraph(graph));
  });
});

describe('gexf', () => {
  const text = one('gexf');

  it('opens as GEXF 1.3, directed, static', () => {
    expect(text).toContain(
      '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    );
    expect(text).toContain('<graph defaultedgetype="directed" mode="static">');
  });

  it('graphology-gexf reads nodes, edges, attributes and viz', () => {
    const g = parseGexf(MultiDirectedGraph, text);
    expect(g.order).toBe(7);
    expect(g.size).toBe(5);
    expect(g.getNodeAttributes('person:anna-larsen')).toMatchObject({
      label: 'Anna Larsen',
      type: 'person',
      country: 'country:denmark',
      title: 'forsvarsminister',
      aliases: ['Anna Larsen'],
      articleCount: 1,
      mentionCount: 1,
      color: 'rgb(225,87,89)',
    });
    expect(g.getNodeAttributes('country:iran')).toMatchObject({ x: 1.5, y: -2.25, color: 'rgb(89,161,79)' });
    expect(g.getNodeAttribute('country:usa', 'aliases')).toEqual(['USA', 'United States', 'amerikanske']);
    // Iran: degree 3 → 4 + 3·√3 = 9.196…
    expect(g.getNodeAttribute('country:iran', 'size')).toBeCloseTo(9.2, 2);
    expect(g.getEdgeAttributes(ATTACK)).toMatchObject({
      kind: 'attacked',
      label: 'attacked',
      type: 'attacked',
      confidence: 0.9,
      evidenceCount: 2,
      date: '2020-01-08',
      firstEvidence: S1,
      weight: 2,
      articles: ['a1', 'a2'],
    });
    expect(g.getEdgeAttribute('stationed-at:country:usa->base:ain-al-asad', 'label')).toBe('stationed at');
    expect(g.edges('country:usa', 'country:iran').sort()).toEqual([
      'attacked:country:usa->country:iran',
      'stated:country:usa->country:iran',
    ]);
    expect(JSON.parse(g.getEdgeAttribute(STATED, 'evidence'))[0].quote).toBe('Vi fordømmer angrebet,');
  });

  it('imports back to the same graph', () => {
    expect(serializeGraph(importGraph(text, 'g.gexf', new DOMParser()))).toEqual(serializeGraph(graph));
  });
});

describe('graphml', () => {
  const text = one('graphml');

  it('declares every attribute with a type, directed edges', () => {
    expect(text).toContain('<key id="n_articleCount" for="node" attr.name="articleCount" attr.type="int"/>');
    expect(text).toContain('<key id="e_confidence" for="edge" attr.name="confidence" attr.type="double"/>');
    expect(text).toContain('<graph id="G" edgedefault="directed">');
    const used = new Set([...text.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]));
    const declared = new Set([...text.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    for (const k of used) expect(declared.has(k), k).toBe(true);
  });

  it('graphology-graphml reads nodes, edges and typed attributes', () => {
    const g = parseGraphml(MultiDirectedGraph, text);
    expect(g.order).toBe(7);
    expect(g.size).toBe(5);
    expect(g.getNodeAttributes('base:ain-al-asad')).toMatchObject({
      label: 'Ain al-Asad',
      type: 'base',
      country: 'country:iraq',
      articleCount: 2,
      degree: 2,
      x: 10,
      y: 20,
      color: '#f28e2b',
    });
    expect(JSON.parse(g.getNodeAttribute('organisation:revolutionary-guard', 'aliases'))).toEqual([
      'Revolusjonsgarden',
      'IRGC',
    ]);
    expect(g.getEdgeAttributes(STATED)).toMatchObject({
      type: 'stated',
      confidence: 0.7,
      evidenceCount: 1,
      firstEvidence: S3,
    });
    expect(g.edges('country:usa', 'country:iran')).toHaveLength(2);
  });

  it('imports back to the same graph', () => {
    expect(serializeGraph(importGraph(text, 'g.graphml', new DOMParser()))).toEqual(serializeGraph(graph));
  });
});

describe('csv', () => {
  const f = files('csv');

  it('is UTF-8 with a BOM and CRLF records', () => {
    expect(f['nodes.csv'].startsWith('\uFEFFkey,label,type,')).toBe(true);
    expect(f['edges.csv'].startsWith('\uFEFFkey,source,target,type,')).toBe(true);
    expect(f['nodes.csv'].split('\r\n')).toHaveLength(7 + 2); // header, 7 rows, trailing ''
  });

  it('papaparse reads one row per node with counts', () => {
    const nodes = csv(f['nodes.csv']);
    expect(nodes).toHaveLength(7);
    expect(nodes.find((n) => n.key === 'person:anna-larsen')).toMatchObject({
      label: 'Anna Larsen',
      type: 'person',
      country: 'country:denmark',
      countryLabel: 'Danmark',
      title: 'forsvarsminister',
      articleCount: '1',
      degree: '1',
    });
    expect(nodes.find((n) => n.key === 'country:usa')?.aliases).toBe('USA; United States; amerikanske');
  });

  it('papaparse reads one row per edge with evidence count and first evidence sentence', () => {
    const edges = csv(f['edges.csv']);
    expect(edges).toHaveLength(5);
    expect(edges.find((e) => e.key === ATTACK)).toMatchObject({
      source: 'organisation:revolutionary-guard',
      target: 'base:ain-al-asad',
      type: 'attacked',
      sourceLabel: 'Revolusjonsgarden',
      targetLabel: 'Ain al-Asad',
      confidence: '0.9',
      date: '2020-01-08',
      evidenceCount: '2',
      articles: 'a1; a2',
      firstEvidence: S1,
    });
    expect(edges.find((e) => e.key === STATED)).toMatchObject({
      firstEvidence: S3,
      firstQuote: 'Vi fordømmer angrebet,',
    });
  });
});

describe('neo4j-csv', () => {
  const f = files('neo4j-csv');

  it('uses neo4j-admin header conventions', () => {
    expect(f['nodes.csv'].split('\r\n')[0]).toBe(
      'key:ID,:LABEL,label,type,country,title,aliases:string[],articles:string[],articleCount:int,mentionCount:int,mentions,x:double,y:double',
    );
    expect(f['edges.csv'].split('\r\n')[0]).toBe(
      ':START_ID,:END_ID,:TYPE,key,confidence:float,date,evidenceCount:int,firstEvidence,evidence,articles:string[]',
    );
    expect(f['nodes.csv'].startsWith('\uFEFF')).toBe(false);
  });

  it('holds labels, relationship types, arrays and evidence', () => {
    const nodes = csv(f['nodes.csv']);
    expect(nodes).toHaveLength(7);
    const usa = nodes.find((n) => n['key:ID'] === 'country:usa')!;
    expect(usa[':LABEL']).toBe('Entity;Country');
    expect(usa['aliases:string[]'].split(';')).toEqual(['USA', 'United States', 'amerikanske']);
    expect(nodes.find((n) => n['key:ID'] === 'person:anna-larsen')![':LABEL']).toBe('Entity;Person');
    const edges = csv(f['edges.csv']);
    expect(edges.map((e) => e[':TYPE']).sort()).toEqual([
      'ATTACKED',
      'ATTACKED',
      'STATED',
      'STATED',
      'STATIONED_AT',
    ]);
    const attack = edges.find((e) => e.key === ATTACK)!;
    expect(attack[':START_ID']).toBe('organisation:revolutionary-guard');
    expect(attack[':END_ID']).toBe('base:ain-al-asad');
    expect(attack['confidence:float']).toBe('0.9');
    expect(JSON.parse(attack.evidence)).toEqual(graph.getEdgeAttribute(ATTACK, 'evidence'));
  });
});

describe('cypher', () => {
  const statements = parseCypherScript(one('cypher'));

  it('is only MERGE batches with labels and relationship types from the ontology', () => {
    for (const s of statements) {
      expect(s.tail).toMatch(
        /^AS row\n(MERGE \(n:Entity \{key: row\.key\}\)\nSET n \+= row\.props, n:(Person|Organisation|Country|Base|Place)|MATCH \(a:Entity \{key: row\.source\}\)\nMATCH \(b:Entity \{key: row\.target\}\)\nMERGE \(a\)-\[r:(ATTACKED|STATIONED_AT|STATED) \{key: row\.key\}\]->\(b\)\nSET r \+= row\.props)$/,
      );
    }
    const labels = statements.map((s) => /n:(\w+)$/.exec(s.tail)?.[1] ?? /\[r:(\w+)/.exec(s.tail)?.[1]);
    expect(labels).toEqual([
      'Person',
      'Organisation',
      'Country',
      'Base',
      'ATTACKED',
      'STATIONED_AT',
      'STATED',
    ]);
  });

  it('carries every node and edge with their properties', () => {
    type Row = { key: string; source?: string; target?: string; props: Record<string, unknown> };
    const rows = statements.flatMap((s) => s.rows as Row[]);
    expect(rows).toHaveLength(12);
    const anna = rows.find((r) => r.key === 'person:anna-larsen')!;
    expect(anna.props).toMatchObject({
      label: 'Anna Larsen',
      type: 'person',
      country: 'country:denmark',
      title: 'forsvarsminister',
      aliases: ['Anna Larsen'],
      articleCount: 1,
    });
    expect(rows.find((r) => r.key === 'country:iran')!.props).toMatchObject({ x: 1.5, y: -2.25 });
    const attack = rows.find((r) => r.key === ATTACK)!;
    expect(attack.source).toBe('organisation:revolutionary-guard');
    expect(attack.target).toBe('base:ain-al-asad');
    expect(attack.props).toMatchObject({
      confidence: 0.9,
      evidenceCount: 2,
      date: '2020-01-08',
      firstEvidence: S1,
    });
    expect(JSON.parse(attack.props.evidence as string)).toEqual(graph.getEdgeAttribute(ATTACK, 'evidence'));
    expect(rows.find((r) => r.key === STATED)!.props.sentences).toEqual([S3]);
  });
});
