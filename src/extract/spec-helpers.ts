// What the extractor's rule tests ask of a one-article graph (heldout*.spec.ts, lexicon specs): kept apart
// from the specs so each test file holds only its scenarios.
import type { NewsGraph } from '../graph/index.ts';
import { extractArticle } from './index.ts';

export function graphOf(text: string, lang: 'da' | 'nb' | 'sv' | 'en'): NewsGraph {
  return extractArticle({ id: 'a.txt', file: 'a.txt', text, lang });
}

/** Edges of one type as sorted "source -> target" keys. */
export const edges = (g: NewsGraph, type: string): string[] =>
  g
    .filterEdges((_k, a) => a.type === type)
    .map((k) => `${g.source(k)} -> ${g.target(k)}`)
    .sort();

/** Labels of the nodes of one type, in graph order. */
export const labelsOf = (g: NewsGraph, type: string): string[] =>
  g.filterNodes((_k, a) => a.type === type).map((k) => g.getNodeAttribute(k, 'label') as string);
