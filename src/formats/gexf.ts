/**
 * GEXF 1.3 writer (Gephi). Written by hand rather than with graphology-gexf's writer because that writer
 * builds the whole document in memory (no streaming for 100,000 edges), infers attribute types from the
 * first values it sees, and leaves XML-illegal control characters in place; here every attribute is
 * declared with a fixed type and every string goes through escape.ts.
 *
 * Round trip: everything the graph knows is kept — lists as `liststring`, mentions and evidence as JSON
 * strings, the graph's own attributes (articles, generator) as JSON in a namespaced element in <meta>
 * (GEXF has no graph-level attributes; readers skip elements they do not know).
 */
import type { NewsGraph } from '../graph/index.ts';
import {
  entityColor,
  firstEvidence,
  hexToRgb,
  relationColor,
  relationLabel,
  sizeFromDegree,
} from './common.ts';
import { jsonForXml, xmlAttr, xmlKeys, xmlText } from './escape.ts';
import { gexfList } from './liststring.ts';

export const GEXF_NS = 'http://gexf.net/1.3';
export const GEXF_VIZ_NS = 'http://gexf.net/1.3/viz';
/** Namespace of newsgraph's own element in <meta>: the graph attributes as JSON. */
export const NEWSGRAPH_NS = 'https://newsgraph.local/graph-schema/gexf';
export const GRAPH_DATA_ELEMENT = 'graphdata';

type GexfType = 'string' | 'integer' | 'double' | 'liststring';
interface Column {
  title: string;
  type: GexfType;
}

/** Column declarations from `title: type` pairs, in order. */
function columns(spec: Record<string, GexfType>): Column[] {
  return Object.entries(spec).map(([title, type]) => ({ title, type }));
}

/** Declared attributes; ids are the column index (numeric ids, as Gephi writes them). */
export const GEXF_NODE_COLUMNS: Column[] = columns({
  type: 'string',
  country: 'string',
  aliases: 'liststring',
  title: 'string',
  articleCount: 'integer',
  mentionCount: 'integer',
  articles: 'liststring',
  mentions: 'string',
});

export const GEXF_EDGE_COLUMNS: Column[] = columns({
  type: 'string',
  confidence: 'double',
  evidenceCount: 'integer',
  date: 'string',
  firstEvidence: 'string',
  evidence: 'string',
  articles: 'liststring',
});

type Value = string | number | string[] | null | undefined;

/** `values[i]` belongs to column i; absent values are left out (GEXF has no null). */
function attvalues(values: Value[]): string {
  let out = '';
  values.forEach((v, i) => {
    if (v === undefined || v === null || v === '') return;
    const text = Array.isArray(v) ? gexfList(v) : String(v);
    out += `<attvalue for="${i}" value="${xmlAttr(text)}"/>`;
  });
  return out ? `<attvalues>${out}</attvalues>` : '';
}

function declare(cls: 'node' | 'edge', columns: Column[]): string {
  const rows = columns
    .map((c, i) => `      <attribute id="${i}" title="${c.title}" type="${c.type}"/>\n`)
    .join('');
  return `    <attributes class="${cls}" mode="static">\n${rows}    </attributes>\n`;
}

function color(hex: string): string {
  const { r, g, b } = hexToRgb(hex);
  return `<viz:color r="${r}" g="${g}" b="${b}"/>`;
}

export function* gexfChunks(graph: NewsGraph): Generator<string> {
  const ga = graph.getAttributes();
  const date = ga.builtAt && /^\d{4}-\d{2}-\d{2}/.test(ga.builtAt) ? ga.builtAt.slice(0, 10) : undefined;
  const description = ga.name ?? `newsgraph: ${ga.articles.length} articles`;
  yield (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<gexf xmlns="${GEXF_NS}" xmlns:viz="${GEXF_VIZ_NS}" version="1.3">\n` +
    `  <meta${date ? ` lastmodifieddate="${date}"` : ''}>\n` +
    `    <creator>${xmlText(`${ga.generator.name} ${ga.generator.version}`)}</creator>\n` +
    `    <description>${xmlText(description)}</description>\n`
  );
  // The article texts can be long: their own chunk.
  yield `    <ng:${GRAPH_DATA_ELEMENT} xmlns:ng="${NEWSGRAPH_NS}">${xmlText(jsonForXml(ga))}</ng:${GRAPH_DATA_ELEMENT}>\n`;
  yield (
    '  </meta>\n' +
    '  <graph defaultedgetype="directed" mode="static">\n' +
    declare('node', GEXF_NODE_COLUMNS) +
    declare('edge', GEXF_EDGE_COLUMNS) +
    '    <nodes>\n'
  );
  const nodeId = xmlKeys('node');
  for (const { node: key, attributes: a } of graph.nodeEntries()) {
    const values: Value[] = [
      a.type,
      a.country,
      a.aliases,
      a.title,
      a.articles.length,
      a.mentions.length,
      a.articles,
      jsonForXml(a.mentions),
    ];
    const position =
      typeof a.x === 'number' && typeof a.y === 'number' ? `<viz:position x="${a.x}" y="${a.y}" z="0"/>` : '';
    yield (
      `      <node id="${xmlAttr(nodeId(key))}" label="${xmlAttr(a.label)}">` +
      attvalues(values) +
      color(entityColor(a.type)) +
      `<viz:size value="${sizeFromDegree(graph.degree(key))}"/>` +
      position +
      '</node>\n'
    );
  }
  yield '    </nodes>\n    <edges>\n';
  const edgeId = xmlKeys('edge');
  for (const { edge: key, attributes: a, source, target } of graph.edgeEntries()) {
    const values: Value[] = [
      a.type,
      a.confidence,
      a.evidence.length,
      a.date,
      firstEvidence(a),
      jsonForXml(a.evidence),
      a.articles,
    ];
    // weight = evidence count (≥ 1): Gephi draws better-supported relations thicker and refuses weight 0.
    yield (
      `      <edge id="${xmlAttr(edgeId(key))}" source="${xmlAttr(source)}" target="${xmlAttr(target)}"` +
      ` kind="${xmlAttr(a.type)}" label="${xmlAttr(relationLabel(a.type))}" weight="${Math.max(1, a.evidence.length)}">` +
      attvalues(values) +
      color(relationColor(a.type)) +
      '</edge>\n'
    );
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}
