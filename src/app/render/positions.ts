/** FNV-1a: a small, stable string hash, so a node's first position depends on its key alone. */
export function hash32(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A deterministic starting point: the same key in a graph of the same size always starts at the same
 * place, whatever order the nodes arrive in, so the same graph always settles into the same picture.
 */
export function initialPosition(key: string, order: number): { x: number; y: number } {
  const a = hash32(key) / 0x100000000;
  const b = hash32(key, 0x9e3779b9) / 0x100000000;
  const radius = 10 * Math.sqrt(Math.max(1, order));
  const r = radius * Math.sqrt(b);
  const angle = a * 2 * Math.PI;
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}
