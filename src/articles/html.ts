/**
 * A small tolerant HTML-to-text reader (no DOM: it runs in workers and the browser alike). It keeps the
 * article's words and drops what is not the article: scripts, styles, navigation, footers, forms, figures.
 * Broken markup (unclosed tags, stray "<", unterminated comments) degrades to text, never to an exception.
 */
import entityData from './html-entities.json';
import { decodeWindows1252 } from './decode.ts';
import { cleanTitle, normalizeDate, normalizeLang } from './fields.ts';
import type { Lang } from '../graph/types.ts';

export interface HtmlArticle {
  text: string;
  title?: string;
  date?: string;
  lang?: Lang;
}

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string };

const ENTITIES: Record<string, string> = entityData.entities;

/** Elements whose content is raw text up to their closing tag (a "<" inside is not a tag). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Not the article: dropped with everything inside. */
const DROP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'nav',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'textarea',
  'head',
  'title',
  'menu',
  'object',
  'canvas',
  'audio',
  'video',
  'figure',
  'dialog',
  'noembed',
]);
const DROP_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'dialog',
]);
/** Elements that end a paragraph. */
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'tr',
  'thead',
  'tbody',
  'tfoot',
  'caption',
  'hr',
  'figcaption',
  'address',
  'body',
  'html',
  'details',
  'summary',
  'fieldset',
  'center',
]);

const ATTR = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]+)))?/g;

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g,
    (m, dec, hex, name) => {
      if (name !== undefined) {
        const named = ENTITIES[name];
        // Named references need their ";" except the old ones browsers accept bare.
        if (named === undefined || (!m.endsWith(';') && !/^(amp|lt|gt|quot|nbsp)$/.test(name))) return m;
        return named;
      }
      const code = dec !== undefined ? Number(dec) : parseInt(hex, 16);
      // Pages written in Windows-1252 escape its 0x80–0x9F punctuation as numeric references (&#150; = –).
      if (code >= 0x80 && code <= 0x9f) return decodeWindows1252(Uint8Array.of(code));
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
      return String.fromCodePoint(code);
    },
  );
}

function parseAttrs(src: string): Record<string, string> {
  // A null-prototype record, so an attribute called "__proto__" is just a key.
  const attrs: Record<string, string> = Object.create(null);
  for (const m of src.matchAll(ATTR)) {
    const name = m[1].toLowerCase();
    if (!(name in attrs)) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Where a tag starting at `from` (just after its name) ends, skipping ">" inside quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      // Only a quote right after "=" opens a value; a stray apostrophe does not swallow the page.
      if (/=\s*$/.test(html.slice(Math.max(from, i - 8), i))) quote = c;
    } else if (c === '>') return i;
  }
  return -1;
}

const rawTextEnds = new Map<string, RegExp>();

/** The end tag of a raw-text element (script, style, …), compiled once per name, not once per element. */
function rawTextEnd(name: string): RegExp {
  let re = rawTextEnds.get(name);
  if (!re) rawTextEnds.set(name, (re = new RegExp(`</${name}[\\s>/]`, 'gi')));
  return re;
}

export function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = html.length;
  const text = (s: string): void => {
    if (s) tokens.push({ kind: 'text', text: s });
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text(html.slice(i));
      break;
    }
    text(html.slice(i, lt));
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
    } else if (next === '!' || next === '?') {
      const end = html.indexOf('>', lt);
      i = end < 0 ? n : end + 1;
    } else if (next === '/' && /[A-Za-z]/.test(html[lt + 2] ?? '')) {
      const m = /^<\/([A-Za-z][^\s/>]*)/.exec(html.slice(lt, lt + 64));
      const end = html.indexOf('>', lt);
      tokens.push({ kind: 'close', name: (m?.[1] ?? '').toLowerCase() });
      i = end < 0 ? n : end + 1;
    } else if (/[A-Za-z]/.test(next)) {
      const m = /^<([A-Za-z][^\s/>]*)/.exec(html.slice(lt, lt + 64));
      const name = (m?.[1] ?? '').toLowerCase();
      const nameEnd = lt + 1 + (m?.[1].length ?? 0);
      const end = tagEnd(html, nameEnd);
      if (end < 0) break; // an unterminated tag at the end: drop it
      const inner = html.slice(nameEnd, end);
      tokens.push({ kind: 'open', name, attrs: parseAttrs(inner), selfClosing: /\/\s*$/.test(inner) });
      i = end + 1;
      if (RAW_TEXT.has(name) && !/\/\s*$/.test(inner)) {
        const re = rawTextEnd(name);
        re.lastIndex = i;
        const close = re.exec(html)?.index ?? -1;
        const stop = close < 0 ? n : close;
        text(html.slice(i, stop));
        tokens.push({ kind: 'close', name });
        if (close < 0) break;
        const endClose = html.indexOf('>', stop);
        i = endClose < 0 ? n : endClose + 1;
      }
    } else {
      text('<'); // a stray "<" in text ("a < b")
      i = lt + 1;
    }
  }
  return tokens;
}

