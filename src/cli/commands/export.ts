import { basename, extname, join } from 'node:path';
import type { Command } from 'commander';
import { EXPORT_FORMATS, exportGraph } from '../../formats/index.ts';
import type { ExportFormat } from '../../formats/index.ts';
import { applyFilter, ENTITY_TYPES, isEmptyFilter, RELATION_TYPES, resolveNode } from '../../graph/index.ts';
import type { EntityType, GraphFilter, NewsGraph, RelationType } from '../../graph/index.ts';
import { checkOutputPath, CliError, writeChunksAtomic } from '../io.ts';
import { forTerminal } from '../terminal.ts';
import { readGraphOrStore } from '../store.ts';
import { timeDeclutterFromOptions } from './export-filters.ts';
import { applyCorrectionsFile, readCorrectionsFile } from '../corrections.ts';

/** Formats that write two files (nodes.csv, edges.csv) into the --out directory. */
const DIRECTORY_FORMATS: readonly ExportFormat[] = ['csv', 'neo4j-csv'];

const EXTENSION_FORMAT: Record<string, ExportFormat> = {
  '.json': 'json',
  '.gexf': 'gexf',
  '.graphml': 'graphml',
  '.cypher': 'cypher',
  '.cql': 'cypher',
};

/** Repeatable and comma-separated: `--type person --type country` = `--type person,country`. */
const collect = (value: string, previous: string[] = []): string[] => [
  ...previous,
  ...value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
];

export interface ExportCliOptions {
  format?: string;
  out: string;
  country?: string[];
  actor?: string;
  depth?: string;
  type?: string[];
  relation?: string[];
  article?: string[];
  minConfidence?: string;
  from?: string;
  to?: string;
  minEvidence?: string;
  minRelations?: string;
  corrections?: string;
}

function oneOf<T extends string>(what: string, allowed: readonly T[], values: string[] | undefined): T[] {
  for (const v of values ?? [])
    if (!(allowed as readonly string[]).includes(v))
      throw new CliError(`--${what} ${v}: not one of ${allowed.join(', ')}`);
  return (values ?? []) as T[];
}

/** The command line's filter options as a GraphFilter (the data the explorer uses too), checked against the graph. */
export function filterFromOptions(graph: NewsGraph, opts: ExportCliOptions): GraphFilter {
  const filter: GraphFilter = {};
  const types = oneOf<EntityType>('type', ENTITY_TYPES, opts.type);
  if (types.length) filter.types = types;
  const relations = oneOf<RelationType>('relation', RELATION_TYPES, opts.relation);
  if (relations.length) filter.relations = relations;
  if (opts.country?.length) {
    for (const c of opts.country) {
      const key = resolveNode(graph, c, 'country');
      if (!key || graph.getNodeAttribute(key, 'type') !== 'country')
        throw new CliError(`--country ${c}: no country node with that key, name or alias`);
    }
    filter.countries = opts.country;
  }
  if (opts.actor !== undefined) {
    if (!resolveNode(graph, opts.actor))
      throw new CliError(`--actor ${opts.actor}: no node with that key, name or alias`);
    filter.actor = opts.actor;
  }
  if (opts.depth !== undefined) {
    const depth = Number(opts.depth);
    if (filter.actor === undefined) throw new CliError('--depth needs --actor');
    if (!Number.isInteger(depth) || depth < 1 || depth > 3)
      throw new CliError(`--depth ${opts.depth}: expected 1, 2 or 3`);
    filter.depth = depth;
  }
  if (opts.article?.length) filter.articles = opts.article;
  if (opts.minConfidence !== undefined) {
    const c = Number(opts.minConfidence);
    if (!Number.isFinite(c) || c < 0 || c > 1)
      throw new CliError(`--min-confidence ${opts.minConfidence}: expected a number from 0 to 1`);
    filter.minConfidence = c;
  }
  Object.assign(filter, timeDeclutterFromOptions(opts));
  return filter;
}

