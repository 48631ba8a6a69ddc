// Relation-level corrections and the edge bookkeeping node corrections share.
import { addRelation, combineConfidence } from './build.ts';
import type { DeleteEvidenceCorrection, Redirects } from './corrections.ts';
import { edgeKey } from './keys.ts';
import { RELATION_TYPES } from './types.ts';
import type { Evidence, NewsGraph, RelationType } from './types.ts';

/** `type:source->target` → its parts (node keys are slugs, which never hold "->"). */
export function parseEdgeKey(
  key: string,
): { type: RelationType; source: string; target: string } | undefined {
  const colon = key.indexOf(':');
  const type = key.slice(0, colon);
  const ends = key.slice(colon + 1).split('->');
  if (!(RELATION_TYPES as readonly string[]).includes(type) || ends.length !== 2) return undefined;
  return { type: type as RelationType, source: ends[0], target: ends[1] };
}

/** The edge a correction names, following merges of its ends. */
export function resolveEdge(graph: NewsGraph, key: string, redirects: Redirects): string | undefined {
  if (graph.hasEdge(key)) return key;
  const p = parseEdgeKey(key);
  if (!p) return undefined;
  const moved = edgeKey(p.type, redirects.node(p.source), redirects.node(p.target));
  return graph.hasEdge(moved) ? moved : undefined;
}

/** Articles, confidence and date again from the evidence left; an edge without evidence goes. */
export function refreshEdge(graph: NewsGraph, key: string): void {
  const a = graph.getEdgeAttributes(key);
  if (!a.evidence.length) {
    graph.dropEdge(key);
    return;
  }
  a.articles = [...new Set(a.evidence.map((e) => e.article))];
  a.confidence = combineConfidence(a.evidence);
  const dates = new Map(graph.getAttribute('articles').map((m) => [m.id, m.date]));
  const dated = a.articles.map((id) => dates.get(id)).filter((d): d is string => Boolean(d));
  if (dated.length) a.date = dated.sort()[0];
  else delete a.date;
}

/** Moves evidence of edge `key` to the edge of the same type between `source` and `target`. */
export function moveEvidence(
  graph: NewsGraph,
  key: string,
  evidence: Evidence[],
  source: string,
  target: string,
): void {
  const a = graph.getEdgeAttributes(key);
  const moving = new Set(evidence);
  a.evidence = a.evidence.filter((e) => !moving.has(e));
  const type = a.type;
  const date = a.date;
  refreshEdge(graph, key);
  // A relation between a node and itself is dropped, as extraction drops it.
  if (source === target || !evidence.length) return;
  const added = addRelation(graph, { type, source, target, evidence, date });
  if (added) refreshEdge(graph, added);
}

export function deleteEvidence(
  graph: NewsGraph,
  c: DeleteEvidenceCorrection,
  redirects: Redirects,
): string | undefined {
  const key = resolveEdge(graph, c.relation, redirects);
  if (!key) return `no relation ${c.relation}`;
  const a = graph.getEdgeAttributes(key);
  const keep = a.evidence.filter((e) => !(e.article === c.article && e.start === c.start && e.end === c.end));
  if (keep.length === a.evidence.length)
    return `no evidence ${c.article}@${c.start}-${c.end} in ${c.relation}`;
  a.evidence = keep;
  refreshEdge(graph, key);
  return undefined;
}
