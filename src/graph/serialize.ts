import { createNewsGraph } from './build.ts';
import type { NewsGraph, SerializedNewsGraph } from './types.ts';
import { validateGraphData } from './validate.ts';

export class GraphFileError extends Error {
  constructor(
    message: string,
    readonly errors: string[] = [],
  ) {
    super(message);
    this.name = 'GraphFileError';
  }
}

/** graphology's export, as the graph file holds it. */
export function serializeGraph(graph: NewsGraph): SerializedNewsGraph {
  return graph.export() as unknown as SerializedNewsGraph;
}

/** The graph file's text: validated before it is written, so no tool ever writes an invalid file. */
export function stringifyGraph(graph: NewsGraph, indent = 0): string {
  const data = serializeGraph(graph);
  const result = validateGraphData(data);
  if (!result.ok)
    throw new GraphFileError(`refusing to write an invalid graph: ${result.errors[0]}`, result.errors);
  return JSON.stringify(data, null, indent || undefined) + '\n';
}

/** Builds a graph from already-parsed data, after validating it. */
export function graphFromData(data: unknown): NewsGraph {
  const result = validateGraphData(data);
  if (!result.ok) throw new GraphFileError(`not a valid newsgraph file: ${result.errors[0]}`, result.errors);
  const graph = createNewsGraph();
  graph.import(result.data as unknown as Parameters<NewsGraph['import']>[0]);
  return graph;
}

/** Parses a graph file's text. Throws GraphFileError with the first problem (bad JSON or schema error). */
export function parseGraph(text: string): NewsGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new GraphFileError(`not JSON: ${(e as Error).message}`);
  }
  return graphFromData(data);
}
