/**
 * The time and declutter criteria of GraphFilter (from, to, minEvidence, minRelations), kept apart from
 * filter.ts so the two evolve without stepping on each other; filterKeys calls `extraCriteria`.
 */
import type { ArticleMeta, EdgeAttributes, NewsGraph, NodeAttributes } from './types.ts';

/** The fields of GraphFilter this file owns. */
export interface TimeDeclutterFilter {
  /** Keep what articles dated on or after this support: ISO date (2020-01-08) or a prefix (2020-01, 2020). */
  from?: string;
  /** …and on or before this (same forms; 2020-01 means to the end of January). */
  to?: string;
  /** Keep edges with at least this many evidence items (within from/to when set). */
  minEvidence?: number;
  /** Keep nodes with at least this many relations among the edges the other criteria keep. */
  minRelations?: number;
}

/** YYYY, YYYY-MM, YYYY-MM-DD, optionally followed by a time (ISO 8601). */
const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?)?)?$/;

export function isFilterDate(s: string): boolean {
  return DATE.test(s);
}

/**
 * Whether an article date lies in [from, to]. Dates compare as strings, and a date stands for every instant
 * it is a prefix of: an article dated only 2020-01 falls inside a range that touches any day of January
 * (its precision is all we know), and `to: 2020-01` reaches the last instant of January.
 */
export function dateInRange(date: string | undefined, from?: string, to?: string): boolean {
  if (from === undefined && to === undefined) return true;
  if (!date) return false; // an undated article cannot be shown to fall inside
  // '\uffff' sorts after every character a date holds: "2020-01\uffff" is the end of that month.
  if (from !== undefined && date + '\uffff' < from) return false;
  if (to !== undefined && date > to + '\uffff') return false;
  return true;
}

export function hasTimeOrDeclutter(f: TimeDeclutterFilter): boolean {
  return (
    f.from !== undefined || f.to !== undefined || f.minEvidence !== undefined || f.minRelations !== undefined
  );
}

/** The ids of the articles dated inside the range, or undefined when the filter sets no range. */
export function articlesInRange(articles: ArticleMeta[], f: TimeDeclutterFilter): Set<string> | undefined {
  if (f.from === undefined && f.to === undefined) return undefined;
  return new Set(articles.filter((a) => dateInRange(a.date, f.from, f.to)).map((a) => a.id));
}

export interface ExtraCriteria {
  /** Node test before any edge is looked at. */
  node(key: string, a: NodeAttributes): boolean;
  /** Edge test (its ends are tested by the caller). */
  edge(key: string, a: EdgeAttributes): boolean;
  /** Drops nodes with too few relations among `edgeOk` edges between kept nodes (one pass, not repeated). */
  prune(nodes: Set<string>, edgeOk: (key: string) => boolean): void;
}

export function extraCriteria(graph: NewsGraph, f: TimeDeclutterFilter): ExtraCriteria {
  const inRange = articlesInRange(graph.getAttribute('articles'), f);
  // A node is supported by an in-range article if it is mentioned there or ends an edge with evidence there.
  let supported: Set<string> | undefined;
  if (inRange) {
    supported = new Set();
    graph.forEachNode((key, a) => {
      if (a.articles.some((id) => inRange.has(id))) supported!.add(key);
    });
    graph.forEachEdge((_key, a, s, t) => {
      if (a.evidence.some((e) => inRange.has(e.article))) supported!.add(s).add(t);
    });
  }
  const minEvidence = f.minEvidence ?? 0;
  const minRelations = f.minRelations ?? 0;
  return {
    node: (key) => !supported || supported.has(key),
    edge: (_key, a) => {
      if (!inRange && minEvidence <= 0) return true;
      const n = inRange ? a.evidence.filter((e) => inRange.has(e.article)).length : a.evidence.length;
      return n >= Math.max(1, minEvidence);
    },
    prune: (nodes, edgeOk) => {
      if (minRelations <= 0) return;
      const degree = new Map<string, number>();
      graph.forEachEdge((key, _a, s, t) => {
        if (!edgeOk(key)) return;
        degree.set(s, (degree.get(s) ?? 0) + 1);
        degree.set(t, (degree.get(t) ?? 0) + 1);
      });
      for (const n of [...nodes]) if ((degree.get(n) ?? 0) < minRelations) nodes.delete(n);
    },
  };
}

/** The URL form of these fields (`from`, `to`, `minEvidence`, `minRelations`). */
export function timeDeclutterToParams(f: TimeDeclutterFilter, p: URLSearchParams): void {
  if (f.from !== undefined) p.set('from', f.from);
  if (f.to !== undefined) p.set('to', f.to);
  if (f.minEvidence !== undefined) p.set('minEvidence', String(f.minEvidence));
  if (f.minRelations !== undefined) p.set('minRelations', String(f.minRelations));
}

/** Reads them back; a malformed date or count is dropped rather than trusted. */
export function timeDeclutterFromParams(p: URLSearchParams): TimeDeclutterFilter {
  const f: TimeDeclutterFilter = {};
  const from = p.get('from');
  if (from && isFilterDate(from)) f.from = from;
  const to = p.get('to');
  if (to && isFilterDate(to)) f.to = to;
  for (const name of ['minEvidence', 'minRelations'] as const) {
    const v = Number(p.get(name));
    if (p.has(name) && Number.isInteger(v) && v >= 0) f[name] = v;
  }
  return f;
}
