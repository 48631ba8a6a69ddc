import { GraphFileError, serializeGraph, validateGraphData } from '../graph/index.ts';
import type { NewsGraph, SerializedNewsGraph } from '../graph/index.ts';

/**
 * The serialized graph, made self-contained and validated. A filtered subgraph can keep a person whose
 * country node was filtered out; the file must not point outside itself, so such a `country` becomes null.
 */
export function serializeForFile(graph: NewsGraph): SerializedNewsGraph {
  const data = serializeGraph(graph);
  for (const n of data.nodes) {
    const c = n.attributes.country;
    if (c && !graph.hasNode(c)) n.attributes = { ...n.attributes, country: null };
  }
  const result = validateGraphData(data);
  if (!result.ok)
    throw new GraphFileError(`refusing to write an invalid graph: ${result.errors[0]}`, result.errors);
  return data;
}

/**
 * The project's graph file (graph-schema/), byte for byte what stringifyGraph writes, but a node or an
 * edge per chunk. Validation needs the whole serialized graph once (a shallow copy); the text never does.
 */
export function* jsonChunks(graph: NewsGraph): Generator<string> {
  const data = serializeForFile(graph);
  yield `{"options":${JSON.stringify(data.options)},"attributes":${JSON.stringify(data.attributes)},"nodes":[`;
  for (let i = 0; i < data.nodes.length; i++) yield (i ? ',' : '') + JSON.stringify(data.nodes[i]);
  yield '],"edges":[';
  for (let i = 0; i < data.edges.length; i++) yield (i ? ',' : '') + JSON.stringify(data.edges[i]);
  yield ']}\n';
}
