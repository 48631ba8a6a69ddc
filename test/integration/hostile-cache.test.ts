// Issue 18, findings 1-3: the cache deletes nothing it does not own, serves nothing it did not write, and
// never files another run's graph under this run's key.
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeChunksAtomic } from '../../src/cli/io.ts';
import { parseGraph } from '../../src/graph/index.ts';
import { fileRecorder, openCacheDir, saveCorpusResult } from '../../src/pipeline/index.ts';
import { readCorpusResult } from '../../src/pipeline/corpus-cache.ts';
import { articleIds, root, run, summary } from './pipeline-helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'newsgraph-hostile-cache-'));
const seeds = readdirSync(join(root, 'seeds')).sort();
const isRoot = process.getuid?.() === 0;

/** Every file under `dir` with its content, to show nothing was deleted or changed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const p = join(dir, f);
    if (statSync(p).isFile()) out[f] = readFileSync(p, 'utf8');
  }
  return out;
}

describe('the cache deletes only what it owns (finding 1)', () => {
  it('--cache on a folder that is not a cache is refused, and the articles in it survive', async () => {
    // The reproduction: mkdir -p p/corpus && cp seeds/*.txt p/corpus/ && cd p &&
    // newsgraph extract corpus --out graph.json --cache .
    const p = join(tmp, 'p');
    cpSync(join(root, 'seeds'), join(p, 'corpus'), { recursive: true });
    const before = snapshot(p);
    const r = await run(['extract', 'corpus', '--out', 'graph.json', '--cache', '.'], p);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cache folder .* is not empty and not a newsgraph cache/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(snapshot(p)).toEqual(before);
  });

  it('a committed .newsgraph-cache/corpus -> .. link deletes nothing beside it', async () => {
    const repo = join(tmp, 'repo');
    cpSync(join(root, 'seeds'), join(repo, 'articles'), { recursive: true });
    writeFileSync(join(repo, 'precious.txt'), 'not an article, not the cache’s\n');
    mkdirSync(join(repo, '.newsgraph-cache'));
    symlinkSync('..', join(repo, '.newsgraph-cache', 'corpus'));
    const before = snapshot(join(repo, 'articles'));
    const r = await run(['extract', 'articles', '--out', 'graph.json'], repo);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/newsgraph-cache is not empty and not a newsgraph cache/);
    expect(readFileSync(join(repo, 'precious.txt'), 'utf8')).toMatch(/not an article/);
    expect(snapshot(join(repo, 'articles'))).toEqual(before);
  });

  it('a symbolic link inside a marked cache is refused, and what it points at survives', async () => {
    const cache = join(tmp, 'marked');
    const out = join(tmp, 'marked.json');
    const r1 = await run(['extract', join(root, 'seeds'), '--out', out, '--cache', cache]);
    expect(r1.code, r1.stderr).toBe(0);
    expect(existsSync(join(cache, 'CACHEDIR.TAG'))).toBe(true);
    const victim = join(tmp, 'victim');
    cpSync(join(root, 'seeds'), victim, { recursive: true });
    rmSync(join(cache, 'corpus'), { recursive: true });
    symlinkSync(victim, join(cache, 'corpus'));
    const before = snapshot(victim);
    const r2 = await run(['extract', join(root, 'seeds'), '--out', out, '--cache', cache]);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(/holds a symbolic link corpus\//);
    expect(snapshot(victim)).toEqual(before);
  });

  it('a cache folder others can write is refused', async () => {
    const cache = join(tmp, 'shared');
    mkdirSync(cache, { mode: 0o777 });
    chmodSync(cache, 0o777);
    const r = await run([
      'extract',
      join(root, 'seeds'),
      '--out',
      join(tmp, 'shared.json'),
      '--cache',
      cache,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is writable by other users \(mode 0777; chmod go-w\)/);
    expect(readdirSync(cache)).toEqual([]);
  });

  it.skipIf(!isRoot)('a cache folder of another user is refused', async () => {
    const cache = join(tmp, 'theirs');
    mkdirSync(cache, { mode: 0o755 });
    chownSync(cache, 65534, 65534);
    const r = await run([
      'extract',
      join(root, 'seeds'),
      '--out',
      join(tmp, 'theirs.json'),
      '--cache',
      cache,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/belongs to another user \(uid 65534\)/);
  });

  it('an older unmarked cache (only its own log/ and corpus/ names) is adopted', () => {
    const cache = join(tmp, 'legacy');
    mkdirSync(join(cache, 'log'), { recursive: true });
    mkdirSync(join(cache, 'corpus'));
    writeFileSync(join(cache, 'log', '1700000000000-12-0-abc123.log'), '');
    writeFileSync(join(cache, 'corpus', `${'a'.repeat(64)}.json`), '{}');
    expect(openCacheDir(cache).secret).toMatch(/^[0-9a-f]{64}$/);
    expect(existsSync(join(cache, 'CACHEDIR.TAG'))).toBe(true);
  });
});

/** The one log of a cache, and its records by the documented layout (header line, body, newline). */
function logRecords(cache: string): {
  file: string;
  records: { header: Record<string, unknown>; body: string }[];
} {
  const [name] = readdirSync(join(cache, 'log'));
  const file = join(cache, 'log', name);
  const buf = readFileSync(file);
  const records = [];
  for (let at = 0; at < buf.length;) {
    const nl = buf.indexOf(0x0a, at);
    const header = JSON.parse(buf.toString('utf8', at, nl)) as Record<string, unknown>;
    const bytes = header.bytes as number;
    records.push({ header, body: buf.toString('utf8', nl + 1, nl + 1 + bytes) });
    at = nl + 1 + bytes + 1;
  }
  return { file, records };
}

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

