// Export of a large synthetic graph (20,000 nodes, 100,000 edges, 5,000 articles with text) in every
// format through the CLI's streaming path (exportGraph → writeChunksAtomic). Each format runs in its own
// Node process so one format's garbage never shows up in another's memory figures. Target: < 500 MB RSS.
//
//   npm run bench -- export            all formats
//   node --import tsx bench/export.bench.ts gexf     one format, one line of JSON
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeChunksAtomic } from '../src/cli/io.ts';
import { EXPORT_FORMATS, exportGraph } from '../src/formats/index.ts';
import type { ExportFormat } from '../src/formats/index.ts';
import { createNewsGraph, relationAllowed } from '../src/graph/index.ts';
import type { EntityType, Evidence, NewsGraph, RelationType } from '../src/graph/index.ts';

const NODES = 20_000;
const EDGES = 100_000;
const ARTICLES = 5_000;
const MB = 1024 * 1024;

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same graph. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'angreb styrker basen soldater regeringen forsvarsminister missil drone udtalte ministeriet hæren flyvevåben ' +
  'angrep regjeringen sa uttalte talsmann attack troops base minister said army forces "citat" <b> & æøå 🔥 قصف 伊朗';

export function syntheticGraph(): NewsGraph {
  const rnd = random(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const words = WORDS.split(' ');
  const sentence = (): string => {
    const n = 12 + Math.floor(rnd() * 20);
    const w: string[] = [];
    for (let i = 0; i < n; i++) w.push(pick(words));
    return w.join(' ') + '.';
  };
  const g = createNewsGraph({ name: 'synthetic' });
  const articles = g.getAttribute('articles');
  const sentences: { article: string; sentence: string; start: number; end: number }[][] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const id = `article-${i}`;
    const parts: string[] = [];
    const spans: { article: string; sentence: string; start: number; end: number }[] = [];
    let offset = 0;
    for (let s = 0; s < 10; s++) {
      const text = sentence();
      spans.push({ article: id, sentence: text, start: offset, end: offset + text.length });
      parts.push(text);
      offset += text.length + 1;
    }
    articles.push({ id, file: `${id}.txt`, lang: pick(['da', 'nb', 'en'] as const), text: parts.join(' ') });
    sentences.push(spans);
  }

  const mix: [EntityType, number][] = [
    ['country', 200],
    ['person', 8000],
    ['organisation', 6000],
    ['base', 1800],
    ['place', 4000],
  ];
  const byType = new Map<EntityType, string[]>();
  const countries: string[] = [];
  for (const [type, count] of mix) {
    const keys: string[] = [];
    for (let i = 0; i < count; i++) {
      const key = `${type}:${type}-${i}`;
      const label = `${pick(words)} ${type} ${i}`;
      const article = `article-${Math.floor(rnd() * ARTICLES)}`;
      g.addNode(key, {
        label,
        type,
        aliases: [label, `${type.toUpperCase()}-${i}`],
        mentions: [{ article, sentence: 0, start: 0, end: 5, text: label }],
        articles: [article],
        x: rnd() * 1000,
        y: rnd() * 1000,
        ...(type !== 'country' && countries.length ? { country: pick(countries) } : {}),
        ...(type === 'person' ? { title: pick(['general', 'minister', 'talsmann']) } : {}),
      });
      keys.push(key);
      if (type === 'country') countries.push(key);
    }
    byType.set(type, keys);
  }
  if (g.order !== NODES) throw new Error(`expected ${NODES} nodes, built ${g.order}`);

  const relations: RelationType[] = ['attacked', 'stationed-at', 'stated'];
  const types = mix.map(([t]) => t);
  while (g.size < EDGES) {
    const type = pick(relations);
    const st = pick(types);
    const tt = pick(types);
    if (!relationAllowed(type, st, tt)) continue;
    const source = pick(byType.get(st)!);
    const target = pick(byType.get(tt)!);
    const key = `${type}:${source}->${target}`;
    if (source === target || g.hasEdge(key)) continue;
    const evidence: Evidence[] = [];
    const n = 1 + Math.floor(rnd() * 3);
    for (let i = 0; i < n; i++) {
      const span = pick(pick(sentences));
      evidence.push({ ...span, trigger: pick(words), confidence: Math.round(rnd() * 100) / 100 });
    }
    if (type === 'stated') evidence[0].quote = sentence();
    const edgeArticles = [...new Set(evidence.map((e) => e.article))];
    g.addDirectedEdgeWithKey(key, source, target, {
      type,
      evidence,
      confidence: Math.max(...evidence.map((e) => e.confidence ?? 0)),
      articles: edgeArticles,
      ...(rnd() < 0.5 ? { date: '2024-01-15' } : {}),
    });
  }
  return g;
}

