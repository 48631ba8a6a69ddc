/**
 * The per-article cache: what each article gave, keyed by a hash of the article (id, file, metadata, text)
 * and the extractor's version, so a changed article or a new extractor misses.
 *
 * Entries are appended to log files under DIR/log/, one file per writer (a worker thread, or the main
 * thread) and run, never shared, so writers need no locks. One file per article would cost an inode each:
 * on ext4, creating ten thousand files while older ones were just deleted costs a cold run more than a
 * tenth of its time, in the kernel, and two workers queue for it. A record is a header line
 * `{"key","extractor","format","sha256","mac","signer","bytes"}` and then `bytes` bytes of the graph's JSON and a
 * newline. A torn or damaged record is ignored (its article is extracted again and appended again), and so
 * is one whose `mac` (an HMAC of key and checksum under the cache's own secret, see cache-dir.ts) does not
 * match: a record written by anyone but this cache's owner.
 *
 * The key binds an entry to the exact article (its text's hash and metadata) and the exact extractor code
 * (a hash of every file the worker bundle is built from), so an edited rule misses even without a version
 * bump.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  constants,
  openSync,
  readdirSync,
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
import { isOwnFile, LOG_NAME, mac, readOwnFile } from './cache-dir.ts';

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Bumped when what an entry holds changes shape (see compact.ts), so older entries are not misread. */
const ENTRY_FORMAT = '4';

/** A log is closed and the next one started past this size, so no file is too large to read at once. */
const LOG_LIMIT = 64 * 1024 * 1024;

/**
 * `textHash` is sha256(article.text), which the caller has already computed to find duplicates;
 * `codeHash` identifies the extractor's code (prebuilt.ts).
 */
export function cacheKey(article: ArticleInput, textHash: string, codeHash: string): string {
  const { id, file, title = '', date = '', lang = '' } = article;
  return sha256(
    [EXTRACTOR_VERSION, ENTRY_FORMAT, codeHash, id, file, title, date, lang, textHash].join('\u0000'),
  );
}

const logFolder = (dir: string): string => join(dir, 'log');

interface Header {
  key: string;
  extractor: string;
  format: string;
  sha256: string;
  mac: string;
  /** Which cache key signed it (a hash of the secret): records of a replaced key are dead weight. */
  signer: string;
  bytes: number;
}

/** Names the secret without revealing it. */
const signerOf = (secret: string): string => sha256(`newsgraph cache signer\u0000${secret}`).slice(0, 16);

/** Appends entries to logs of its own. Synchronous: one write per entry, and no thread-pool round trips. */
export class CacheLog {
  private fd: number | null = null;
  private size = 0;
  private failed = false;

  constructor(
    private readonly dir: string,
    private readonly secret: string,
  ) {}

  /** `graphJson` is the per-article graph, validated and serialized. */
  write(key: string, graphJson: string): void {
    if (this.failed) return;
    // A cache that cannot be written costs speed next time, not this run's result.
    try {
      const body = Buffer.from(graphJson);
      const checksum = sha256(body);
      const header: Header = {
        key,
        extractor: EXTRACTOR_VERSION,
        format: ENTRY_FORMAT,
        sha256: checksum,
        mac: mac(this.secret, key, checksum),
        signer: signerOf(this.secret),
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
    // The folder was checked by openCacheDir; the log is new, never a link, and readable by its owner only.
    const name = `${Date.now()}-${process.pid}-${threadId}-${Math.random().toString(36).slice(2, 8)}.log`;
    const flags =
      constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
    this.fd = openSync(join(logFolder(this.dir), name), flags, 0o600);
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

  private readonly signer: string;

  constructor(
    dir: string,
    private readonly secret: string,
    wanted?: ReadonlySet<string>,
  ) {
    this.signer = signerOf(secret);
    let names: string[];
    try {
      names = readdirSync(logFolder(dir)).filter((f) => LOG_NAME.test(f));
    } catch {
      return; // no cache yet
    }
    for (const name of names.sort()) {
      const path = join(logFolder(dir), name);
      const log = readOwnFile(path);
      if (!log) continue;
      const { live, total } = this.scan(log, wanted);
      // A log whose every record is for another extractor, format or key is dropped, so the cache does not
      // grow with each version.
      if (total > 0 && live === 0 && isOwnFile(path)) rmSync(path, { force: true });
    }
  }

  /**
   * The cached graph, or null when absent, damaged or not written by this cache's owner (the checksum and
   * its HMAC stand in for validating it again).
   */
  get(key: string): SerializedNewsGraph | null {
    const r = this.records.get(key);
    if (!r) return null;
    const body = r.log.subarray(r.start, r.start + r.header.bytes);
    const checksum = sha256(body);
    if (checksum !== r.header.sha256 || mac(this.secret, key, checksum) !== r.header.mac) return null;
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

  /** Records of this extractor, format and key (`live`) among all whole records of one log. */
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
      if (
        header.extractor === EXTRACTOR_VERSION &&
        header.format === ENTRY_FORMAT &&
        header.signer === this.signer
      ) {
        live++;
        if (!wanted || wanted.has(header.key)) this.records.set(header.key, { log, header, start });
      }
      at = end + 1;
    }
    return { live, total };
  }
}

let tmpCounter = 0;

/**
 * Temporary file beside the target, then rename: readers see the old file or the new one, never half.
 * Readable by its owner only, as everything in the cache (cache-dir.ts trusts no file others can write).
 */
export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.${tmpCounter++}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, data, { mode: 0o600, flag: 'wx' });
  renameSync(tmp, path);
}
