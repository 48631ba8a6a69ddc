import type { ArticleInput } from './types.ts';
import { cleanTitle, normalizeDate, normalizeLang, normalizeText } from './fields.ts';

/** The seed format: a first line ` date YYYY-MM` followed by the lead. */
const SEED_HEADER = /^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s+/;

/**
 * Parses a plain-text article. In the seed format the date marker is dropped from `text` (so offsets point
 * into the article proper) and the lead's first line becomes the title.
 */
export function parseTextArticle(id: string, file: string, raw: string): ArticleInput {
  let text = normalizeText(raw);
  let date: string | undefined;
  const m = SEED_HEADER.exec(text);
  if (m) {
    date = m[1];
    text = text.slice(m[0].length);
  }
  const article: ArticleInput = { id, file, text };
  const title = cleanTitle(text.split('\n', 1)[0]);
  if (title) article.title = title;
  if (date) article.date = date;
  return article;
}

/** YAML-ish front matter ("---" lines around "key: value" pairs), as static site and CMS exports write it. */
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/**
 * Markdown → the text a reader sees: front matter read for title/date/lang and removed, heading marks,
 * emphasis, images and link targets dropped, so offsets point at words rather than markup.
 */
export function parseMarkdownArticle(id: string, file: string, raw: string): ArticleInput {
  let text = normalizeText(raw);
  const meta: Record<string, string> = Object.create(null);
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    for (const line of fm[1].split('\n')) {
      const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
      if (kv) meta[kv[1].toLowerCase()] = kv[2].replace(/^["']|["']$/g, '').trim();
    }
    text = text.slice(fm[0].length);
  }
  text = text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^```[^\n]*$/gm, '')
    .replace(/^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, '$1')
    .replace(/^ {0,3}>[ \t]?/gm, '')
    .replace(/^ {0,3}(?:[-*_][ \t]*){3,}$/gm, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/^ {0,3}\[[^\]]+\]:\s+\S+.*$/gm, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\s+/, '')
    .replace(/\s+$/, '');
  const article = parseTextArticle(id, file, text);
  const title = cleanTitle(meta.title);
  if (title) article.title = title;
  const date = normalizeDate(meta.date ?? meta.published);
  if (date) article.date = date;
  const lang = normalizeLang(meta.lang ?? meta.language);
  if (lang) article.lang = lang;
  return article;
}
