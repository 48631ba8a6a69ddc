import type { NewsGraph } from '../../graph/index.ts';

/**
 * Folded for matching: lower case, accents dropped ("Qāsim" finds "Qasim"), hyphens as spaces ("Ain al Asad"
 * finds "Ain Al-Asad"), whitespace runs collapsed.
 */
export function foldForSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase()
    .replace(/[-\u2010-\u2015]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "United States" → "us", "Islamic Revolutionary Guard Corps" → "irgc"; nothing for a one-word name. */
function initials(folded: string): string | undefined {
  const words = folded.split(' ').filter((w) => /^\p{L}/u.test(w));
  return words.length > 1 ? words.map((w) => w[0]).join('') : undefined;
}

export interface SearchHit {
  key: string;
  label: string;
  type: string;
  /** The alias that matched, when it was not the label. */
  via?: string;
  score: number;
}

interface Entry {
  key: string;
  label: string;
  type: string;
  degree: number;
  names: { text: string; folded: string }[];
  /** The canonical name's initials, for "US" or "IRGC". */
  initials?: string;
}

/** How well a folded name matches a folded query: 4 whole, 3 prefix, 2 word prefix, 1 inside, 0 not. */
function matchScore(name: string, q: string): number {
  if (name === q) return 4;
  if (name.startsWith(q)) return 3;
  if (name.includes(' ' + q)) return 2;
  if (name.includes(q)) return 1;
  return 0;
}

/** Label + alias index over a graph's nodes. */
export class SearchIndex {
  private entries: Entry[];

  constructor(graph: NewsGraph) {
    this.entries = graph.mapNodes((key, a) => ({
      key,
      label: a.label,
      type: a.type,
      degree: graph.degree(key),
      names: [a.label, ...a.aliases.filter((x) => x !== a.label)].map((text) => ({
        text,
        folded: foldForSearch(text),
      })),
      initials: initials(foldForSearch(a.label)),
    }));
  }

  /**
   * Best matches first: the canonical name or an alias whole, the canonical name's initials ("US" finds
   * United States before US Army), then a name starting with the query, then a word starting with it, then
   * anywhere; the canonical name wins a tie against an alias, then the better-connected node. A genitive
   * s ("Rouhanis", "USA's") is tried off when the query as typed matches nothing whole.
   */
  search(query: string, limit = 10, keep?: (key: string) => boolean): SearchHit[] {
    const q = foldForSearch(query);
    if (!q) return [];
    const stem = /^(.{3,}?)(?:'s|’s|s)$/.exec(query.trim())?.[1];
    const q2 = stem ? foldForSearch(stem) : undefined;
    const hits: (SearchHit & { degree: number })[] = [];
    for (const e of this.entries) {
      if (keep && !keep(e.key)) continue;
      let best = 0;
      let via: string | undefined;
      e.names.forEach((n, i) => {
        let s = matchScore(n.folded, q);
        if (q2 && s < 4) s = Math.max(s, matchScore(n.folded, q2) - 0.25);
        const score = s <= 0 ? 0 : s + (i === 0 ? 0.5 : 0);
        if (score > best) {
          best = score;
          via = i === 0 ? undefined : n.text;
        }
      });
      // Initials of the canonical name rank just under a whole name, above any prefix.
      if (e.initials === q.replace(/[.\s]/g, '') && best < 3.9) {
        best = 3.9;
        via = undefined;
      }
      if (best > 0)
        hits.push({ key: e.key, label: e.label, type: e.type, via, score: best, degree: e.degree });
    }
    hits.sort((a, b) => b.score - a.score || b.degree - a.degree || a.label.localeCompare(b.label));
    return hits.slice(0, limit).map(({ degree: _d, ...h }) => h);
  }
}
