// Store benchmark (issue 15). Extraction on this machine runs at tens of articles per second, so the store is
// measured in two parts:
//  1. real: BENCH_REAL (default 400) synthetic articles (bench/corpus-gen.ts's seed variants, each with two
//     people of generated names) through `extract --db --jobs 2`: articles/s and peak memory end to end;
//  2. scale: the store grown to each size in BENCH_STORE_SIZES (default 20000,50000) with those articles'
//     own graphs (read back from the store), people renamed from a pool of generated names and sentences
//     made unique, written article by article as `extract --db` writes them: articles/s of the store
//     alone, peak memory, bytes per article, the refresh, and `serve`'s latencies (p50/p95 over real HTTP
//     requests, one at a time, on 127.0.0.1) for the overview, a country filter, a depth-2 neighbourhood,
//     a name search and a full-text evidence search;
//  3. the time `extract --db --jobs 2` takes to add 100 real articles to the largest store.
// Prints figures; asserts nothing.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeKey } from '../src/graph/index.ts';
import type { SerializedNewsGraph } from '../src/graph/index.ts';
import { seededRandom } from '../src/nlp/model/random.ts';
import { extractorId } from '../src/store/ingest.ts';
import { ArticleReader, articleRowIds } from '../src/store/read.ts';
import { refresh } from '../src/store/refresh.ts';
import { openStore } from '../src/store/schema.ts';
import { storeStats } from '../src/store/stats.ts';
import { StoreWriter } from '../src/store/write.ts';
import { loadTemplates, variant } from './corpus-gen.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = (process.env.BENCH_STORE_SIZES ?? '20000,50000').split(',').map(Number);
const jobs = process.env.BENCH_JOBS ?? '2';
const tmp = process.env.BENCH_DIR ?? mkdtempSync(join(tmpdir(), 'newsgraph-bench-store-'));
const realDb = join(tmp, 'real.db');
const db = join(tmp, 'news.db');
const templates = loadTemplates(join(root, 'seeds'));

const FIRST = [
  'Anna',
  'Lars',
  'Mette',
  'Jonas',
  'Ingrid',
  'Henrik',
  'Sofie',
  'Erik',
  'Kari',
  'Mikkel',
  'Astrid',
  'Ole',
];
const PRE = [
  'Berg',
  'Dal',
  'Holm',
  'Lind',
  'Mos',
  'Fjeld',
  'Skov',
  'Strand',
  'Vik',
  'Hau',
  'Kvi',
  'Ros',
  'Sol',
  'Tor',
];
const MID = ['', 'a', 'e', 'i', 'ar', 'er', 'en', 'el', 'on', 'ul', 'ing', 'and', 'var', 'vik', 'rud'];
const END = ['sen', 'gaard', 'strøm', 'lund', 'by', 'holt', 'mark', 'heim', 'dahl', 'berg'];
const ORGS = [
  'Venstre',
  'Forsvarsministeriet',
  'Udenrigsministeriet',
  'Dansk Folkeparti',
  'Socialdemokratiet',
];

/** Writes articles [from, to) as .txt files, 1000 to a folder: a seed variant plus two generated people. */
function generate(corpus: string, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const r = seededRandom(i * 104729 + 7);
    const pick = <T>(list: T[]): T => list[Math.floor(r() * list.length)];
    const person = (): string => `${pick(FIRST)} ${pick(PRE)}${pick(MID)}${pick(END)}`;
    const extra =
      `\n\nDet er helt uacceptabelt, siger ${person()}, talsperson for ${pick(ORGS)}, til avisen.` +
      `\n\nIfølge ${person()} fra ${pick(ORGS)} er der ingen sårede.\n`;
    const folder = join(corpus, `b${String(Math.floor(i / 1000)).padStart(4, '0')}`);
    if (i % 1000 === 0 || i === from) mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, `a${String(i).padStart(7, '0')}.txt`),
      variant(templates[i % templates.length], i).trimEnd() + extra,
    );
  }
}

