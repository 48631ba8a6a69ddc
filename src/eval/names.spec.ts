import { describe, expect, it } from 'vitest';
import { nameForms, normalizeName, sameName } from './names.ts';

describe('normalizeName', () => {
  it('case-folds, collapses whitespace and drops surrounding punctuation', () => {
    expect(normalizeName('  «Hassan  Rouhani», ')).toBe('hassan rouhani');
    expect(normalizeName('(H)')).toBe('h');
    expect(normalizeName('U.S. Army')).toBe('u.s. army');
  });

  it('keeps diacritics', () => {
    expect(normalizeName('TROMSØ')).toBe('tromsø');
    expect(normalizeName('António Guterres')).toBe('antónio guterres');
  });
});

describe('nameForms / sameName', () => {
  it('removes possessive -s, -’s and -’ on either side', () => {
    expect(sameName('Irans', 'Iran')).toBe(true);
    expect(sameName('Iran', 'Irans')).toBe(true);
    expect(sameName("USA's", 'USA')).toBe(true);
    expect(sameName('FN’s', 'FN')).toBe(true);
    expect(sameName("Guterres'", 'Guterres')).toBe(true);
    expect(sameName('Norges', 'Norge')).toBe(true);
  });

  it('still lets names that end in s match themselves', () => {
    expect(sameName('Isis', 'ISIS')).toBe(true);
    expect(sameName('Reuters', 'Reuters')).toBe(true);
    expect(sameName('Paris', 'paris')).toBe(true);
  });

  it('keeps diacritics apart', () => {
    expect(sameName('Tromsø', 'Tromso')).toBe(false);
    expect(sameName('Tromsø', 'TROMSØ')).toBe(true);
  });

  it('never strips down to one letter', () => {
    expect(nameForms('IS')).toEqual(['is']);
    expect(sameName('IS', 'I')).toBe(false);
    expect(sameName('US', 'U')).toBe(false);
  });

  it('changes nothing else: hyphens and inner words stay', () => {
    expect(sameName('Ain Al-Asad', 'Ain Al Asad')).toBe(false);
    expect(sameName('Irans Revolutionsgarde', 'Revolutionsgarde')).toBe(false);
    expect(nameForms('')).toEqual([]);
  });
});
