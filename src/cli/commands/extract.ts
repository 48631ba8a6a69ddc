// `newsgraph extract`: the corpus pipeline (src/pipeline) behind a command line — options, progress bar,
// summary, exit codes, atomic write.
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { jsonChunks } from '../../formats/index.ts';
import { graphStats, summaryLine } from '../../graph/index.ts';
import {
  builtAtFromEnv,
  CacheRefused,
  DEFAULT_ARTICLE_TIMEOUT,
  DEFAULT_MAX_SIZE,
  fileRecorder,
  InputError,
  releaseCorpusResult,
  runPipeline,
  saveCorpusResult,
  writeCorpusResult,
} from '../../pipeline/index.ts';
import type { PipelineResult } from '../../pipeline/index.ts';
import {
  checkOutputPath,
  CliError,
  parseSize,
  syncFolder,
  writeChunksAtomic,
  writeChunksToStdout,
} from '../io.ts';
import { forTerminal } from '../terminal.ts';
import { extractToStore } from './extract-db.ts';
import { applyCorrectionsFile, readCorrectionsFile } from '../corrections.ts';

interface ExtractOptions {
  out: string;
  jobs?: string;
  /** A folder, `false` for --no-cache, undefined for the default beside the output. */
  cache?: string | false;
  maxSize: string;
  articleTimeout: string;
  strict?: boolean;
  quiet?: boolean;
  json?: boolean;
  corrections?: string;
  db?: string;
}

function parseSeconds(s: string): number {
  if (!/^\s*\d+(?:\.\d+)?\s*$/.test(s))
    throw new CliError(`--article-timeout: "${s}" is not a number of seconds (0 for no limit)`);
  return Number(s);
}

function parseJobs(s: string | undefined): number {
  if (s === undefined) return availableParallelism();
  if (!/^\d+$/.test(s.trim()) || Number(s) < 1)
    throw new CliError(`--jobs: "${s}" is not a positive whole number`);
  return Number(s);
}

export function startProgress(enabled: boolean): {
  update: (p: { done: number; total: number }) => void;
  stop: () => void;
} {
  if (!enabled) return { update: () => undefined, stop: () => undefined };
  let bar: cliProgress.SingleBar | undefined;
  const t0 = performance.now();
  return {
    update: ({ done, total }) => {
      const speed = Math.round(done / Math.max(0.001, (performance.now() - t0) / 1000));
      if (!bar) {
        bar = new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: 'extract |{bar}| {value}/{total} articles | {speed} articles/s | ETA {eta_formatted}',
            hideCursor: true,
            clearOnComplete: true,
            etaBuffer: 200,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done, { speed });
      } else bar.update(done, { speed });
    },
    stop: () => bar?.stop(),
  };
}