interface Extracted {
  seconds: number;
  added: number;
  peakRssMB: number;
  nodes: number;
  edges: number;
  stored: number;
}

function extract(inputs: string, store: string): Extracted {
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    [join(root, 'bin/newsgraph.mjs'), 'extract', inputs, '--db', store, '--jobs', jobs, '--json', '--quiet'],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (r.status !== 0 && r.status !== 2) throw new Error(`extract: exit ${r.status}\n${r.stderr}`);
  const s = JSON.parse(r.stdout) as Omit<Extracted, 'seconds'>;
  return { ...s, seconds: (performance.now() - t0) / 1000 };
}

/** Article `i` of the scaled store: template `i mod n`, its people renamed, its sentences made unique. */
function scaled(g: SerializedNewsGraph, i: number, names: string[]): SerializedNewsGraph {
  const r = seededRandom(i * 7919 + 3);
  const rename = new Map<string, string>();
  const keyOf = (k: string): string => rename.get(k) ?? k;
  const used = new Set(g.nodes.map((n) => n.key));
  const id = `s${String(i).padStart(7, '0')}`;
  const tag = ` [${i}]`;
  const meta = { ...g.attributes.articles[0], id, file: `${id}.txt` };
  meta.text = `${meta.text ?? ''}${tag}`;
  const nodes = g.nodes.map((n) => {
    const a = n.attributes;
    if (a.type !== 'person')
      return { key: n.key, attributes: { ...a, mentions: a.mentions.map((m) => ({ ...m, article: id })) } };
    // A name no other node of this article has (a graph never holds one key twice).
    let name: string;
    do name = `${a.label.split(' ')[0]} ${names[Math.floor(r() * names.length)]}`;
    while (used.has(nodeKey('person', name)));
    used.add(nodeKey('person', name));
    rename.set(n.key, nodeKey('person', name));
    return {
      key: keyOf(n.key),
      attributes: {
        ...a,
        label: name,
        aliases: [name],
        mentions: a.mentions.map((m) => ({ ...m, article: id })),
      },
    };
  });
  const edges = g.edges.map((e) => ({
    source: keyOf(e.source),
    target: keyOf(e.target),
    attributes: {
      ...e.attributes,
      evidence: e.attributes.evidence.map((x) => ({ ...x, article: id, sentence: x.sentence + tag })),
    },
  }));
  return { ...g, attributes: { ...g.attributes, articles: [meta] }, nodes, edges };
}

const storeBytes = (): number =>
  ['', '-wal', '-shm'].reduce((n, ext) => {
    try {
      return n + statSync(db + ext).size;
    } catch {
      return n;
    }
  }, 0);

