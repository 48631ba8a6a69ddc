// Synthetic news corpus for the pipeline benchmark: variations of the seed articles (names, numbers,
// paragraph and sentence order changed; dates spread), written as .txt files in nested folders plus a few
// .jsonl feeds, so a run exercises folder walking, feed reading, the workers and the cache at scale.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../src/nlp/model/random.ts';

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
  'Maria',
  'Peter',
  'Hanne',
  'Thomas',
  'Sarah',
  'David',
  'Laila',
  'Omar',
  'Fatima',
  'Ahmed',
  'John',
  'Emma',
];
const LAST = [
  'Hansen',
  'Johansen',
  'Larsen',
  'Nielsen',
  'Berg',
  'Haugen',
  'Lund',
  'Dahl',
  'Holm',
  'Strand',
  'Moen',
  'Karimi',
  'Rahman',
  'Hussein',
  'Smith',
  'Walker',
  'Brown',
  'Novak',
  'Kowalski',
  'Petrov',
  'Andersen',
];

/** The same index always gives the same article. */
const rng = seededRandom;

function shuffle<T>(list: T[], r: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export interface Template {
  lead: string;
  paragraphs: string[];
}

export function loadTemplates(seedsDir: string): Template[] {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(seedsDir, f), 'utf8').replace(/^\uFEFF?\s*date\s+\S+\s+/, '');
      const [lead, ...paragraphs] = text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean);
      return { lead, paragraphs };
    });
}

/** One article: lead first, the rest reordered, some sentences swapped, names and numbers changed. */
export function variant(t: Template, index: number): string {
  const r = rng(index * 7919 + 17);
  const names = new Map<string, string>();
  const pick = <T>(list: T[]): T => list[Math.floor(r() * list.length)];
  // "Firstname Lastname" not at a sentence start: a person-like name, mapped consistently in the article.
  const renamed = (s: string): string =>
    s.replace(/(?<=[a-zæøå,] )([A-ZÆØÅ][a-zæøåé]{2,11}) ([A-ZÆØÅ][a-zæøåé]{2,11})\b/g, (m) => {
      if (!names.has(m)) names.set(m, r() < 0.7 ? `${pick(FIRST)} ${pick(LAST)}` : m);
      return names.get(m) as string;
    });
  const numbers = (s: string): string =>
    s.replace(/\b\d{1,4}\b/g, (d) =>
      /^(19|20)\d\d$/.test(d) ? d : String(1 + Math.floor(r() * 10 ** d.length)),
    );
  const body = shuffle(t.paragraphs, r).map((p) => {
    const sentences = p.split(/(?<=[.!?])\s+(?=[A-ZÆØÅ])/);
    return (r() < 0.3 && sentences.length > 1 ? shuffle(sentences, r) : sentences).join(' ');
  });
  const month = String(1 + Math.floor(r() * 12)).padStart(2, '0');
  return ` date 20${20 + Math.floor(r() * 5)}-${month} ${[t.lead, ...body].map((p) => numbers(renamed(p))).join('\n\n')}\n`;
}

/** Writes `count` articles under `dir`: ~90% as .txt files 100 to a folder, the rest as .jsonl feeds. */
export function generateCorpus(
  seedsDir: string,
  dir: string,
  count: number,
  /** Index of the first article: a later call with first = count adds new, distinct articles. */
  first = 0,
): { articles: number; words: number } {
  const templates = loadTemplates(seedsDir);
  let words = 0;
  const feedEvery = 10;
  const feeds = new Map<string, string[]>();
  for (let i = first; i < first + count; i++) {
    const text = variant(templates[i % templates.length], i);
    words += text.split(/\s+/).filter(Boolean).length - 2; // not the date marker
    if (i % feedEvery === feedEvery - 1) {
      // A later call (first > 0) gets feeds of its own rather than overwriting earlier ones.
      const feed = `feeds/feed-${String(Math.floor(i / 1000)).padStart(2, '0')}${first ? `-from-${first}` : ''}.jsonl`;
      const lines = feeds.get(feed) ?? [];
      lines.push(JSON.stringify({ id: `n${i}`, text: text.replace(/^ date \S+ /, '') }));
      feeds.set(feed, lines);
    } else {
      const folder = join(dir, `batch-${String(Math.floor(i / 100)).padStart(3, '0')}`);
      if (i % 100 === 0 || i === 0) mkdirSync(folder, { recursive: true });
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `article-${String(i).padStart(5, '0')}.txt`), text);
    }
  }
  mkdirSync(join(dir, 'feeds'), { recursive: true });
  for (const [name, lines] of feeds) writeFileSync(join(dir, name), lines.join('\n') + '\n');
  return { articles: count, words };
}
