import { describe, expect, it } from 'vitest';
import { detectLanguage } from './lang.ts';
import { splitSentences } from './sentences.ts';
import { genitiveBase, tokenize } from './tokens.ts';

describe('language identification', () => {
  it('tells Danish from Norwegian, Swedish and English', () => {
    expect(
      detectLanguage(
        'Regeringen siger, at den ikke vil sende flere soldater efter angrebet. Det blev oplyst af ministeren.',
      ),
    ).toBe('da');
    expect(
      detectLanguage(
        'Regjeringen sier at den ikke vil sende flere soldater etter angrepet. Det ble opplyst av ministeren.',
      ),
    ).toBe('nb');
    expect(
      detectLanguage(
        'Regeringen säger att den inte vill skicka fler soldater efter attacken och att det är för tidigt.',
      ),
    ).toBe('sv');
    expect(
      detectLanguage(
        'The government said that it would not send more soldiers after the attack, according to officials.',
      ),
    ).toBe('en');
  });
  it('says und when nothing is distinctive', () => {
    expect(detectLanguage('12345 !!')).toBe('und');
  });
});

describe('sentences', () => {
  const text =
    'Mødet sluttede bl.a. med en aftale. Den 3. maj kom U.S. Army til byen!\n\n- Vi er klar, siger han. Derfor sker det nu.';
  const s = splitSentences(text);
  it('keeps exact offsets', () => {
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
  it('does not split after abbreviations, ordinals or initials', () => {
    expect(s.map((x) => x.text)).toEqual([
      'Mødet sluttede bl.a. med en aftale.',
      'Den 3. maj kom U.S. Army til byen!',
      '- Vi er klar, siger han.',
      'Derfor sker det nu.',
    ]);
  });
  it('marks dash-led quote paragraphs', () => {
    expect(s.map((x) => x.dash)).toEqual([false, false, true, true]);
    expect(s[2].paragraph).toBe(s[3].paragraph);
  });
});

describe('tokens', () => {
  it('splits a capitalised compound into its name and tail', () => {
    const t = tokenize('Camp Taji-basen og NATO-landene');
    expect(t.map((x) => [x.text, x.tail])).toEqual([
      ['Camp', undefined],
      ['Taji', 'basen'],
      ['og', undefined],
      ['NATO', 'landene'],
    ]);
  });
  it('keeps genitive apostrophes and abbreviations', () => {
    expect(tokenize("Reuters' kilde i U.S.").map((x) => x.text)).toEqual(["Reuters'", 'kilde', 'i', 'U.S.']);
    expect(genitiveBase("FN's")).toBe('FN');
    expect(genitiveBase('Tysklands')).toBe('Tyskland');
  });
});
