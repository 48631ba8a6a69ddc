/**
 * Reading graph files back: the project's JSON, GEXF (graphology-gexf) and GraphML (graphology-graphml).
 * The XML parsers need a DOMParser, which the host passes in (xmldom in Node, window.DOMParser in the
 * browser), so this module stays free of Node and the DOM. Attributes are mapped back to the project's
 * node and edge attributes and the result is validated like any graph file.
 */
import Graph from 'graphology';
import createGexfParser from 'graphology-gexf/common/parser.js';
import createGraphmlParser from 'graphology-graphml/common/parser.js';
import {
  combineConfidence,
  ENTITY_TYPES,
  GENERATOR,
  GraphFileError,
  graphFromData,
  parseGraph,
  RELATION_TYPES,
} from '../graph/index.ts';
import type {
  EdgeAttributes,
  EntityType,
  Evidence,
  GraphAttributes,
  Mention,
  NewsGraph,
  NodeAttributes,
  RelationType,
  SerializedNewsGraph,
} from '../graph/index.ts';
import { GRAPH_DATA_ELEMENT, NEWSGRAPH_NS } from './gexf.ts';
import { GRAPHML_GRAPH_KEY } from './graphml.ts';
import type { DOMParserLike } from './types.ts';

export type InputFormat = 'json' | 'gexf' | 'graphml';

/** Decides by content first (an extension can lie), then by extension. */
export function sniffFormat(text: string, fileName: string): InputFormat | undefined {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{')) return 'json';
  if (head.startsWith('<')) {
    const root = /<(?:[A-Za-z_][\w.-]*:)?(gexf|graphml)[\s>/]/.exec(head);
    if (root) return root[1] as InputFormat;
  }
  const ext = /\.([A-Za-z]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'gexf') return 'gexf';
  if (ext === 'graphml') return 'graphml';
  return undefined;
}

interface XmlDoc {
  constructor: unknown;
  doctype?: unknown;
  documentElement?: { localName?: string | null; nodeName?: string } | null;
  getElementsByTagName(name: string): ArrayLike<{ textContent: string | null }>;
  getElementsByTagNameNS?(ns: string, name: string): ArrayLike<{ textContent: string | null }>;
}

function defaultParser(): DOMParserLike {
  const P = (globalThis as { DOMParser?: new () => DOMParserLike }).DOMParser;
  if (!P)
    throw new GraphFileError('reading GEXF or GraphML needs an XML parser (DOMParser) and none was given');
  return new P();
}

// What may come before the root element, other than a DOCTYPE: white space, the XML declaration and other
// processing instructions, comments. Sticky, so each is matched once where it starts: linear in the prolog.
const PROLOG_ITEM = /\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->/y;

/** True when the document declares a DOCTYPE (where an XML document may: before its root element). */
export function hasDoctype(text: string): boolean {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    PROLOG_ITEM.lastIndex = at;
    const m = PROLOG_ITEM.exec(text);
    if (!m) break;
    at += m[0].length;
  }
  return /^<!doctype/i.test(text.slice(at, at + 9));
}

const DOCTYPE_REFUSED =
  'declares a DOCTYPE (a DTD, where entities are declared): refused, since its entities could expand ' +
  'without bound or name other files, and graph files never need one';

function parseXml(text: string, format: InputFormat, domParser: DOMParserLike): XmlDoc {
  // Checked before parsing: a browser's DOMParser expands internal entities (billion laughs).
  if (hasDoctype(text)) throw new GraphFileError(`${format}: ${DOCTYPE_REFUSED}`);
  let doc: XmlDoc;
  try {
    doc = domParser.parseFromString(text.replace(/^\uFEFF/, ''), 'application/xml') as XmlDoc;
  } catch (e) {
    throw new GraphFileError(`${format}: not well-formed XML: ${(e as Error).message}`);
  }
  // Browsers report a syntax error as a <parsererror> element instead of throwing.
  const err = doc?.getElementsByTagName('parsererror')[0];
  if (err) {
    // Chromium wraps its parser's message in page-rendering prose: only the message is kept.
    const why = (err.textContent ?? '')
      .replace(/^\s*This page contains the following errors:\s*/, '')
      .replace(/\s*Below is a rendering of the page up to the first error\.?\s*$/, '')
      .trim()
      .split('\n')[0];
    throw new GraphFileError(`${format}: not well-formed XML: ${why}`);
  }
  // A DOCTYPE the scan above missed is still refused (its expansion is thrown away with the document).
  if (doc?.doctype) throw new GraphFileError(`${format}: ${DOCTYPE_REFUSED}`);
  const root = doc?.documentElement;
  const rootName = root?.localName ?? root?.nodeName;
  if (rootName !== format)
    throw new GraphFileError(`${format}: root element is <${rootName ?? '?'}>, not <${format}>`);
  return doc;
}

type Attrs = Record<string, unknown>;

function fail(format: InputFormat, what: string): never {
  throw new GraphFileError(`${format}: ${what}`);
}

function parseJson(format: InputFormat, where: string, s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return fail(format, `${where} is not valid JSON`);
  }
}

/** A list attribute: an array (GEXF liststring), a JSON array string, or a `;`/`|`-separated string. */
function list(format: InputFormat, where: string, v: unknown): string[] | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (Array.isArray(v)) return v.map(String);
  if (typeof v !== 'string') return [String(v)];
  const t = v.trim();
  if (t.startsWith('[')) {
    const parsed = parseJson(format, where, t);
    if (!Array.isArray(parsed)) fail(format, `${where} is not a list`);
    return parsed.map(String);
  }
  return t
    .split(/\s*[;|]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function records<T>(format: InputFormat, where: string, v: unknown): T[] | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const parsed = typeof v === 'string' ? parseJson(format, where, v) : v;
  if (!Array.isArray(parsed)) fail(format, `${where} is not a list`);
  return parsed as T[];
}

