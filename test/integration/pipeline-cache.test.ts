// Incremental runs: the per-article cache, byte-identical output whatever --jobs, atomic writes.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/graph/index.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { articleIds, root, run, seedText, summary, write } from './pipeline-helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'newsgraph-pipeline-cache-'));
const corpus = join(tmp, 'corpus');
const seeds = readdirSync(join(root, 'seeds')).sort();

/** Seeds plus variants with their paragraphs in another order: distinct texts, same vocabulary. */
beforeAll(() => {
  cpSync(join(root, 'seeds'), join(corpus, 'seeds'), { recursive: true });
  const records = seeds.map((name, i) => {
    const paragraphs = seedText(name)
      .replace(/^\s*date \S+\s+/, '')
      .split(/\n\s*\n/);
    return JSON.stringify({ id: `v${i}`, text: [...paragraphs.slice(1), paragraphs[0]].join('\n\n') });
  });
  write(join(corpus, 'variants.jsonl'), records.join('\n') + '\n');
});

/** Per-article entries (the corpus/ folder holds the whole-corpus result). */
function cacheFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.json') && !f.startsWith('corpus'),
  );
}

const corpusResult = (dir: string): string[] =>
  existsSync(join(dir, 'corpus')) ? readdirSync(join(dir, 'corpus')).sort() : [];

describe('determinism', () => {
  it('--jobs 1 and --jobs 2 write the same file, byte for byte', async () => {
    const one = join(tmp, 'one.json');
    const two = join(tmp, 'two.json');
    const r1 = await run(['extract', corpus, '--out', one, '--jobs', '1', '--no-cache']);
    const r2 = await run(['extract', corpus, '--out', two, '--jobs', '2', '--no-cache']);
    expect(r1.code, r1.stderr).toBe(0);
    expect(r2.code, r2.stderr).toBe(0);
    expect(articleIds(one)).toHaveLength(seeds.length * 2);
    expect(readFileSync(two, 'utf8')).toBe(readFileSync(one, 'utf8'));
    expect(parseGraph(readFileSync(one, 'utf8')).getAttribute('builtAt')).toBe('2020-01-01T00:00:00.000Z');
    expect(existsSync(join(tmp, '.newsgraph-cache'))).toBe(false); // --no-cache writes none
  });
});

describe('cache writes', () => {
  // Entries are written in the background while extraction goes on; a finished run has them all on disk.
  for (const jobs of [1, 2])
    it(`every entry is on disk when the pipeline returns (--jobs ${jobs})`, async () => {
      const dir = join(tmp, `cache-direct-${jobs}`);
      const r = await runPipeline({ inputs: [corpus], jobs, cacheDir: dir });
      expect(r.extracted).toBe(seeds.length * 2);
      expect(cacheFiles(dir)).toHaveLength(seeds.length * 2);
      expect(
        readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tmp')),
      ).toEqual([]);
    });
});

