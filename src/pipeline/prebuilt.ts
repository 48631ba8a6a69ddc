/**
 * The extractor as prebuilt JavaScript for worker threads (and for a one-job run's main thread).
 *
 * Why: loading the extractor's TypeScript modules one by one through tsx's loader hooks costs a worker
 * about 1.5 s of CPU before its first article; one esbuild bundle loads in about 0.4 s. With two jobs on
 * two cores, that start-up competes with the extraction itself.
 *
 * The bundle is built on first use into node_modules/.cache/newsgraph/ and rebuilt whenever any file it was
 * built from changes: its manifest records a content hash of every input, checked on each run. When it
 * cannot be built (no esbuild, read-only folder), the caller falls back to tsx, which is slower, not wrong.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface Prebuilt {
  /** The worker thread's script (answers WorkBatch messages, as worker.ts does). */
  worker: URL;
  /** work.ts as JavaScript: `runItem` and `closeCacheLogs` for the main thread. */
  work: URL;
  /** sha256 over every input file's hash: which extractor code this is (part of every cache key). */
  codeHash: string;
}

interface Manifest {
  format: number;
  /** Folder (under the cache root) holding this build. */
  dir: string;
  /** Project-relative path → sha256 of every file the bundle was built from. */
  inputs: Record<string, string>;
}

const FORMAT = 1;
const HERE = dirname(fileURLToPath(import.meta.url));
const PROJECT = resolve(HERE, '../..');
const ENTRIES = { worker: join(HERE, 'worker.ts'), work: join(HERE, 'work.ts') };
/** Builds older than this that no manifest names are removed (a run that started on one may still load it). */
const STALE_MS = 60 * 60 * 1000;

const hashFile = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

function urls(root: string, dir: string, inputs: Record<string, string>): Prebuilt {
  return {
    worker: pathToFileURL(join(root, dir, 'worker.mjs')),
    work: pathToFileURL(join(root, dir, 'work.mjs')),
    codeHash: createHash('sha256').update(JSON.stringify(inputs)).update(modelsFingerprint()).digest('hex'),
  };
}

/**
 * The trained models the extractor loads at run time (src/platform/node.ts): by name, size and modification
 * time, as they may be large and are replaced whole.
 */
function modelsFingerprint(): string {
  const dir = process.env.NEWSGRAPH_MODELS
    ? resolve(process.env.NEWSGRAPH_MODELS)
    : join(PROJECT, 'src/nlp/weights');
  try {
    return readdirSync(dir)
      .sort()
      .map((n) => {
        const st = statSync(join(dir, n));
        return `${n}\u0000${st.size}\u0000${st.mtimeMs}`;
      })
      .join('\n');
  } catch {
    return '';
  }
}

/** Source folders the extractor is made of, for a code hash when there is no bundle (its manifest says). */
const SOURCES = ['src/extract', 'src/graph', 'src/articles', 'src/nlp', 'src/pipeline', 'graph-schema'];

/** The code hash without a bundle: every source file's path and content (the tsx fallback runs these). */
export function sourceCodeHash(): string {
  const h = createHash('sha256');
  const visit = (rel: string): void => {
    const abs = resolve(PROJECT, rel);
    let names: string[];
    try {
      names = readdirSync(abs).sort();
    } catch {
      h.update(`${rel}\u0000${hashFile(abs)}\n`);
      return;
    }
    for (const n of names)
      if (!n.startsWith('.') && `${rel}/${n}` !== 'src/nlp/weights') visit(`${rel}/${n}`);
  };
  for (const s of SOURCES) {
    try {
      visit(s);
    } catch {
      h.update(`${s}\u0000missing\n`);
    }
  }
  return h.update(modelsFingerprint()).digest('hex');
}

/** The current build when every input still has the recorded content; else null. */
export function freshBuild(root: string): Prebuilt | null {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return null;
  }
  if (manifest.format !== FORMAT || !Object.keys(manifest.inputs).length) return null;
  for (const [path, hash] of Object.entries(manifest.inputs)) {
    try {
      if (hashFile(resolve(PROJECT, path)) !== hash) return null;
    } catch {
      return null; // an input was deleted or moved
    }
  }
  const built = urls(root, manifest.dir, manifest.inputs);
  return existsSync(built.worker) && existsSync(built.work) ? built : null;
}

/** Builds the bundle into a new folder and points the manifest at it (rename: readers see old or new). */
async function buildInto(root: string): Promise<Prebuilt> {
  const { build } = await import('esbuild');
  const dir = `b-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  const result = await build({
    entryPoints: ENTRIES,
    outdir: join(root, dir),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true, // worker.mjs and work.mjs share one chunk
    format: 'esm',
    platform: 'node',
    target: 'node20',
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: PROJECT, // metafile paths are relative to this
  });
  const inputs: Record<string, string> = {};
  for (const input of Object.keys(result.metafile.inputs).sort()) {
    inputs[input] = hashFile(resolve(PROJECT, input));
  }
  const manifest: Manifest = { format: FORMAT, dir, inputs };
  const tmp = join(root, `manifest.${process.pid}.tmp`);
  writeFileSync(tmp, JSON.stringify(manifest));
  renameSync(tmp, join(root, 'manifest.json'));
  for (const old of readdirSync(root)) {
    const path = join(root, old);
    if (old !== dir && old.startsWith('b-') && Date.now() - statSync(path).mtimeMs > STALE_MS)
      rmSync(path, { recursive: true, force: true });
  }
  return urls(root, dir, inputs);
}

/** The prebuilt extractor, built first if missing or stale; null when it cannot be had (use tsx). */
export async function prebuilt(
  root = join(PROJECT, 'node_modules/.cache/newsgraph'),
): Promise<Prebuilt | null> {
  try {
    const fresh = freshBuild(root);
    if (fresh) return fresh;
    mkdirSync(root, { recursive: true });
    return await buildInto(root);
  } catch {
    return null;
  }
}
