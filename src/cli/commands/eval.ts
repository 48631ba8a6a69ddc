// PLACEHOLDER — filled by the evaluation work (issue 3).
import type { Command } from 'commander';
import { CliError } from '../io.ts';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score a graph file against a reference annotation')
    .argument('<graph>', 'graph file')
    .action(() => {
      throw new CliError('eval: not implemented yet');
    });
}
