/**
 * Query parameters of `serve`'s API, checked before any query runs: each route names the parameters it
 * takes, and anything else (an unknown name, a repeated one, a number out of range, an unknown type) is a
 * 400 with a message saying which parameter and why.
 */
import { ENTITY_TYPES, RELATION_TYPES } from '../graph/index.ts';
import type { EntityType, GraphFilter, RelationType } from '../graph/index.ts';

export class BadRequest extends Error {
  readonly status = 400;
}

const MAX_TEXT = 500;

export class Params {
  constructor(
    private readonly p: URLSearchParams,
    allowed: readonly string[],
  ) {
    for (const name of new Set(p.keys())) {
      if (!allowed.includes(name))
        throw new BadRequest(
          `unknown parameter "${name.slice(0, 40)}" (this route takes: ${allowed.join(', ') || 'none'})`,
        );
      if (p.getAll(name).length > 1)
        throw new BadRequest(`${name}: given more than once (use a comma-separated list)`);
    }
  }

  has(name: string): boolean {
    return this.p.has(name);
  }

  text(name: string, required: true): string;
  text(name: string, required?: false): string | undefined;
  text(name: string, required = false): string | undefined {
    const v = this.p.get(name);
    if (v === null) {
      if (required) throw new BadRequest(`${name}: required`);
      return undefined;
    }
    if (!v.trim()) throw new BadRequest(`${name}: empty`);
    if (v.length > MAX_TEXT) throw new BadRequest(`${name}: longer than ${MAX_TEXT} characters`);
    return v;
  }

  int(name: string, min: number, max: number, fallback: number): number {
    const v = this.p.get(name);
    if (v === null) return fallback;
    if (!/^\d{1,9}$/.test(v)) throw new BadRequest(`${name}: "${v.slice(0, 20)}" is not a whole number`);
    const n = Number(v);
    if (n < min || n > max) throw new BadRequest(`${name}: ${n} is not between ${min} and ${max}`);
    return n;
  }

  number(name: string, min: number, max: number): number | undefined {
    const v = this.p.get(name);
    if (v === null) return undefined;
    const n = /^\s*\d*\.?\d+\s*$/.test(v) ? Number(v) : NaN;
    if (!Number.isFinite(n) || n < min || n > max)
      throw new BadRequest(`${name}: "${v.slice(0, 20)}" is not a number from ${min} to ${max}`);
    return n;
  }

  list<T extends string>(name: string, allowed?: readonly T[]): T[] | undefined {
    const v = this.text(name);
    if (v === undefined) return undefined;
    const items = v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (!items.length) throw new BadRequest(`${name}: empty`);
    if (items.length > 50) throw new BadRequest(`${name}: more than 50 values`);
    if (allowed)
      for (const x of items)
        if (!(allowed as readonly string[]).includes(x))
          throw new BadRequest(`${name}: "${x.slice(0, 40)}" is not one of ${allowed.join(', ')}`);
    return items as T[];
  }
}

/** The filter parameters, named as in the explorer's address bar (filterToParams). */
export const FILTER_PARAMS = [
  'type',
  'relation',
  'country',
  'actor',
  'depth',
  'article',
  'minConfidence',
] as const;

export function filterFrom(p: Params): GraphFilter {
  const f: GraphFilter = {};
  const types = p.list<EntityType>('type', ENTITY_TYPES);
  if (types) f.types = types;
  const relations = p.list<RelationType>('relation', RELATION_TYPES);
  if (relations) f.relations = relations;
  const countries = p.list('country');
  if (countries) f.countries = countries;
  const actor = p.text('actor');
  if (actor !== undefined) f.actor = actor;
  if (p.has('depth')) {
    if (actor === undefined) throw new BadRequest('depth: needs actor');
    f.depth = p.int('depth', 1, 3, 1);
  }
  const articles = p.list('article');
  if (articles) f.articles = articles;
  const mc = p.number('minConfidence', 0, 1);
  if (mc !== undefined) f.minConfidence = mc;
  return f;
}
