import type { ArticleMeta, NewsGraph } from '../graph/index.ts';
import type { EvidenceProblem } from './report.ts';

export interface EvidenceCheck {
  validEdges: number;
  edges: number;
  /** Evidence items also checked against the article's file text. */
  checkedAgainstFiles: number;
  problems: EvidenceProblem[];
}

/**
 * An edge's evidence is valid when every sentence stands in its article: `text.slice(start, end)` is the
 * sentence, and, when the article's text as read again from its file is at hand (keyed by article id), that
 * text contains it. Evidence nothing could check (no text in the graph, no file) is not valid: never seen.
 */
export function checkEvidence(graph: NewsGraph, sourceTexts?: ReadonlyMap<string, string>): EvidenceCheck {
  const articles = new Map<string, ArticleMeta>();
  for (const a of graph.getAttribute('articles')) articles.set(a.id, a);
  const out: EvidenceCheck = { validEdges: 0, edges: 0, checkedAgainstFiles: 0, problems: [] };
  graph.forEachEdge((edge, attrs) => {
    out.edges++;
    const before = out.problems.length;
    const problem = (article: string, reason: string): void => {
      out.problems.push({ edge, article, reason });
    };
    if (attrs.evidence.length === 0) problem('', 'no evidence');
    for (const ev of attrs.evidence) {
      const meta = articles.get(ev.article);
      if (!meta) {
        problem(ev.article, 'article not in the graph');
        continue;
      }
      if (!ev.sentence) {
        problem(ev.article, 'empty sentence');
        continue;
      }
      let checks = 0;
      if (meta.text !== undefined) {
        checks++;
        if (meta.text.slice(ev.start, ev.end) !== ev.sentence)
          problem(ev.article, `text [${ev.start}, ${ev.end}) is not the sentence "${ev.sentence}"`);
      }
      const fileText = sourceTexts?.get(meta.id);
      if (fileText !== undefined) {
        checks++;
        out.checkedAgainstFiles++;
        if (!fileText.includes(ev.sentence)) problem(ev.article, `file ${meta.file} lacks "${ev.sentence}"`);
      }
      if (checks === 0) problem(ev.article, 'no article text in the graph and no file to check against');
    }
    if (out.problems.length === before) out.validEdges++;
  });
  return out;
}
