/**
 * The extractor in the browser. Only ever imported with `import()`, so it and its lexicons are a separate
 * chunk, fetched the first time articles are added.
 */
import { parseTextArticle, readArticles } from '../../articles/index.ts';
import type { ArticleInput } from '../../articles/index.ts';
import { consolidate, extractArticle, prepareArticle } from '../../extract/index.ts';
// Model files are fetched from this build's assets, only for the languages of the articles added.
import '../../platform/browser.ts';
import { mergeInto } from '../../graph/index.ts';
import type { NewsGraph } from '../../graph/index.ts';
import type { InputFile } from './open.ts';

export interface ExtractResult {
  graph: NewsGraph;
  articles: number;
  problems: string[];
}

/** Gives each article an id not yet in the graph (two files called "article.txt" are two articles). */
function uniqueId(taken: Set<string>, id: string): string {
  let out = id;
  for (let i = 2; taken.has(out); i++) out = `${id}#${i}`;
  taken.add(out);
  return out;
}

const sameText = (t: string): string => t.replace(/\s+/g, ' ').trim();

/**
 * Drops articles whose text the graph (or an earlier one of the same batch) already holds: the same article
 * added twice would otherwise count every piece of its evidence twice. Each one dropped is named.
 */
function withoutDuplicates(into: NewsGraph, articles: ArticleInput[], problems: string[]): ArticleInput[] {
  const seen = new Map<string, string>();
  for (const a of into.getAttribute('articles')) if (a.text) seen.set(sameText(a.text), a.title ?? a.id);
  return articles.filter((a) => {
    const key = sameText(a.text);
    const was = seen.get(key);
    if (was !== undefined) {
      problems.push(`${a.file}: already in the graph as “${was}”, not added again`);
      return false;
    }
    seen.set(key, a.title ?? a.id);
    return true;
  });
}

/** Reads files (or pasted text) as articles, extracts each and merges the result into `into` (a copy). */
export async function extractInto(
  into: NewsGraph,
  files: InputFile[],
  pasted: string[] = [],
): Promise<ExtractResult> {
  const taken = new Set(into.getAttribute('articles').map((a) => a.id));
  const articles: ArticleInput[] = [];
  const problems: string[] = [];
  for (const f of files) {
    const bytes = f.bytes ?? new TextEncoder().encode(f.text);
    const r = readArticles(f.name, bytes);
    for (const p of r.problems) problems.push(`${p.file}: ${p.reason}`);
    articles.push(...r.articles);
  }
  pasted.forEach((text, i) => {
    if (text.trim()) articles.push(parseTextArticle(`pasted-${i + 1}`, `pasted-${i + 1}.txt`, text));
  });
  const fresh = withoutDuplicates(into, articles, problems);
  for (const a of fresh) await prepareArticle(a);
  const graphs = fresh.map((a) => {
    const id = uniqueId(taken, a.id);
    return extractArticle(id === a.id ? a : { ...a, id });
  });
  mergeInto(into, ...graphs);
  return { graph: fresh.length ? consolidate(into) : into, articles: fresh.length, problems };
}