function isDropped(t: Token & { kind: 'open' }): boolean {
  if (DROP.has(t.name)) return true;
  if ('hidden' in t.attrs || t.attrs['aria-hidden'] === 'true') return true;
  return DROP_ROLES.has((t.attrs.role ?? '').toLowerCase());
}

/** Paragraphs of the tokens in [from, to): blocks become blank-line breaks, <br> a line break. */
function render(tokens: Token[], from: number, to: number): string[] {
  const paragraphs: string[] = [];
  let buf = '';
  const flush = (): void => {
    const p = buf
      .split('\n')
      .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (p) paragraphs.push(p);
    buf = '';
  };
  const skip: string[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (skip.length) {
      if (t.kind === 'open' && t.name === skip[skip.length - 1] && !t.selfClosing && !VOID.has(t.name))
        skip.push(t.name);
      else if (t.kind === 'close' && t.name === skip[skip.length - 1]) skip.pop();
      continue;
    }
    if (t.kind === 'text') buf += decodeEntities(t.text).replace(/\n/g, ' ');
    else if (t.kind === 'open') {
      if (isDropped(t)) {
        if (!t.selfClosing && !VOID.has(t.name)) skip.push(t.name);
      } else if (t.name === 'br') buf += '\n';
      else if (BLOCK.has(t.name)) flush();
      else if (t.name === 'td' || t.name === 'th' || t.name === 'img') buf += ' ';
    } else if (BLOCK.has(t.name)) flush();
    else if (t.name === 'td' || t.name === 'th') buf += ' ';
  }
  flush();
  return paragraphs;
}

/** Token ranges [open, close) of every element of this name, matched by depth. */
function ranges(tokens: Token[], name: string): [number, number][] {
  const out: [number, number][] = [];
  const stack: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind === 'open' && t.name === name && !t.selfClosing) stack.push(i);
    else if (t.kind === 'close' && t.name === name && stack.length) {
      const start = stack.pop() as number;
      if (!stack.length) out.push([start + 1, i]);
    }
  });
  if (stack.length) out.push([stack[0] + 1, tokens.length]); // unclosed: runs to the end
  return out;
}

function innerText(tokens: Token[], name: string): string | undefined {
  const r = ranges(tokens, name)[0];
  if (!r) return undefined;
  const t = tokens
    .slice(r[0], r[1])
    .map((x) => (x.kind === 'text' ? decodeEntities(x.text) : ' '))
    .join('');
  return cleanTitle(t);
}

const DATE_META = new Set([
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'pubdate',
  'publishdate',
  'publish-date',
  'sailthru.date',
  'parsely-pub-date',
]);

function findDate(tokens: Token[]): string | undefined {
  let time: string | undefined;
  for (const t of tokens) {
    if (t.kind !== 'open') continue;
    if (t.name === 'meta') {
      const key = (t.attrs.property ?? t.attrs.name ?? t.attrs.itemprop ?? '').toLowerCase();
      if (DATE_META.has(key)) {
        const d = normalizeDate(t.attrs.content);
        if (d) return d;
      }
    } else if (t.name === 'time' && !time) time = normalizeDate(t.attrs.datetime);
  }
  return time;
}

export function htmlToArticle(html: string): HtmlArticle {
  const tokens = tokenize(html);
  const htmlTag = tokens.find((t) => t.kind === 'open' && t.name === 'html');
  const lang = htmlTag?.kind === 'open' ? normalizeLang(htmlTag.attrs.lang) : undefined;
  const h1 = innerText(tokens, 'h1');
  const title = h1 ?? innerText(tokens, 'title');
  // The article element, when there is one, holds the story without the page around it; the longest wins
  // over teaser cards that also use <article>.
  let best: string[] = [];
  for (const name of ['article', 'main', 'body']) {
    for (const [a, b] of ranges(tokens, name)) {
      const p = render(tokens, a, b);
      if (p.join('').length > best.join('').length) best = p;
    }
    if (best.length) break;
  }
  if (!best.length) best = render(tokens, 0, tokens.length);
  // The headline is part of the story even when the page puts it outside the article element.
  if (h1 && !best.slice(0, 3).some((p) => p.replace(/\s+/g, ' ') === h1)) best.unshift(h1);
  const out: HtmlArticle = { text: best.join('\n\n') };
  if (title) out.title = title;
  const date = findDate(tokens);
  if (date) out.date = date;
  if (lang) out.lang = lang;
  return out;
}

/** Whether a text looks like markup (a feed's "content" field often is). */
export function looksLikeHtml(s: string): boolean {
  // "[^<>]", not "[^>]": a run of "<p" with no ">" would otherwise be scanned to the end once per "<p".
  return /<\/?(?:p|div|br|span|a|em|strong|b|i|h[1-6]|ul|li|html|body|article|section)\b[^<>]*>/i.test(s);
}
