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
  for (const a of articles) await prepareArticle(a);
  const graphs = articles.map((a) => {
    const id = uniqueId(taken, a.id);
    return extractArticle(id === a.id ? a : { ...a, id });
  });
  mergeInto(into, ...graphs);
  return { graph: articles.length ? consolidate(into) : into, articles: articles.length, problems };
}
