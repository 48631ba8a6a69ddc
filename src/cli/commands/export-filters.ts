// The time and declutter options of `export` (--from, --to, --min-evidence, --min-relations), checked.
import { isFilterDate } from '../../graph/index.ts';
import type { TimeDeclutterFilter } from '../../graph/index.ts';
import { CliError } from '../io.ts';

export interface TimeDeclutterOptions {
  from?: string;
  to?: string;
  minEvidence?: string;
  minRelations?: string;
}

function count(flag: string, v: string): number {
  if (!/^\s*\d+\s*$/.test(v)) throw new CliError(`${flag} ${v}: expected a whole number (0 or more)`);
  return Number(v);
}

export function timeDeclutterFromOptions(opts: TimeDeclutterOptions): TimeDeclutterFilter {
  const f: TimeDeclutterFilter = {};
  for (const [flag, name] of [
    ['--from', 'from'],
    ['--to', 'to'],
  ] as const) {
    const v = opts[name];
    if (v === undefined) continue;
    if (!isFilterDate(v))
      throw new CliError(`${flag} ${v}: expected a date such as 2020-01-08, 2020-01 or 2020`);
    f[name] = v;
  }
  if (f.from && f.to && f.from > f.to + '\uffff')
    throw new CliError(`--from ${f.from} is after --to ${f.to}`);
  if (opts.minEvidence !== undefined) f.minEvidence = count('--min-evidence', opts.minEvidence);
  if (opts.minRelations !== undefined) f.minRelations = count('--min-relations', opts.minRelations);
  return f;
}
