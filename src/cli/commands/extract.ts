// Basic sequential extraction; the corpus pipeline (issue 6) replaces the loop with workers and a cache.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative, extname } from 'node:path';
import type { Command } from 'commander';
import { parseTextArticle } from '../../articles/parse.ts';
import type { ArticleInput } from '../../articles/types.ts';
import { extractCorpus } from '../../extract/index.ts';
import { canonicalize, graphStats, stringifyGraph, summaryLine } from '../../graph/index.ts';
import { CliError, writeFileAtomic } from '../io.ts';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);

async function listFiles(input: string): Promise<{ path: string; root: string }[]> {
  let s;
  try {
    s = await stat(input);
  } catch {
    throw new CliError(`${input}: no such file or folder`);
  }
  if (s.isFile()) return [{ path: input, root: join(input, '..') }];
  const out: { path: string; root: string }[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push({ path: p, root: input });
    }
  };
  await walk(input);
  return out;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract articles (files or folders) into a graph file')
    .argument('[inputs...]', 'article files or folders', ['seeds'])
    .option('-o, --out <file>', 'graph file to write', 'graph.json')
    .action(async (inputs: string[], opts: { out: string }) => {
      const articles: ArticleInput[] = [];
      for (const input of inputs) {
        for (const f of await listFiles(input)) {
          const rel = relative(f.root, f.path) || f.path;
          articles.push(parseTextArticle(rel, rel, await readFile(f.path, 'utf8')));
        }
      }
      if (!articles.length) throw new CliError(`no articles found in ${inputs.join(', ')}`);
      const graph = canonicalize(extractCorpus(articles));
      await writeFileAtomic(opts.out, stringifyGraph(graph));
      process.stdout.write(`${opts.out}: ${summaryLine(graphStats(graph))}\n`);
    });
}
