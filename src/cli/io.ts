import {
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import type { Stats } from 'node:fs';
import { readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { importGraph } from '../formats/index.ts';
import type { DOMParserLike } from '../formats/index.ts';
import type { NewsGraph } from '../graph/index.ts';

/** A failure the user caused (bad argument, unreadable file): printed as one line, exit code `code`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
};

/** "20MB", "500k", "1048576" → bytes. */
export function parseSize(s: string, what = '--max-size'): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(s);
  const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined)
    throw new CliError(`${what}: "${s}" is not a size (e.g. 20MB, 500kB, 1048576)`);
  return Math.floor(Number(m[1]) * unit);
}

/** xmldom reports through callbacks and keeps going; a graph file that is not XML should stop the read. */
function xmlParser(): DOMParserLike {
  const raise = (msg: unknown): never => {
    throw new Error(
      String(msg)
        .replace(/\[xmldom \w+\]\s*|element parse error: (Error: )?/g, '')
        .replace(/\s*@#\[line:[^\]]*\]\s*$/, '')
        .trim(),
    );
  };
  // xmldom supports this option; its type declarations do not list it.
  const options: ConstructorParameters<typeof DOMParser>[0] & {
    normalizeLineEndings: (source: string) => string;
  } = {
    errorHandler: { warning: () => undefined, error: raise, fatalError: raise },
    // XML 1.0's line ends only: xmldom also turns NEL and U+2028 into LF (XML 1.1), which changed the text
    // of files written by others and broke the JSON in GEXF and GraphML attributes.
    normalizeLineEndings: (source) => source.replace(/\r\n?/g, '\n'),
  };
  return new DOMParser(options);
}

/**
 * The largest GEXF or GraphML file read: xmldom holds the whole document tree, about 50 times the file's
 * size (20 MB of GraphML took 1 GB), and a 1,000,000-node export ended in V8's out-of-memory abort.
 */
export const DEFAULT_MAX_XML_SIZE = 50 * 2 ** 20;

const formatSize = (bytes: number): string =>
  bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;

function maxXmlSize(): number {
  const v = process.env.NEWSGRAPH_MAX_XML_SIZE;
  return v ? parseSize(v, 'NEWSGRAPH_MAX_XML_SIZE') : DEFAULT_MAX_XML_SIZE;
}

/**
 * Reads and validates a graph file: newsgraph JSON, GEXF or GraphML (by content, then extension).
 * Any problem becomes a one-line CliError naming the file.
 */
export async function readGraphFile(path: string): Promise<NewsGraph> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new CliError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const limit = maxXmlSize();
  if (text.length > limit && /^\s*</.test(text.slice(0, 1024)))
    throw new CliError(
      `${path}: ${formatSize(text.length)} of XML, over the ${formatSize(limit)} that can be read (XML is ` +
        'parsed whole, at about 50 times its size): read the JSON export, or raise NEWSGRAPH_MAX_XML_SIZE',
    );
  try {
    return importGraph(text, path, xmlParser());
  } catch (e) {
    throw new CliError(`${path}: ${(e as Error).message}`);
  }
}

