import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packedMap } from './packed.ts';

describe('packedMap', () => {
  it('maps like Array.prototype.map', () => {
    expect(packedMap(['a', 'bb', 'ccc'], (s, i) => `${i}:${s.length}`)).toEqual(['0:1', '1:2', '2:3']);
    expect(packedMap([], (x: number) => x)).toEqual([]);
  });

  it('keeps arrays packed once their maker is optimised, where map turns holey', () => {
    const script = fileURLToPath(new URL('../../../test/fixtures/v8/packed-arrays.ts', import.meta.url));
    const out = execFileSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', script], {
      encoding: 'utf8',
    });
    const holey = JSON.parse(out) as Record<string, boolean>;
    // The V8 behaviour this guards against (if a Node upgrade ends it, this line says so).
    expect(holey.map).toBe(true);
    expect(holey).toMatchObject({ packedMap: false, sentences: false, norms: false });
  });
});
