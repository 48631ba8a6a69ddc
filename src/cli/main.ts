import { Command, CommanderError } from 'commander';
import { GENERATOR } from '../graph/index.ts';
import { registerEval } from './commands/eval.ts';
import { registerExport } from './commands/export.ts';
import { registerExtract } from './commands/extract.ts';
import { registerServe } from './commands/serve.ts';
import { registerStats } from './commands/stats.ts';
import { CliError } from './io.ts';
import { forTerminal, linesForTerminal } from './terminal.ts';

export function buildProgram(): Command {
  const program = new Command('newsgraph')
    .description('Knowledge graphs from news articles: extract, inspect, export, evaluate.')
    .version(GENERATOR.version)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerExtract(program);
  registerStats(program);
  registerExport(program);
  registerEval(program);
  registerServe(program);
  for (const c of program.commands) c.exitOverride();
  return program;
}

/** Runs the CLI; returns the exit code (0 ok, 1 error, 2 partial success where a command says so). */
export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    if (e instanceof CliError) {
      process.stderr.write(`newsgraph: ${forTerminal(e.message)}\n`);
      return e.code;
    }
    process.stderr.write(`newsgraph: ${linesForTerminal((e as Error).stack ?? String(e))}\n`);
    return 1;
  }
}
