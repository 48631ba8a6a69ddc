import { describe, expect, it } from 'vitest';
import { findNames, segment } from './segments.ts';

describe('segment', () => {
  it('splits text into plain and marked parts that join back to the text', () => {
    const parts = segment('Iran attacked Erbil.', [
      { start: 14, end: 19, node: 'place:erbil' },
      { start: 0, end: 4, node: 'country:iran' },
    ]);
    expect(parts.map((p) => p.text)).toEqual(['Iran', ' attacked ', 'Erbil', '.']);
    expect(parts[0].mark?.node).toBe('country:iran');
    expect(parts[1].mark).toBeUndefined();
    expect(parts.map((p) => p.text).join('')).toBe('Iran attacked Erbil.');
  });

  it('drops overlapping and out-of-range marks', () => {
    const parts = segment('abcdef', [
      { start: 1, end: 4 },
      { start: 2, end: 3 },
      { start: 5, end: 99 },
      { start: 10, end: 12 },
    ]);
    expect(parts.map((p) => [p.text, Boolean(p.mark)])).toEqual([
      ['a', false],
      ['bcd', true],
      ['e', false],
      ['f', true],
    ]);
  });

  it('keeps an empty text as one empty segment', () => {
    expect(segment('', [])).toEqual([{ text: '' }]);
  });
});

describe('findNames', () => {
  it('finds whole-word, case-insensitive occurrences, longest name first', () => {
    const found = findNames('General Soleimani and soleimani’s men; Soleimanis', [
      'Soleimani',
      'General Soleimani',
    ]);
    const spans = found.map((r) => [r.start, r.end]).sort((a, b) => a[0] - b[0]);
    // "General Soleimani" at 0, "Soleimani" inside it at 8, "soleimani" at 22; "Soleimanis" is another word.
    expect(spans).toEqual([
      [0, 17],
      [8, 17],
      [22, 31],
    ]);
  });
});