describe('the cache serves only what it wrote (finding 2)', () => {
  it('a planted record (label rewritten, sha256 recomputed) is not served: the article is extracted again', async () => {
    const cache = join(tmp, 'poison');
    const out = join(tmp, 'poison.json');
    const r1 = await run(['extract', join(root, 'seeds'), '--out', out, '--cache', cache, '--jobs', '1']);
    expect(r1.code, r1.stderr).toBe(0);
    const honest = readFileSync(out, 'utf8');
    const { file, records } = logRecords(cache);
    const forged = records.map(({ header, body }) => {
      const fake = body.replace(/"label":"[^"]+"/, '"label":"Fabricated Person"');
      const bytes = Buffer.byteLength(fake);
      return `${JSON.stringify({ ...header, sha256: sha(fake), bytes })}\n${fake}\n`;
    });
    expect(forged.join('')).toContain('Fabricated Person');
    writeFileSync(file, forged.join(''));
    rmSync(join(cache, 'corpus'), { recursive: true }); // else the whole-corpus result answers
    const r2 = await run(['extract', join(root, 'seeds'), '--out', out, '--cache', cache, '--json']);
    expect(r2.code, r2.stderr).toBe(0);
    expect([summary(r2).cached, summary(r2).extracted]).toEqual([0, seeds.length]);
    expect(readFileSync(out, 'utf8')).not.toContain('Fabricated Person');
    expect(readFileSync(out, 'utf8')).toBe(honest);
  });

  it('a planted whole-corpus result (graph and meta rewritten) is not served', async () => {
    const cache = join(tmp, 'poison-corpus');
    const out = join(tmp, 'poison-corpus.json');
    const r1 = await run(['extract', join(root, 'seeds'), '--out', out, '--cache', cache]);
    expect(r1.code, r1.stderr).toBe(0);
    const honest = readFileSync(out, 'utf8');
    const dir = join(cache, 'corpus');
    const graphFile = join(dir, readdirSync(dir).find((f) => !f.includes('.meta.')) as string);
    const metaFile = graphFile.replace(/\.json$/, '.meta.json');
    const fake = honest.replace(/"label":"[^"]+"/, '"label":"Fabricated Person"');
    rmSync(graphFile);
    writeFileSync(graphFile, fake, { mode: 0o600 });
    const st = statSync(graphFile);
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(metaFile, JSON.stringify({ ...meta, bytes: st.size, mtimeMs: st.mtimeMs, ino: st.ino }));
    const r2 = await run(['extract', join(root, 'seeds'), '--out', out, '--cache', cache]);
    expect(r2.code, r2.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(honest);
  });
});

describe('the cache key', () => {
  it('a key others could read (a cloned or copied cache) is replaced: entries are made again, old logs go', async () => {
    const cache = join(tmp, 'cloned');
    const out = join(tmp, 'cloned.json');
    const args = ['extract', join(root, 'seeds'), '--out', out, '--cache', cache, '--jobs', '1', '--json'];
    expect((await run(args)).code).toBe(0);
    const [oldLog] = readdirSync(join(cache, 'log'));
    const oldKey = readFileSync(join(cache, 'key'), 'utf8');
    chmodSync(join(cache, 'key'), 0o644); // as git checks it out
    rmSync(join(cache, 'corpus'), { recursive: true });
    const r = await run(args);
    expect(r.code, r.stderr).toBe(0);
    expect([summary(r).cached, summary(r).extracted]).toEqual([0, seeds.length]);
    expect(readFileSync(join(cache, 'key'), 'utf8')).not.toBe(oldKey);
    expect(statSync(join(cache, 'key')).mode & 0o777).toBe(0o600);
    const again = await run(args);
    expect(summary(again).cached).toBe(seeds.length);
    expect(readdirSync(join(cache, 'log'))).not.toContain(oldLog);
  });
});

describe('no other run’s graph under this run’s key (finding 3)', () => {
  it('another run renaming its graph onto the same output at any moment of the write never gets filed under our key', async () => {
    // Only the bytes matter here: the cache files whatever the writer wrote.
    const a = '{"attributes":{"builtAt":"2020-01-01T00:00:00.000Z"},"nodes":[{"label":"Graph of run A"}]}\n';
    const b = a.replace('run A', 'run B');
    const stats = { articles: 1 } as unknown as Parameters<typeof saveCorpusResult>[4]['stats'];
    // Run B's rename onto the output, injected before, during and after run A records its result.
    for (const moment of ['before-save', 'after-save', 'after-rename'] as const) {
      const cache = openCacheDir(join(tmp, `race-${moment}`));
      const out = join(tmp, `race-${moment}.json`);
      const key = sha(`key of run A ${moment}`);
      const recorder = fileRecorder();
      // B replaces the output as this tool does: its own temporary file, renamed.
      const runB = (): void => {
        writeFileSync(`${out}.b`, b);
        renameSync(`${out}.b`, out);
      };
      await writeChunksAtomic(out, [a], recorder.onBytes, (tmpFile) => {
        if (moment === 'before-save') runB();
        saveCorpusResult(cache, key, tmpFile, recorder.result(), { stats, words: 1 });
        if (moment === 'after-save') runB();
      });
      if (moment === 'after-rename') runB();
      const hit = readCorpusResult(cache, key, undefined);
      expect(hit, moment).not.toBeNull();
      expect(readFileSync(hit?.path as string, 'utf8'), moment).toBe(a);
    }
  });

  it('two runs with the same --out and --cache on different inputs: a later run of each gets its own graph', async () => {
    const cache = join(tmp, 'race-cli');
    const out = join(tmp, 'race-cli.json');
    const inputs = [join(root, 'seeds', seeds[0]), join(root, 'seeds', seeds[1])];
    await Promise.all(inputs.map((input) => run(['extract', input, '--out', out, '--cache', cache])));
    for (const [i, input] of inputs.entries()) {
      const r = await run(['extract', input, '--out', out, '--cache', cache]);
      expect(r.code, r.stderr).toBe(0);
      expect(articleIds(out)).toEqual([seeds[i]]);
      expect(parseGraph(readFileSync(out, 'utf8')).getAttribute('articles')).toHaveLength(1);
    }
  });
});
