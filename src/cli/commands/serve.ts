// `newsgraph serve --db FILE`: the explorer and its JSON API over a store, on 127.0.0.1.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { StoreError } from '../../store/schema.ts';
import { startServer } from '../../store/server.ts';
import { CliError } from '../io.ts';
import { forTerminal } from '../terminal.ts';

const DIST = fileURLToPath(new URL('../../../dist', import.meta.url));

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the explorer and a JSON API over a store, on 127.0.0.1')
    .requiredOption('--db <file>', 'store written by `newsgraph extract --db`')
    .option('-p, --port <n>', 'port (0: any free one)', '5178')
    .option('--dist <dir>', 'the built explorer (`npm run build`)', DIST)
    .addHelpText(
      'after',
      `
API (GET, JSON; a bad parameter is a 400 naming it):
  /api/health                               counts; answers only when the page is served by serve
  /api/overview?limit=150                   the best connected actors and the edges among them
  /api/graph?country=&actor=&depth=&type=&relation=&article=&minConfidence=&limit=
  /api/neighbourhood?actor=&depth=1..3&limit=
  /api/search/names?q=&limit=               names and aliases (prefix match)
  /api/search/evidence?q=&limit=&offset=    full text of evidence sentences
  /api/evidence?edge=TYPE:SOURCE->TARGET&limit=&offset=
  /api/article?id=                          one article, text included
Graph answers are graph-file JSON (graph-schema/) with the first evidence of each edge;
the header x-newsgraph-matched says how many nodes matched before the limit.`,
    )
    .action(async (opts: { db: string; port: string; dist: string }) => {
      if (!/^\d{1,5}$/.test(opts.port) || Number(opts.port) > 65535)
        throw new CliError(`--port ${opts.port}: expected 0 to 65535`);
      const dist = existsSync(join(opts.dist, 'index.html')) ? opts.dist : undefined;
      let running;
      try {
        running = await startServer(opts.db, { port: Number(opts.port), distDir: dist });
      } catch (e) {
        if (e instanceof StoreError) throw new CliError(e.message);
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new CliError(`--port ${opts.port}: in use (try --port 0)`);
        throw e;
      }
      const counts = running.db
        .prepare('SELECT (SELECT COUNT(*) FROM articles) AS a, (SELECT COUNT(*) FROM c_nodes) AS n')
        .get() as { a: number; n: number };
      process.stdout.write(
        `${forTerminal(opts.db)}: ${counts.a} articles, ${counts.n} nodes\n` +
          `explorer: ${running.url}${dist ? '' : ' (API only: run `npm run build` for the explorer)'}\n`,
      );
      // Until interrupted: Ctrl-C closes the server and the store.
      await new Promise<void>((resolve) => {
        const stop = (): void => void running.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
