// The store end to end through the CLI: extract --db, export --db, stats --db, incremental runs.
import { execFile, spawn } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { SerializedNewsGraph } from '../../src/graph/index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'newsgraph-store-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/newsgraph.mjs', ...args],
      { cwd: root, env: { ...process.env, SOURCE_DATE_EPOCH: '0' }, maxBuffer: 1 << 26 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const graphOf = (path: string): SerializedNewsGraph =>
  JSON.parse(readFileSync(path, 'utf8')) as SerializedNewsGraph;

/** What must agree between two graphs: node and edge keys, each one's mentions, evidence and articles. */
function shape(g: SerializedNewsGraph): Record<string, unknown> {
  return {
    articles: g.attributes.articles.map((a) => `${a.id} ${a.hash} ${a.text?.length}`).sort(),
    nodes: Object.fromEntries(
      g.nodes.map((n) => [
        n.key,
        `${n.attributes.label}|${n.attributes.country ?? '-'}|${n.attributes.mentions.length}|${n.attributes.articles.join(',')}|${n.attributes.aliases.join(',')}`,
      ]),
    ),
    edges: Object.fromEntries(
      g.edges.map((e) => [
        e.key,
        `${e.source}>${e.target}|${e.attributes.confidence}|${e.attributes.evidence.map((x) => `${x.article}@${x.start}`).join(',')}`,
      ]),
    ),
  };
}

const SEED = '000_b57bbfb5a02c07cb.txt';
const IRAN_AIN = 'attacked:country:iran->base:ain-al-asad';

describe('extract --db', () => {
  const seeds = join(tmp, 'seeds');
  const db = join(tmp, 'news.db');

  it('builds a store whose export equals the graph extract --out builds from the same articles', async () => {
    mkdirSync(seeds);
    for (const f of readdirSync(join(root, 'seeds'))) copyFileSync(join(root, 'seeds', f), join(seeds, f));
    const out = await run('extract', seeds, '--out', join(tmp, 'graph.json'), '--no-cache', '--jobs', '2');
    expect(out.code, out.stderr).toBe(0);
    const r = await run('extract', seeds, '--db', db, '--jobs', '2', '--json');
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as Record<string, number>;
    expect([summary.added, summary.replaced, summary.unchanged, summary.stored]).toEqual([5, 0, 0, 5]);
    const e = await run('export', '--db', db, '--format', 'json', '--out', join(tmp, 'store.json'));
    expect(e.code, e.stderr).toBe(0);
    const want = graphOf(join(tmp, 'graph.json'));
    const got = graphOf(join(tmp, 'store.json'));
    expect(got.nodes.length).toBe(want.nodes.length);
    expect(got.edges.length).toBe(want.edges.length);
    expect(shape(got)).toEqual(shape(want));
    // Whole structure too, whatever the key order of attributes.
    expect(got).toEqual(want);
    const s = await run('stats', '--db', db, '--json');
    const f = await run('stats', join(tmp, 'graph.json'), '--json');
    expect(JSON.parse(s.stdout)).toEqual(JSON.parse(f.stdout));
  });

  it('filters the export like a graph file', async () => {
    const a = await run('export', '--db', db, '--out', join(tmp, 'iran-db.json'), '--country', 'Iran');
    const b = await run(
      'export',
      join(tmp, 'graph.json'),
      '--out',
      join(tmp, 'iran-file.json'),
      '--country',
      'Iran',
    );
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(shape(graphOf(join(tmp, 'iran-db.json')))).toEqual(shape(graphOf(join(tmp, 'iran-file.json'))));
  });

  it('skips unchanged articles, adds a new one, and replaces a changed one with its old relation gone', async () => {
    const rowIds = (): Record<string, number> => {
      const d = new Database(db, { readonly: true });
      const rows = d.prepare('SELECT ext_id, id FROM articles').all() as { ext_id: string; id: number }[];
      d.close();
      return Object.fromEntries(rows.map((r) => [r.ext_id, r.id]));
    };
    const before = rowIds();
    const again = await run('extract', seeds, '--db', db, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, replaced: 0, unchanged: 5 });
    expect(rowIds()).toEqual(before);

    // A sixth article: only its rows are added.
    writeFileSync(join(seeds, 'extra.txt'), ' date 2024-05\nNorge sendte soldater til Litauen i mai.\n');
    const added = await run('extract', seeds, '--db', db, '--json');
    expect(JSON.parse(added.stdout)).toMatchObject({ added: 1, replaced: 0, unchanged: 5, stored: 6 });
    const after = rowIds();
    for (const [id, row] of Object.entries(before)) expect(after[id]).toBe(row);

    // Article 000 loses the sentence that says Iran attacked Ain Al-Asad (other articles may say it too).
    const cites = (g: string): string[] =>
      (graphOf(join(tmp, g)).edges.find((x) => x.key === IRAN_AIN)?.attributes.evidence ?? []).map(
        (x) => `${x.article} ${x.sentence}`,
      );
    const said = `${SEED} Landet affyrede adskillige ballistiske missiler mod luftbasen Ain Al-Asad i det vestlige Irak.`;
    expect(cites('store.json')).toContain(said);
    const path = join(seeds, SEED);
    const text = readFileSync(path, 'utf8');
    const sentence =
      'Landet affyrede adskillige ballistiske missiler mod luftbasen Ain Al-Asad i det vestlige Irak. ';
    expect(text).toContain(sentence);
    writeFileSync(path, text.replace(sentence, ''));
    const changed = await run('extract', seeds, '--db', db, '--json');
    expect(JSON.parse(changed.stdout)).toMatchObject({ added: 0, replaced: 1, unchanged: 5 });
    const e = await run('export', '--db', db, '--out', join(tmp, 'changed.json'));
    expect(e.code, e.stderr).toBe(0);
    expect(cites('changed.json')).not.toContain(said);
    const d = new Database(db, { readonly: true });
    const left = d
      .prepare(
        `SELECT COUNT(*) FROM evidence ev JOIN sentences s ON s.id = ev.sentence
         WHERE s.text LIKE 'Landet affyrede adskillige%'`,
      )
      .pluck()
      .get();
    d.close();
    expect(left).toBe(0);
    // And the store still equals a fresh graph of the same folder.
    const out = await run('extract', seeds, '--out', join(tmp, 'changed-file.json'), '--no-cache');
    expect(out.code, out.stderr).toBe(0);
    expect(shape(graphOf(join(tmp, 'changed.json')))).toEqual(shape(graphOf(join(tmp, 'changed-file.json'))));
  });

  it('a run killed mid-way leaves a sound store of the articles committed; the next run adds the rest', async () => {
    const many = join(tmp, 'many');
    mkdirSync(many);
    const seedFiles = readdirSync(join(root, 'seeds'));
    for (let i = 0; i < 40; i++) {
      const f = seedFiles[i % seedFiles.length];
      // A line of its own makes each copy a distinct article (duplicates by text are kept once).
      writeFileSync(join(many, `${i}-${f}`), `${readFileSync(join(root, 'seeds', f), 'utf8')}\nKopi ${i}.\n`);
    }
    const killed = join(tmp, 'killed.db');
    const child = spawn(
      process.execPath,
      ['bin/newsgraph.mjs', 'extract', many, '--db', killed, '--jobs', '2'],
      {
        cwd: root,
        stdio: 'ignore',
      },
    );
    const count = (): number => {
      try {
        const d = new Database(killed, { readonly: true });
        const n = d.prepare('SELECT COUNT(*) FROM articles').pluck().get() as number;
        d.close();
        return n;
      } catch {
        return 0; // not created yet
      }
    };
    while (count() < 3) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    const d = new Database(killed);
    expect(d.pragma('integrity_check', { simple: true })).toBe('ok');
    const committed = d.prepare('SELECT COUNT(*) FROM articles').pluck().get() as number;
    // Every committed article has its rows: none without nodes.
    const bare = d
      .prepare(
        'SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_nodes n WHERE n.article = a.id)',
      )
      .pluck()
      .get();
    d.close();
    expect(committed).toBeGreaterThanOrEqual(3);
    expect(committed).toBeLessThan(40);
    expect(bare).toBe(0);
    const rest = await run('extract', many, '--db', killed, '--json');
    expect(rest.code, rest.stderr).toBe(0);
    expect(JSON.parse(rest.stdout)).toMatchObject({
      added: 40 - committed,
      unchanged: committed,
      stored: 40,
    });
  });

  it('refuses a store from a newer newsgraph in one line naming the file', async () => {
    const newer = join(tmp, 'newer.db');
    copyFileSync(db, newer);
    const d = new Database(newer);
    d.prepare("UPDATE meta SET value = '999' WHERE key = 'schema_version'").run();
    d.close();
    for (const args of [
      ['stats', '--db', newer],
      ['extract', seeds, '--db', newer],
    ]) {
      const r = await run(...args);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`${newer}: store schema version 999 is newer`);
    }
    const notStore = await run('stats', '--db', join(tmp, 'graph.json'));
    expect(notStore.code).toBe(1);
    expect(notStore.stderr).toContain('not a newsgraph store');
  });
});
