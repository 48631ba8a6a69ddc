// Independent readers: NetworkX (python3-networkx) reads the GEXF and GraphML files with the graph's node
// and edge counts, and xmllint (libxml2-utils) finds both well-formed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/formats/index.ts';
import type { NewsGraph } from '../../src/graph/index.ts';
import { hostileGraph, joinChunks, smallGraph } from './formats-fixture.ts';

const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' }).status === 0;
// Debian's python3 is where .ci/run installs python3-networkx; another python3 on PATH may lack it.
const PYTHON = ['/usr/bin/python3', 'python3'].find((py) => has(py, ['-c', 'import networkx'])) ?? 'python3';
const hasNetworkx = has(PYTHON, ['-c', 'import networkx']);
const hasXmllint = has('xmllint', ['--version']);
if (!hasNetworkx) console.warn('formats-readers: python3 with networkx not found; NetworkX checks skipped');
if (!hasXmllint) console.warn('formats-readers: xmllint not found; well-formedness checks skipped');

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(graph: NewsGraph, name: string, format: 'gexf' | 'graphml'): string {
  const path = join(dir, `${name}.${format}`);
  writeFileSync(path, joinChunks(exportGraph(graph, format)[0].chunks()));
  return path;
}

// NetworkX returns a MultiDiGraph when a file holds parallel edges (both readers), so every edge counts.
const PY = `
import sys, networkx as nx
kind, path = sys.argv[1], sys.argv[2]
from networkx.readwrite import gexf
# Debian 12's NetworkX (2.8) predates GEXF 1.3: register its namespaces as NetworkX 3 does; the parser is the same.
if '1.3' not in gexf.GEXF.versions:
    gexf.GEXF.versions['1.3'] = {'NS_GEXF': 'http://gexf.net/1.3', 'NS_VIZ': 'http://gexf.net/1.3/viz',
        'NS_XSI': 'http://www.w3.org/2001/XMLSchema-instance',
        'SCHEMALOCATION': 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd', 'VERSION': '1.3'}
g = nx.read_gexf(path, version='1.3') if kind == 'gexf' else nx.read_graphml(path)
print(g.number_of_nodes(), g.number_of_edges(), g.is_directed())
if len(sys.argv) > 3:
    import json
    print(json.dumps(g.nodes[sys.argv[3]]['label']))
`;

const graphs: [string, () => NewsGraph][] = [
  ['small', smallGraph],
  ['hostile', hostileGraph],
];

describe.each(graphs)('%s graph', (name, make) => {
  const graph = make();

  it.skipIf(!hasNetworkx).each(['gexf', 'graphml'] as const)(
    'networkx reads the %s with the same counts',
    (format) => {
      const path = write(graph, name, format);
      const r = spawnSync(PYTHON, ['-c', PY, format, path], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.stdout.trim()).toBe(`${graph.order} ${graph.size} True`);
    },
  );

  it.skipIf(!hasXmllint).each(['gexf', 'graphml'] as const)('xmllint finds the %s well-formed', (format) => {
    const path = write(graph, name, format);
    const r = spawnSync('xmllint', ['--noout', path], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe.skipIf(!hasNetworkx).each(['gexf', 'graphml'] as const)(
  'networkx and hostile strings (%s)',
  (format) => {
    it('reads a label with quotes, CRLF, tab and markup, and one with emoji, intact', () => {
      const path = write(hostileGraph(), 'values', format);
      for (const [key, label] of [
        ['person:lines', 'line one\nline two\r\nline three\ttabbed'],
        ['person:emoji', 'Fire 🔥 and flags 🇩🇰🇳🇴'],
        ['person:markup', '<b>bold</b> & </script><script>alert(1)</script>'],
      ]) {
        const r = spawnSync(PYTHON, ['-c', PY, format, path, key], { encoding: 'utf8' });
        expect(JSON.parse(r.stdout.trim().split('\n')[1])).toBe(label);
      }
    });
  },
);

describe('the checks can fail', () => {
  it.skipIf(!hasXmllint)('xmllint rejects a file with a raw control character', () => {
    const path = join(dir, 'bad.graphml');
    writeFileSync(path, '<graphml><graph>\u0007</graph></graphml>');
    expect(spawnSync('xmllint', ['--noout', path], { encoding: 'utf8' }).status).not.toBe(0);
  });
});
