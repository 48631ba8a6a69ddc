import { existsSync, realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { Command } from 'commander';
import { readArticles } from '../../articles/index.ts';
import {
  GoldFileError,
  ISSUE_TARGETS,
  ThresholdError,
  checkThresholds,
  evaluate,
  formatReport,
  metrics,
  parseGold,
  parseThreshold,
} from '../../eval/index.ts';
import type { GoldAnnotation } from '../../eval/index.ts';
import type { NewsGraph } from '../../graph/index.ts';
import { CliError } from '../io.ts';
import { readGraphOrStore } from '../store.ts';
import { forTerminal, linesForTerminal } from '../terminal.ts';

interface EvalCliOptions {
  gold: string;
  json?: boolean;
  details?: boolean;
  articles?: string;
  allGold?: boolean;
  min: string[];
  targets?: boolean;
}

async function readGoldFile(path: string): Promise<GoldAnnotation> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new CliError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return parseGold(JSON.parse(text));
  } catch (e) {
    const why = e instanceof GoldFileError ? e.message : `not JSON: ${(e as Error).message}`;
    throw new CliError(`${path}: ${why}`);
  }
}

/**
 * Each graph article's text as read again from its file under `dir` (same readers as extract: encodings,
 * HTML, JSON records), keyed by article id. A file that is gone or unreadable is left out, not an error,
 * and so is one outside `dir`: the file names come from the graph, and a crafted `../../secret` (or a link
 * out of the folder) would otherwise let the evidence score probe any readable file.
 */
async function readSourceTexts(graph: NewsGraph, dir: string | undefined): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  if (!dir) return texts;
  const byFile = new Map<string, string[]>();
  for (const a of graph.getAttribute('articles')) byFile.set(a.file, [...(byFile.get(a.file) ?? []), a.id]);
  const root = realpathSync(dir);
  for (const [file, ids] of byFile) {
    const path = join(dir, file);
    if (!existsSync(path) || !statSync(path).isFile() || !realpathSync(path).startsWith(root + sep)) continue;
    const read = readArticles(file, await readFile(path)).articles;
    for (const id of ids) {
      // Ids are made from the file name the same way; a lone article stands for its file whatever its id.
      const article = read.find((r) => r.id === id) ?? (read.length === 1 ? read[0] : undefined);
      if (article) texts.set(id, article.text);
    }
  }
  return texts;
}

function articlesDir(option: string | undefined): string | undefined {
  if (option !== undefined) {
    if (!existsSync(option) || !statSync(option).isDirectory())
      throw new CliError(`${option}: no such folder (--articles)`);
    return option;
  }
  return existsSync('seeds') && statSync('seeds').isDirectory() ? 'seeds' : undefined;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score a graph file against a reference annotation (precision, recall, F1, evidence)')
    .argument('[graph]', 'graph file (or --db)')
    .option('--db <file>', 'score the graph of this store (newsgraph extract --db)')
    .requiredOption(
      '-g, --gold <file>',
      'reference annotation (a JSON file such as the one in ../shared/eval/)',
    )
    .option('--json', 'print the report as JSON')
    .option('--details', 'also list false positives and misses')
    .option(
      '--articles <dir>',
      'folder holding the article files, to check evidence against (default: seeds/ if present)',
    )
    .option('--all-gold', 'require every gold item, even of articles not in the graph')
    .option(
      '--min <name=value>',
      'fail (exit 1) when a score is below VALUE, e.g. entities.f1=0.95 (repeatable)',
      collect,
      [],
    )
    .option(
      '--targets',
      "fail (exit 1) when a score misses issue 3's targets (entities.f1=0.95, relations.f1=0.9, …)",
    )
    .addHelpText(
      'after',
      '\nMetric names for --min: entities.{precision,recall,f1}, entities.<type>.{…}, relations.{…},\n' +
        'relations.attacked.{…}, relations.stationed-at.{…}, stated.speakerRecall, stated.precision,\n' +
        'country.accuracy, evidence.valid. Values are 0–1 or percentages (95%).',
    )
    .action(async (graphPath: string | undefined, opts: EvalCliOptions & { db?: string }) => {
      const mins: Record<string, number> = opts.targets ? { ...ISSUE_TARGETS } : {};
      const dir = articlesDir(opts.articles);
      const gold = await readGoldFile(opts.gold);
      const graph = await readGraphOrStore(graphPath, opts.db);
      const report = evaluate(graph, gold, {
        scope: opts.allGold ? 'all' : 'graph',
        sourceTexts: await readSourceTexts(graph, dir),
      });
      const values = metrics(report);
      try {
        for (const spec of opts.min) {
          const [name, value] = parseThreshold(spec, Object.keys(values));
          mins[name] = value;
        }
      } catch (e) {
        if (e instanceof ThresholdError) throw new CliError(e.message, 2);
        throw e;
      }
      if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
      else
        process.stdout.write(
          linesForTerminal(
            formatReport(report, {
              title: `${graphPath ?? opts.db} against ${opts.gold}`,
              details: opts.details,
            }),
          ) + '\n',
        );
      const failures = checkThresholds(values, mins);
      for (const f of failures) {
        const why = f.actual === null ? 'has nothing to count, minimum' : `${f.actual.toFixed(3)} is below`;
        process.stderr.write(`newsgraph eval: ${forTerminal(f.metric)} ${why} ${f.min}\n`);
      }
      if (failures.length) process.exitCode = 1;
    });
}
