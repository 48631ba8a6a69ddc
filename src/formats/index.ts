/**
 * Graph files in and out: one implementation for the CLI (streams chunks to disk) and the explorer
 * (joins chunks into a Blob). Filtering happens before: pass `applyFilter(graph, filter)`.
 */
import type { NewsGraph } from '../graph/index.ts';
import { fileName } from './common.ts';
import { csvEdgeChunks, csvNodeChunks, neo4jEdgeChunks, neo4jNodeChunks } from './csv.ts';
import { cypherChunks } from './cypher.ts';
import { gexfChunks } from './gexf.ts';
import { graphmlChunks } from './graphml.ts';
import { jsonChunks } from './json.ts';
import type { ExportFile, ExportFormat, ExportOptions } from './types.ts';

export { EXPORT_FORMATS } from './types.ts';
export type { DOMParserLike, ExportFile, ExportFormat, ExportOptions } from './types.ts';
export { importGraph, sniffFormat } from './import.ts';
export type { InputFormat } from './import.ts';
export { jsonChunks } from './json.ts';

const CSV_MIME = 'text/csv;charset=utf-8';

/** Files for one format: one file for most, nodes.csv + edges.csv for csv, nodes/edges with neo4j-admin headers for neo4j-csv. */
export function exportGraph(graph: NewsGraph, format: ExportFormat, opts: ExportOptions = {}): ExportFile[] {
  const base = opts.baseName;
  const file = (name: string, mime: string, chunks: (g: NewsGraph) => Iterable<string>): ExportFile => ({
    name,
    mime,
    chunks: () => chunks(graph),
  });
  switch (format) {
    case 'json':
      return [file(fileName(base, 'json'), 'application/json', jsonChunks)];
    case 'gexf':
      return [file(fileName(base, 'gexf'), 'application/gexf+xml', gexfChunks)];
    case 'graphml':
      return [file(fileName(base, 'graphml'), 'application/graphml+xml', graphmlChunks)];
    case 'csv':
      return [
        file(fileName(base, 'csv', 'nodes'), CSV_MIME, (g) => csvNodeChunks(g, opts.csvDelimiter)),
        file(fileName(base, 'csv', 'edges'), CSV_MIME, (g) => csvEdgeChunks(g, opts.csvDelimiter)),
      ];
    case 'cypher':
      return [file(fileName(base, 'cypher'), 'text/plain;charset=utf-8', cypherChunks)];
    case 'neo4j-csv':
      return [
        file(fileName(base, 'csv', 'nodes'), CSV_MIME, neo4jNodeChunks),
        file(fileName(base, 'csv', 'edges'), CSV_MIME, neo4jEdgeChunks),
      ];
    default: {
      const never: never = format;
      throw new Error(`unknown export format: ${String(never)}`);
    }
  }
}
