import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addArticle, addRelation, createNewsGraph, serializeGraph, upsertNode } from '../graph/index.ts';
import type { ArticleMeta, SerializedNewsGraph } from '../graph/index.ts';
import { rebuildGraph } from './read.ts';
import { refresh } from './refresh.ts';
import { openStore, SCHEMA_VERSION, StoreError } from './schema.ts';
import { StoreWriter } from './write.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** One article's graph: `who` attacked `whom`, said in the article's only sentence. */
function articleGraph(
  id: string,
  who: string,
  whom: string,
): { graph: SerializedNewsGraph; meta: ArticleMeta & { text: string; hash: string } } {
  const text = `${who} attacked ${whom}.`;
  const meta = { id, file: `${id}.txt`, lang: 'en' as const, text, hash: `h-${text}` };
  const g = createNewsGraph();
  addArticle(g, meta);
  const a = upsertNode(g, {
    key: `country:${who.toLowerCase()}`,
    label: who,
    type: 'country',
    mentions: [{ article: id, sentence: 0, start: 0, end: who.length, text: who }],
  });
  const start = text.indexOf(whom);
  const b = upsertNode(g, {
    key: `country:${whom.toLowerCase()}`,
    label: whom,
    type: 'country',
    mentions: [{ article: id, sentence: 0, start, end: start + whom.length, text: whom }],
  });
  addRelation(g, {
    type: 'attacked',
    source: a,
    target: b,
    evidence: [
      { article: id, sentence: text, start: 0, end: text.length, trigger: 'attacked', confidence: 0.6 },
    ],
  });
  return { graph: serializeGraph(g), meta };
}

describe('store', () => {
  it('keeps the last committed rows when a transaction fails half-way (a killed run)', () => {
    const db = openStore(join(dir, 's.db'), { create: true });
    const w = new StoreWriter(db);
    const first = articleGraph('a1', 'Iran', 'Iraq');
    w.transaction(() => w.put(first.graph, first.meta, 'x'));
    const changed = articleGraph('a1', 'Russia', 'Ukraine');
    expect(() =>
      w.transaction(() => {
        w.put(changed.graph, changed.meta, 'x');
        throw new Error('killed');
      }),
    ).toThrow('killed');
    const g = rebuildGraph(db);
    expect(g.nodes().sort()).toEqual(['country:iran', 'country:iraq']);
    expect(g.edges()).toEqual(['attacked:country:iran->country:iraq']);
    expect(db.prepare('SELECT COUNT(*) FROM entities').pluck().get()).toBe(2);
    // The writer's caches forgot the rolled-back rows: the next put works.
    w.transaction(() => w.put(changed.graph, changed.meta, 'x'));
    expect(rebuildGraph(db).edges()).toEqual(['attacked:country:russia->country:ukraine']);
    db.close();
  });

  it('replaces a changed article: its old relation is gone after refresh, the other article stays', () => {
    const db = openStore(join(dir, 's.db'), { create: true });
    const w = new StoreWriter(db);
    for (const x of [articleGraph('a1', 'Iran', 'Iraq'), articleGraph('a2', 'Iran', 'Israel')])
      w.transaction(() => w.put(x.graph, x.meta, 'x'));
    refresh(db);
    const edges = (): string[] =>
      (
        db
          .prepare(
            `SELECT s.key || '>' || t.key AS k FROM c_edges e JOIN c_nodes s ON s.id = e.source
             JOIN c_nodes t ON t.id = e.target ORDER BY k`,
          )
          .pluck()
          .all() as string[]
      ).map(String);
    expect(edges()).toEqual(['country:iran>country:iraq', 'country:iran>country:israel']);
    const changed = articleGraph('a1', 'Iran', 'Syria');
    w.transaction(() => w.put(changed.graph, changed.meta, 'x'));
    refresh(db);
    expect(edges()).toEqual(['country:iran>country:israel', 'country:iran>country:syria']);
    // Iraq's entity and the old sentence were swept with the article's rows.
    expect(db.prepare("SELECT COUNT(*) FROM entities WHERE key = 'country:iraq'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM sentences').pluck().get()).toBe(2);
    expect(
      db.prepare("SELECT COUNT(*) FROM sentences_fts WHERE sentences_fts MATCH 'Iraq'").pluck().get(),
    ).toBe(0);
    db.close();
  });

  it('stores an evidence sentence once however many articles cite it', () => {
    const db = openStore(join(dir, 's.db'), { create: true });
    const w = new StoreWriter(db);
    const a = articleGraph('a1', 'Iran', 'Iraq');
    const b = articleGraph('a2', 'Iran', 'Iraq');
    w.transaction(() => w.put(a.graph, a.meta, 'x'));
    w.transaction(() => w.put(b.graph, { ...b.meta, hash: 'other' }, 'x'));
    expect(db.prepare('SELECT COUNT(*) FROM sentences').pluck().get()).toBe(1);
    expect(db.prepare('SELECT COUNT(*) FROM evidence').pluck().get()).toBe(2);
    db.close();
  });

  it('refuses a store of a newer schema version, naming the file', () => {
    const path = join(dir, 'new.db');
    openStore(path, { create: true }).close();
    const raw = new Database(path);
    raw.prepare("UPDATE meta SET value = ? WHERE key = 'schema_version'").run(String(SCHEMA_VERSION + 1));
    raw.close();
    expect(() => openStore(path)).toThrow(StoreError);
    expect(() => openStore(path)).toThrow(`${path}: store schema version ${SCHEMA_VERSION + 1} is newer`);
  });

  it('refuses an older store it has no upgrade for, and a file that is not a store', () => {
    const path = join(dir, 'old.db');
    openStore(path, { create: true }).close();
    const raw = new Database(path);
    raw.prepare("UPDATE meta SET value = '0' WHERE key = 'schema_version'").run();
    raw.close();
    expect(() => openStore(path)).toThrow(`${path}: newsgraph store without a valid schema version`);
    const other = join(dir, 'other.db');
    new Database(other).exec('CREATE TABLE t (x)');
    expect(() => openStore(other)).toThrow(`${other}: not a newsgraph store`);
    const text = join(dir, 'graph.json');
    writeFileSync(text, '{"nodes": []}');
    expect(() => openStore(text)).toThrow(StoreError);
    expect(() => openStore(join(dir, 'missing.db'))).toThrow('no such store');
  });
});