function jsonSummary(out: string, r: PipelineResult, written: boolean): Record<string, unknown> {
  const s = r.stats ?? undefined;
  return {
    out,
    written,
    files: r.files,
    articles: r.articles,
    words: r.words,
    cached: r.cached,
    extracted: r.extracted,
    skipped: r.problems.filter((p) => !p.kept).map((p) => ({ file: p.file, reason: p.reason })),
    warnings: r.problems.filter((p) => p.kept).map((p) => ({ file: p.file, reason: p.reason })),
    duplicates: r.duplicates,
    nodes: s?.nodes ?? 0,
    edges: s?.edges ?? 0,
    nodesByType: s?.nodesByType ?? {},
    edgesByType: s?.edgesByType ?? {},
    jobs: r.jobs,
    seconds: Math.round(r.seconds * 1000) / 1000,
    phases: r.phases,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract articles (files, folders, globs, .jsonl feeds) into a graph file')
    .argument('[inputs...]', 'article files, folders (read recursively) or globs ("news/**/*.html")', [
      'seeds',
    ])
    .option('-o, --out <file>', 'graph file to write ("-": standard output)', 'graph.json')
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores)')
    .option('--cache <dir>', 'per-article cache folder (default: .newsgraph-cache beside the output)')
    .option('--no-cache', 'extract every article again, read and write no cache')
    .option('--max-size <size>', 'skip input files larger than this', `${DEFAULT_MAX_SIZE / 1024 / 1024}MB`)
    .option(
      '--article-timeout <seconds>',
      'skip an article still being extracted after this long on a worker thread (0: no limit)',
      String(DEFAULT_ARTICLE_TIMEOUT),
    )
    .option('--strict', 'fail (exit 1, write nothing) when any input is skipped')
    .option('-q, --quiet', 'no progress bar and no per-file problem lines')
    .option('--json', 'print a JSON summary on stdout')
    .option('--corrections <file>', 'apply these hand corrections (graph-schema/corrections.schema.json)')
    .option('--db <file>', 'add the articles to this store (created if missing) instead of writing --out')
    .action(async (inputs: string[], opts: ExtractOptions) => {
      const jobs = parseJobs(opts.jobs);
      const maxSize = parseSize(opts.maxSize);
      const articleTimeout = parseSeconds(opts.articleTimeout);
      if (opts.db !== undefined) {
        // A store keeps what was extracted; corrections are applied where graphs are made from it.
        if (opts.corrections) throw new CliError('--corrections with --db: give it to `export --db` instead');
        const progress = startProgress(Boolean(process.stderr.isTTY) && !opts.quiet);
        return extractToStore(inputs, opts.db, { ...opts, jobs, maxSize, articleTimeout, progress });
      }
      // `--out -`: the graph on standard output (then the summary goes to standard error).
      const toStdout = opts.out === '-';
      if (toStdout && opts.json)
        throw new CliError('--json and --out - would both write to standard output: choose one');
      const out = resolve(opts.out);
      // Before the work, not after it: a folder, a link, a device or a read-only place is said at once.
      if (!toStdout) checkOutputPath(out);
      const cacheDir =
        opts.cache === false ? undefined : resolve(opts.cache ?? join(dirname(out), '.newsgraph-cache'));
      const corrections = opts.corrections ? await readCorrectionsFile(opts.corrections) : undefined;
      const progress = startProgress(Boolean(process.stderr.isTTY) && !opts.quiet);
      let result: PipelineResult;
      try {
        result = await runPipeline({
          inputs,
          jobs,
          cacheDir,
          maxSize,
          exclude: [out, ...(cacheDir ? [cacheDir] : [])],
          stopOnProblem: opts.strict,
          articleTimeout,
          // The whole-corpus result is a file to copy; standard output gets the graph written out.
          // A corrected graph is never filed as the corpus result: it is rebuilt and corrected each run.
          reuseCorpus: !toStdout && !corrections,
          builtAt: builtAtFromEnv(),
          onProgress: progress.update,
        });
      } catch (e) {
        if (e instanceof InputError || e instanceof CacheRefused) throw new CliError(e.message);
        throw e;
      } finally {
        progress.stop();
      }

      if (!opts.quiet) {
        const lines = [
          ...result.problems.map((p) => `${p.kept ? 'warning' : 'skipped'} ${p.file}: ${p.reason}`),
          ...result.duplicates.map((d) => `duplicate ${d.id}: duplicate of ${d.of}`),
        ];
        // One line each whatever the file names and ids hold.
        if (lines.length) process.stderr.write(lines.map(forTerminal).join('\n') + '\n');
      }
      const name = basename(opts.out);
      const refuse = (why: string): never => {
        if (result.reused) releaseCorpusResult(result.reused);
        if (opts.json)
          process.stdout.write(JSON.stringify(jsonSummary(opts.out, result, false), null, 2) + '\n');
        throw new CliError(`${name} not written: ${why}`);
      };
      if (opts.strict && result.problems.length)
        refuse(`${result.problems.length} input problem(s) and --strict`);
      if (!result.graph && !result.reused) refuse(`no articles found in ${inputs.join(', ')}`);
      if (corrections && result.graph) {
        result.graph = applyCorrectionsFile(result.graph, corrections);
        result.stats = graphStats(result.graph);
      }
      const tWrite = performance.now();
      if (toStdout)
        await writeChunksToStdout(jsonChunks(result.graph as NonNullable<PipelineResult['graph']>));
      else if (result.reused)
        try {
          writeCorpusResult(result.reused, out);
          syncFolder(dirname(out));
        } catch (e) {
          throw new CliError(
            `${name} not written: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
          );
        }
      else {
        // Written in pieces, hashed as they go: the file is never one string in memory.
        const recorder = fileRecorder();
        const { cache, corpusKey, stats, words } = result;
        await writeChunksAtomic(
          out,
          jsonChunks(result.graph as NonNullable<PipelineResult['graph']>),
          recorder.onBytes,
          // The next run over the same articles reuses this file (a failure here only costs that
          // shortcut). Filed from our own temporary file, before it becomes the output: a concurrent run
          // writing the same output cannot have its graph filed under this run's key.
          (tmp) => {
            if (!cache || !corpusKey || !stats || corrections) return;
            try {
              saveCorpusResult(cache, corpusKey, tmp, recorder.result(), { stats, words });
            } catch (e) {
              if (!opts.quiet) process.stderr.write(`warning: cache ${cache.dir}: ${(e as Error).message}\n`);
            }
          },
        );
      }
      result.phases.write = Math.round(performance.now() - tWrite) / 1000;
      result.seconds += result.phases.write;
      if (opts.json)
        process.stdout.write(JSON.stringify(jsonSummary(opts.out, result, true), null, 2) + '\n');
      else {
        const extra = [
          result.cached ? `${result.cached} cached` : '',
          result.duplicates.length ? `${result.duplicates.length} duplicates` : '',
          result.problems.length ? `${result.problems.length} problems` : '',
        ].filter(Boolean);
        (toStdout ? process.stderr : process.stdout).write(
          `${forTerminal(name)}: ${summaryLine(result.stats as NonNullable<PipelineResult['stats']>)}${extra.length ? ` [${extra.join(', ')}]` : ''}\n`,
        );
      }
      // 2: the graph was written, but something in the input was skipped or only partly read.
      if (result.problems.length) process.exitCode = 2;
    });
}
