import type { EntityType } from '../graph/types.ts';
import type { LexEntry } from './lexicon/index.ts';

/**
 * How a mention names its entity: by name, a genitive ("Irans"), a country adjective ("iranske"), a people
 * noun ("amerikanerne"), a noun or pronoun pointing back ("landet", "basen", "han"), or a title without a
 * name ("Irans præsident").
 */
export type MentionKind = 'name' | 'gen' | 'adj' | 'people' | 'coref' | 'role';

export interface Mention {
  /** Sentence index. */
  s: number;
  /** Token range in the sentence, [t0, t1). */
  t0: number;
  t1: number;
  start: number;
  end: number;
  surface: string;
  type: EntityType;
  kind: MentionKind;
  /** Node key, set once resolved. */
  key: string;
  label: string;
  entry?: LexEntry;
  /** Country id (countries.json) the entity belongs to, when known. */
  country?: string;
  /** Person's title (lower case) and the token range of the title with its affiliation words. */
  title?: string;
  affil?: [number, number];
  /** For persons: the name's words, and whether it is a single word to resolve against full names. */
  words?: string[];
  single?: boolean;
  /** A single capitalised word kept only if it resolves to a person named in full elsewhere. */
  weak?: boolean;
  /** Compound tail of the last token ("basen", "ledede"). */
  tail?: string;
  /** A national body named with its country in front ("britisk UD", "Irans udenrigsministerium"). */
  ownerCountry?: string;
  /** For roles: the person it resolves to (key), filled by resolution. */
  roleOf?: string;
  /** A politician's party code written after the name ("Kari Holm (SV)"). */
  party?: string;
  /** A country or city named as a place or as an actor, as the entity recogniser read it. */
  sense?: 'place' | 'actor';
}
