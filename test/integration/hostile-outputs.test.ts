// Issue 18, findings 10-13: output paths checked before the work, one-line errors, no temporary file left;
// names escaped for terminals; eval reads only inside --articles; SOURCE_DATE_EPOCH validated.
import { execFile, execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/formats/index.ts';
import { parseGraph } from '../../src/graph/index.ts';
import { A1_TEXT, A2_TEXT, joinChunks, smallGraph } from './formats-fixture.ts';
import { root, run, write } from './pipeline-helpers.ts';
import type { Run } from './pipeline-helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'newsgraph-hostile-outputs-'));
chmodSync(tmp, 0o755);
const seeds = join(root, 'seeds');
const isRoot = process.getuid?.() === 0;
const temps = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

/** One line on stderr, naming the problem; nothing on stdout. */
function oneLine(r: Run, pattern: RegExp): void {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
}

describe('output paths are checked before the work starts (finding 10)', () => {
  it('--out naming a folder: one line, at once', async () => {
    const dir = join(tmp, 'a-folder');
    mkdirSync(dir);
    const t0 = performance.now();
    const r = await run(['extract', seeds, '--out', dir, '--no-cache']);
    oneLine(r, /a-folder is a folder: name the file to write/);
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(temps(tmp)).toEqual([]);
  });

  it('--out under a file: one line', async () => {
    writeFileSync(join(tmp, 'plain-file'), 'x');
    const r = await run(['extract', seeds, '--out', join(tmp, 'plain-file', 'g.json'), '--no-cache']);
    oneLine(r, /g\.json: cannot be written: part of its folder path is a file \(ENOTDIR\)/);
  });

  it('a symbolic link or a FIFO at --out is refused, not replaced', async () => {
    const target = join(tmp, 'precious.json');
    writeFileSync(target, 'precious');
    symlinkSync(target, join(tmp, 'link.json'));
    const r = await run(['extract', seeds, '--out', join(tmp, 'link.json'), '--no-cache']);
    oneLine(r, /link\.json is a symbolic link: not replaced/);
    expect(readFileSync(target, 'utf8')).toBe('precious');
    execFileSync('mkfifo', [join(tmp, 'fifo.json')]);
    const f = await run(['extract', seeds, '--out', join(tmp, 'fifo.json'), '--no-cache']);
    oneLine(f, /fifo\.json is a FIFO: not replaced/);
  });

  it('--out in a folder that cannot be written: one line', async () => {
    const locked = join(tmp, 'read-only');
    mkdirSync(locked, { mode: 0o555 });
    chmodSync(locked, 0o555);
    const args = [
      join(root, 'bin/newsgraph.mjs'),
      'extract',
      seeds,
      '--out',
      join(locked, 'g.json'),
      '--no-cache',
    ];
    // Root writes anywhere: the check is made as another user then.
    const r = await new Promise<Run>((resolve) =>
      execFile(
        process.execPath,
        args,
        { cwd: tmp, ...(isRoot ? { uid: 65534, gid: 65534 } : {}) },
        (e, o, s) =>
          resolve({ code: e ? (typeof e.code === 'number' ? e.code : 1) : 0, stdout: o, stderr: s }),
      ),
    );
    oneLine(r, /g\.json: cannot write in .*read-only \(EACCES\)/);
  });

  it('temporary files of a killed run are swept by the next one', async () => {
    // A process id no process has (above any pid_max), in the name of a temporary file of this output.
    const stale = join(tmp, '.swept.json.2147483646.1700000000000.tmp');
    writeFileSync(stale, 'half a graph');
    const other = join(tmp, '.not-ours.tmp');
    writeFileSync(other, 'someone else’s');
    write(join(tmp, 'none/x.csv'), '1');
    await run(['extract', join(tmp, 'none'), '--out', join(tmp, 'swept.json'), '--no-cache']);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(other)).toBe(true);
  });

  it('--out - writes the graph to standard output and the summary to standard error', async () => {
    const r = await run(['extract', seeds, '--out', '-', '--no-cache', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(parseGraph(r.stdout).getAttribute('articles').length).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/^-: \d+ articles/);
    expect(existsSync(join(root, '-'))).toBe(false);
    const both = await run(['extract', seeds, '--out', '-', '--json', '--no-cache']);
    oneLine(both, /--json and --out - would both write to standard output/);
  });
});

describe('SOURCE_DATE_EPOCH (finding 13)', () => {
  for (const value of ['9999999999999', 'yesterday', '-1', '1e9'])
    it(`${value}: one line, exit 1`, async () => {
      const r = await run(['extract', seeds, '--out', join(tmp, 'epoch.json'), '--no-cache'], root, {
        SOURCE_DATE_EPOCH: value,
      });
      oneLine(r, /SOURCE_DATE_EPOCH=".*": expected whole seconds since 1970, 0 to 253402300799/);
    });
});

describe('names are escaped for terminals (finding 11)', () => {
  it('a file name that would retitle and clear the terminal is printed escaped, on one line', async () => {
    const dir = join(tmp, 'escapes');
    const name = 'x\u001b]0;pwned\u0007\u001b[2J\nskipped forged.txt: ok.txt';
    write(join(dir, name), Uint8Array.from([0, 1, 2, 3]));
    const r = await run(['extract', dir, '--out', join(tmp, 'escapes.json'), '--no-cache', '--strict']);
    expect(r.code).toBe(1);
    // eslint-disable-next-line no-control-regex -- no raw control character may reach the terminal
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      'skipped x\\e]0;pwned\\u0007\\e[2J\\nskipped forged.txt: ok.txt: binary file',
      'newsgraph: escapes.json not written: 1 input problem(s) and --strict',
    ]);
  });

  it('labels from a crafted graph file are printed escaped by stats', async () => {
    const g = smallGraph();
    g.setNodeAttribute('person:anna-larsen', 'label', 'Anna\u001b[2J\u009b31m Larsen');
    const path = join(tmp, 'crafted.json');
    writeFileSync(
      path,
      exportGraph(g, 'json')
        .map((f) => joinChunks(f.chunks()))
        .join(''),
    );
    const r = await run(['stats', path]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Anna\\e[2J\\u009b31m Larsen (person)');
    // eslint-disable-next-line no-control-regex -- no raw control character may reach the terminal
    expect(r.stdout).not.toMatch(/[\u001b\u009b]/);
  });
});

describe('eval reads only inside --articles (finding 12)', () => {
  it('an article file of ../secret.txt is not read', async () => {
    const arts = join(tmp, 'arts');
    mkdirSync(arts);
    writeFileSync(join(tmp, 'secret.txt'), A1_TEXT);
    writeFileSync(join(arts, 'a2.txt'), A2_TEXT);
    const g = smallGraph();
    g.setAttribute(
      'articles',
      g.getAttribute('articles').map((a) => (a.id === 'a1' ? { ...a, file: '../secret.txt' } : a)),
    );
    const graphPath = join(tmp, 'probe.json');
    writeFileSync(
      graphPath,
      exportGraph(g, 'json')
        .map((f) => joinChunks(f.chunks()))
        .join(''),
    );
    const gold = join(tmp, 'gold.json');
    writeFileSync(gold, JSON.stringify({ entities: [], relations: [] }));
    const r = await run(['eval', graphPath, '--gold', gold, '--articles', arts, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { evidence: { checkedAgainstFiles: number } };
    // a2.txt (inside) is read for its evidence; secret.txt (outside) for none of a1's.
    const inA2 = g.mapEdges((_, a) => a.evidence.filter((e) => e.article === 'a2').length);
    const a2Evidence = inA2.reduce((x, y) => x + y, 0);
    expect(a2Evidence).toBeGreaterThan(0);
    expect(report.evidence.checkedAgainstFiles).toBe(a2Evidence);
    // A link out of the folder is no way round it.
    symlinkSync(join(tmp, 'secret.txt'), join(arts, 'a1.txt'));
    g.setAttribute(
      'articles',
      g.getAttribute('articles').map((a) => (a.id === 'a1' ? { ...a, file: 'a1.txt' } : a)),
    );
    writeFileSync(
      graphPath,
      exportGraph(g, 'json')
        .map((f) => joinChunks(f.chunks()))
        .join(''),
    );
    const r2 = await run(['eval', graphPath, '--gold', gold, '--articles', arts, '--json']);
    expect((JSON.parse(r2.stdout) as typeof report).evidence.checkedAgainstFiles).toBe(a2Evidence);
  });
});

describe('memory (finding 9, in part)', () => {
  it('a GEXF or GraphML file over NEWSGRAPH_MAX_XML_SIZE is refused in one line, not an out-of-memory abort', async () => {
    for (const format of ['gexf', 'graphml'] as const) {
      const path = join(tmp, `big.${format}`);
      writeFileSync(
        path,
        exportGraph(smallGraph(), format)
          .map((f) => joinChunks(f.chunks()))
          .join(''),
      );
      oneLine(
        await run(['stats', path], root, { NEWSGRAPH_MAX_XML_SIZE: '1kB' }),
        /\d+ kB of XML, over the 1 kB that can be read .* raise NEWSGRAPH_MAX_XML_SIZE/,
      );
      expect((await run(['stats', path])).code).toBe(0);
    }
  });
});
