import type { NewsGraph } from '../../graph/index.ts';

/** Folded for matching: lower case, accents dropped ("Qāsim" finds "Qasim"), whitespace runs collapsed. */
export function foldForSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
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
    }));
  }

  /**
   * Best matches first: whole name, then a name starting with the query, then a word starting with it,
   * then anywhere; ties go to the better-connected node.
   */
  search(query: string, limit = 10, keep?: (key: string) => boolean): SearchHit[] {
    const q = foldForSearch(query);
    if (!q) return [];
    const hits: (SearchHit & { degree: number })[] = [];
    for (const e of this.entries) {
      if (keep && !keep(e.key)) continue;
      let best = 0;
      let via: string | undefined;
      e.names.forEach((n, i) => {
        let s = 0;
        if (n.folded === q) s = 4;
        else if (n.folded.startsWith(q)) s = 3;
        else if (n.folded.includes(' ' + q) || n.folded.includes('-' + q)) s = 2;
        else if (n.folded.includes(q)) s = 1;
        // The label wins a tie against an alias.
        const score = s === 0 ? 0 : s + (i === 0 ? 0.5 : 0);
        if (score > best) {
          best = score;
          via = i === 0 ? undefined : n.text;
        }
      });
      if (best > 0)
        hits.push({ key: e.key, label: e.label, type: e.type, via, score: best, degree: e.degree });
    }
    hits.sort((a, b) => b.score - a.score || b.degree - a.degree || a.label.localeCompare(b.label));
    return hits.slice(0, limit).map(({ degree: _d, ...h }) => h);
  }
}
