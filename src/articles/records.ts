/**
 * Feed exports: `.json` (one record, an array, or an object holding an array under articles/items/…) and
 * `.jsonl` (one record per line) of `{ id?, title?, date?, lang?, text }`; `body` or `content` stand in for
 * `text`, and markup in it is read as HTML. A bad record is a problem for that record only.
 */
import type { ArticleInput, ArticleProblem } from './types.ts';
import { cleanTitle, normalizeDate, normalizeLang, normalizeText } from './fields.ts';
import { htmlToArticle, looksLikeHtml } from './html.ts';

export interface ReadResult {
  articles: ArticleInput[];
  problems: ArticleProblem[];
}

const TEXT_FIELDS = ['text', 'body', 'content'] as const;
const LIST_FIELDS = ['articles', 'items', 'records', 'data', 'entries'] as const;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function own(r: Record<string, unknown>, k: string): unknown {
  return Object.prototype.hasOwnProperty.call(r, k) ? r[k] : undefined;
}

function shapeName(v: unknown): string {
  return v === null
    ? 'null'
    : Array.isArray(v)
      ? 'an array'
      : typeof v === 'object'
        ? 'an object'
        : `a ${typeof v}`;
}

/** One record → an article, or the reason it is not one. `where` names it in problems ("line 3"). */
function recordToArticle(
  file: string,
  record: unknown,
  fallbackId: string,
  usedIds: Set<string>,
): ArticleInput | string {
  if (!isRecord(record)) return `expected an object with "text", found ${shapeName(record)}`;
  const field = TEXT_FIELDS.find((f) => own(record, f) !== undefined);
  if (!field) return 'no "text" (or "body"/"content") field';
  const raw = own(record, field);
  if (typeof raw !== 'string') return `"${field}" is ${shapeName(raw)}, not a string`;
  let text = normalizeText(raw);
  let htmlTitle: string | undefined;
  let htmlDate: string | undefined;
  if (looksLikeHtml(text)) {
    const h = htmlToArticle(text);
    text = h.text;
    htmlTitle = h.title;
    htmlDate = h.date;
  }
  if (!text.trim()) return 'empty text';
  const rawId = own(record, 'id');
  let id =
    (typeof rawId === 'string' && rawId.trim()) || typeof rawId === 'number'
      ? `${file}#${String(rawId).trim()}`
      : `${file}#${fallbackId}`;
  if (usedIds.has(id)) id = `${id}@${fallbackId}`;
  usedIds.add(id);
  const article: ArticleInput = { id, file, text };
  const title = cleanTitle(own(record, 'title') ?? own(record, 'headline')) ?? htmlTitle;
  if (title) article.title = title;
  const date =
    normalizeDate(own(record, 'date') ?? own(record, 'published') ?? own(record, 'published_at')) ?? htmlDate;
  if (date) article.date = date;
  const lang = normalizeLang(own(record, 'lang') ?? own(record, 'language'));
  if (lang) article.lang = lang;
  return article;
}

/** `.json`: a record, an array of records, or an object wrapping the array. */
export function readJson(file: string, text: string): ReadResult {
  const out: ReadResult = { articles: [], problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    out.problems.push({ file, reason: `not JSON (${(e as Error).message})` });
    return out;
  }
  if (isRecord(data) && !TEXT_FIELDS.some((f) => own(data as Record<string, unknown>, f) !== undefined)) {
    const list = LIST_FIELDS.find((f) => Array.isArray(own(data as Record<string, unknown>, f)));
    if (list) data = own(data, list);
  }
  const used = new Set<string>();
  if (Array.isArray(data)) {
    if (!data.length) out.problems.push({ file, reason: 'empty (no records)' });
    data.forEach((record, i) => {
      const a = recordToArticle(file, record, String(i + 1), used);
      if (typeof a === 'string') out.problems.push({ file, reason: `record ${i + 1}: ${a}` });
      else out.articles.push(a);
    });
    return out;
  }
  const a = recordToArticle(file, data, '1', used);
  if (typeof a === 'string') out.problems.push({ file, reason: `wrong shape: ${a}` });
  else
    out.articles.push({
      ...a,
      id: typeof own(data as Record<string, unknown>, 'id') === 'undefined' ? file : a.id,
    });
  return out;
}

/** `.jsonl`: one record per line; blank lines are allowed, a bad line skips that record only. */
export function readJsonLines(file: string, text: string): ReadResult {
  const out: ReadResult = { articles: [], problems: [] };
  const used = new Set<string>();
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const where = `line ${i + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (e) {
      out.problems.push({ file, reason: `${where}: not JSON (${(e as Error).message})` });
      return;
    }
    const a = recordToArticle(file, record, String(i + 1), used);
    if (typeof a === 'string') out.problems.push({ file, reason: `${where}: ${a}` });
    else out.articles.push(a);
  });
  if (!out.articles.length && !out.problems.length) out.problems.push({ file, reason: 'empty' });
  return out;
}