interface Figures {
  format: string;
  files: number;
  bytes: number;
  seconds: number;
  baseRss: number;
  baseHeap: number;
  peakRss: number;
  peakHeap: number;
}

/** Passes chunks through, sampling memory every 2,000 chunks (the writer awaits between flushes). */
function* sampled(chunks: Iterable<string>, peak: { rss: number; heap: number }): Generator<string> {
  let n = 0;
  for (const c of chunks) {
    if (++n % 2000 === 0) {
      const m = process.memoryUsage();
      peak.rss = Math.max(peak.rss, m.rss);
      peak.heap = Math.max(peak.heap, m.heapUsed);
    }
    yield c;
  }
}

async function runOne(format: ExportFormat): Promise<Figures> {
  const graph = syntheticGraph();
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage();
  const peak = { rss: base.rss, heap: base.heapUsed };
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const started = performance.now();
  let bytes = 0;
  const files = exportGraph(graph, format);
  try {
    for (const f of files) bytes += await writeChunksAtomic(join(dir, f.name), sampled(f.chunks(), peak));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const seconds = (performance.now() - started) / 1000;
  const end = process.memoryUsage();
  return {
    format,
    files: files.length,
    bytes,
    seconds,
    baseRss: base.rss,
    baseHeap: base.heapUsed,
    peakRss: Math.max(peak.rss, end.rss),
    peakHeap: Math.max(peak.heap, end.heapUsed),
  };
}

const self = fileURLToPath(import.meta.url);
const only = process.argv[2] as ExportFormat | undefined;

if (only) {
  if (!(EXPORT_FORMATS as readonly string[]).includes(only)) throw new Error(`unknown format ${only}`);
  process.stdout.write(JSON.stringify(await runOne(only)) + '\n');
} else {
  process.stdout.write(
    `export: ${NODES} nodes, ${EDGES} edges, ${ARTICLES} articles; each format in its own process\n` +
      'graph RSS = the process holding the synthetic graph before export; export RSS = peak minus that\n' +
      'format      files      MB   seconds  graph RSS MB  peak RSS MB  export RSS MB  graph heap MB  peak heap MB\n',
  );
  let over = 0;
  for (const format of EXPORT_FORMATS) {
    const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, format], {
      encoding: 'utf8',
      maxBuffer: 16 * MB,
    });
    if (r.status !== 0) {
      process.stdout.write(
        `${format.padEnd(10)}  failed: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}\n`,
      );
      over++;
      continue;
    }
    const f = JSON.parse(r.stdout.trim().split('\n').pop()!) as Figures;
    if (f.peakRss > 500 * MB) over++;
    process.stdout.write(
      `${f.format.padEnd(10)} ${String(f.files).padStart(6)} ${(f.bytes / MB).toFixed(1).padStart(7)} ` +
        `${f.seconds.toFixed(2).padStart(9)} ${(f.baseRss / MB).toFixed(0).padStart(13)} ` +
        `${(f.peakRss / MB).toFixed(0).padStart(12)} ${((f.peakRss - f.baseRss) / MB).toFixed(0).padStart(14)} ` +
        `${(f.baseHeap / MB).toFixed(0).padStart(14)} ${(f.peakHeap / MB).toFixed(0).padStart(13)}\n`,
    );
  }
  process.stdout.write(
    over ? `${over} format(s) over 500 MB or failed\n` : 'all formats under 500 MB peak RSS\n',
  );
  process.exitCode = over ? 1 : 0;
}
