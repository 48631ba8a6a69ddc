import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkResult } from './messages.ts';
import { WorkerPool } from './pool.ts';
import { freshBuild, prebuilt } from './prebuilt.ts';
import * as fromSource from './work.ts';

const article = {
  id: 'a1',
  file: 'a1.txt',
  text: 'Oberst Jens Hansen sagde mandag, at russiske styrker angreb Kyiv. Danske soldater er udstationeret i Estland.',
};

describe('prebuilt extractor bundle', () => {
  it('is built once, extracts exactly as the TypeScript source, and is rebuilt when an input changes', async () => {
    const root = mkdtempSync(join(tmpdir(), 'newsgraph-prebuilt-'));
    expect(freshBuild(root)).toBeNull();

    const built = await prebuilt(root);
    expect(built).not.toBeNull();
    if (!built) return;
    expect(freshBuild(root)?.work.href).toBe(built.work.href);

    const bundled = (await import(built.work.href)) as typeof fromSource;
    const item = { index: 0, article, hash: 'h' };
    const viaBundle = bundled.runItem(item);
    expect(viaBundle.error).toBeUndefined();
    expect(viaBundle.json).toBe(fromSource.runItem(item).json);

    // Any recorded input whose content differs (an edited source file) makes the build stale.
    const manifestPath = join(root, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { inputs: Record<string, string> };
    const sources = Object.keys(manifest.inputs).filter((p) => p.startsWith('src/extract/'));
    expect(sources.length).toBeGreaterThan(5);
    manifest.inputs[sources[0]] = '0'.repeat(64);
    writeFileSync(manifestPath, JSON.stringify(manifest));
    expect(freshBuild(root)).toBeNull();

    const rebuilt = await prebuilt(root);
    expect(rebuilt?.work.href).not.toBe(built.work.href);
    expect(freshBuild(root)?.work.href).toBe(rebuilt?.work.href);
  }, 30_000);

  it('has a fallback: a worker that loads the TypeScript through tsx answers the same', async () => {
    const item = { index: 0, article, hash: 'h' };
    const results: WorkResult[] = [];
    await new WorkerPool(1).run([item], (r) => results.push(r));
    expect(results).toHaveLength(1);
    expect(results[0].error).toBeUndefined();
    expect(results[0].json).toBe(fromSource.runItem(item).json);
  }, 30_000);
});
