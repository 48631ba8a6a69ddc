/**
 * The whole-corpus result cache: when a run meets exactly the articles of the last run (same texts, same
 * metadata, same extractor), the graph file that run wrote is the answer, and re-reading ten thousand
 * per-article entries, merging and serializing again would only rebuild the same bytes. Kept under
 * DIR/corpus/: `<key>.json` (the graph file, hard-linked to the output when the file system allows) and
 * `<key>.meta.json` (size, modification time and inode of that file, where its builtAt sits, summary
 * figures). Only the latest result is kept: it is as large as the graph.
 *
 * The file is trusted when its size, modification time and inode are the ones recorded, as make and git
 * trust a file's stat: an edit (also of the hard-linked output, in place) changes its modification time.
 * Reading and hashing 170 MB would cost a warm run more than everything else it does.
 */
import {
  closeSync,
  copyFileSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { EXTRACTOR_VERSION } from '../extract/version.ts';
import type { GraphStats } from '../graph/index.ts';
import { sha256, writeFileAtomicSync } from './cache.ts';
import { isOwnFile, mac, readOwnFile, RESULT_NAME, TEMP_NAME } from './cache-dir.ts';
import type { CacheDir } from './cache-dir.ts';

export interface CorpusResultMeta {
  key: string;
  extractor: string;
  bytes: number;
  mtimeMs: number;
  ino: number;
  /** Byte offset of the builtAt value (an ISO time, 24 characters) in the file; -1 when there is none. */
  builtAtOffset: number;
  stats: GraphStats;
  words: number;
  /** HMAC of the other fields under the cache's key (cache-dir.ts): a meta file not written by us fails. */
  mac?: string;
}

const BUILT_AT = Buffer.from('"builtAt":"');
const ISO_LENGTH = 24;

/** Keyed by every unique article's cache key, in merge order, and whether a builtAt is recorded. */
export function corpusKey(articleKeys: string[], withBuiltAt: boolean): string {
  return sha256([EXTRACTOR_VERSION, withBuiltAt ? 'builtAt' : '', ...articleKeys].join('\n'));
}

const folder = (cacheDir: string): string => join(cacheDir, 'corpus');
const graphPath = (cacheDir: string, key: string): string => join(folder(cacheDir), `${key}.json`);
const metaPath = (cacheDir: string, key: string): string => join(folder(cacheDir), `${key}.meta.json`);

/** Whether DIR holds a whole-corpus result at all (a run that may end by reusing it). */
export function hasCorpusResult(cacheDir: string): boolean {
  try {
    return readdirSync(folder(cacheDir)).some((f) => RESULT_NAME.test(f) && f.endsWith('.meta.json'));
  } catch {
    return false;
  }
}

/** A usable whole-corpus result: the cached file, and the builtAt to write into the copy. */
export interface CorpusHit {
  /** A link to the result private to this run (`hold`), so another run dropping it cannot pull it away. */
  path: string;
  hold: boolean;
  meta: CorpusResultMeta;
  builtAt: string | undefined;
}

const metaMac = (secret: string, meta: CorpusResultMeta): string => {
  const { mac: _, ...fields } = meta;
  return mac(secret, JSON.stringify(fields));
};

/** A name for a temporary or held file beside `path`, of the shape sweeps recognise (TEMP_NAME). */
const tempName = (path: string, kind: 'tmp' | 'hold'): string =>
  `${path}.${process.pid}.${randomBytes(4).toString('hex')}.${kind}`;

/** Temporary and held files older than this were left by a run that was killed. */
const STALE_MS = 60 * 60 * 1000;

/**
 * The result for `key` if it is intact and can carry this run's builtAt, else null. builtAt is the one value
 * that changes between identical runs; graph attributes are serialized before nodes and edges, so the first
 * `"builtAt":"` is the attribute (article strings escape their quotes).
 */
export function readCorpusResult(
  cache: CacheDir,
  key: string,
  builtAt: string | undefined,
): CorpusHit | null {
  const { dir: cacheDir } = cache;
  let path = graphPath(cacheDir, key);
  let hold = false;
  try {
    const text = readOwnFile(metaPath(cacheDir, key));
    if (!text) return null;
    const meta = JSON.parse(text.toString('utf8')) as CorpusResultMeta;
    if (meta.key !== key || meta.extractor !== EXTRACTOR_VERSION || meta.mac !== metaMac(cache.secret, meta))
      return null;
    // Held through a link of our own (an entry is replaced by rename, never rewritten), then checked.
    const held = tempName(path, 'hold');
    try {
      linkSync(path, held);
      path = held;
      hold = true;
    } catch {
      // no hard links here: the entry itself is read
    }
    const st = lstatSync(path);
    const same = st.isFile() && st.size === meta.bytes && st.mtimeMs === meta.mtimeMs && st.ino === meta.ino;
    if (!same) {
      if (hold) rmSync(path, { force: true });
      return null;
    }
    if (builtAt !== undefined) {
      const at = meta.builtAtOffset;
      if (builtAt.length !== ISO_LENGTH || at < BUILT_AT.length) return null;
      // The marker before the value and the closing quote after it: the recorded time has the same length.
      const around = Buffer.alloc(BUILT_AT.length + ISO_LENGTH + 1);
      const fd = openSync(path, 'r');
      try {
        readSync(fd, around, 0, around.length, at - BUILT_AT.length);
      } finally {
        closeSync(fd);
      }
      if (!around.subarray(0, BUILT_AT.length).equals(BUILT_AT) || around[around.length - 1] !== 0x22) {
        if (hold) rmSync(path, { force: true });
        return null;
      }
    }
    return { path, hold, meta, builtAt };
  } catch {
    if (hold) rmSync(path, { force: true });
    return null;
  }
}

/** Lets go of a hit that will not be written after all. */
export function releaseCorpusResult(hit: CorpusHit): void {
  if (hit.hold) rmSync(hit.path, { force: true });
}

/**
 * Writes the reused result to `outPath`: a copy (the kernel copies, nothing passes through this process)
 * with this run's builtAt written in, then a rename, so the output is replaced whole or not at all.
 */
export function writeCorpusResult(hit: CorpusHit, outPath: string): void {
  const tmp = join(dirname(outPath), `.${basename(outPath)}.${process.pid}.${Date.now()}.tmp`);
  mkdirSync(dirname(outPath), { recursive: true });
  try {
    copyFileSync(hit.path, tmp);
    const fd = openSync(tmp, 'r+');
    try {
      if (hit.builtAt !== undefined)
        writeSync(fd, Buffer.from(hit.builtAt, 'latin1'), 0, ISO_LENGTH, hit.meta.builtAtOffset);
      fsyncSync(fd); // on disk before the rename makes it the output
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, outPath);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  } finally {
    releaseCorpusResult(hit);
  }
}

/** What saveCorpusResult needs to know of the written file, gathered piece by piece as it is written. */
export interface WrittenFile {
  bytes: number;
  builtAtOffset: number;
}

/**
 * Watches a graph file's bytes go by (see writeChunksAtomic's `onBytes`): their length and where the
 * builtAt value starts, without holding the file in memory.
 */
export function fileRecorder(): { onBytes: (piece: Uint8Array) => void; result: () => WrittenFile } {
  let bytes = 0;
  let builtAtOffset = -1;
  // The marker may straddle two pieces: the last few bytes of the previous piece are searched again.
  let tail: Buffer = Buffer.alloc(0);
  return {
    onBytes: (piece) => {
      if (builtAtOffset < 0) {
        const window = Buffer.concat([tail, piece]);
        const at = window.indexOf(BUILT_AT);
        if (at >= 0) builtAtOffset = bytes - tail.length + at + BUILT_AT.length;
        else tail = window.subarray(Math.max(0, window.length - BUILT_AT.length + 1));
      }
      bytes += piece.length;
    },
    result: () => ({ bytes, builtAtOffset }),
  };
}

/**
 * Records the graph file being written at `tmpPath` (described by `written`) as the result for `key`, and
 * drops older results. Called with the writer's own temporary file, before it is renamed to the output:
 * another run writing the same output can then never have its graph filed under this run's key. A hard
 * link costs nothing; the output is always replaced by rename, never rewritten in place by this tool, so
 * the link keeps the bytes it was made with (and its recorded modification time catches an edit by
 * anything else).
 */
export function saveCorpusResult(
  cache: CacheDir,
  key: string,
  tmpPath: string,
  written: WrittenFile,
  info: { stats: GraphStats; words: number },
): void {
  const dir = folder(cache.dir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const target = graphPath(cache.dir, key);
  const tmp = tempName(target, 'tmp');
  try {
    try {
      linkSync(tmpPath, tmp);
    } catch {
      copyFileSync(tmpPath, tmp); // another file system: a copy
    }
    const st = lstatSync(tmp);
    if (st.size !== written.bytes) throw new Error(`${target}: ${st.size} bytes, ${written.bytes} written`);
    renameSync(tmp, target);
    const meta: CorpusResultMeta = {
      key,
      extractor: EXTRACTOR_VERSION,
      mtimeMs: st.mtimeMs,
      ino: st.ino,
      ...written,
      ...info,
    };
    meta.mac = metaMac(cache.secret, meta);
    writeFileAtomicSync(metaPath(cache.dir, key), JSON.stringify(meta) + '\n');
  } finally {
    rmSync(tmp, { force: true });
  }
  // Only the latest result is kept; nothing but names this cache writes is ever deleted.
  const keep = new Set([basename(target), basename(metaPath(cache.dir, key))]);
  for (const f of readdirSync(dir)) {
    const path = join(dir, f);
    const drop = RESULT_NAME.test(f) ? !keep.has(f) : TEMP_NAME.test(f) && isStale(path);
    if (drop && isOwnFile(path)) rmSync(path, { force: true });
  }
}

function isStale(path: string): boolean {
  try {
    // ctime: a hold link of an old result is new (link changes the inode's ctime, not its mtime).
    return Date.now() - lstatSync(path).ctimeMs > STALE_MS;
  } catch {
    return false;
  }
}
