/**
 * CSV for people (spreadsheets, pandas, R) and for `neo4j-admin database import`.
 *
 * Spreadsheet CSV: RFC 4180 (CRLF records, quotes doubled), UTF-8 WITH a byte-order mark — Excel opens a
 * BOM-less UTF-8 file in the legacy code page and garbles æøå, Arabic and emoji; LibreOffice, pandas
 * (`utf-8-sig`) and papaparse skip the mark. Formula-looking cells are neutralised (escape.ts). Lists are
 * joined with "; " for reading; the lossless formats are json, gexf and graphml.
 *
 * neo4j-admin CSV: no BOM and no neutralising (the importer takes values verbatim, so a `'` would become
 * data); typed headers; arrays `;`-delimited, the importer's default, so a `;` inside an array item
 * becomes `,` (the importer has no escape for it). Cells may hold newlines: import with
 * `--multiline-fields=true`.
 */
import type { NewsGraph } from '../graph/index.ts';
import {
  COMMON_LABEL,
  edgeArticles,
  firstEvidence,
  firstQuote,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
} from './common.ts';
import { csvRow } from './escape.ts';

export const BOM = '\uFEFF';

export const CSV_NODE_COLUMNS = [
  'key',
  'label',
  'type',
  'country',
  'countryLabel',
  'title',
  'aliases',
  'articleCount',
  'mentionCount',
  'degree',
  'articles',
] as const;

export const CSV_EDGE_COLUMNS = [
  'key',
  'source',
  'target',
  'type',
  'sourceLabel',
  'targetLabel',
  'confidence',
  'date',
  'evidenceCount',
  'articles',
  'firstEvidence',
  'firstEvidenceArticle',
  'firstQuote',
  'evidence',
] as const;

const label = (graph: NewsGraph, key: string | null | undefined): string | undefined =>
  key && graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : undefined;

export function* csvNodeChunks(graph: NewsGraph, delimiter: ',' | ';' = ','): Generator<string> {
  yield BOM + csvRow([...CSV_NODE_COLUMNS], true, delimiter);
  for (const { node: key, attributes: a } of graph.nodeEntries()) {
    yield csvRow(
      [
        key,
        a.label,
        a.type,
        a.country,
        label(graph, a.country),
        a.title,
        a.aliases.join('; '),
        a.articles.length,
        a.mentions.length,
        graph.degree(key),
        a.articles.join('; '),
      ],
      true,
      delimiter,
    );
  }
}

/** Every evidence sentence of an edge, one per line, each with its article id: `sentence [article]`. */
function allEvidence(a: { evidence: { sentence: string; article: string }[] }): string {
  return a.evidence.map((e) => `${e.sentence.replace(/\s+/g, ' ').trim()} [${e.article}]`).join('\n');
}

export function* csvEdgeChunks(graph: NewsGraph, delimiter: ',' | ';' = ','): Generator<string> {
  yield BOM + csvRow([...CSV_EDGE_COLUMNS], true, delimiter);
  for (const { edge: key, attributes: a, source, target } of graph.edgeEntries()) {
    yield csvRow(
      [
        key,
        source,
        target,
        a.type,
        label(graph, source),
        label(graph, target),
        a.confidence,
        a.date,
        a.evidence.length,
        edgeArticles(a).join('; '),
        firstEvidence(a),
        a.evidence[0]?.article,
        firstQuote(a),
        allEvidence(a),
      ],
      true,
      delimiter,
    );
  }
}

/** neo4j-admin's array cell: items joined with its default delimiter `;`, which items cannot contain. */
function neo4jArray(items: readonly string[]): string {
  return items.map((s) => s.replace(/;/g, ',')).join(';');
}

export const NEO4J_NODE_HEADER = [
  'key:ID',
  ':LABEL',
  'label',
  'type',
  'country',
  'title',
  'aliases:string[]',
  'articles:string[]',
  'articleCount:int',
  'mentionCount:int',
  'mentions',
  'x:double',
  'y:double',
] as const;

export const NEO4J_EDGE_HEADER = [
  ':START_ID',
  ':END_ID',
  ':TYPE',
  'key',
  'confidence:float',
  'date',
  'evidenceCount:int',
  'firstEvidence',
  'evidence',
  'articles:string[]',
] as const;

const raw = (cells: (string | number | null | undefined)[]): string => csvRow(cells, false);

export function* neo4jNodeChunks(graph: NewsGraph): Generator<string> {
  yield raw([...NEO4J_NODE_HEADER]);
  for (const { node: key, attributes: a } of graph.nodeEntries()) {
    yield raw([
      key,
      `${COMMON_LABEL};${NODE_LABELS[a.type]}`,
      a.label,
      a.type,
      a.country,
      a.title,
      neo4jArray(a.aliases),
      neo4jArray(a.articles),
      a.articles.length,
      a.mentions.length,
      JSON.stringify(a.mentions),
      a.x,
      a.y,
    ]);
  }
}

export function* neo4jEdgeChunks(graph: NewsGraph): Generator<string> {
  yield raw([...NEO4J_EDGE_HEADER]);
  for (const { edge: key, attributes: a, source, target } of graph.edgeEntries()) {
    yield raw([
      source,
      target,
      RELATIONSHIP_TYPES[a.type],
      key,
      a.confidence,
      a.date,
      a.evidence.length,
      firstEvidence(a),
      JSON.stringify(a.evidence),
      neo4jArray(edgeArticles(a)),
    ]);
  }
}
