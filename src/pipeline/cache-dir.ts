/**
 * The cache folder and what it may be trusted with. The cache is trusted input (a hit is served as the
 * extraction of an article), and it is a folder the tool deletes files in, so:
 *
 * - a folder is a cache only when it holds our marker (CACHEDIR.TAG, the standard tag backup tools skip);
 *   a new or empty folder is made one, anything else is refused untouched;
 * - it must belong to the current user and be writable by nobody else (no one can plant or swap entries);
 * - its own sub-folders and files are never symbolic links (lstat, O_NOFOLLOW): nothing outside it is read
 *   or deleted through it, and only names the cache itself writes are ever deleted;
 * - entries carry an HMAC keyed by a secret in the folder (mode 0600): a record copied from elsewhere (a
 *   cloned repository, someone else's cache) fails the check and is extracted again. A key another user
 *   could have read is replaced, which retires every entry made under it.
 */
import { createHmac, randomBytes } from 'node:crypto';
import {
  constants,
  closeSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import type { Stats } from 'node:fs';
import { join } from 'node:path';

export const MARKER = 'CACHEDIR.TAG';
const SIGNATURE = 'Signature: 8a477f597d28d172789f06886806bc55';
const MARKER_TEXT = `${SIGNATURE}\n# A newsgraph cache (https://bford.info/cachedir/). Safe to delete.\n`;
const KEY_FILE = 'key';
export const SUBFOLDERS = ['log', 'corpus'] as const;

/** Names the cache writes: only these are ever deleted. */
export const LOG_NAME = /^\d+-\d+-\d+-[a-z0-9]+\.log$/;
export const RESULT_NAME = /^[0-9a-f]{64}(?:\.meta)?\.json$/;
export const TEMP_NAME = /^[0-9a-f]{64}\.(?:json|meta\.json)(?:\.[0-9a-z]+)+\.(?:tmp|hold)$/;

/** The cache folder cannot be used; the message names it, says why and what to do. */
export class CacheRefused extends Error {}

export interface CacheDir {
  dir: string;
  /** HMAC key of this cache's entries (hex). */
  secret: string;
}

const uid = (): number | undefined => process.getuid?.();

/** Who may write or read it: the problem with `st`, or null when only the current user can change it. */
function trustProblem(st: Stats): string | null {
  const me = uid();
  if (me !== undefined && st.uid !== me) return `belongs to another user (uid ${st.uid})`;
  if (st.mode & 0o022)
    return `is writable by other users (mode ${(st.mode & 0o777).toString(8).padStart(4, '0')}; chmod go-w)`;
  return null;
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** A cache made by an earlier version (no marker): nothing but its own sub-folders and their own names. */
function isUnmarkedCache(dir: string, names: string[]): boolean {
  return names.every((name) => {
    if (!(SUBFOLDERS as readonly string[]).includes(name)) return false;
    const st = lstatSync(join(dir, name));
    if (!st.isDirectory()) return false;
    const own = name === 'log' ? LOG_NAME : RESULT_NAME;
    return readdirSync(join(dir, name)).every(
      (f) => (own.test(f) || TEMP_NAME.test(f)) && lstatSync(join(dir, name, f)).isFile(),
    );
  });
}

/** Reads a file of the cache: not through a symbolic link, and only if it is a regular file of ours. */
export function readOwnFile(path: string): Buffer | null {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    return null;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || trustProblem(st)) return null;
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Whether `path` is a regular file (not a link) the cache may delete. */
export function isOwnFile(path: string): boolean {
  const st = lstatOrNull(path);
  return st !== null && st.isFile();
}

function writeSecret(dir: string): string {
  const secret = randomBytes(32).toString('hex');
  const tmp = join(dir, `.${KEY_FILE}.${process.pid}.${randomBytes(4).toString('hex')}`);
  writeFileSync(tmp, secret + '\n', { mode: 0o600, flag: 'wx' });
  renameSync(tmp, join(dir, KEY_FILE));
  return secret;
}

/** The key, unless another user could have read or written it: then a new one (old entries retire). */
function secretOf(dir: string): string {
  const path = join(dir, KEY_FILE);
  const st = lstatOrNull(path);
  if (st?.isFile() && !trustProblem(st) && !(st.mode & 0o077)) {
    const text = readOwnFile(path)?.toString('utf8').trim() ?? '';
    if (/^[0-9a-f]{64}$/.test(text)) return text;
  }
  return writeSecret(dir);
}

/**
 * Checks `dir` as a cache folder, making it one when it is new or empty. Throws CacheRefused, before
 * anything in it is read, written or deleted, when it must not be used.
 */
export function openCacheDir(dir: string): CacheDir {
  const refuse = (why: string): never => {
    throw new CacheRefused(
      `cache folder ${dir} ${why}: use --cache with a folder of your own, or --no-cache`,
    );
  };
  let st: Stats;
  try {
    // The folder itself may be a link (a cache moved to a larger disk); what it points at is checked.
    st = statSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
      return refuse(`cannot be read (${(e as NodeJS.ErrnoException).code})`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    st = statSync(dir);
  }
  if (!st.isDirectory()) return refuse('is not a folder');
  const problem = trustProblem(st);
  if (problem) return refuse(problem);
  const marker = lstatOrNull(join(dir, MARKER));
  if (marker) {
    if (
      !marker.isFile() ||
      !(readOwnFile(join(dir, MARKER))?.toString('latin1').startsWith(SIGNATURE) ?? false)
    )
      return refuse(`has a ${MARKER} that is not newsgraph's`);
  } else {
    const names = readdirSync(dir);
    if (names.length && !isUnmarkedCache(dir, names))
      return refuse(`is not empty and not a newsgraph cache (no ${MARKER}); nothing in it was touched`);
    writeFileSync(join(dir, MARKER), MARKER_TEXT, { mode: 0o644 });
  }
  for (const name of SUBFOLDERS) {
    const path = join(dir, name);
    const sub = lstatOrNull(path);
    if (!sub) mkdirSync(path, { mode: 0o700 });
    else if (sub.isSymbolicLink()) refuse(`holds a symbolic link ${name}/`);
    else if (!sub.isDirectory()) refuse(`holds a file where the folder ${name}/ belongs`);
    else {
      const p = trustProblem(sub);
      if (p) refuse(`holds a folder ${name}/ that ${p}`);
    }
  }
  return { dir, secret: secretOf(dir) };
}

/** The authentication code of `parts` under this cache's key. */
export function mac(secret: string, ...parts: (string | Uint8Array)[]): string {
  const h = createHmac('sha256', Buffer.from(secret, 'hex'));
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex');
}
