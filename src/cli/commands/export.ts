// PLACEHOLDER — filled by the graph-files work (issue 5).
import type { Command } from 'commander';
import { CliError } from '../io.ts';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export a graph file to json, gexf, graphml, csv or cypher')
    .argument('<graph>', 'graph file')
    .action(() => {
      throw new CliError('export: not implemented yet');
    });
}
