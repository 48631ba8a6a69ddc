import { describe, expect, it } from 'vitest';
import { nameWords } from './names.ts';

describe("compromise's name words", () => {
  it('lists given names and surnames, capitalised, and no common words', () => {
    const words = new Set(nameWords());
    expect(words.size).toBeGreaterThan(3000);
    expect(words.has('Maria')).toBe(true);
    expect(words.has('Smith')).toBe(true);
    expect(words.has('Attack')).toBe(false);
    expect(words.has('The')).toBe(false);
  });
});
