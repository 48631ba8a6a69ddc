/**
 * The per-article cache: what each article gave, keyed by a hash of the article (id, file, metadata, text)
 * and the extractor's version, so a changed article or a new extractor misses.
 *
 * Entries are appended to log files under DIR/log/, one file per writer (a worker thread, or the main
 * thread) and run, never shared, so writers need no locks. One file per article would cost an inode each:
 * on ext4, creating ten thousand files while older ones were just deleted costs a cold run more than a
 * tenth of its time, in the kernel, and two workers queue for it. A record is a header line
 * `{"key","extractor","format","sha256","bytes"}` and then `bytes` bytes of the graph's JSON and a newline.
 * A torn or damaged record is ignored (its article is extracted again and appended again).
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { ArticleInput } from '../articles/types.ts';
import { EXTRACTOR_VERSION } from '../extract/version.ts';
import type { SerializedNewsGraph } from '../graph/index.ts';

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Bumped when what an entry holds changes shape (see compact.ts), so older entries are not misread. */
const ENTRY_FORMAT = '3';

/** A log is closed and the next one started past this size, so no file is too large to read at once. */
const LOG_LIMIT = 64 * 1024 * 1024;

/** `textHash` is sha256(article.text), which the caller has already computed to find duplicates. */
export function cacheKey(article: ArticleInput, textHash = sha256(article.text)): string {
  const { id, file, title = '', date = '', lang = '' } = article;
  return sha256([EXTRACTOR_VERSION, ENTRY_FORMAT, id, file, title, date, lang, textHash].join('\u0000'));
}

const logFolder = (dir: string): string => join(dir, 'log');

interface Header {
  key: string;
  extractor: string;
  format: string;
  sha256: string;
  bytes: number;
}

/** Appends entries to logs of its own. Synchronous: one write per entry, and no thread-pool round trips. */
export class CacheLog {
  private fd: number | null = null;
  private size = 0;
  private failed = false;

  constructor(private readonly dir: string) {}

  /** `graphJson` is the per-article graph, validated and serialized. */
  write(key: string, graphJson: string): void {
    if (this.failed) return;
    // A cache that cannot be written costs speed next time, not this run's result.
    try {
      const body = Buffer.from(graphJson);
      const header: Header = {
        key,
        extractor: EXTRACTOR_VERSION,
        format: ENTRY_FORMAT,
        sha256: sha256(body),
        bytes: body.length,
      };
      const record = Buffer.concat([Buffer.from(JSON.stringify(header) + '\n'), body, Buffer.from('\n')]);
      if (this.fd === null || this.size > LOG_LIMIT) this.open();
      writeSync(this.fd as number, record);
      this.size += record.length;
    } catch {
      this.failed = true;
    }
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  private open(): void {
    this.close();
    const folder = logFolder(this.dir);
    mkdirSync(folder, { recursive: true });
    const name = `${Date.now()}-${process.pid}-${threadId}-${Math.random().toString(36).slice(2, 8)}.log`;
    this.fd = openSync(join(folder, name), 'a');
    this.size = 0;
  }
}

interface Located {
  log: Buffer;
  header: Header;
  start: number;
}

/**
 * Every record in DIR/log/, found by key. Reading a few large files at once is much faster than opening
 * one per article; the bodies are only checked and parsed when asked for.
 */
export class CacheIndex {
  private readonly records = new Map<string, Located>();

  constructor(dir: string, wanted?: ReadonlySet<string>) {
    let names: string[];
    try {
      names = readdirSync(logFolder(dir)).filter((f) => f.endsWith('.log'));
    } catch {
      return; // no cache yet
    }
    for (const name of names.sort()) {
      const path = join(logFolder(dir), name);
      let log: Buffer;
      try {
        log = readFileSync(path);
      } catch {
        continue;
      }
      const { live, total } = this.scan(log, wanted);
      // A log whose every record is for another extractor or format is dropped, so the cache does not grow
      // with each version.
      if (total > 0 && live === 0) rmSync(path, { force: true });
    }
  }

  /** The cached graph, or null when absent or damaged (the checksum stands in for validating it again). */
  get(key: string): SerializedNewsGraph | null {
    const r = this.records.get(key);
    if (!r) return null;
    const body = r.log.subarray(r.start, r.start + r.header.bytes);
    if (sha256(body) !== r.header.sha256) return null;
    try {
      const graph = JSON.parse(body.toString('utf8')) as SerializedNewsGraph;
      return Array.isArray(graph.nodes) &&
        Array.isArray(graph.edges) &&
        Array.isArray(graph.attributes?.articles)
        ? graph
        : null;
    } catch {
      return null;
    }
  }

  /** Records of this extractor and format (`live`) among all whole records of one log. */
  private scan(log: Buffer, wanted: ReadonlySet<string> | undefined): { live: number; total: number } {
    let live = 0;
    let total = 0;
    let at = 0;
    while (at < log.length) {
      const nl = log.indexOf(0x0a, at);
      if (nl < 0) break;
      let header: Header;
      try {
        header = JSON.parse(log.toString('utf8', at, nl)) as Header;
      } catch {
        break; // a damaged header: where the next record starts is unknown
      }
      const start = nl + 1;
      const end = start + (Number.isInteger(header.bytes) && header.bytes >= 0 ? header.bytes : Infinity);
      if (end >= log.length || log[end] !== 0x0a) break; // torn at the end
      total++;
      if (header.extractor === EXTRACTOR_VERSION && header.format === ENTRY_FORMAT) {
        live++;
        if (!wanted || wanted.has(header.key)) this.records.set(header.key, { log, header, start });
      }
      at = end + 1;
    }
    return { live, total };
  }
}

let tmpCounter = 0;

/** Temporary file beside the target, then rename: readers see the old file or the new one, never half. */
export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.${tmpCounter++}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}
