import type { Evidence, NewsGraph } from '../../graph/index.ts';
import { findNames } from './segments.ts';
import type { MarkRange } from './segments.ts';

/**
 * Where the given nodes are named inside an evidence sentence, relative to the sentence: their recorded
 * mentions when the extractor left offsets inside it, else their label and aliases found as words.
 */
export function namesInSentence(graph: NewsGraph, ev: Evidence, nodes: string[]): MarkRange[] {
  const out: MarkRange[] = [];
  for (const node of nodes) {
    if (!graph.hasNode(node)) continue;
    const a = graph.getNodeAttributes(node);
    const inside = a.mentions.filter(
      (m) => m.article === ev.article && m.start >= ev.start && m.end <= ev.end,
    );
    if (inside.length) {
      for (const m of inside) out.push({ start: m.start - ev.start, end: m.end - ev.start, node });
    } else {
      out.push(...findNames(ev.sentence, [a.label, ...a.aliases], node));
    }
  }
  return out;
}

/** Every mention in one article, as marks over the article's text. */
export function mentionsInArticle(graph: NewsGraph, articleId: string): MarkRange[] {
  const out: MarkRange[] = [];
  graph.forEachNode((node, a) => {
    for (const m of a.mentions) if (m.article === articleId) out.push({ start: m.start, end: m.end, node });
  });
  return out;
}
