// Several model files in one: a count, each part's byte length, then the parts (each a codec file, whose
// length is a multiple of 4, so every part stays 4-byte aligned and decodes without a copy).

const MAGIC = 0x42474e4e; // "NNGB" read as a little-endian uint32

export function packParts(parts: readonly Uint8Array[]): Uint8Array {
  const head = 8 + parts.length * 4;
  const size = parts.reduce((s, p) => s + ((p.length + 3) & ~3), head);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, parts.length, true);
  let at = head;
  parts.forEach((p, i) => {
    view.setUint32(8 + i * 4, p.length, true);
    out.set(p, at);
    at += (p.length + 3) & ~3;
  });
  return out;
}

export function unpackParts(bytes: Uint8Array, name = 'bundle'): Uint8Array[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 8 || view.getUint32(0, true) !== MAGIC) throw new Error(`${name}: not a model bundle`);
  const n = view.getUint32(4, true);
  let at = 8 + n * 4;
  const parts: Uint8Array[] = [];
  for (let i = 0; i < n; i++) {
    const len = view.getUint32(8 + i * 4, true);
    if (at + len > bytes.length) throw new Error(`${name}: truncated model bundle`);
    parts.push(bytes.subarray(at, at + len));
    at += (len + 3) & ~3;
  }
  return parts;
}
