export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv', 'cypher', 'neo4j-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * One output file. `chunks()` yields the text piece by piece (a node or an edge at a time) so a large
 * graph streams to disk or into a Blob without ever being one giant string; each call starts afresh.
 */
export interface ExportFile {
  name: string;
  mime: string;
  chunks(): Iterable<string>;
}

export interface ExportOptions {
  /** File name stem: `graph` gives graph.gexf; csv formats give graph-nodes.csv (nodes.csv without it). */
  baseName?: string;
  /** Spreadsheet CSV field separator: `;` for Danish and Norwegian Excel, where `,` is the decimal mark. */
  csvDelimiter?: ',' | ';';
}

/**
 * The one thing the importer needs from an XML parser: the browser's `new DOMParser()` or, in Node,
 * `new (require('@xmldom/xmldom').DOMParser)()`. Typed loosely so both fit.
 */
export interface DOMParserLike {
  parseFromString(source: string, mimeType: 'application/xml'): unknown;
}
