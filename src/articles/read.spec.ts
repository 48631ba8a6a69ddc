import { describe, expect, it } from 'vitest';
import { detectFormat, readArticles } from './read.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('readArticles: text and markdown', () => {
  it('seed format: date marker dropped from the text, first line is the title', () => {
    const r = readArticles('nyt/a.txt', utf8(' date 2020-01 Overskrift her\n\nBrødtekst.\n'));
    expect(r.problems).toEqual([]);
    expect(r.articles).toEqual([
      {
        id: 'nyt/a.txt',
        file: 'nyt/a.txt',
        text: 'Overskrift her\n\nBrødtekst.\n',
        title: 'Overskrift her',
        date: '2020-01',
      },
    ]);
  });

  it('plain text without a marker keeps everything; CRLF becomes LF; decomposed å becomes one character', () => {
    const r = readArticles('b.txt', utf8('Titel\r\nLinje 2 ga\u030Ar\r\n'));
    expect(r.articles[0].text).toBe('Titel\nLinje 2 går\n');
    expect(r.articles[0].title).toBe('Titel');
    expect(r.articles[0].date).toBeUndefined();
  });

  it('markdown: front matter gives title/date/lang, markup is removed from the text', () => {
    const md =
      '---\ntitle: "Ny aftale"\ndate: 2021-03-04T10:00:00Z\nlang: da\n---\n# Ny aftale\n\nDet er **vigtigt**, siger [Ritzau](https://x.dk).\n';
    const a = readArticles('c.md', utf8(md)).articles[0];
    expect(a).toEqual({
      id: 'c.md',
      file: 'c.md',
      text: 'Ny aftale\n\nDet er vigtigt, siger Ritzau.',
      title: 'Ny aftale',
      date: '2021-03-04',
      lang: 'da',
    });
  });
});

describe('readArticles: JSON and JSONL', () => {
  it('one JSON record: id is the file; body/content stand in for text; HTML content is read as HTML', () => {
    const r = readArticles(
      'feed/one.json',
      utf8('{"title":"T","content":"<p>Første.</p><p>Anden.</p>","date":"2020-02-03"}'),
    );
    expect(r.articles).toEqual([
      {
        id: 'feed/one.json',
        file: 'feed/one.json',
        text: 'Første.\n\nAnden.',
        title: 'T',
        date: '2020-02-03',
      },
    ]);
  });

  it('a JSON array: ids file#id or file#position; a bad record is a problem, not a crash', () => {
    const r = readArticles(
      'f.json',
      utf8('[{"id":"x1","text":"A"},{"text":"B","lang":"no"},{"title":"no text"},42]'),
    );
    expect(r.articles.map((a) => [a.id, a.text, a.lang])).toEqual([
      ['f.json#x1', 'A', undefined],
      ['f.json#2', 'B', 'nb'],
    ]);
    expect(r.problems.map((p) => p.reason)).toEqual([
      'record 3: no "text" (or "body"/"content") field',
      'record 4: expected an object with "text", found a number',
    ]);
  });

  it('an object wrapping the records under "articles"', () => {
    const r = readArticles('w.json', utf8('{"articles":[{"text":"A"},{"text":"B"}]}'));
    expect(r.articles.map((a) => a.id)).toEqual(['w.json#1', 'w.json#2']);
  });

  it('wrong shape or broken JSON: problem with the reason', () => {
    expect(readArticles('s.json', utf8('{"headline": 3}')).problems).toEqual([
      { file: 's.json', reason: 'wrong shape: no "text" (or "body"/"content") field' },
    ]);
    expect(readArticles('t.json', utf8('{"text": "unterminated')).problems[0].reason).toMatch(/^not JSON/);
    expect(readArticles('u.json', utf8('{"text": ["a"]}')).problems[0].reason).toMatch(/"text" is an array/);
  });

  it('JSONL: one record per line, ids file#id or file#line, one bad line skips that record only', () => {
    const lines = [
      '{"id":"a","text":"Én"}',
      '',
      '{oops',
      '{"text":"To"}',
      '{"text":""}',
      '{"id":"a","text":"Tre"}',
    ];
    const r = readArticles('n.jsonl', utf8(lines.join('\n')));
    expect(r.articles.map((a) => [a.id, a.text])).toEqual([
      ['n.jsonl#a', 'Én'],
      ['n.jsonl#4', 'To'],
      ['n.jsonl#a@6', 'Tre'],
    ]);
    expect(r.problems.map((p) => p.reason.replace(/ \(.*/, ''))).toEqual([
      'line 3: not JSON',
      'line 5: empty text',
    ]);
  });
});

describe('readArticles: bad input never throws', () => {
  it.each([
    ['empty', new Uint8Array(0), 'empty'],
    ['whitespace', utf8(' \n\t\n'), 'empty'],
    ['binary', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'binary file'],
    ['HTML without text', utf8('<html><script>x()</script></html>'), 'empty (no text in the HTML)'],
  ])('%s → one problem naming the file', (_name, bytes, reason) => {
    const r = readArticles('bad.html', bytes);
    expect(r.articles).toEqual([]);
    expect(r.problems).toEqual([{ file: 'bad.html', reason }]);
  });

  it('truncated UTF-8: the valid part is an article, with a kept warning', () => {
    const r = readArticles('t.txt', utf8('Hej på dig ø').slice(0, -1));
    expect(r.articles[0].text).toBe('Hej på dig ');
    expect(r.problems).toEqual([
      { file: 't.txt', reason: expect.stringMatching(/truncated UTF-8/), kept: true },
    ]);
  });
});

describe('detectFormat', () => {
  it('by extension first, by content for unknown extensions', () => {
    expect(detectFormat('a.HTM', 'x')).toBe('html');
    expect(detectFormat('a.ndjson', '{}')).toBe('jsonl');
    expect(detectFormat('a', '<!DOCTYPE html><p>x')).toBe('html');
    expect(detectFormat('a.dat', '{"text":"x"}\n{"text":"y"}')).toBe('jsonl');
    expect(detectFormat('a.json', '{"text":"x"}\n{"text":"y"}')).toBe('jsonl');
    expect(detectFormat('a.json', 'just words')).toBe('text');
  });
});
