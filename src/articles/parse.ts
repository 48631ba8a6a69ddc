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
 *
 * Linear time on any input: each pattern's body excludes its own opening delimiter, so a scan that finds no
 * closer stops at the next opener instead of running to the end for every opener (a 5 KB heading of spaces
 * took 92 s with a lazy body followed by overlapping space classes); links, emphasis and comments, where
 * that is not enough, are found by hand-written scans.
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
  text = stripComments(text)
    .replace(/^```[^\n]*$/gm, '')
    .replace(/^ {0,3}#{1,6}[ \t]+(.*)$/gm, (_, heading: string) => headingText(heading))
    .replace(/^ {0,3}>[ \t]?/gm, '')
    .replace(/^ {0,3}(?:[-*_][ \t]*){3,}$/gm, '');
  text = stripLinks(text).replace(/^ {0,3}\[[^[\]\n]+\]:\s+\S+.*$/gm, '');
  text = stripPairs(stripPairs(text, '**'), '__')
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const article = parseTextArticle(id, file, text);
  const title = cleanTitle(meta.title);
  if (title) article.title = title;
  const date = normalizeDate(meta.date ?? meta.published);
  if (date) article.date = date;
  const lang = normalizeLang(meta.lang ?? meta.language);
  if (lang) article.lang = lang;
  return article;
}

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/** `<!-- … -->` removed; an unclosed one stays as text. */
function stripComments(s: string): string {
  let out = '';
  let from = 0;
  for (let i = s.indexOf('<!--'); i >= 0; i = s.indexOf('<!--', from)) {
    const end = s.indexOf('-->', i + 4);
    if (end < 0) break;
    out += s.slice(from, i);
    from = end + 3;
  }
  return out + s.slice(from);
}

/** A heading's text without its closing sequence ("Title ##" → "Title"; "C#" → "C", as CommonMark-ish tools do). */
function headingText(h: string): string {
  let end = h.length;
  while (end > 0 && (h[end - 1] === ' ' || h[end - 1] === '\t')) end--;
  while (end > 0 && h[end - 1] === '#') end--;
  while (end > 0 && (h[end - 1] === ' ' || h[end - 1] === '\t')) end--;
  return h.slice(0, end);
}

/** The next "[" or "]" at or after `from`, or -1. */
function nextBracket(s: string, from: number): number {
  for (let i = from; i < s.length; i++) if (s[i] === '[' || s[i] === ']') return i;
  return -1;
}

/** The ")" closing a link target that starts at `from`, one level of parentheses allowed inside; or -1. */
function closingParen(s: string, from: number): number {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === '(') {
      if (depth++ === 1) return -1; // deeper than a URL needs: not a link (and the scan stays short)
    } else if (c === ')') {
      if (depth-- === 0) return i;
    }
  }
  return -1;
}

/** `[text](target)` and `[text][ref]` become their text, `![alt](target)` nothing. */
function stripLinks(s: string): string {
  let out = '';
  let from = 0;
  let i = s.indexOf('[');
  while (i >= 0) {
    const close = nextBracket(s, i + 1);
    if (close < 0) break;
    if (s[close] === '[') {
      i = close; // "[a [b](c)": the inner bracket may open a link
      continue;
    }
    const image = i > 0 && s[i - 1] === '!' && i - 1 >= from;
    let end = -1;
    if (close > i + 1 || image) {
      if (s[close + 1] === '(') end = closingParen(s, close + 2);
      else if (s[close + 1] === '[' && !image) {
        const refEnd = nextBracket(s, close + 2);
        if (refEnd >= 0 && s[refEnd] === ']') end = refEnd;
      }
    }
    if (end < 0) {
      i = s.indexOf('[', close + 1);
      continue;
    }
    out += s.slice(from, image ? i - 1 : i) + (image ? '' : s.slice(i + 1, close));
    from = end + 1;
    i = s.indexOf('[', from);
  }
  return out + s.slice(from);
}

/**
 * `**strong**` (or `__strong__`) → its text: an opener is followed by a non-space, a closer preceded by one.
 * A run that is no closer is tried as the next opener, so each run is looked at once.
 */
function stripPairs(s: string, mark: string): string {
  let out = '';
  let from = 0;
  let i = s.indexOf(mark);
  while (i >= 0) {
    const body = i + mark.length;
    if (body >= s.length || isSpace(s[body])) {
      i = s.indexOf(mark, i + 1);
      continue;
    }
    const j = s.indexOf(mark, body + 1);
    if (j < 0) break;
    if (isSpace(s[j - 1])) {
      i = j;
      continue;
    }
    out += s.slice(from, i) + s.slice(body, j);
    from = j + mark.length;
    i = s.indexOf(mark, from);
  }
  return out + s.slice(from);
}
