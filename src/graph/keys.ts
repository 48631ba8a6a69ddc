import type { EntityType, RelationType } from './types.ts';

/**
 * A slug of a canonical name: lower case, diacritics kept (æøå carry meaning), runs of anything that is
 * not a letter or digit folded to one hyphen. Stable across runs, so node keys are too.
 */
export function slug(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Node key: type + canonical name, e.g. `country:iran`, `person:kari-holm`. */
export function nodeKey(type: EntityType, canonicalName: string): string {
  return `${type}:${slug(canonicalName) || 'unnamed'}`;
}

/** Edge key: one edge per (type, source, target); repeated evidence is appended to it. */
export function edgeKey(type: RelationType, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}
