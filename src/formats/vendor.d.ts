// The parsers' DOM-agnostic cores: they take the DOMParser and Document classes, so the pure core can hand
// them whichever parser its host has (xmldom in Node, window.DOMParser in the browser).
declare module 'graphology-gexf/common/parser.js' {
  import type { AbstractGraph } from 'graphology-types';
  type Parse = (
    Graph: unknown,
    source: unknown,
    options?: { addMissingNodes?: boolean; allowUndeclaredAttributes?: boolean },
  ) => AbstractGraph;
  export default function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
}

declare module 'graphology-graphml/common/parser.js' {
  import type { AbstractGraph } from 'graphology-types';
  type Parse = (Graph: unknown, source: unknown, options?: { addMissingNodes?: boolean }) => AbstractGraph;
  export default function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
}
