/**
 * Inputs (files, folders walked recursively, globs) → the files to read, each with the path relative to
 * its input root that becomes its article id. Hidden entries (".git", the cache folder) are never walked.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { ARTICLE_EXTENSIONS } from '../articles/read.ts';
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

export class InputError extends Error {}

const toSlash = (p: string): string => p.split(sep).join('/');
const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const articleExt = new Set(ARTICLE_EXTENSIONS);

function hasArticleExtension(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && articleExt.has(name.slice(dot + 1).toLowerCase());
}

// Synchronous calls: a walk over thousands of files is several times faster without a thread-pool round
// trip per entry, and nothing else needs this thread meanwhile.
function walk(
  dir: string,
  exclude: Set<string>,
  out: { path: string; size: number }[],
  accept: (name: string) => boolean,
): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // unreadable folder: nothing to read there
  }
  entries.sort((a, b) => byString(a.name, b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (exclude.has(resolve(p))) continue;
    if (e.isDirectory()) walk(p, exclude, out, accept);
    else if ((e.isFile() || e.isSymbolicLink()) && accept(e.name)) {
      try {
        const s = statSync(p);
        if (s.isFile()) out.push({ path: p, size: s.size });
      } catch {
        // dangling link: skip
      }
    }
  }
}

/** Files under the inputs, in a fixed order; ids unique (a clash falls back to the path as given). */
export async function discoverInputs(inputs: string[], options: DiscoverOptions = {}): Promise<InputFile[]> {
  const exclude = new Set((options.exclude ?? []).map((p) => resolve(p)));
  const files: InputFile[] = [];
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
  for (const input of inputs) {
    let s: ReturnType<typeof statSync> | null;
    try {
      s = statSync(input);
    } catch {
      s = null;
    }
    if (s?.isFile()) {
      add(input, input.split(/[\\/]/).pop() ?? input, s.size);
    } else if (s?.isDirectory()) {
      const found: { path: string; size: number }[] = [];
      walk(input, exclude, found, hasArticleExtension);
      for (const f of found) add(f.path, relative(input, f.path), f.size);
    } else if (isGlob(input)) {
      const pattern = toSlash(input).replace(/^\.\//, '');
      const base = globBase(pattern);
      const re = globToRegExp(pattern);
      const found: { path: string; size: number }[] = [];
      // A glob names its files itself, so any extension it matches is read.
      walk(base, exclude, found, () => true);
      // Matched against the path as the user wrote the pattern (base included).
      const prefix = base === '.' ? '' : base.endsWith('/') ? base : `${base}/`;
      for (const f of found) {
        const relToBase = toSlash(relative(base, f.path));
        if (re.test(prefix + relToBase)) add(f.path, relToBase, f.size);
      }
    } else {
      throw new InputError(`${input}: no such file or folder`);
    }
  }
  return files;
}
