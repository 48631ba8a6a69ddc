import { ENTITY_TYPES } from '../graph/index.ts';
import type { EntityType } from '../graph/index.ts';

/** One real-world entity of the reference annotation, with every surface form it may be named by. */
export interface GoldEntity {
  id: string;
  type: EntityType;
  names: string[];
  /** Id of the gold country entity it is affiliated with (people, organisations) or stands in (bases, places). */
  country?: string;
  /** Gold article ids ("000" or full file names) that support it. */
  articles?: string[];
  /** Correct but not required: never a false positive, never a miss. */
  acceptable?: boolean;
  note?: string;
}

export type GoldPairType = 'attacked' | 'stationed-at';

export interface GoldPairRelation {
  source: string;
  type: GoldPairType;
  target: string;
  articles?: string[];
  acceptable?: boolean;
  evidence?: string;
  note?: string;
}

/** A speaker and every actor its statements are about. */
export interface GoldStatedRelation {
  source: string;
  type: 'stated';
  targets: string[];
  articles?: string[];
  acceptable?: boolean;
  evidence?: string;
  note?: string;
}

export type GoldRelation = GoldPairRelation | GoldStatedRelation;

/** The reference annotation file (a JSON file such as the one in ../shared/eval/). */
export interface GoldAnnotation {
  about?: string;
  version?: number;
  articles?: Record<string, { lang?: string; date?: string }>;
  entities: GoldEntity[];
  relations: GoldRelation[];
  scoring?: Record<string, string>;
}

export class GoldFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoldFileError';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');

/**
 * Checks parsed JSON is a reference annotation whose relations point at its own entities. Throws
 * GoldFileError naming the first problem (JSON-pointer style), so a broken gold file never scores silently.
 */
export function parseGold(data: unknown): GoldAnnotation {
  if (!isObject(data)) throw new GoldFileError('not a reference annotation: expected a JSON object');
  if (!Array.isArray(data.entities)) throw new GoldFileError('/entities: expected an array');
  if (!Array.isArray(data.relations)) throw new GoldFileError('/relations: expected an array');
  const types = new Map<string, EntityType>();
  data.entities.forEach((e: unknown, i) => {
    const at = `/entities/${i}`;
    if (!isObject(e)) throw new GoldFileError(`${at}: expected an object`);
    if (typeof e.id !== 'string' || !e.id) throw new GoldFileError(`${at}/id: expected a non-empty string`);
    if (types.has(e.id)) throw new GoldFileError(`${at}/id: duplicate entity id "${e.id}"`);
    if (!ENTITY_TYPES.includes(e.type as EntityType))
      throw new GoldFileError(`${at}/type: expected one of ${ENTITY_TYPES.join(', ')}`);
    if (!isStringArray(e.names) || e.names.length === 0)
      throw new GoldFileError(`${at}/names: expected a non-empty array of strings`);
    if (e.articles !== undefined && !isStringArray(e.articles))
      throw new GoldFileError(`${at}/articles: expected an array of strings`);
    types.set(e.id, e.type as EntityType);
  });
  data.entities.forEach((e: Record<string, unknown>, i) => {
    if (e.country !== undefined && types.get(e.country as string) !== 'country')
      throw new GoldFileError(`/entities/${i}/country: "${String(e.country)}" is not a country entity`);
  });
  const known = (v: unknown, at: string): void => {
    if (typeof v !== 'string' || !types.has(v))
      throw new GoldFileError(`${at}: unknown entity "${String(v)}"`);
  };
  data.relations.forEach((r: unknown, i) => {
    const at = `/relations/${i}`;
    if (!isObject(r)) throw new GoldFileError(`${at}: expected an object`);
    known(r.source, `${at}/source`);
    if (r.type === 'stated') {
      if (!isStringArray(r.targets)) throw new GoldFileError(`${at}/targets: expected an array of strings`);
      r.targets.forEach((t, j) => known(t, `${at}/targets/${j}`));
    } else if (r.type === 'attacked' || r.type === 'stationed-at') {
      known(r.target, `${at}/target`);
    } else {
      throw new GoldFileError(`${at}/type: expected attacked, stationed-at or stated`);
    }
    if (r.articles !== undefined && !isStringArray(r.articles))
      throw new GoldFileError(`${at}/articles: expected an array of strings`);
  });
  return data as unknown as GoldAnnotation;
}
