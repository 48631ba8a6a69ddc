import { ontology } from '../graph/index.ts';
import type { EdgeAttributes, EntityType, NewsGraph, RelationType } from '../graph/index.ts';

/** Neo4j/Memgraph node labels: a fixed map, never built from data, so a label cannot inject Cypher. */
export const NODE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  organisation: 'Organisation',
  country: 'Country',
  base: 'Base',
  place: 'Place',
};

/** Every node also carries this label: one uniqueness constraint on `key` covers all types. */
export const COMMON_LABEL = 'Entity';

export const RELATIONSHIP_TYPES: Record<RelationType, string> = {
  attacked: 'ATTACKED',
  'stationed-at': 'STATIONED_AT',
  stated: 'STATED',
};

export function entityColor(type: EntityType): string {
  return ontology.entityTypes[type]?.color ?? '#999999';
}

export function relationColor(type: RelationType): string {
  return ontology.relationTypes[type]?.color ?? '#999999';
}

export function relationLabel(type: RelationType): string {
  return ontology.relationTypes[type]?.label ?? type;
}

export function hexToRgb(hex: string): { r: number; g: number; b: number } {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return { r: 153, g: 153, b: 153 };
  return { r: parseInt(m[1], 16), g: parseInt(m[2], 16), b: parseInt(m[3], 16) };
}

/** Node size for viewers that take one: grows with the square root of degree, so hubs stand out without swamping. */
export function sizeFromDegree(degree: number): number {
  return Math.round((4 + 3 * Math.sqrt(degree)) * 100) / 100;
}

export function firstEvidence(a: EdgeAttributes): string | undefined {
  return a.evidence[0]?.sentence;
}

export function firstQuote(a: EdgeAttributes): string | undefined {
  return a.evidence.find((e) => e.quote)?.quote;
}

/** Articles an edge rests on: the stored list, or the articles of its evidence. */
export function edgeArticles(a: EdgeAttributes): string[] {
  if (a.articles?.length) return a.articles;
  return [...new Set(a.evidence.map((e) => e.article))];
}

export function nodeLabel(graph: NewsGraph, key: string): string {
  return graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key;
}

export function fileName(base: string | undefined, ext: string, part?: string): string {
  if (part) return base ? `${base}-${part}.${ext}` : `${part}.${ext}`;
  return `${base ?? 'graph'}.${ext}`;
}
