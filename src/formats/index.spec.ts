import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { applyFilter, GraphFileError, serializeGraph, stringifyGraph } from '../graph/index.ts';
import { joinChunks, smallGraph } from '../../test/integration/formats-fixture.ts';
import { EXPORT_FORMATS, exportGraph, importGraph, sniffFormat } from './index.ts';

const xml = () => new DOMParser();

describe('exportGraph', () => {
  it('offers the six formats', () => {
    expect([...EXPORT_FORMATS]).toEqual(['json', 'gexf', 'graphml', 'csv', 'cypher', 'neo4j-csv']);
  });

  it('names files from baseName, two files for the csv formats', () => {
    const g = smallGraph();
    const names = (f: (typeof EXPORT_FORMATS)[number], base?: string) =>
      exportGraph(g, f, base ? { baseName: base } : {}).map((x) => x.name);
    expect(names('json', 'iran')).toEqual(['iran.json']);
    expect(names('gexf', 'iran')).toEqual(['iran.gexf']);
    expect(names('graphml')).toEqual(['graph.graphml']);
    expect(names('cypher', 'iran')).toEqual(['iran.cypher']);
    expect(names('csv')).toEqual(['nodes.csv', 'edges.csv']);
    expect(names('csv', 'iran')).toEqual(['iran-nodes.csv', 'iran-edges.csv']);
    expect(names('neo4j-csv')).toEqual(['nodes.csv', 'edges.csv']);
    expect(exportGraph(g, 'csv')[0].mime).toMatch(/^text\/csv/);
    expect(exportGraph(g, 'json')[0].mime).toBe('application/json');
  });

  it('streams: a chunk at least per node and per edge, lazily, and afresh on each call', () => {
    const g = smallGraph();
    for (const format of EXPORT_FORMATS) {
      for (const file of exportGraph(g, format)) {
        const chunks = [...file.chunks()];
        const perFile = file.name.includes('nodes')
          ? g.order
          : file.name.includes('edges')
            ? g.size
            : g.order + g.size;
        expect(chunks.length, `${format} ${file.name}`).toBeGreaterThan(perFile);
        expect(chunks.join('')).toBe(joinChunks(file.chunks()));
      }
    }
    const it = exportGraph(g, 'gexf')[0].chunks()[Symbol.iterator]();
    expect(typeof it.next).toBe('function');
  });

  it('writes json exactly as stringifyGraph does', () => {
    const g = smallGraph();
    expect(joinChunks(exportGraph(g, 'json')[0].chunks())).toBe(stringifyGraph(g));
  });

  it('json of a filtered graph drops a country reference that points outside it, and stays valid', () => {
    const sub = applyFilter(smallGraph(), { types: ['person'] });
    const text = joinChunks(exportGraph(sub, 'json')[0].chunks());
    const back = importGraph(text, 'x.json');
    expect(back.order).toBe(1);
    expect(back.getNodeAttribute('person:anna-larsen', 'country')).toBeNull();
    // The graph handed in is not changed.
    expect(sub.getNodeAttribute('person:anna-larsen', 'country')).toBe('country:denmark');
  });

  it('refuses to write an invalid graph as json', () => {
    const g = smallGraph();
    g.setNodeAttribute('country:iran', 'type', 'planet' as never);
    expect(() => joinChunks(exportGraph(g, 'json')[0].chunks())).toThrow(GraphFileError);
  });
});

describe('importGraph', () => {
  it('tells formats by content before extension', () => {
    expect(sniffFormat('{"a":1}', 'x.gexf')).toBe('json');
    expect(sniffFormat('\uFEFF<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3">', 'x.json')).toBe(
      'gexf',
    );
    expect(sniffFormat('<?xml version="1.0"?><!-- c --><graphml>', 'x')).toBe('graphml');
    expect(sniffFormat('', 'x.GraphML')).toBe('graphml');
    expect(sniffFormat('hello', 'x.txt')).toBeUndefined();
  });

  it('reads its own gexf and graphml back to the same graph', () => {
    const g = smallGraph();
    for (const format of ['json', 'gexf', 'graphml'] as const) {
      const file = exportGraph(g, format)[0];
      const back = importGraph(joinChunks(file.chunks()), file.name, xml());
      expect(serializeGraph(back), format).toEqual(serializeGraph(g));
    }
  });

  it('says what is wrong with a foreign or broken file', () => {
    const noType =
      '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes><node id="a" label="A"/></nodes></graph></gexf>';
    expect(() => importGraph(noType, 'x.gexf', xml())).toThrow(/gexf: node "a": type missing/);
    const noEvidence =
      '<graphml><key id="t" for="node" attr.name="type"/><key id="r" for="edge" attr.name="type"/>' +
      '<graph edgedefault="directed"><node id="a"><data key="t">country</data></node><node id="b"><data key="t">country</data></node>' +
      '<edge source="a" target="b"><data key="r">attacked</data></edge></graph></graphml>';
    expect(() => importGraph(noEvidence, 'x.graphml', xml())).toThrow(/has no evidence/);
    expect(() => importGraph('<svg/>', 'x.gexf', xml())).toThrow(/root element is <svg>/);
    expect(() => importGraph('plain text', 'notes.txt', xml())).toThrow(/unknown graph file format/);
    expect(() => importGraph('{"nodes": 1}', 'x.json')).toThrow(GraphFileError);
  });

  it('needs a DOMParser for XML when the host has none', () => {
    const file = exportGraph(smallGraph(), 'gexf')[0];
    expect(() => importGraph(joinChunks(file.chunks()), file.name)).toThrow(/needs an XML parser/);
  });
});
