// The extractor's API: per-article extraction (pure, independent of other articles), the corpus-level
// consolidation pass, and both together.
import { GraphMerger, serializeGraph } from '../graph/index.ts';
import type { NewsGraph } from '../graph/index.ts';
import type { ArticleInput } from '../articles/types.ts';
import { articleLang, extractArticleGraph } from './article.ts';
import { loadPipeline } from '../nlp/pipeline.ts';
import { consolidateGraph } from './consolidate.ts';
import { EXTRACTOR_VERSION } from './version.ts';

export { EXTRACTOR_VERSION };

/** One article → its own graph (pure; runs in Node, workers and the browser). */
export function extractArticle(article: ArticleInput): NewsGraph {
  return extractArticleGraph(article);
}

/**
 * Loads the trained models an article's language needs. Extraction itself is synchronous; in the browser the
 * model files are fetched, so call this first (Node reads them on first use either way).
 */
export async function prepareArticle(article: ArticleInput): Promise<void> {
  await loadPipeline(articleLang(article));
}

/** Corpus-level pass after per-article graphs are merged: folds nodes that name the same entity. */
export function consolidate(graph: NewsGraph): NewsGraph {
  return consolidateGraph(graph);
}

/** Convenience: many articles → one consolidated graph. */
export function extractCorpus(articles: ArticleInput[]): NewsGraph {
  const merger = new GraphMerger();
  for (const a of [...articles].sort((x, y) => (x.id < y.id ? -1 : 1)))
    merger.add(serializeGraph(extractArticle(a)));
  return consolidate(merger.graph());
}
