/**
 * Input files → articles (pure: bytes in, articles and problems out; runs in Node, workers and the browser).
 * The format comes from the extension and, when that says nothing, from the content.
 */
import type { ArticleInput, ArticleProblem } from './types.ts';
import { decodeBytes } from './decode.ts';
import { normalizeText } from './fields.ts';
import { htmlToArticle } from './html.ts';
import { parseMarkdownArticle, parseTextArticle } from './parse.ts';
import { readJson, readJsonLines } from './records.ts';

export type ArticleFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl';

const BY_EXTENSION: Record<string, ArticleFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
};

/** Extensions a folder walk picks up. */
export const ARTICLE_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

function extension(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The format by extension; by content for unknown extensions (markup, JSON) — plain text otherwise. */
export function detectFormat(file: string, text: string): ArticleFormat {
  const byExt = BY_EXTENSION[extension(file)];
  const head = text
    .slice(0, 512)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (byExt === 'json' && !/^[[{]/.test(head)) return 'text';
  if (byExt === 'json') {
    // A ".json" that is really one record per line.
    const lines = text.trim().split('\n');
    if (lines.length > 1 && lines.every((l) => !l.trim() || /^\s*\{.*\}\s*$/.test(l))) {
      try {
        JSON.parse(text);
      } catch {
        return 'jsonl';
      }
    }
  }
  if (byExt) return byExt;
  if (/^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i.test(head)) return 'html';
  if (/^\{/.test(head)) return text.trim().includes('\n') ? 'jsonl' : 'json';
  if (/^\[/.test(head)) return 'json';
  return 'text';
}

export interface ReadArticlesResult {
  articles: ArticleInput[];
  problems: ArticleProblem[];
}

/**
 * Reads one input file. `file` is its path relative to the input root: it becomes the article id (plus
 * `#id` or `#line` for records in feed files). Never throws: what cannot be read is a problem.
 */
export function readArticles(file: string, bytes: Uint8Array): ReadArticlesResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { articles: [], problems: [{ file, reason: decoded.reason }] };
  const problems: ArticleProblem[] = [];
  if (decoded.warning) problems.push({ file, reason: decoded.warning, kept: true });
  if (!decoded.text.trim()) return { articles: [], problems: [{ file, reason: 'empty' }] };
  const format = detectFormat(file, decoded.text);
  let result: ReadArticlesResult;
  try {
    result = readFormat(file, decoded.text, format);
  } catch (e) {
    // The readers are written not to throw; this keeps one odd file from ending a whole batch regardless.
    result = { articles: [], problems: [{ file, reason: `unreadable ${format} (${(e as Error).message})` }] };
  }
  if (!result.articles.length)
    return { articles: [], problems: [...problems.filter((p) => !p.kept), ...result.problems] };
  return { articles: result.articles, problems: [...problems, ...result.problems] };
}

function readFormat(file: string, text: string, format: ArticleFormat): ReadArticlesResult {
  switch (format) {
    case 'json':
      return readJson(file, text);
    case 'jsonl':
      return readJsonLines(file, text);
    case 'html': {
      const h = htmlToArticle(normalizeText(text));
      if (!h.text.trim())
        return { articles: [], problems: [{ file, reason: 'empty (no text in the HTML)' }] };
      const article: ArticleInput = { id: file, file, text: h.text };
      if (h.title) article.title = h.title;
      if (h.date) article.date = h.date;
      if (h.lang) article.lang = h.lang;
      return { articles: [article], problems: [] };
    }
    case 'markdown':
      return one(parseMarkdownArticle(file, file, text));
    default:
      return one(parseTextArticle(file, file, text));
  }
}

function one(article: ArticleInput): ReadArticlesResult {
  return article.text.trim()
    ? { articles: [article], problems: [] }
    : { articles: [], problems: [{ file: article.file, reason: 'empty' }] };
}
