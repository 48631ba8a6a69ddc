import type { Command } from 'commander';
import { graphStats } from '../../graph/index.ts';
import { dbStats, readGraphOrStore } from '../store.ts';
import { forTerminal, linesForTerminal } from '../terminal.ts';

function table(title: string, rows: [string, number | string][]): string {
  const w = Math.max(0, ...rows.map(([k]) => k.length));
  return [title, ...rows.map(([k, v]) => `  ${k.padEnd(w)}  ${v}`)].join('\n');
}

const sorted = (r: Record<string, number>): [string, number][] =>
  Object.entries(r).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('counts by node type, relation type and country; top actors by degree')
    .argument('[graph]', 'graph file (JSON graph format, GEXF or GraphML), or --db')
    .option('--db <file>', 'figures of this store (newsgraph extract --db), counted in the store')
    .option('--top <n>', 'how many top actors to list', '10')
    .option('--json', 'print the figures as JSON')
    .action(async (file: string | undefined, opts: { top: string; json?: boolean; db?: string }) => {
      const top = Number(opts.top) || 10;
      const s =
        opts.db === undefined
          ? graphStats(await readGraphOrStore(file, undefined), top)
          : dbStats(file, opts.db, top);
      const path = file ?? opts.db;
      if (opts.json) {
        process.stdout.write(JSON.stringify(s, null, 2) + '\n');
        return;
      }
      const out = [
        `${path}: ${s.articles} articles, ${s.nodes} nodes, ${s.edges} edges`,
        table('nodes by type', sorted(s.nodesByType)),
        table('edges by relation', sorted(s.edgesByType)),
        table('actors by country', sorted(s.actorsByCountry)),
        table(
          'top actors by degree',
          s.topActors.map((a) => [forTerminal(`${a.label} (${a.type})`), a.degree]),
        ),
      ];
      // Labels come from the graph file: shown as data, one line each.
      process.stdout.write(linesForTerminal(out.join('\n')) + '\n');
    });
}