function formatOf(opts: ExportCliOptions): ExportFormat {
  if (opts.format !== undefined) {
    if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format))
      throw new CliError(`--format ${opts.format}: not one of ${EXPORT_FORMATS.join(', ')}`);
    return opts.format as ExportFormat;
  }
  const guess = EXTENSION_FORMAT[extname(opts.out).toLowerCase()];
  if (!guess)
    throw new CliError(`--format is needed (${EXPORT_FORMATS.join(', ')}): cannot tell it from ${opts.out}`);
  return guess;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export a graph, or a filtered part of it, to json, gexf, graphml, csv, cypher or neo4j-csv')
    .argument('[graph]', 'graph file: newsgraph JSON, GEXF or GraphML (or --db)')
    .option('--db <file>', 'export from this store (newsgraph extract --db) instead of a graph file')
    .option('-f, --format <format>', `${EXPORT_FORMATS.join('|')} (default: from the --out extension)`)
    .requiredOption(
      '-o, --out <path>',
      'file to write; for csv and neo4j-csv a DIRECTORY that receives nodes.csv and edges.csv',
    )
    .option(
      '--country <names>',
      'keep these countries, the actors affiliated with them and their relations with anyone (and the other ends)',
      collect,
    )
    .option('--actor <name>', "keep this actor's neighbourhood (key, name or alias)")
    .option('--depth <n>', 'hops around --actor: 1, 2 or 3 (default 1)')
    .option('--type <types>', `keep nodes of these types (${ENTITY_TYPES.join(', ')})`, collect)
    .option(
      '--relation <types>',
      `keep edges of these types and the nodes taking part in them (${RELATION_TYPES.join(', ')})`,
      collect,
    )
    .option('--article <ids>', 'keep what these articles support', collect)
    .option('--min-confidence <c>', 'keep edges at least this confident (0-1)')
    .option(
      '--from <date>',
      'keep relations with evidence from articles dated on or after this (2020-01-08, 2020-01)',
    )
    .option(
      '--to <date>',
      'keep relations with evidence from articles dated on or before this (2020-01 = to its end)',
    )
    .option('--min-evidence <n>', 'keep edges with at least n evidence items (within --from/--to)')
    .option(
      '--min-relations <n>',
      'keep nodes with at least n of the kept relations (1 hides isolated nodes)',
    )
    .option(
      '--corrections <file>',
      'apply these hand corrections first (graph-schema/corrections.schema.json)',
    )
    .addHelpText(
      'after',
      `
List options are repeatable or comma-separated (--type person,country = --type person --type country).
All filters must hold; within one list any value may match. Files are written through a temporary file
and renamed, so an interrupted export never leaves a half-written file.

Formats:
  json       the newsgraph graph file (graph-schema/), validated
  gexf       GEXF 1.3 for Gephi: typed attributes, colours, sizes, layout positions
  graphml    GraphML for yEd, Cytoscape, NetworkX, igraph
  csv        nodes.csv + edges.csv for spreadsheets (UTF-8 with BOM, formula cells neutralised)
  cypher     MERGE script for Neo4j 5 / Memgraph (cypher-shell -f graph.cypher)
  neo4j-csv  nodes.csv + edges.csv for neo4j-admin:
             neo4j-admin database import full --nodes=DIR/nodes.csv --relationships=DIR/edges.csv --multiline-fields=true

Example:
  newsgraph export graph.json --format gexf --out iran.gexf --country Iran --min-confidence 0.5`,
    )
    .action(async (path: string | undefined, opts: ExportCliOptions & { db?: string }) => {
      const format = formatOf(opts);
      const corrections = opts.corrections ? await readCorrectionsFile(opts.corrections) : undefined;
      const read = await readGraphOrStore(path, opts.db);
      const graph = corrections ? applyCorrectionsFile(read, corrections) : read;
      const filter = filterFromOptions(graph, opts);
      const sub = isEmptyFilter(filter) ? graph : applyFilter(graph, filter);
      const inDirectory = DIRECTORY_FORMATS.includes(format);
      const files = exportGraph(sub, format, inDirectory ? {} : { baseName: basename(opts.out) });
      const written: string[] = [];
      for (const file of files) checkOutputPath(inDirectory ? join(opts.out, file.name) : opts.out);
      for (const file of files) {
        const target = inDirectory ? join(opts.out, file.name) : opts.out;
        await writeChunksAtomic(target, file.chunks());
        written.push(target);
      }
      const of = sub === graph ? '' : ` (of ${graph.order} nodes, ${graph.size} edges)`;
      process.stdout.write(
        `${forTerminal(written.join(', '))}: ${format}, ${sub.order} nodes, ${sub.size} edges${of}\n`,
      );
    });
}
