// Issue 18, findings 4-6 and 8: every input not read is named with its reason (and --strict fails on it),
// links follow the stated policy, mixed encodings keep UTF-8, long runs are cut and reported, and a slow or
// crashing article costs only itself.
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/graph/index.ts';
import { discoverInputs, runPipeline } from '../../src/pipeline/index.ts';
import { articleIds, root, run, summary, write } from './pipeline-helpers.ts';
import type { Run } from './pipeline-helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'newsgraph-hostile-inputs-'));
chmodSync(tmp, 0o755);
const DA = 'Forsvarsministeren siger, at de danske soldater bliver på basen i Irak.';
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

/** The CLI as another user (root reads every folder, so an unreadable one needs someone else). */
function runAsNobody(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, 'bin/newsgraph.mjs'), ...args],
      {
        cwd,
        uid: NOBODY,
        gid: NOBODY,
        env: { ...process.env, HOME: cwd, SOURCE_DATE_EPOCH: '1577836800' },
      },
      (err, stdout, stderr) =>
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe('every input not read is named (finding 6)', () => {
  it('an unreadable sub-folder is named, and --strict fails on it', async () => {
    const dir = join(tmp, 'locked');
    write(join(dir, 'ok.txt'), `${DA}\n`);
    write(join(dir, 'secret/hidden-from-us.txt'), `${DA}\n`);
    chmodSync(join(dir, 'secret'), 0o000);
    chmodSync(dir, 0o777); // the other user writes the graph here
    const args = ['extract', '.', '--out', 'g.json', '--no-cache', '--strict'];
    const r = isRoot ? await runAsNobody(args, dir) : await run(args, dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^skipped secret\/: cannot read folder \(EACCES\)$/m);
    expect(r.stderr).toMatch(/g\.json not written: 1 input problem\(s\) and --strict/);
  });

  it('a FIFO, a dangling link and a link leaving the tree are named; links inside the tree are followed', async () => {
    const tree = join(tmp, 'tree');
    write(join(tree, 'a.txt'), `${DA}\n`);
    write(join(tree, '.store/kept.txt'), `${DA} Igen.\n`);
    write(join(tmp, 'outside/secret.txt'), 'not for the graph\n');
    symlinkSync('.store', join(tree, 'current')); // a folder inside the tree: followed
    symlinkSync('a.txt', join(tree, 'alias.txt')); // a file inside the tree: followed
    symlinkSync('/etc/passwd', join(tree, 'passwd.txt'));
    symlinkSync(join(tmp, 'outside'), join(tree, 'elsewhere'));
    symlinkSync('missing.txt', join(tree, 'gone.txt'));
    symlinkSync('.', join(tree, 'loop')); // a loop: walked once
    execFileSync('mkfifo', [join(tree, 'pipe.txt')]);
    const { files, skipped } = await discoverInputs([tree]);
    expect(files.map((f) => f.rel)).toEqual(['a.txt', 'alias.txt', 'current/kept.txt']);
    expect(skipped).toEqual([
      { file: 'elsewhere', reason: 'link to a folder outside the input folder (not followed)' },
      { file: 'gone.txt', reason: 'dangling link' },
      { file: 'passwd.txt', reason: 'link to a file outside the input folder (not followed)' },
      { file: 'pipe.txt', reason: 'a FIFO, not a file' },
    ]);
    const r = await run(['extract', tree, '--out', join(tmp, 'tree.json'), '--no-cache', '--strict']);
    expect(r.code).toBe(1);
    expect(
      r.stderr
        .split('\n')
        .filter((l) => l.startsWith('skipped'))
        .sort(),
    ).toEqual([
      'skipped elsewhere: link to a folder outside the input folder (not followed)',
      'skipped gone.txt: dangling link',
      'skipped passwd.txt: link to a file outside the input folder (not followed)',
      'skipped pipe.txt: a FIFO, not a file',
    ]);
  });

  it('a glob is an input tree too: a link out of its fixed part is refused', async () => {
    const g = join(tmp, 'globbed');
    write(join(g, 'in.txt'), `${DA}\n`);
    symlinkSync('/etc/passwd', join(g, 'passwd.txt'));
    const { files, skipped } = await discoverInputs([`${g}/*.txt`]);
    expect(files.map((f) => f.rel)).toEqual(['in.txt']);
    expect(skipped).toEqual([
      { file: 'passwd.txt', reason: 'link to a file outside the input folder (not followed)' },
    ]);
  });

  it('a FIFO named on the command line is refused in one line', async () => {
    const fifo = join(tmp, 'named.fifo');
    execFileSync('mkfifo', [fifo]);
    const r = await run(['extract', fifo, '--out', join(tmp, 'fifo.json'), '--no-cache']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`newsgraph: ${fifo}: a FIFO, not a file or folder\n`);
  });

  it('without --strict the graph is written from what could be read, exit 2, passwd not in it', async () => {
    const tree = join(tmp, 'tree2');
    write(join(tree, 'a.txt'), `${DA}\n`);
    symlinkSync('/etc/passwd', join(tree, 'passwd.txt'));
    const out = join(tmp, 'tree2.json');
    const r = await run(['extract', tree, '--out', out, '--no-cache', '--json', '-q']);
    expect(r.code, r.stderr).toBe(2);
    expect(articleIds(out)).toEqual(['a.txt']);
    expect(summary(r).skipped).toEqual([
      { file: 'passwd.txt', reason: 'link to a file outside the input folder (not followed)' },
    ]);
  });
});

