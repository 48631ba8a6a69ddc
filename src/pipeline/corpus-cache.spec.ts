import { describe, expect, it } from 'vitest';
import { fileRecorder } from './corpus-cache.ts';

describe('fileRecorder', () => {
  const file = Buffer.from(
    '{"attributes":{"name":"Ærø ’ x","builtAt":"2020-01-01T00:00:00.000Z"},"nodes":[]}\n',
  );
  const expected = {
    bytes: file.length,
    builtAtOffset: 47, // counted by hand: Æ and ø are 2 bytes, ’ is 3
  };

  it('finds the builtAt value and counts the bytes however the file is cut into pieces', () => {
    expect(file.subarray(expected.builtAtOffset, expected.builtAtOffset + 4).toString()).toBe('2020');
    for (let a = 0; a < file.length; a++)
      for (const b of [a + 1, a + 3, a + 11]) {
        const r = fileRecorder();
        for (const piece of [file.subarray(0, a), file.subarray(a, b), file.subarray(b)]) r.onBytes(piece);
        expect(r.result()).toEqual(expected);
      }
  });

  it('reports -1 when there is no builtAt', () => {
    const r = fileRecorder();
    r.onBytes(Buffer.from('{"attributes":{}}'));
    expect(r.result().builtAtOffset).toBe(-1);
  });
});
