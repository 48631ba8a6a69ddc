/**
 * One article → its graph as compact JSON text (see compact.ts): what a worker (or the main thread, for small runs) does per article.
 * The extractor's own failures and invalid output become a reason, never an exception.
 */
import type { ArticleInput } from '../articles/types.ts';
import { extractArticle } from '../extract/index.ts';
import { serializeGraph, validateGraphData } from '../graph/index.ts';
import { compactResult } from './compact.ts';

export interface ExtractOutcome {
  json?: string;
  error?: string;
}

function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

export function extractToJson(article: ArticleInput, hash: string): ExtractOutcome {
  let data;
  try {
    data = serializeGraph(extractArticle(article));
  } catch (e) {
    return { error: `extractor failed: ${(e as Error).message}` };
  }
  // What the reader learnt about the article (title, date, hash, words) is kept even if the extractor
  // does not copy it.
  for (const meta of data.attributes.articles) {
    if (meta.id !== article.id) continue;
    if (meta.title === undefined && article.title) meta.title = article.title;
    if (meta.date === undefined && article.date) meta.date = article.date;
    if (meta.hash === undefined) meta.hash = hash;
    if (meta.words === undefined) meta.words = countWords(article.text);
  }
  const checked = validateGraphData(data);
  if (!checked.ok) return { error: `extractor gave an invalid graph: ${checked.errors[0]}` };
  return { json: JSON.stringify(compactResult(data, article)) };
}
