// Feature hashing: features are 32-bit integers made from a template id and the hashes of the values it
// joins, so the hot loops never build strings or touch string-keyed maps.

/** FNV-1a over UTF-16 code units: deterministic across engines, cheap enough to run once per token. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3's finaliser over a combination of two 32-bit values. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Feature of template `t` over one value hash. */
export function f1(t: number, a: number): number {
  return mix(t, a);
}

/** Feature of template `t` over two value hashes. */
export function f2(t: number, a: number, b: number): number {
  return mix(mix(t, a), b);
}

/** Feature of template `t` over three value hashes. */
export function f3(t: number, a: number, b: number, c: number): number {
  return mix(mix(mix(t, a), b), c);
}
