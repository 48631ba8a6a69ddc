import { LANGS } from '../graph/types.ts';
import type { Lang } from '../graph/types.ts';

/** A date as the graph holds it (YYYY, YYYY-MM or YYYY-MM-DD), from ISO strings, timestamps and the like. */
export function normalizeDate(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Feeds give seconds or milliseconds since the epoch; a seconds count stays below 1e11 until year 5138.
    const d = new Date(value < 1e11 ? value * 1000 : value);
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  const m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?=$|[T\s])/.exec(s);
  if (m) {
    const [, y, mo, d] = m;
    if (mo && (Number(mo) < 1 || Number(mo) > 12)) return undefined;
    if (d && (Number(d) < 1 || Number(d) > 31)) return undefined;
    return [y, mo?.padStart(2, '0'), d?.padStart(2, '0')].filter(Boolean).join('-');
  }
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

const LANG_ALIASES: Record<string, Lang> = {
  no: 'nb',
  nob: 'nb',
  nno: 'nn',
  dan: 'da',
  swe: 'sv',
  eng: 'en',
};

/** A language tag from a feed or an `<html lang>` ("da-DK", "no", "nb_NO") → one the graph knows, if any. */
export function normalizeLang(value: unknown): Lang | undefined {
  if (typeof value !== 'string') return undefined;
  const base = value.trim().toLowerCase().split(/[-_]/)[0];
  if (!base || base === 'und') return undefined;
  if ((LANGS as readonly string[]).includes(base)) return base as Lang;
  return LANG_ALIASES[base];
}

/** One-line title: whitespace folded, long ones shortened. */
export function cleanTitle(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = value.replace(/\s+/g, ' ').trim();
  if (!t) return undefined;
  return t.length > 200 ? t.slice(0, 197) + '…' : t;
}

/** Line ends unified and NFC, so lexicon look-ups see "å" the same however the file wrote it. */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}
