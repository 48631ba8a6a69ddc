import { GraphFileError, mergeInto, parseGraph } from '../../graph/index.ts';
import type { NewsGraph } from '../../graph/index.ts';

export interface InputFile {
  name: string;
  text: string;
  bytes?: Uint8Array;
}

export type FileKind = 'graph-json' | 'graph-xml' | 'articles';

const ext = (name: string): string => name.slice(name.lastIndexOf('.') + 1).toLowerCase();

/** A graph file (our JSON, GEXF, GraphML) or articles to extract (anything else, JSON feeds included). */
export function fileKind(name: string, text: string): FileKind {
  const e = ext(name);
  if (e === 'gexf' || e === 'graphml' || e === 'xml') return 'graph-xml';
  if (e === 'json') {
    // A JSON that does not even parse is reported as a broken graph file: that is what a .json here usually is.
    try {
      const data: unknown = JSON.parse(text);
      const looksLikeGraph =
        typeof data === 'object' &&
        data !== null &&
        !Array.isArray(data) &&
        ('nodes' in data || 'edges' in data);
      return looksLikeGraph ? 'graph-json' : 'articles';
    } catch {
      return 'graph-json';
    }
  }
  return 'articles';
}

/**
 * The largest GEXF or GraphML file the page reads, as the CLI's default: the DOM of an XML file takes tens
 * of times its size, and a tab out of memory loses the graph on screen.
 */
export const MAX_XML_BYTES = 50 * 2 ** 20;

const megabytes = (n: number): string => `${(n / 2 ** 20).toFixed(1)} MB`;

/** Reads one graph file. Throws GraphFileError naming the file and the first problem. */
export async function readGraphFile(file: InputFile): Promise<NewsGraph> {
  try {
    if (!file.text.trim()) throw new GraphFileError('the file is empty');
    if (fileKind(file.name, file.text) === 'graph-xml') {
      const size = file.bytes?.length ?? file.text.length;
      if (size > MAX_XML_BYTES)
        throw new GraphFileError(
          `${megabytes(size)} of XML, over the ${megabytes(MAX_XML_BYTES)} the page reads (XML is parsed ` +
            'whole): open the JSON export instead',
        );
      const { importGraph } = await import('../../formats/index.ts');
      return importGraph(file.text, file.name, new DOMParser());
    }
    return parseGraph(file.text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new GraphFileError(`${file.name}: ${msg}`, e instanceof GraphFileError ? e.errors : []);
  }
}

/** Several graph files: the first replaces the graph, the others merge into it. All or nothing. */
export async function readGraphFiles(files: InputFile[]): Promise<NewsGraph> {
  const graphs: NewsGraph[] = [];
  for (const f of files) graphs.push(await readGraphFile(f));
  const [first, ...rest] = graphs;
  return mergeInto(first, ...rest);
}
