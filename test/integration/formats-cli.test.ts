// `newsgraph export` and `newsgraph stats` on graph files: filters, formats, GEXF/GraphML input.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { importGraph } from '../../src/formats/index.ts';
import { serializeGraph, stringifyGraph } from '../../src/graph/index.ts';
import type { NewsGraph } from '../../src/graph/index.ts';
import { parseCypherScript, smallGraph } from './formats-fixture.ts';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const input = join(dir, 'small.json');
writeFileSync(input, stringifyGraph(smallGraph()));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'newsgraph.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const read = (p: string) => readFileSync(p, 'utf8');

describe('newsgraph export on a hand-made graph (7 nodes, 5 edges)', () => {
  it('--country (comma-separated) keeps the countries, their actors and their relations with anyone, to GEXF', () => {
    const out = join(dir, 'a.gexf');
    const r = cli('export', input, '--format', 'gexf', '--out', out, '--country', 'USA,Iran');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${out}: gexf, 5 nodes, 5 edges (of 7 nodes, 5 edges)\n`);
    const g = parseGexf(MultiDirectedGraph, read(out));
    // The base (Iraq) and Anna Larsen (Denmark) are the other ends of the two countries' relations.
    expect(g.nodes().sort()).toEqual([
      'base:ain-al-asad',
      'country:iran',
      'country:usa',
      'organisation:revolutionary-guard',
      'person:anna-larsen',
    ]);
    expect(g.edges().sort()).toEqual([
      'attacked:country:usa->country:iran',
      'attacked:organisation:revolutionary-guard->base:ain-al-asad',
      'stated:country:usa->country:iran',
      'stated:person:anna-larsen->country:iran',
      'stationed-at:country:usa->base:ain-al-asad',
    ]);
  });

  it('--type and --relation, to GraphML', () => {
    const out = join(dir, 'b.graphml');
    const r = cli('export', input, '-f', 'graphml', '-o', out, '--type', 'country', '--relation', 'attacked');
    // Only the countries that take part in an attack.
    expect(r.out).toBe(`${out}: graphml, 2 nodes, 1 edges (of 7 nodes, 5 edges)\n`);
    const g = parseGraphml(MultiDirectedGraph, read(out));
    expect(g.order).toBe(2);
    expect(g.edges()).toEqual(['attacked:country:usa->country:iran']);
  });

  it('--actor with --depth 2, to a valid JSON graph file', () => {
    const out = join(dir, 'c.json');
    const r = cli('export', input, '-f', 'json', '-o', out, '--actor', 'Anna Larsen', '--depth', '2');
    expect(r.out).toBe(`${out}: json, 3 nodes, 3 edges (of 7 nodes, 5 edges)\n`);
    const g = importGraph(read(out), out);
    expect(g.nodes().sort()).toEqual(['country:iran', 'country:usa', 'person:anna-larsen']);
    // Danmark is outside the subgraph: the file does not point at it.
    expect(g.getNodeAttribute('person:anna-larsen', 'country')).toBeNull();
  });

  it('--min-confidence, format from the .cypher extension', () => {
    const out = join(dir, 'd.cypher');
    const r = cli('export', input, '-o', out, '--min-confidence', '0.8');
    expect(r.out).toBe(`${out}: cypher, 7 nodes, 3 edges (of 7 nodes, 5 edges)\n`);
    const rows = parseCypherScript(read(out)).flatMap((s) => s.rows);
    expect(rows).toHaveLength(10);
  });

  it('csv into a directory, --type repeated; no temporary files left behind', () => {
    const out = join(dir, 'tables');
    const r = cli('export', input, '-f', 'csv', '-o', out, '--type', 'person', '--type', 'country');
    expect(r.out).toBe(
      `${join(out, 'nodes.csv')}, ${join(out, 'edges.csv')}: csv, 5 nodes, 3 edges (of 7 nodes, 5 edges)\n`,
    );
    expect(readdirSync(out).sort()).toEqual(['edges.csv', 'nodes.csv']);
    const rows = Papa.parse(read(join(out, 'edges.csv')), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(3);
  });

  it('neo4j-csv without filters writes everything', () => {
    const out = join(dir, 'neo');
    const r = cli('export', input, '-f', 'neo4j-csv', '-o', out);
    expect(r.out).toBe(`${join(out, 'nodes.csv')}, ${join(out, 'edges.csv')}: neo4j-csv, 7 nodes, 5 edges\n`);
    expect(read(join(out, 'nodes.csv')).split('\r\n')[0]).toMatch(/^key:ID,:LABEL,/);
  });

  it('reads GEXF and GraphML input: stats, and export back to the same JSON graph', () => {
    const gexf = join(dir, 'full.gexf');
    const graphml = join(dir, 'full.graphml');
    expect(cli('export', input, '-o', gexf).code).toBe(0);
    expect(cli('export', input, '-o', graphml).code).toBe(0);
    expect(cli('stats', gexf).out.split('\n')[0]).toBe(`${gexf}: 2 articles, 7 nodes, 5 edges`);
    const back = join(dir, 'back.json');
    expect(cli('export', graphml, '-o', back).out).toBe(`${back}: json, 7 nodes, 5 edges\n`);
    expect(serializeGraph(importGraph(read(back), back))).toEqual(serializeGraph(smallGraph()));
    expect(serializeGraph(importGraph(read(gexf), gexf, new DOMParser()))).toEqual(
      serializeGraph(smallGraph()),
    );
  });

  it('refuses bad options with one clear line', () => {
    const bad = (args: string[], message: RegExp) => {
      const r = cli('export', input, ...args);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(message);
    };
    bad(
      ['-o', join(dir, 'x.json'), '--type', 'person,planet'],
      /--type planet: not one of person, organisation/,
    );
    bad(['-o', join(dir, 'x.json'), '--country', 'Atlantis'], /--country Atlantis: no country node/);
    bad(['-o', join(dir, 'x.json'), '--depth', '2'], /--depth needs --actor/);
    bad(['-o', join(dir, 'x.txt')], /--format is needed/);
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
  });

  it('--help documents the formats and the csv directory', () => {
    const r = cli('export', '--help');
    expect(r.out).toMatch(/json\|gexf\|graphml\|csv\|cypher\|neo4j-csv/);
    expect(r.out).toMatch(/for csv and neo4j-csv a DIRECTORY/);
    expect(r.out).toMatch(/--min-confidence/);
  });
});

describe('newsgraph export on the seeds', () => {
  it('exports the extracted seeds, and a --country subgraph holds that country, its actors and their relations', () => {
    const graphFile = join(dir, 'seeds.json');
    const x = cli('extract', 'seeds', '--out', graphFile);
    expect(x.code).toBe(0);
    const full: NewsGraph = importGraph(read(graphFile), graphFile);
    const all = join(dir, 'seeds.gexf');
    expect(cli('export', graphFile, '-o', all).out).toBe(
      `${all}: gexf, ${full.order} nodes, ${full.size} edges\n`,
    );

    // The extractor is being rewritten: pick the country with most affiliated actors, whatever it finds.
    const affiliated = new Map<string, number>();
    full.forEachNode((_k, a) => {
      if (a.country) affiliated.set(a.country, (affiliated.get(a.country) ?? 0) + 1);
    });
    const country = [...affiliated].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (!country) {
      const r = cli('export', graphFile, '-o', join(dir, 'none.gexf'), '--country', 'Iran');
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/--country Iran: no country node/);
      return;
    }
    const out = join(dir, 'country.graphml');
    const r = cli('export', graphFile, '-o', out, '--country', country);
    expect(r.code).toBe(0);
    const sub = parseGraphml(MultiDirectedGraph, read(out));
    const home = (k: string): boolean => k === country || full.getNodeAttribute(k, 'country') === country;
    expect(sub.order).toBeGreaterThanOrEqual(1 + affiliated.get(country)!);
    // Every node is at home or at the other end of a kept relation with a node at home.
    sub.forEachNode((k) => expect(home(k) || sub.neighbors(k).some(home)).toBe(true));
    sub.forEachEdge((_e, _a, s, t) => expect(home(s) || home(t)).toBe(true));
    expect(r.out).toMatch(
      new RegExp(`: graphml, ${sub.order} nodes, ${sub.size} edges \\(of ${full.order} nodes`),
    );
  });
});
