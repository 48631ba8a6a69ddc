import type { ArticleInput } from './types.ts';

/** The seed format: a first line ` date YYYY-MM` followed by the lead. */
const SEED_HEADER = /^\uFEFF?\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s+/;

/**
 * Parses a plain-text article. In the seed format the date marker is dropped from `text` (so offsets point
 * into the article proper) and the lead's first line becomes the title.
 */
export function parseTextArticle(id: string, file: string, raw: string): ArticleInput {
  let text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let date: string | undefined;
  const m = SEED_HEADER.exec(text);
  if (m) {
    date = m[1];
    text = text.slice(m[0].length);
  }
  const firstLine = text.split('\n', 1)[0]?.trim();
  const article: ArticleInput = { id, file, text };
  if (firstLine) article.title = firstLine.length > 200 ? firstLine.slice(0, 197) + '…' : firstLine;
  if (date) article.date = date;
  return article;
}
