import type { MultiDirectedGraph } from 'graphology';

/** Entity types: see graph-schema/ontology.json. */
export const ENTITY_TYPES = ['person', 'organisation', 'country', 'base', 'place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = ['attacked', 'stationed-at', 'stated'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const LANGS = ['da', 'nb', 'nn', 'sv', 'en', 'und'] as const;
export type Lang = (typeof LANGS)[number];

/** One article the graph was built from. Every offset in the graph points into `text`. */
export interface ArticleMeta {
  id: string;
  file: string;
  title?: string;
  date?: string;
  lang: Lang;
  text?: string;
  hash?: string;
  words?: number;
}

/** Where a node's name was seen: UTF-16 offsets into the article's text. */
export interface Mention {
  article: string;
  sentence: number;
  start: number;
  end: number;
  text?: string;
  /** Named by a country adjective or a people noun rather than by name. */
  kind?: 'adjective' | 'people';
  /** A country or city as a place or as an actor (NorNE's GPE_LOC / GPE_ORG). */
  sense?: 'place' | 'actor';
}

/** Why an edge exists: the sentence as it stands in the article (text.slice(start, end) === sentence). */
export interface Evidence {
  article: string;
  sentence: string;
  start: number;
  end: number;
  quote?: string;
  trigger?: string;
  /** Strength of the rule that found it (0–1). */
  confidence?: number;
  /** Which frame and which dependencies produced it ("attacked.verb.passive-agent(owner:amod)"). */
  rule?: string;
}

export interface NodeAttributes {
  label: string;
  type: EntityType;
  aliases: string[];
  country?: string | null;
  title?: string;
  mentions: Mention[];
  articles: string[];
  x?: number;
  y?: number;
}

export interface EdgeAttributes {
  type: RelationType;
  evidence: Evidence[];
  confidence: number;
  date?: string;
  articles?: string[];
}

export interface GraphAttributes {
  name?: string;
  generator: { name: string; version: string; extractorVersion?: string };
  builtAt?: string;
  articles: ArticleMeta[];
}

export type NewsGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** graphology's serialized form of a NewsGraph: the graph file. */
export interface SerializedNewsGraph {
  options: { type: 'directed'; multi: true; allowSelfLoops?: boolean };
  attributes: GraphAttributes;
  nodes: { key: string; attributes: NodeAttributes }[];
  edges: { key?: string; source: string; target: string; undirected?: false; attributes: EdgeAttributes }[];
}
