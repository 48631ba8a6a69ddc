/**
 * A per-article graph on its way from a worker (or the cache) to the merge carries its article's text
 * and, in every evidence, the sentence's text: two thirds of its bytes are copies of the article. Both are
 * nulled when they equal the article's text (or its slice at the evidence's offsets) and put back from
 * the article the main thread already holds, so the merge thread parses a third less JSON. The graph file
 * itself is unchanged.
 */
import type { ArticleInput } from '../articles/types.ts';
import type { ArticleMeta, Evidence, SerializedNewsGraph } from '../graph/index.ts';

// null, not a deleted key: a key put back later would move to the end, and the file's bytes would change.
type Compact<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };

/** Removes what can be rebuilt from `article` (in place: the graph was made for this). */
export function compactResult(data: SerializedNewsGraph, article: ArticleInput): SerializedNewsGraph {
  for (const meta of data.attributes.articles as Compact<ArticleMeta, 'text'>[])
    if (meta.id === article.id && meta.text === article.text) meta.text = null;
  for (const e of data.edges)
    for (const ev of e.attributes.evidence as Compact<Evidence, 'sentence'>[])
      if (ev.article === article.id && ev.sentence === article.text.slice(ev.start, ev.end))
        ev.sentence = null;
  return data;
}

/** Puts back what compactResult removed; entries that kept their text are left as they are. */
export function expandResult(data: SerializedNewsGraph, article: ArticleInput): SerializedNewsGraph {
  for (const meta of data.attributes.articles as Compact<ArticleMeta, 'text'>[])
    if (meta.id === article.id && meta.text === null) meta.text = article.text;
  for (const e of data.edges)
    for (const ev of e.attributes.evidence as Compact<Evidence, 'sentence'>[])
      if (ev.sentence === null && ev.article === article.id)
        ev.sentence = article.text.slice(ev.start, ev.end);
  return data;
}