describe('mixed encodings (finding 4)', () => {
  it('one stray Windows-1252 byte keeps a UTF-8 article UTF-8, with a warning naming file and offset', async () => {
    const dir = join(tmp, 'mixed');
    const text = 'Ifølge ministeren blev basen i Irak ramt. Soldaterne var dækket af støv.';
    const bytes = Buffer.concat([Buffer.from(text), Buffer.from([0x20, 0xe6, 0x0a])]);
    write(join(dir, 'stray.txt'), bytes);
    const out = join(tmp, 'mixed.json');
    const r = await run(['extract', dir, '--out', out, '--no-cache']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trim()).toBe(
      `warning stray.txt: mixed encoding: 1 byte(s) not UTF-8, read as Windows-1252 (at byte offset ${bytes.length - 2})`,
    );
    const [article] = parseGraph(readFileSync(out, 'utf8')).getAttribute('articles');
    expect(article.text).toBe(`${text} æ\n`);
  });
});

describe('long runs and slow articles (finding 5) and crashes (finding 8)', () => {
  it('a run without a sentence end is cut and reported by offset', async () => {
    const dir = join(tmp, 'long');
    write(join(dir, 'run.txt'), `${'soldater og baser og '.repeat(150)}slut\n`);
    write(join(dir, 'ok.txt'), `${DA}\n`);
    const r = await run(['extract', dir, '--out', join(tmp, 'long.json'), '--no-cache']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trim()).toMatch(
      /^warning run\.txt: 3 sentence cut\(s\): runs without a sentence end are cut every 1000 characters \(first at offset \d{3}\)$/,
    );
  });

  it('an article past --article-timeout is stopped and named; the others are extracted', async () => {
    const dir = join(tmp, 'slow');
    // About 4 MB: well over ten seconds to extract, far past a 3-second budget that the small articles
    // (and a worker's first article, which pays for loading the extractor) stay well within.
    write(join(dir, 'huge.txt'), `${DA} `.repeat(60_000));
    for (let i = 0; i < 4; i++) write(join(dir, `small-${i}.txt`), `${DA} Nummer ${i}.\n`);
    const out = join(tmp, 'slow.json');
    const args = ['extract', dir, '--out', out, '--no-cache', '--jobs', '2', '--article-timeout', '3'];
    const t0 = performance.now();
    const r = await run(args);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trim()).toBe(
      'skipped huge.txt: took longer than 3 s, the time limit per article (--article-timeout)',
    );
    expect(performance.now() - t0).toBeLessThan(30_000);
    expect(articleIds(out)).toEqual(['small-0.txt', 'small-1.txt', 'small-2.txt', 'small-3.txt']);
  });

  it('--article-timeout takes seconds, 0 for none', async () => {
    const r = await run([
      'extract',
      join(root, 'seeds'),
      '--out',
      join(tmp, 'x.json'),
      '--article-timeout',
      'soon',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--article-timeout: "soon" is not a number of seconds/);
  });
});

describe('memory (finding 9, in part)', () => {
  it('--jobs is capped by the cores: 100,000 workers passed 8 GB', async () => {
    const dir = join(tmp, 'jobs');
    write(join(dir, 'bad.txt'), Uint8Array.from([0, 1, 2]));
    write(join(dir, 'ok.txt'), `${DA}\n`);
    const r = await runPipeline({ inputs: [dir], jobs: 100_000, stopOnProblem: true });
    expect(r.jobs).toBe(Math.max(2, availableParallelism()));
  });
});
