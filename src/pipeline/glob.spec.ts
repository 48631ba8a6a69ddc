import { describe, expect, it } from 'vitest';
import { globBase, globToRegExp, isGlob } from './glob.ts';

describe('glob', () => {
  it('recognises patterns', () => {
    expect(isGlob('news/*.txt')).toBe(true);
    expect(isGlob('news/a.txt')).toBe(false);
  });
  it('finds the fixed folder to walk from', () => {
    expect(globBase('news/2020/**/*.html')).toBe('news/2020');
    expect(globBase('*.txt')).toBe('.');
    expect(globBase('/data/*/x.json')).toBe('/data');
  });
  it('* stays within a segment, ** crosses them (also zero of them)', () => {
    const re = globToRegExp('news/**/*.txt');
    expect(re.test('news/a.txt')).toBe(true);
    expect(re.test('news/2020/01/a.txt')).toBe(true);
    expect(re.test('news/a.html')).toBe(false);
    expect(re.test('other/a.txt')).toBe(false);
    expect(globToRegExp('news/*.txt').test('news/2020/a.txt')).toBe(false);
  });
  it('?, classes and {a,b} alternatives; dots are literal', () => {
    expect(globToRegExp('a?.txt').test('ab.txt')).toBe(true);
    expect(globToRegExp('a?.txt').test('abtxt')).toBe(false);
    expect(globToRegExp('[0-9]*.md').test('7x.md')).toBe(true);
    expect(globToRegExp('[!0-9]*.md').test('7x.md')).toBe(false);
    const alt = globToRegExp('**/*.{html,htm}');
    expect(alt.test('x/y.htm')).toBe(true);
    expect(alt.test('x/y.txt')).toBe(false);
    expect(globToRegExp('*.txt').test('axtxt')).toBe(false);
  });
});