const errorCode = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** What a file that is not a regular file or a folder is, for a message. */
function kind(st: Stats): string {
  if (st.isSymbolicLink()) return 'a symbolic link';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Temporary files this tool writes beside `path`: `.<name>.<pid>.<n>.tmp` (the pid is group 1). */
function tempNames(path: string): RegExp {
  const name = basename(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\.${name}\\.(\\d+)\\.\\d+\\.tmp$`);
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // someone else's, but running
  }
};

/** Removes temporary files for `path` left by runs that were killed (their process is gone). */
function sweepStaleTemps(path: string): void {
  const dir = dirname(path);
  const ours = tempNames(path);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = ours.exec(name);
    if (!m || Number(m[1]) === process.pid || isAlive(Number(m[1]))) continue;
    try {
      if (lstatSync(join(dir, name)).isFile()) unlinkSync(join(dir, name));
    } catch {
      // gone already, or not ours to remove
    }
  }
}

/**
 * Checks, before any work is done, that `path` can be written: not a folder, not a symbolic link, FIFO or
 * device (those are refused rather than replaced), in a folder that exists (or can be made) and takes a
 * new file. Sweeps temporary files that killed runs left for it. A problem is a one-line CliError.
 */
export function checkOutputPath(path: string): void {
  let st: Stats | null = null;
  try {
    st = lstatSync(path);
  } catch (e) {
    const code = errorCode(e);
    if (code === 'ENOTDIR')
      throw new CliError(`${path}: cannot be written: part of its folder path is a file (ENOTDIR)`);
    if (code !== 'ENOENT') throw new CliError(`${path}: cannot be written (${code})`);
  }
  if (st?.isDirectory()) throw new CliError(`${path} is a folder: name the file to write`);
  if (st && !st.isFile()) throw new CliError(`${path} is ${kind(st)}: not replaced, choose another file`);
  const dir = dirname(path);
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
  } catch (e) {
    throw new CliError(`${path}: cannot make its folder ${dir} (${errorCode(e)})`);
  }
  sweepStaleTemps(path);
  // A trial file, named as the real one will be: the only sure test of permissions and read-only mounts.
  const probe = join(dir, `.${basename(path)}.${process.pid}.0.tmp`);
  try {
    closeSync(openSync(probe, 'wx'));
    unlinkSync(probe);
  } catch (e) {
    throw new CliError(`${path}: cannot write in ${dir} (${errorCode(e)})`);
  }
}

/** Written in pieces of about this size: few syscalls, and memory stays flat whatever the graph's size. */
const WRITE_BUFFER = 1 << 16;

/**
 * Streams chunks to `path` via a temporary file in the same folder and a rename, so a crash or a full
 * disk never leaves a half-written file where a good one was. Returns the bytes written. `onBytes` sees
 * every piece as written (to hash the file without holding it): one 170 MB string would cost more to
 * build and encode than all its pieces. The pieces are written synchronously: awaiting the thread pool for
 * each one left the CLI idle for a quarter of the time it took to write a large graph. `beforeRename` sees
 * the finished temporary file, which no one else can have replaced (the extract cache links it).
 */
export async function writeChunksAtomic(
  path: string,
  chunks: Iterable<string>,
  onBytes?: (bytes: Buffer) => void,
  beforeRename?: (tmp: string) => void,
): Promise<number> {
  checkOutputPath(path);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number;
  try {
    fd = openSync(tmp, 'wx');
  } catch (e) {
    throw new CliError(`${path} not written: ${errorCode(e)}`);
  }
  let bytes = 0;
  const flush = (text: string): void => {
    const piece = Buffer.from(text, 'utf8');
    onBytes?.(piece);
    for (let at = 0; at < piece.length;) at += writeSync(fd, piece, at);
    bytes += piece.length;
  };
  try {
    let buffer = '';
    for (const chunk of chunks) {
      buffer += chunk;
      if (buffer.length >= WRITE_BUFFER) {
        flush(buffer);
        buffer = '';
      }
    }
    if (buffer) flush(buffer);
    fsyncSync(fd); // the bytes are on disk before the rename makes them the file
    closeSync(fd);
    beforeRename?.(tmp);
    await rename(tmp, path);
  } catch (e) {
    try {
      closeSync(fd);
    } catch {
      // already closed: the close itself failed
    }
    await unlink(tmp).catch(() => undefined);
    throw e instanceof CliError ? e : new CliError(`${path} not written: ${errorCode(e)}`);
  }
  syncFolder(dirname(path));
  return bytes;
}

/** The rename itself on disk too (a crash right after could otherwise leave the old name). */
export function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // not supported by this file system: the rename is still atomic
  }
}

/** Writes chunks to standard output (`--out -`), waiting whenever the pipe is full. */
export async function writeChunksToStdout(chunks: Iterable<string>): Promise<void> {
  let buffer = '';
  const put = async (text: string): Promise<void> => {
    if (!process.stdout.write(text)) await new Promise<void>((r) => process.stdout.once('drain', () => r()));
  };
  for (const chunk of chunks) {
    buffer += chunk;
    if (buffer.length >= WRITE_BUFFER) {
      await put(buffer);
      buffer = '';
    }
  }
  if (buffer) await put(buffer);
}