describe('cache', () => {
  const cache = join(tmp, 'cache');
  const out = join(tmp, 'cached.json');
  let cold = '';

  it('a cold run extracts everything and fills one cache file per article', async () => {
    const r = await run(['extract', corpus, '--out', out, '--cache', cache, '--json', '--jobs', '2']);
    expect(r.code, r.stderr).toBe(0);
    const s = summary(r);
    expect([s.cached, s.extracted]).toEqual([0, seeds.length * 2]);
    expect(cacheFiles(cache)).toHaveLength(seeds.length * 2);
    cold = readFileSync(out, 'utf8');
    expect(cold).toBe(readFileSync(join(tmp, 'one.json'), 'utf8')); // cache on or off: same graph
  });

  it('a second run takes every article from the cache and writes the same file', async () => {
    const r = await run(['extract', corpus, '--out', out, '--cache', cache, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect([summary(r).cached, summary(r).extracted]).toEqual([seeds.length * 2, 0]);
    expect(readFileSync(out, 'utf8')).toBe(cold);
  });

  it('an unchanged corpus reuses the last graph file without reading per-article entries', async () => {
    const [graphFile, metaFile] = corpusResult(cache);
    expect(metaFile).toBe(graphFile.replace(/\.json$/, '.meta.json'));
    expect(readFileSync(join(cache, 'corpus', graphFile), 'utf8')).toBe(cold);
    // Per-article entries out of the way: a run that needed them would have to extract again.
    const moved = join(tmp, 'moved-cache');
    cpSync(cache, moved, { recursive: true });
    for (const f of cacheFiles(cache)) rmSync(join(cache, f));
    const r = await run(['extract', corpus, '--out', out, '--cache', cache, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect([summary(r).cached, summary(r).extracted, summary(r).nodes]).toEqual([
      seeds.length * 2,
      0,
      parseGraph(cold).order,
    ]);
    expect(readFileSync(out, 'utf8')).toBe(cold);
    // Another build time: the reused file carries this run's builtAt, and still validates.
    const later = await run(['extract', corpus, '--out', out, '--cache', cache], root, {
      SOURCE_DATE_EPOCH: '1600000000',
    });
    expect(later.code, later.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(parseGraph(text).getAttribute('builtAt')).toBe('2020-09-13T12:26:40.000Z');
    expect(text.replace('2020-09-13T12:26:40.000Z', '2020-01-01T00:00:00.000Z')).toBe(cold);
    rmSync(cache, { recursive: true });
    cpSync(moved, cache, { recursive: true });
  });

  it('a damaged corpus result is ignored and the graph rebuilt from the per-article entries', async () => {
    const meta = join(cache, 'corpus', corpusResult(cache)[1]);
    writeFileSync(meta, readFileSync(meta, 'utf8').replace(/"sha256":"[0-9a-f]{8}/, '"sha256":"00000000'));
    const r = await run(['extract', corpus, '--out', out, '--cache', cache, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect([summary(r).cached, summary(r).extracted]).toEqual([seeds.length * 2, 0]);
    expect(readFileSync(out, 'utf8')).toBe(cold);
  });

  it('adding one article re-extracts only that one', async () => {
    write(join(corpus, 'new/added.txt'), 'USA og Iran er uenige, siger ministeren.\n');
    const r = await run(['extract', corpus, '--out', out, '--cache', cache, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect([summary(r).cached, summary(r).extracted]).toEqual([seeds.length * 2, 1]);
    expect(articleIds(out)).toContain('new/added.txt');
    expect(corpusResult(cache)).toHaveLength(2); // the older result was dropped
  });

  it('a corrupt cache entry is ignored, the article re-extracted and the entry rewritten', async () => {
    const files = cacheFiles(cache).sort();
    const victim = join(cache, files[0]);
    writeFileSync(victim, '{"key":"truncated", "graph": {"nod');
    // An entry is a header line and the graph's JSON: alter the graph, keep it valid JSON, keep the header.
    const other = join(cache, files[1]);
    const [header, body] = readFileSync(other, 'utf8').split('\n');
    const graph = JSON.parse(body) as { nodes: unknown };
    graph.nodes = 'not a list';
    writeFileSync(other, `${header}\n${JSON.stringify(graph)}\n`);
    rmSync(join(cache, 'corpus'), { recursive: true }); // else the unchanged corpus is simply reused
    const before = readFileSync(out, 'utf8');
    const r = await run(['extract', corpus, '--out', out, '--cache', cache, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect([summary(r).cached, summary(r).extracted]).toEqual([seeds.length * 2 - 1, 2]);
    expect(readFileSync(out, 'utf8')).toBe(before);
    const [rewritten, rewrittenBody] = readFileSync(victim, 'utf8').split('\n');
    expect(JSON.parse(rewritten)).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(JSON.parse(rewrittenBody)).toHaveProperty('nodes');
  });

  it('the default cache folder is .newsgraph-cache beside the output, and is never read as input', async () => {
    const dir = join(tmp, 'default');
    const out2 = join(dir, 'graph.json');
    cpSync(join(root, 'seeds'), dir, { recursive: true });
    const r = await run(['extract', dir, '--out', out2, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(cacheFiles(join(dir, '.newsgraph-cache'))).toHaveLength(seeds.length);
    // Second run: the output graph.json and the cache sit inside the input folder yet are not articles.
    const again = await run(['extract', dir, '--out', out2, '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(summary(again).articles).toBe(seeds.length);
    expect(summary(again).cached).toBe(seeds.length);
  });
});

describe('atomic output', () => {
  it('a failing run leaves the previous graph intact and no temporary file behind', async () => {
    const out = join(tmp, 'keep.json');
    expect((await run(['extract', join(root, 'seeds'), '--out', out, '--no-cache'])).code).toBe(0);
    const good = readFileSync(out, 'utf8');
    write(join(tmp, 'broken/bin.txt'), Uint8Array.from([0, 1, 2, 3, 0, 0]));
    write(join(tmp, 'broken/ok.txt'), 'Kort artikel.\n');
    expect((await run(['extract', join(tmp, 'broken'), '--out', out, '--strict', '--no-cache'])).code).toBe(
      1,
    );
    expect(readFileSync(out, 'utf8')).toBe(good);
    write(join(tmp, 'nothing/x.csv'), '1');
    expect((await run(['extract', join(tmp, 'nothing'), '--out', out, '--no-cache'])).code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe(good);
    expect(readdirSync(tmp).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});
