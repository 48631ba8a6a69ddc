import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import schema from '../../graph-schema/graph.schema.json';
import { relationAllowed } from './ontology.ts';
import type { SerializedNewsGraph } from './types.ts';

// Compiled on first use: a CLI run that reuses a cached graph never validates, and need not pay for it.
let compiled: ValidateFunction<SerializedNewsGraph> | undefined;
const schemaValidator = (): ValidateFunction<SerializedNewsGraph> =>
  (compiled ??= new Ajv({ allErrors: false, strict: false }).compile<SerializedNewsGraph>(schema));

export type ValidationResult = { ok: true; data: SerializedNewsGraph } | { ok: false; errors: string[] };

function describe(e: ErrorObject): string {
  const where = e.instancePath || '/';
  const extra =
    e.keyword === 'enum' ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : '';
  return `${where}: ${e.message ?? e.keyword}${extra}`;
}

/**
 * Checks a parsed graph file against graph-schema/graph.schema.json and then what a schema cannot say:
 * unique node keys, edge ends that exist, relation types the ontology allows, country keys that are countries.
 * Errors point at the first problem found (JSON pointer into the file).
 */
export function validateGraphData(data: unknown): ValidationResult {
  const validateSchema = schemaValidator();
  if (!validateSchema(data)) {
    return { ok: false, errors: (validateSchema.errors ?? []).map(describe) };
  }
  const errors: string[] = [];
  const types = new Map<string, string>();
  data.nodes.forEach((n, i) => {
    if (types.has(n.key)) errors.push(`/nodes/${i}/key: duplicate node key "${n.key}"`);
    types.set(n.key, n.attributes.type);
  });
  data.nodes.forEach((n, i) => {
    const c = n.attributes.country;
    if (c && types.get(c) !== 'country')
      errors.push(`/nodes/${i}/attributes/country: "${c}" is not a country node`);
  });
  const edgeKeys = new Set<string>();
  data.edges.forEach((e, i) => {
    const s = types.get(e.source);
    const t = types.get(e.target);
    if (!s) errors.push(`/edges/${i}/source: no node "${e.source}"`);
    if (!t) errors.push(`/edges/${i}/target: no node "${e.target}"`);
    if (e.key !== undefined) {
      if (edgeKeys.has(e.key)) errors.push(`/edges/${i}/key: duplicate edge key "${e.key}"`);
      edgeKeys.add(e.key);
    }
    if (s && t && !relationAllowed(e.attributes.type, s as never, t as never)) {
      errors.push(
        `/edges/${i}: ${e.attributes.type} is not allowed from ${s} to ${t} (graph-schema/ontology.json)`,
      );
    }
  });
  return errors.length ? { ok: false, errors } : { ok: true, data };
}
