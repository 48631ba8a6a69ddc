/**
 * Inputs (files, folders walked recursively, globs) → the files to read, each with the path relative to
 * its input root that becomes its article id. Hidden entries (".git", the cache folder) and files without
 * an article extension are never read, by design. Everything else that is not read is named with the
 * reason (`skipped`): unreadable folders, FIFOs, sockets and devices, dangling links, links out of the tree.
 *
 * Links: a file or folder named on the command line is read wherever it points (the user chose it). Inside
 * a folder (or below a glob's fixed part) a symbolic link is followed only when its target lies inside that
 * same input tree: a link to a folder of the tree is walked (each real folder once, so a link loop ends),
 * and a link leaving the tree (`passwd.txt -> /etc/passwd`) is refused and reported.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import type { Dirent, Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { ARTICLE_EXTENSIONS } from '../articles/read.ts';
import type { ArticleProblem } from '../articles/types.ts';
import { globBase, globToRegExp, isGlob } from './glob.ts';

export interface InputFile {
  /** Path to open. */
  path: string;
  /** Path relative to the input root, with "/": the article id. */
  rel: string;
  size: number;
}

export interface DiscoverOptions {
  /** Absolute paths never read (the output graph, the cache folder). */
  exclude?: string[];
}

export interface Discovered {
  files: InputFile[];
  /** Inputs not read, and why (relative to their input root, as article ids are). */
  skipped: ArticleProblem[];
}

export class InputError extends Error {}

const toSlash = (p: string): string => p.split(sep).join('/');
const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const articleExt = new Set(ARTICLE_EXTENSIONS);

function hasArticleExtension(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && articleExt.has(name.slice(dot + 1).toLowerCase());
}

const errorCode = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** What a non-regular file is, for the reason it is skipped. */
function kind(s: Stats | Dirent): string {
  if (s.isFIFO()) return 'a FIFO';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

const inside = (root: string, path: string): boolean => path === root || path.startsWith(root + sep);

interface Walk {
  /** The input tree's real path: links must stay inside it. */
  root: string;
  /** Where the walk started, as given: ids are relative to it. */
  base: string;
  exclude: Set<string>;
  /** Whether a file (by its path relative to `base`, with "/") is an input. */
  accept: (rel: string) => boolean;
  /** Real paths of the folders walked (a link loop, or two links to one folder, walks it once). */
  visited: Set<string>;
  found: { path: string; size: number }[];
  skipped: ArticleProblem[];
}

// Synchronous calls: a walk over thousands of files is several times faster without a thread-pool round
// trip per entry, and nothing else needs this thread meanwhile.
function walk(w: Walk, dir: string): void {
  // Relative to the input root, as ids are; the root itself as it was given.
  const relOf = (p: string): string => toSlash(relative(w.base, p)) || toSlash(w.base).replace(/\/$/, '');
  let entries: Dirent[];
  try {
    const real = realpathSync(dir);
    if (w.visited.has(real)) return;
    w.visited.add(real);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    w.skipped.push({ file: `${relOf(dir)}/`, reason: `cannot read folder (${errorCode(e)})` });
    return;
  }
  entries.sort((a, b) => byString(a.name, b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (w.exclude.has(resolve(p))) continue;
    const rel = relOf(p);
    if (e.isDirectory()) {
      walk(w, p);
      continue;
    }
    if (e.isSymbolicLink()) {
      let target: string;
      let st: Stats;
      try {
        target = realpathSync(p);
        st = statSync(target);
      } catch {
        if (w.accept(rel)) w.skipped.push({ file: rel, reason: 'dangling link' });
        continue;
      }
      if (!st.isDirectory() && !w.accept(rel)) continue;
      if (!inside(w.root, target)) {
        const what = st.isDirectory() ? 'folder' : 'file';
        w.skipped.push({ file: rel, reason: `link to a ${what} outside the input folder (not followed)` });
      } else if (w.exclude.has(target)) continue;
      else if (st.isDirectory()) walk(w, p);
      else if (st.isFile()) w.found.push({ path: p, size: st.size });
      else w.skipped.push({ file: rel, reason: `${kind(st)}, not a file (link)` });
      continue;
    }
    if (!w.accept(rel)) continue;
    if (!e.isFile()) {
      w.skipped.push({ file: rel, reason: `${kind(e)}, not a file` });
      continue;
    }
    try {
      w.found.push({ path: p, size: statSync(p).size });
    } catch (err) {
      w.skipped.push({ file: rel, reason: `cannot read (${errorCode(err)})` }); // gone since the listing
    }
  }
}

/**
 * Files under the inputs, in a fixed order; ids unique (a clash falls back to the path as given); and the
 * inputs not read, with the reason.
 */
export async function discoverInputs(inputs: string[], options: DiscoverOptions = {}): Promise<Discovered> {
  const exclude = new Set((options.exclude ?? []).map((p) => resolve(p)));
  const files: InputFile[] = [];
  const skipped: ArticleProblem[] = [];
  const seenPaths = new Set<string>();
  const seenIds = new Set<string>();
  const add = (path: string, rel: string, size: number): void => {
    const abs = resolve(path);
    if (seenPaths.has(abs) || exclude.has(abs)) return;
    seenPaths.add(abs);
    let id = toSlash(rel);
    if (seenIds.has(id)) id = toSlash(relative('.', path)) || id;
    while (seenIds.has(id)) id = `${id}~`;
    seenIds.add(id);
    files.push({ path, rel: id, size });
  };
  const walkFrom = (base: string, accept: (rel: string) => boolean): Walk['found'] => {
    const w: Walk = { root: base, base, exclude, accept, visited: new Set(), found: [], skipped: [] };
    try {
      w.root = realpathSync(base);
    } catch {
      // unreadable: walk() says so
    }
    walk(w, base);
    skipped.push(...w.skipped);
    return w.found;
  };
  for (const input of inputs) {
    let s: Stats | null;
    try {
      s = statSync(input);
    } catch {
      s = null;
    }
    if (s?.isFile()) {
      add(input, input.split(/[\\/]/).pop() ?? input, s.size);
    } else if (s?.isDirectory()) {
      const found = walkFrom(input, (rel) => hasArticleExtension(rel.slice(rel.lastIndexOf('/') + 1)));
      for (const f of found) add(f.path, relative(input, f.path), f.size);
    } else if (s) {
      throw new InputError(`${input}: ${kind(s)}, not a file or folder`);
    } else if (isGlob(input)) {
      const pattern = toSlash(input).replace(/^\.\//, '');
      const base = globBase(pattern);
      const re = globToRegExp(pattern);
      // Matched against the path as the user wrote the pattern (base included).
      const prefix = base === '.' ? '' : base.endsWith('/') ? base : `${base}/`;
      // A glob names its files itself, so any extension it matches is read.
      const found = walkFrom(base, (rel) => re.test(prefix + rel));
      for (const f of found) add(f.path, toSlash(relative(base, f.path)), f.size);
    } else {
      throw new InputError(`${input}: no such file or folder`);
    }
  }
  return { files, skipped };
}
