import type { ArticleMeta, Evidence, NewsGraph } from '../../graph/index.ts';

/** Identical sentences, however many articles repeat them (wire copy), shown once with their count. */
export interface EvidenceGroup {
  /** The evidence from the group's newest article: its sentence, quote, marks, link and citation. */
  ev: Evidence;
  /** Every evidence item with this sentence. */
  items: Evidence[];
  /** The newest date among the group's articles, if any is dated. */
  date?: string;
}

const sameText = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Groups evidence by identical sentence, newest first (undated last), then the most repeated. */
export function groupEvidence(graph: NewsGraph, list: readonly Evidence[]): EvidenceGroup[] {
  const dates = new Map<string, string | undefined>(
    graph.getAttribute('articles').map((a) => [a.id, a.date]),
  );
  const groups = new Map<string, EvidenceGroup>();
  for (const ev of list) {
    const k = sameText(ev.sentence);
    const date = dates.get(ev.article);
    const g = groups.get(k);
    if (!g) groups.set(k, { ev, items: [ev], date });
    else {
      g.items.push(ev);
      // The group links to and cites its newest article.
      if (date && (!g.date || date > g.date)) {
        g.date = date;
        g.ev = ev;
      }
    }
  }
  return [...groups.values()].sort(
    (a, b) =>
      (a.date && b.date ? (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) : a.date ? -1 : b.date ? 1 : 0) ||
      b.items.length - a.items.length,
  );
}

/** The article's source address, when its input carried one. */
export function articleUrl(a: ArticleMeta): string | undefined {
  const url = (a as ArticleMeta & { url?: unknown }).url;
  return typeof url === 'string' && /^https?:\/\//.test(url) ? url : undefined;
}

/** A citation a journalist can paste: “sentence” — title, date. url */
export function citation(ev: Evidence, a: ArticleMeta | undefined): string {
  const source = a ? [a.title ?? a.file, a.date].filter(Boolean).join(', ') : ev.article;
  const url = a ? articleUrl(a) : undefined;
  return `“${sameText(ev.sentence)}” — ${source}.${url ? ` ${url}` : ''}`;
}
