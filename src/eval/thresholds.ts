import { ENTITY_TYPES } from '../graph/index.ts';
import type { EvalReport } from './report.ts';

/** The report's headline figures by dotted name ("entities.f1", "relations.attacked.recall", …). */
export function metrics(report: EvalReport): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  const prf = (
    prefix: string,
    s: { precision: number | null; recall: number | null; f1: number | null },
  ): void => {
    out[`${prefix}.precision`] = s.precision;
    out[`${prefix}.recall`] = s.recall;
    out[`${prefix}.f1`] = s.f1;
  };
  prf('entities', report.entities);
  for (const t of ENTITY_TYPES) prf(`entities.${t}`, report.entities.byType[t]);
  prf('relations', report.relations);
  for (const [t, s] of Object.entries(report.relations.byType)) prf(`relations.${t}`, s);
  out['stated.speakerRecall'] = report.stated.speakerRecall;
  out['stated.precision'] = report.stated.precision;
  out['country.accuracy'] = report.country.accuracy;
  out['evidence.valid'] = report.evidence.valid;
  return out;
}

/** The targets of issue 3 on seeds/ (what `newsgraph eval --targets` checks). */
export const ISSUE_TARGETS: Readonly<Record<string, number>> = {
  'entities.f1': 0.95,
  'relations.f1': 0.9,
  'stated.speakerRecall': 0.95,
  'stated.precision': 0.85,
  'country.accuracy': 0.95,
  'evidence.valid': 1,
};

export class ThresholdError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ThresholdError';
  }
}

/** Parses "entities.f1=0.95" or "evidence.valid=100%" against the metric names `known`. */
export function parseThreshold(spec: string, known: readonly string[]): [string, number] {
  const m = /^\s*([\w.-]+)\s*=\s*([0-9]*\.?[0-9]+)\s*(%?)\s*$/.exec(spec);
  if (!m) throw new ThresholdError(`--min ${spec}: expected NAME=VALUE, e.g. entities.f1=0.95`);
  const [, name, num, pct] = m;
  if (!known.includes(name))
    throw new ThresholdError(`--min ${spec}: unknown metric "${name}" (known: ${known.join(', ')})`);
  const value = Number(num) / (pct ? 100 : 1);
  if (value > 1) throw new ThresholdError(`--min ${spec}: scores run from 0 to 1 (or 0% to 100%)`);
  return [name, value];
}

export interface ThresholdFailure {
  metric: string;
  min: number;
  actual: number | null;
}

/** Thresholds the report falls short of; a metric with nothing to count (null) falls short of any. */
export function checkThresholds(
  values: Record<string, number | null>,
  mins: Readonly<Record<string, number>>,
): ThresholdFailure[] {
  const failures: ThresholdFailure[] = [];
  for (const [metric, min] of Object.entries(mins)) {
    const actual = values[metric] ?? null;
    // A tiny tolerance so 0.95 computed as 19/20 = 0.9500000000000001 or 0.9499999999 never flips a verdict.
    if (actual === null || actual < min - 1e-9) failures.push({ metric, min, actual });
  }
  return failures;
}
