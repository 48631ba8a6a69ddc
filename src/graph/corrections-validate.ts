// Checks a corrections file against graph-schema/corrections.schema.json (ajv), as validate.ts does graphs.
import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import schema from '../../graph-schema/corrections.schema.json';
import type { CorrectionsFile } from './corrections.ts';

let compiled: ValidateFunction<CorrectionsFile> | undefined;
const validator = (): ValidateFunction<CorrectionsFile> =>
  (compiled ??= new Ajv({ allErrors: false, strict: false }).compile<CorrectionsFile>(schema));

export type CorrectionsValidation = { ok: true; data: CorrectionsFile } | { ok: false; errors: string[] };

function describe(e: ErrorObject): string {
  return `${e.instancePath || '/'}: ${e.message ?? e.keyword}`;
}

/** Parsed JSON → a corrections file, or the problems (JSON pointers into the file). */
export function validateCorrections(data: unknown): CorrectionsValidation {
  const validate = validator();
  if (!validate(data)) {
    // oneOf reports every branch; the branch whose `op` matches says what is wrong.
    return { ok: false, errors: (validate.errors ?? []).map(describe).slice(0, 5) };
  }
  const errors: string[] = [];
  data.corrections.forEach((c, i) => {
    if (c.op === 'delete-evidence' && c.end < c.start) errors.push(`/corrections/${i}/end: before start`);
    if (c.op === 'merge' && c.into === c.from) errors.push(`/corrections/${i}: merges ${c.from} into itself`);
  });
  return errors.length ? { ok: false, errors } : { ok: true, data };
}

/** A corrections file's text → its data; throws with the first problem. */
export function parseCorrections(text: string): CorrectionsFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`not JSON: ${(e as Error).message}`, { cause: e });
  }
  const result = validateCorrections(data);
  if (!result.ok) throw new Error(`not a valid corrections file: ${result.errors.join('; ')}`);
  return result.data;
}
