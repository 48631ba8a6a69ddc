/**
 * A per-article graph on its way from a worker (or the cache) to the merge is mostly copies of its
 * article: the text, every evidence's sentence, every mention's words, and the article's id in every
 * mention, evidence and `articles` list. Each is nulled where it equals what the article gives (its text,
 * the slice at the offsets, its id) and put back from the article the main thread already holds, so the
 * merge thread parses less than half the JSON and the cache holds less. The graph file is unchanged.
 */
import type { ArticleInput } from '../articles/types.ts';
import type { ArticleMeta, Evidence, Mention, SerializedNewsGraph } from '../graph/index.ts';

// null, not a deleted key: a key put back later would move to the end, and the file's bytes would change.
type Nullable<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };
/** A mention or an evidence: where in the article, and the words found there (`text` or `sentence`). */
type Spot = (Nullable<Mention, 'article' | 'text'> | Nullable<Evidence, 'article' | 'sentence'>) &
  Record<string, unknown>;
interface WithArticles {
  articles?: string[] | null;
}

/** Every place that names the article: mentions of nodes, evidence of edges, and their `articles` lists. */
function* owners(data: SerializedNewsGraph): Generator<{ attrs: WithArticles; spots: Spot[] }> {
  for (const n of data.nodes) yield { attrs: n.attributes, spots: (n.attributes.mentions ?? []) as Spot[] };
  for (const e of data.edges) yield { attrs: e.attributes, spots: e.attributes.evidence as Spot[] };
}

// A mention's `sentence` is the sentence's index and its words are `text`; an evidence's words are `sentence`.
const wordsKey = (spot: Spot): 'text' | 'sentence' =>
  typeof spot.sentence === 'number' ? 'text' : 'sentence';

/** Removes what can be rebuilt from `article` (in place: the graph was made for this). */
export function compactResult(data: SerializedNewsGraph, article: ArticleInput): SerializedNewsGraph {
  for (const meta of data.attributes.articles as Nullable<ArticleMeta, 'text'>[])
    if (meta.id === article.id && meta.text === article.text) meta.text = null;
  for (const { attrs, spots } of owners(data)) {
    if (attrs.articles?.length === 1 && attrs.articles[0] === article.id) attrs.articles = null;
    for (const spot of spots) {
      if (spot.article !== article.id) continue;
      spot.article = null;
      const key = wordsKey(spot);
      if (spot[key] === article.text.slice(spot.start, spot.end)) spot[key] = null;
    }
  }
  return data;
}

/** Puts back what compactResult removed; values that were kept are left as they are. */
export function expandResult(data: SerializedNewsGraph, article: ArticleInput): SerializedNewsGraph {
  for (const meta of data.attributes.articles as Nullable<ArticleMeta, 'text'>[])
    if (meta.id === article.id && meta.text === null) meta.text = article.text;
  for (const { attrs, spots } of owners(data)) {
    if (attrs.articles === null) attrs.articles = [article.id];
    for (const spot of spots) {
      if (spot.article !== null) continue;
      spot.article = article.id;
      const key = wordsKey(spot);
      if (spot[key] === null) spot[key] = article.text.slice(spot.start, spot.end);
    }
  }
  return data;
}
