// Binary model files: "NGM1", a JSON header (class names and whatever the component needs: tag dictionary,
// label set, feature-set version), then the sparse weight arrays. Little-endian, as every platform that runs
// the explorer is; arrays are 4-byte aligned so they can be viewed without copying where the buffer allows.
import { LinearModel } from './linear.ts';

const MAGIC = 0x314d474e; // "NGM1" read as a little-endian uint32

export interface ModelFile<Meta> {
  meta: Meta;
  model: LinearModel;
}

const pad4 = (n: number): number => (n + 3) & ~3;

export function encodeModel<Meta>(model: LinearModel, meta: Meta): Uint8Array {
  const header = new TextEncoder().encode(
    JSON.stringify({
      nClasses: model.nClasses,
      rows: model.keys.length,
      nnz: model.val.length,
      scale: model.scale,
      clsBytes: model.cls.BYTES_PER_ELEMENT,
      meta,
    }),
  );
  const rows = model.keys.length;
  const nnz = model.val.length;
  let size = pad4(8 + header.length);
  const keysAt = size;
  size += rows * 4;
  const ptrAt = size;
  size += (rows + 1) * 4;
  const valAt = size;
  size = pad4(size + nnz * 2);
  const clsAt = size;
  size = pad4(size + nnz * model.cls.BYTES_PER_ELEMENT);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, header.length, true);
  out.set(header, 8);
  out.set(new Uint8Array(model.keys.buffer, model.keys.byteOffset, rows * 4), keysAt);
  out.set(new Uint8Array(model.rowPtr.buffer, model.rowPtr.byteOffset, (rows + 1) * 4), ptrAt);
  out.set(new Uint8Array(model.val.buffer, model.val.byteOffset, nnz * 2), valAt);
  out.set(new Uint8Array(model.cls.buffer, model.cls.byteOffset, nnz * model.cls.BYTES_PER_ELEMENT), clsAt);
  return out;
}

export function decodeModel<Meta>(bytes: Uint8Array, name = 'model'): ModelFile<Meta> {
  if (bytes.length < 8) throw new Error(`${name}: not a model file (too short)`);
  // Copy once so every array below is aligned whatever the caller's buffer offset.
  const buf = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error(`${name}: not a model file (bad magic number)`);
  const hlen = view.getUint32(4, true);
  const h = JSON.parse(new TextDecoder().decode(buf.subarray(8, 8 + hlen))) as {
    nClasses: number;
    rows: number;
    nnz: number;
    scale: number;
    clsBytes: number;
    meta: Meta;
  };
  const base = buf.byteOffset;
  let at = pad4(8 + hlen);
  const keys = new Uint32Array(buf.buffer, base + at, h.rows);
  at += h.rows * 4;
  const rowPtr = new Uint32Array(buf.buffer, base + at, h.rows + 1);
  at += (h.rows + 1) * 4;
  const val = new Int16Array(buf.buffer, base + at, h.nnz);
  at = pad4(at + h.nnz * 2);
  const cls =
    h.clsBytes === 1
      ? new Uint8Array(buf.buffer, base + at, h.nnz)
      : new Uint16Array(buf.buffer, base + at, h.nnz);
  at = pad4(at + h.nnz * h.clsBytes);
  if (at > buf.byteLength) throw new Error(`${name}: truncated model file`);
  return { meta: h.meta, model: new LinearModel(h.nClasses, keys, rowPtr, cls, val, h.scale) };
}
