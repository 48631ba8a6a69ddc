/**
 * GraphML writer (yEd, Cytoscape, NetworkX, igraph). graphology-graphml only parses, so the writer is ours.
 * Every attribute has a <key> with attr.type (string, int, double); lists and records that GraphML cannot
 * type (aliases, articles, mentions, evidence) are JSON strings, which keeps the round trip lossless.
 * The graph's own attributes (articles, generator) are one graph-level JSON <data>.
 */
import type { NewsGraph } from '../graph/index.ts';
import { entityColor, firstEvidence, relationColor, relationLabel, sizeFromDegree } from './common.ts';
import { jsonForXml, xmlAttr, xmlKeys, xmlText } from './escape.ts';

type GraphmlType = 'string' | 'int' | 'double';
interface Key {
  id: string;
  for: 'graph' | 'node' | 'edge';
  name: string;
  type: GraphmlType;
}

export const GRAPHML_GRAPH_KEY: Key = { id: 'g_newsgraph', for: 'graph', name: 'newsgraph', type: 'string' };

export const GRAPHML_NODE_KEYS: Key[] = [
  { id: 'n_label', for: 'node', name: 'label', type: 'string' },
  { id: 'n_type', for: 'node', name: 'type', type: 'string' },
  { id: 'n_country', for: 'node', name: 'country', type: 'string' },
  { id: 'n_title', for: 'node', name: 'title', type: 'string' },
  { id: 'n_aliases', for: 'node', name: 'aliases', type: 'string' },
  { id: 'n_articleCount', for: 'node', name: 'articleCount', type: 'int' },
  { id: 'n_mentionCount', for: 'node', name: 'mentionCount', type: 'int' },
  { id: 'n_degree', for: 'node', name: 'degree', type: 'int' },
  { id: 'n_articles', for: 'node', name: 'articles', type: 'string' },
  { id: 'n_mentions', for: 'node', name: 'mentions', type: 'string' },
  { id: 'n_color', for: 'node', name: 'color', type: 'string' },
  { id: 'n_size', for: 'node', name: 'size', type: 'double' },
  { id: 'n_x', for: 'node', name: 'x', type: 'double' },
  { id: 'n_y', for: 'node', name: 'y', type: 'double' },
];

export const GRAPHML_EDGE_KEYS: Key[] = [
  { id: 'e_type', for: 'edge', name: 'type', type: 'string' },
  { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'e_confidence', for: 'edge', name: 'confidence', type: 'double' },
  { id: 'e_evidenceCount', for: 'edge', name: 'evidenceCount', type: 'int' },
  { id: 'e_date', for: 'edge', name: 'date', type: 'string' },
  { id: 'e_firstEvidence', for: 'edge', name: 'firstEvidence', type: 'string' },
  { id: 'e_evidence', for: 'edge', name: 'evidence', type: 'string' },
  { id: 'e_articles', for: 'edge', name: 'articles', type: 'string' },
  { id: 'e_color', for: 'edge', name: 'color', type: 'string' },
];

type Value = string | number | null | undefined;

/** `values[i]` belongs to keys[i]; absent values are left out. */
function data(keys: Key[], values: Value[]): string {
  let out = '';
  values.forEach((v, i) => {
    if (v === undefined || v === null || v === '') return;
    out += `<data key="${keys[i].id}">${xmlText(String(v))}</data>`;
  });
  return out;
}

function declare(k: Key): string {
  return `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>\n`;
}

export function* graphmlChunks(graph: NewsGraph): Generator<string> {
  yield (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    declare(GRAPHML_GRAPH_KEY) +
    GRAPHML_NODE_KEYS.map(declare).join('') +
    GRAPHML_EDGE_KEYS.map(declare).join('') +
    '  <graph id="G" edgedefault="directed">\n'
  );
  // Graph-level data comes first in <graph> (the schema's order; graphology-graphml reads only leading data).
  yield `    ${data([GRAPHML_GRAPH_KEY], [jsonForXml(graph.getAttributes())])}\n`;
  const nodeId = xmlKeys('node');
  for (const { node: key, attributes: a } of graph.nodeEntries()) {
    const degree = graph.degree(key);
    const values: Value[] = [
      a.label,
      a.type,
      a.country,
      a.title,
      jsonForXml(a.aliases),
      a.articles.length,
      a.mentions.length,
      degree,
      jsonForXml(a.articles),
      jsonForXml(a.mentions),
      entityColor(a.type),
      sizeFromDegree(degree),
      a.x,
      a.y,
    ];
    yield `    <node id="${xmlAttr(nodeId(key))}">${data(GRAPHML_NODE_KEYS, values)}</node>\n`;
  }
  const edgeId = xmlKeys('edge');
  for (const { edge: key, attributes: a, source, target } of graph.edgeEntries()) {
    const values: Value[] = [
      a.type,
      relationLabel(a.type),
      a.confidence,
      a.evidence.length,
      a.date,
      firstEvidence(a),
      jsonForXml(a.evidence),
      a.articles ? jsonForXml(a.articles) : undefined,
      relationColor(a.type),
    ];
    yield (
      `    <edge id="${xmlAttr(edgeId(key))}" source="${xmlAttr(source)}" target="${xmlAttr(target)}">` +
      `${data(GRAPHML_EDGE_KEYS, values)}</edge>\n`
    );
  }
  yield '  </graph>\n</graphml>\n';
}