const str = (v: unknown): string | undefined =>
  v === undefined || v === null || v === '' ? undefined : String(v);
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v)
    ? v
    : typeof v === 'string' && v.trim() && Number.isFinite(+v)
      ? +v
      : undefined;

function toNode(format: InputFormat, key: string, a: Attrs): NodeAttributes {
  const type = str(a.type);
  if (!type || !(ENTITY_TYPES as readonly string[]).includes(type))
    fail(
      format,
      `node "${key}": type ${type ? `"${type}"` : 'missing'} (expected ${ENTITY_TYPES.join(', ')})`,
    );
  const label = str(a.label) ?? key;
  const out: NodeAttributes = {
    label,
    type: type as EntityType,
    aliases: list(format, `node "${key}" aliases`, a.aliases) ?? [label],
    mentions: records<Mention>(format, `node "${key}" mentions`, a.mentions) ?? [],
    articles: list(format, `node "${key}" articles`, a.articles) ?? [],
  };
  const country = str(a.country);
  if (country) out.country = country;
  const title = str(a.title);
  if (title) out.title = title;
  const x = num(a.x);
  const y = num(a.y);
  if (x !== undefined && y !== undefined) {
    out.x = x;
    out.y = y;
  }
  return out;
}

function toEdge(format: InputFormat, key: string, a: Attrs): EdgeAttributes {
  const type = str(a.type) ?? str(a.kind);
  if (!type || !(RELATION_TYPES as readonly string[]).includes(type))
    fail(
      format,
      `edge "${key}": type ${type ? `"${type}"` : 'missing'} (expected ${RELATION_TYPES.join(', ')})`,
    );
  const evidence = records<Evidence>(format, `edge "${key}" evidence`, a.evidence);
  if (!evidence?.length)
    fail(
      format,
      `edge "${key}" has no evidence (newsgraph keeps article, sentence and offsets for every edge)`,
    );
  const out: EdgeAttributes = {
    type: type as RelationType,
    evidence,
    confidence: num(a.confidence) ?? combineConfidence(evidence),
  };
  const date = str(a.date);
  if (date) out.date = date;
  const articles = list(format, `edge "${key}" articles`, a.articles);
  if (articles) out.articles = articles;
  return out;
}

function graphAttributes(format: InputFormat, json: string | null | undefined): GraphAttributes {
  if (!json) return { generator: { ...GENERATOR }, articles: [] };
  const parsed = parseJson(format, 'graph attributes', json);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    fail(format, 'graph attributes are not an object');
  return parsed as GraphAttributes;
}

function fromParsed(format: InputFormat, parsed: Graph, attributes: GraphAttributes): NewsGraph {
  const data: SerializedNewsGraph = {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes,
    nodes: [],
    edges: [],
  };
  parsed.forEachNode((key, a) => data.nodes.push({ key, attributes: toNode(format, key, a) }));
  parsed.forEachEdge((key, a, source, target, _sa, _ta, undirected) => {
    if (undirected) fail(format, `edge "${key}" is undirected; newsgraph relations are directed`);
    if (source === target) fail(format, `edge "${key}" is a self-loop`);
    data.edges.push({ key, source, target, attributes: toEdge(format, key, a) });
  });
  try {
    return graphFromData(data);
  } catch (e) {
    if (e instanceof GraphFileError) throw new GraphFileError(`${format}: ${e.message}`, e.errors);
    throw e;
  }
}

function readGexf(text: string, domParser: DOMParserLike): NewsGraph {
  const doc = parseXml(text, 'gexf', domParser);
  const parse = createGexfParser(undefined, doc.constructor);
  let parsed: Graph;
  try {
    parsed = parse(Graph, doc, { allowUndeclaredAttributes: true }) as Graph;
  } catch (e) {
    throw new GraphFileError(`gexf: ${(e as Error).message.replace(/^graphology-gexf\/parser: /, '')}`);
  }
  const own = doc.getElementsByTagNameNS?.(NEWSGRAPH_NS, GRAPH_DATA_ELEMENT)[0];
  return fromParsed('gexf', parsed, graphAttributes('gexf', own?.textContent));
}

function readGraphml(text: string, domParser: DOMParserLike): NewsGraph {
  const doc = parseXml(text, 'graphml', domParser);
  const parse = createGraphmlParser(undefined, doc.constructor);
  let parsed: Graph;
  try {
    parsed = parse(Graph, doc) as Graph;
  } catch (e) {
    throw new GraphFileError(`graphml: ${(e as Error).message.replace(/^graphology-graphml\/parser: /, '')}`);
  }
  const own = parsed.getAttribute(GRAPHML_GRAPH_KEY.name) as string | undefined;
  return fromParsed('graphml', parsed, graphAttributes('graphml', own));
}

/**
 * Parse a graph file of any supported input format (json graph format, gexf, graphml) into a validated
 * NewsGraph. Throws GraphFileError with a clear message.
 */
export function importGraph(text: string, fileName: string, domParser?: DOMParserLike): NewsGraph {
  const format = sniffFormat(text, fileName);
  if (format === 'json') return parseGraph(text.replace(/^\uFEFF/, ''));
  if (format === 'gexf') return readGexf(text, domParser ?? defaultParser());
  if (format === 'graphml') return readGraphml(text, domParser ?? defaultParser());
  throw new GraphFileError('unknown graph file format (expected newsgraph JSON, GEXF or GraphML)');
}
