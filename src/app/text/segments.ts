/** A span of text to mark, with what it stands for. Offsets are UTF-16, like the graph's. */
export interface MarkRange {
  start: number;
  end: number;
  /** The node it names, when it names one. */
  node?: string;
  kind?: string;
}

export type Segment = { text: string; mark?: MarkRange };

/**
 * Cuts `text` into plain and marked segments. Ranges outside the text are clipped, overlapping ranges keep
 * the one that starts first (the longer on a tie), so the segments always join back to `text`.
 */
export function segment(text: string, ranges: MarkRange[]): Segment[] {
  const sorted = ranges
    .map((r) => ({ ...r, start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.start < at) continue;
    if (r.start > at) out.push({ text: text.slice(at, r.start) });
    out.push({ text: text.slice(r.start, r.end), mark: r });
    at = r.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at) });
  return out;
}

const fold = (s: string): string => s.toLocaleLowerCase();

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * Where any of `names` occurs in `text` as a whole word (case-insensitive), longest names first: the
 * fallback when a sentence has no recorded mention offsets.
 */
export function findNames(text: string, names: string[], node?: string): MarkRange[] {
  const hay = fold(text);
  const out: MarkRange[] = [];
  const unique = [...new Set(names.filter((n) => n.trim().length > 1))].sort((a, b) => b.length - a.length);
  for (const name of unique) {
    const needle = fold(name);
    let from = 0;
    for (;;) {
      const i = hay.indexOf(needle, from);
      if (i < 0) break;
      const j = i + needle.length;
      if (!isWordChar(hay[i - 1]) && !isWordChar(hay[j])) out.push({ start: i, end: j, node });
      from = i + 1;
    }
  }
  return out;
}
