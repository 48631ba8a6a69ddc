// `newsgraph extract --db FILE`: the articles into a store (src/store/ingest.ts) instead of a graph file.
import { basename, resolve } from 'node:path';
import { summaryLine } from '../../graph/index.ts';
import { InputError } from '../../pipeline/index.ts';
import { ingest } from '../../store/ingest.ts';
import type { IngestResult } from '../../store/ingest.ts';
import { storeStats } from '../../store/stats.ts';
import { CliError } from '../io.ts';
import { openCliStore } from '../store.ts';
import { forTerminal } from '../terminal.ts';

export interface StoreExtractOptions {
  jobs: number;
  maxSize: number;
  articleTimeout: number;
  strict?: boolean;
  quiet?: boolean;
  json?: boolean;
  progress: { update: (p: { done: number; total: number }) => void; stop: () => void };
}

export async function extractToStore(
  inputs: string[],
  dbPath: string,
  o: StoreExtractOptions,
): Promise<void> {
  const path = resolve(dbPath);
  const db = openCliStore(path, { create: true });
  let r: IngestResult;
  try {
    r = await ingest(db, {
      inputs,
      jobs: o.jobs,
      maxSize: o.maxSize,
      articleTimeout: o.articleTimeout,
      exclude: [path, `${path}-wal`, `${path}-shm`, `${path}-journal`],
      onProgress: o.progress.update,
    });
  } catch (e) {
    db.close();
    if (e instanceof InputError) throw new CliError(e.message);
    throw e;
  } finally {
    o.progress.stop();
  }
  const stats = storeStats(db);
  db.close();
  if (!o.quiet) {
    const lines = [
      ...r.problems.map((p) => `${p.kept ? 'warning' : 'skipped'} ${p.file}: ${p.reason}`),
      ...r.duplicates.map((d) => `duplicate ${d.id}: duplicate of ${d.of}`),
    ];
    if (lines.length) process.stderr.write(lines.map(forTerminal).join('\n') + '\n');
  }
  const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  if (o.json) {
    const { problems, ...rest } = r;
    const skipped = problems.filter((p) => !p.kept).map((p) => ({ file: p.file, reason: p.reason }));
    const warnings = problems.filter((p) => p.kept).map((p) => ({ file: p.file, reason: p.reason }));
    process.stdout.write(
      JSON.stringify({ db: dbPath, ...rest, skipped, warnings, ...stats, peakRssMB }, null, 2) + '\n',
    );
  } else {
    const run = [`${r.added} added`, `${r.replaced} replaced`, `${r.unchanged} unchanged`];
    if (r.failed) run.push(`${r.failed} failed`);
    if (r.duplicates.length) run.push(`${r.duplicates.length} duplicates`);
    process.stdout.write(`${forTerminal(basename(dbPath))}: ${summaryLine(stats)} [${run.join(', ')}]\n`);
  }
  // As for a graph file: 2 when something was skipped; every good article is committed either way.
  if (r.problems.some((p) => !p.kept) || r.failed) process.exitCode = o.strict ? 1 : 2;
  else if (r.problems.length) process.exitCode = o.strict ? 1 : 2;
}