async function serveLatencies(): Promise<Record<string, { p50: number; p95: number }>> {
  const child = spawn(
    process.execPath,
    [join(root, 'bin/newsgraph.mjs'), 'serve', '--db', db, '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /explorer: (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1].replace(/\/$/, ''));
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
  });
  try {
    const getJson = async (path: string): Promise<unknown> => {
      const res = await fetch(url + path);
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    // A mid-ranked person for the neighbourhood: a hub's depth-2 neighbourhood is most of the graph.
    const persons = ((await getJson('/api/search/names?q=anna&limit=200')) as { results: { key: string }[] })
      .results;
    const actor = persons[Math.floor(persons.length / 2)]?.key ?? 'country:iran';
    const r = seededRandom(99);
    const queries: Record<string, () => string> = {
      overview: () => '/api/overview?limit=150',
      'country filter': () => '/api/graph?country=Iran&limit=300',
      'depth-2 neighbourhood': () =>
        `/api/neighbourhood?actor=${encodeURIComponent(actor)}&depth=2&limit=300`,
      'name search': () =>
        `/api/search/names?q=${PRE[Math.floor(r() * PRE.length)]}${MID[1 + Math.floor(r() * 5)]}`,
      'evidence search': () =>
        `/api/search/evidence?q=${['missiler luftbasen', 'soldater Irak', 'angreb', 'præsident'][Math.floor(r() * 4)]}`,
    };
    const out: Record<string, { p50: number; p95: number }> = {};
    for (const [name, q] of Object.entries(queries)) {
      for (let i = 0; i < 3; i++) await getJson(q()); // warm-up
      const times: number[] = [];
      for (let i = 0; i < 40; i++) {
        const t = performance.now();
        await getJson(q());
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      out[name] = {
        p50: times[Math.floor(times.length * 0.5)],
        p95: times[Math.ceil(times.length * 0.95) - 1],
      };
    }
    return out;
  } finally {
    child.kill('SIGTERM');
  }
}

const fmt = (n: number, d = 0): string =>
  n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

process.stdout.write(`store benchmark in ${tmp}, --jobs ${jobs}\n\n`);
const real = Number(process.env.BENCH_REAL ?? 400);
generate(join(tmp, 'real'), 0, real);
const e = extract(join(tmp, 'real'), realDb);
process.stdout.write(
  `real: ${fmt(e.added)} articles extracted into a new store in ${fmt(e.seconds, 1)} s = ` +
    `${fmt(e.added / e.seconds, 1)} articles/s, peak RSS ${fmt(e.peakRssMB)} MB\n\n`,
);

// Each template article's own graph, as the store holds it.
const source = openStore(realDb, { readonly: true });
const reader = new ArticleReader(source);
const graphs = articleRowIds(source)
  .map((id) => reader.graph(id))
  .filter((g): g is SerializedNewsGraph => g !== undefined);
source.close();
const r0 = seededRandom(5);
const names = Array.from({ length: 40_000 }, () => {
  const pick = <T>(list: T[]): T => list[Math.floor(r0() * list.length)];
  return `${pick(PRE)}${pick(MID)}${pick(END)}${pick(['', 'e', 'a', 'o'])}`;
});

const store = openStore(db, { create: true });
const writer = new StoreWriter(store);
let have = 0;
for (const size of sizes) {
  const t0 = performance.now();
  for (; have < size; have++) {
    const g = scaled(graphs[have % graphs.length], have, names);
    const meta = g.attributes.articles[0];
    writer.transaction(() =>
      writer.put(g, { ...meta, text: meta.text ?? '', hash: `h${have}` }, extractorId()),
    );
  }
  const wrote = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  refresh(store);
  const refreshed = (performance.now() - t1) / 1000;
  store.pragma('wal_checkpoint(TRUNCATE)');
  const stats = storeStats(store, 1);
  const bytes = storeBytes();
  process.stdout.write(
    `${fmt(size)} articles: written in ${fmt(wrote, 1)} s, refresh ${fmt(refreshed, 1)} s; ` +
      `peak RSS ${fmt(process.resourceUsage().maxRSS / 1024)} MB; store ${fmt(bytes / 1048576, 1)} MB = ` +
      `${fmt(bytes / size)} bytes/article; ${fmt(stats.nodes)} nodes (${fmt(stats.nodesByType.person ?? 0)} people), ${fmt(stats.edges)} edges\n`,
  );
  const lat = await serveLatencies();
  for (const [name, l] of Object.entries(lat))
    process.stdout.write(
      `  serve ${name.padEnd(22)} p50 ${fmt(l.p50, 1).padStart(7)} ms   p95 ${fmt(l.p95, 1).padStart(7)} ms\n`,
    );
}
store.close();
generate(join(tmp, 'more'), real, real + 100);
const add = extract(join(tmp, 'more'), db);
process.stdout.write(
  `\nadding 100 real articles to ${fmt(have)}: ${fmt(add.seconds, 1)} s (+${add.added}), peak RSS ${fmt(add.peakRssMB)} MB\n`,
);
if (!process.env.BENCH_DIR && !process.env.BENCH_KEEP) rmSync(tmp, { recursive: true, force: true });
