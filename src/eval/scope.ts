import type { ArticleMeta } from '../graph/index.ts';
import type { GoldAnnotation } from './gold.ts';

const baseName = (p: string): string => p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
const stem = (p: string): string => baseName(p).replace(/\.[A-Za-z0-9]+$/, '');

/**
 * Gold article ids are short ("000") or full file names ("000_b57bbfb5a02c07cb.txt"): one names a graph
 * article when one stem is the other, or starts it followed by a separator ("000" → "000_b57…", never "0001").
 */
export function sameArticle(goldId: string, article: Pick<ArticleMeta, 'id' | 'file'>): boolean {
  const g = stem(goldId);
  if (!g) return false;
  return [article.id, article.file].some((name) => {
    const a = stem(name);
    if (!a) return false;
    const [short, long] = a.length <= g.length ? [a, g] : [g, a];
    return (
      long.startsWith(short) && (long.length === short.length || /[^\p{L}\p{N}]/u.test(long[short.length]))
    );
  });
}

/** Every article id the gold file uses: its `articles` keys and the ids its entities and relations cite. */
export function goldArticleIds(gold: GoldAnnotation): string[] {
  const ids = new Set(Object.keys(gold.articles ?? {}));
  for (const item of [...gold.entities, ...gold.relations]) for (const a of item.articles ?? []) ids.add(a);
  return [...ids];
}

/** One id per gold article: the `articles` keys, plus cited ids that name none of them ("000" for "000_…"). */
export function distinctGoldArticles(ids: readonly string[], gold: GoldAnnotation): string[] {
  const keys = Object.keys(gold.articles ?? {});
  const out = [...keys];
  for (const id of ids) if (!out.some((k) => sameArticle(id, { id: k, file: k }))) out.push(id);
  return out;
}

/** The gold article ids that name an article of the graph. */
export function goldIdsInGraph(ids: readonly string[], articles: readonly ArticleMeta[]): Set<string> {
  return new Set(ids.filter((id) => articles.some((a) => sameArticle(id, a))));
}

/** Whether a gold item counts for this graph: it cites no articles, or one of them is in the graph. */
export function inScope(item: { articles?: string[] }, present: ReadonlySet<string>): boolean {
  return !item.articles?.length || item.articles.some((a) => present.has(a));
}
