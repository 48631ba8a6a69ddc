// The parser's weight file: two model files of the shared codec back to back, the transition model (SHIFT,
// LEFT, RIGHT) and the label model (one class per label), preceded by the first one's byte length. The label
// list and the feature-set version ride in the first file's metadata.
import { decodeModel, encodeModel } from '../model/codec.ts';
import { LinearModel } from '../model/linear.ts';

/** Bump when feature templates change: a model trained on other templates would silently score garbage. */
export const FEATURE_VERSION = 1;

export interface ParserMeta {
  component: 'parser';
  featureVersion: number;
  /** Labels (with lift decorations `obl↑acl`), indexed by label-model class. */
  labels: string[];
  /** Labels scored jointly with moves (true) or chosen after the move (false, faster). */
  joint: boolean;
  /** Language whose conjoined features a multilingual model reads; null for a monolingual model. */
  langFeature: string | null;
  /** Class of `root`. */
  root: number;
  /** Free text: what the model was trained on. */
  trainedOn: string;
}

export function encodeParser(transitions: LinearModel, labels: LinearModel, meta: ParserMeta): Uint8Array {
  const a = encodeModel(transitions, meta);
  const b = encodeModel(labels, {});
  const out = new Uint8Array(4 + a.length + b.length);
  new DataView(out.buffer).setUint32(0, a.length, true);
  out.set(a, 4);
  out.set(b, 4 + a.length);
  return out;
}

export function decodeParser(bytes: Uint8Array): {
  meta: ParserMeta;
  transitions: LinearModel;
  labels: LinearModel;
} {
  if (bytes.length < 12) throw new Error('parser: not a parser model (too short)');
  const len = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
  if (4 + len > bytes.length) throw new Error('parser: not a parser model (bad length)');
  const a = decodeModel<ParserMeta>(bytes.subarray(4, 4 + len), 'parser');
  if (a.meta.component !== 'parser') throw new Error('parser: the file is not a parser model');
  if (a.meta.featureVersion !== FEATURE_VERSION)
    throw new Error(
      `parser: model has feature set ${a.meta.featureVersion}, code expects ${FEATURE_VERSION}`,
    );
  const b = decodeModel<object>(bytes.subarray(4 + len), 'parser labels');
  return { meta: a.meta, transitions: a.model, labels: b.model };
}

/** The model without class `c` (the label trainer's sink class, which scoring never reads). */
export function dropClass(m: LinearModel, c: number): LinearModel {
  const keys: number[] = [];
  const ptr: number[] = [0];
  const cls: number[] = [];
  const val: number[] = [];
  for (let r = 0; r < m.keys.length; r++) {
    const before = val.length;
    for (let k = m.rowPtr[r]; k < m.rowPtr[r + 1]; k++) {
      if (m.cls[k] === c) continue;
      cls.push(m.cls[k]);
      val.push(m.val[k]);
    }
    if (val.length > before) {
      keys.push(m.keys[r]);
      ptr.push(val.length);
    }
  }
  const nc = m.nClasses;
  return new LinearModel(
    nc,
    Uint32Array.from(keys),
    Uint32Array.from(ptr),
    nc <= 256 ? Uint8Array.from(cls) : Uint16Array.from(cls),
    Int16Array.from(val),
    m.scale,
  );
}
