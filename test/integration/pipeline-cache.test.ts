// Incremental runs: the per-article cache, byte-identical output whatever --jobs, atomic writes.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
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

/** The cache's log files (the corpus/ folder holds the whole-corpus result). */
function logFiles(dir: string): string[] {
  const folder = join(dir, 'log');
  return existsSync(folder) ? readdirSync(folder).map((f) => join(folder, f)) : [];
}

interface Rec {
  header: { key: string; sha256: string; bytes: number };
  body: Buffer;
}

/** Records of one log, read here by the documented format: a header line, `bytes` of JSON, a newline. */
function records(file: string): Rec[] {
  const buf = readFileSync(file);
  const out: Rec[] = [];
  let at = 0;
  while (at < buf.length) {
    const nl = buf.indexOf(0x0a, at);
    const header = JSON.parse(buf.toString('utf8', at, nl)) as Rec['header'];
    out.push({ header, body: buf.subarray(nl + 1, nl + 1 + header.bytes) });
    at = nl + 1 + header.bytes + 1;
  }
  return out;
}

/** Per-article entries, in every log. */
const cacheEntries = (dir: string): Rec[] => logFiles(dir).flatMap(records);

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
  // Each writer (worker or main thread) appends to a log of its own; a finished run has closed them all.
  for (const jobs of [1, 2])
    it(`every entry is on disk when the pipeline returns, in one log per writer (--jobs ${jobs})`, async () => {
      const dir = join(tmp, `cache-direct-${jobs}`);
      const r = await runPipeline({ inputs: [corpus], jobs, cacheDir: dir });
      expect(r.extracted).toBe(seeds.length * 2);
      expect(cacheEntries(dir)).toHaveLength(seeds.length * 2);
      expect(logFiles(dir)).toHaveLength(jobs);
      const again = await runPipeline({ inputs: [corpus], jobs, cacheDir: dir });
      expect([again.cached, again.extracted]).toEqual([seeds.length * 2, 0]);
    });

  it('logs of another extractor version are dropped when the cache is read', async () => {
    const dir = join(tmp, 'cache-old');
    await runPipeline({ inputs: [corpus], jobs: 1, cacheDir: dir });
    const [log] = logFiles(dir);
    writeFileSync(log, readFileSync(log, 'latin1').replaceAll('"extractor":"', '"extractor":"0.'), 'latin1');
    const r = await runPipeline({ inputs: [corpus], jobs: 1, cacheDir: dir });
    expect(r.extracted).toBe(seeds.length * 2);
    expect(existsSync(log)).toBe(false);
    expect(cacheEntries(dir)).toHaveLength(seeds.length * 2);
  });
});

describe('cache', () => {
  const cache = join(tmp, 'cache');
  const out = join(tmp, 'cached.json');
  let cold = '';

  it('a cold run extracts everything and logs one cache entry per article', async () => {
    const r = await run(['extract', corpus, '--out', out, '--cache', cache, '--json', '--jobs', '2']);
    expect(r.code, r.stderr).toBe(0);
    const s = summary(r);
    expect([s.cached, s.extracted]).toEqual([0, seeds.length * 2]);
    const entries = cacheEntries(cache);
    expect(new Set(entries.map((e) => e.header.key)).size).toBe(seeds.length * 2);
    for (const e of entries) expect(JSON.parse(e.body.toString())).toHaveProperty('nodes');
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
    for (const f of logFiles(cache)) rmSync(f);
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

  it('an edited corpus result is ignored and the graph rebuilt from the per-article entries', async () => {
    // A cold run's output is a hard link of the cached result, so an edit of it in place edits the result.
    const graphFile = join(cache, 'corpus', corpusResult(cache)[0]);
    await new Promise((r) => setTimeout(r, 20)); // a later modification time than the recorded one
    const edited = readFileSync(graphFile, 'utf8').replace('"nodes":[{', '"nodes":[ {');
    writeFileSync(graphFile, edited.slice(0, -2) + '\n'); // same size: only the time tells
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

  it('a damaged cache entry is ignored, the article re-extracted and logged again', async () => {
    const [log] = logFiles(cache);
    const buf = readFileSync(log);
    const [first] = records(log);
    // Flip one byte inside the first record's graph: the checksum no longer matches.
    const at = buf.indexOf(0x0a) + 10;
    buf[at] = buf[at] === 0x41 ? 0x42 : 0x41;
    writeFileSync(log, buf);
    rmSync(join(cache, 'corpus'), { recursive: true }); // else the unchanged corpus is simply reused
    const before = readFileSync(out, 'utf8');
    const r = await run(['extract', corpus, '--out', out, '--cache', cache, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect([summary(r).cached, summary(r).extracted]).toEqual([seeds.length * 2, 1]);
    expect(readFileSync(out, 'utf8')).toBe(before);
    const again = cacheEntries(cache).filter((e) => e.header.key === first.header.key);
    expect(again).toHaveLength(2); // the damaged one and the new one
    expect(again[1].header.sha256).toBe(createHash('sha256').update(again[1].body).digest('hex'));
  });

  it('a log torn at its end keeps its whole records', async () => {
    const logs = logFiles(cache);
    const last = logs[logs.length - 1];
    const whole = records(last).length;
    writeFileSync(last, Buffer.concat([readFileSync(last), Buffer.from('{"key":"abc","bytes":99}\n{"nod')]));
    rmSync(join(cache, 'corpus'), { recursive: true });
    const r = await run(['extract', corpus, '--out', out, '--cache', cache, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(summary(r).extracted).toBe(0);
    expect(whole).toBeGreaterThan(0);
  });

  it('the default cache folder is .newsgraph-cache beside the output, and is never read as input', async () => {
    const dir = join(tmp, 'default');
    const out2 = join(dir, 'graph.json');
    cpSync(join(root, 'seeds'), dir, { recursive: true });
    const r = await run(['extract', dir, '--out', out2, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(cacheEntries(join(dir, '.newsgraph-cache'))).toHaveLength(seeds.length);
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
