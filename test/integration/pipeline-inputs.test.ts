// What `newsgraph extract` reads: folders (recursively), globs, feed files; bad files reported and skipped.
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/graph/index.ts';
import { articleIds, run, summary, write } from './pipeline-helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'newsgraph-pipeline-inputs-'));
const corpus = join(tmp, 'corpus');
const bad = join(tmp, 'bad');

const DA = 'Forsvarsministeren siger, at de danske soldater bliver på basen i Irak.';
const NB = 'Forsvarsministeren sier at de norske soldatene blir værende i Irak.';
const EN = 'The defence minister said the British troops would stay at the base.';

beforeAll(() => {
  write(join(corpus, 'da/one.txt'), ` date 2020-01 Soldater bliver\n\n${DA}\n`);
  write(join(corpus, 'da/deep/er/two.md'), `# Overskrift\n\n${NB}\n`);
  write(join(corpus, 'en/three.html'), `<html lang="en"><title>T</title><body><p>${EN}</p></body></html>`);
  write(
    join(corpus, 'feeds/feed.jsonl'),
    [
      JSON.stringify({ id: 'r1', text: `${DA} Første.`, lang: 'da' }),
      JSON.stringify({ text: `${NB} Andre.` }),
      JSON.stringify({ id: 'r3', body: `${EN} Third.`, date: '2020-01-09' }),
    ].join('\n') + '\n',
  );
  write(join(corpus, '.hidden/skip.txt'), 'never read');
  write(join(corpus, 'notes.csv'), 'a,b\n1,2\n');

  const cp1252 = Uint8Array.from(
    [...'Blåbærgrød på Østerbro: Søren fortæller om æbler.'].map((c) =>
      c === 'å' ? 0xe5 : c === 'æ' ? 0xe6 : c === 'ø' ? 0xf8 : c === 'Ø' ? 0xd8 : c.charCodeAt(0),
    ),
  );
  write(join(bad, 'good.txt'), `${DA}\n`);
  write(join(bad, 'empty.txt'), '');
  write(join(bad, 'blank.md'), '  \n\n ');
  write(
    join(bad, 'binary.txt'),
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49]),
  );
  write(join(bad, 'truncated.txt'), new TextEncoder().encode(`${DA} Slutningen på æ`).slice(0, -1));
  write(join(bad, 'latin1.txt'), cp1252);
  write(
    join(bad, 'soup.html'),
    `<div><p>${NB}<p>Mer <b>tekst<td>celle</td><script>alert("<p>")</script><!-- uten slutt`,
  );
  write(join(bad, 'wrong.json'), JSON.stringify({ headline: 'no text here', items: 3 }));
  write(join(bad, 'big.txt'), `${EN}\n`.repeat(200)); // ~14 kB, over --max-size 8kB
});

describe('inputs', () => {
  it('walks folders recursively, reads txt/md/html/jsonl, skips hidden folders and other extensions', async () => {
    const out = join(tmp, 'all.json');
    const r = await run(['extract', corpus, '--out', out, '--json', '--no-cache']);
    expect(r.code, r.stderr).toBe(0);
    expect(summary(r).articles).toBe(6);
    expect(articleIds(out)).toEqual([
      'da/deep/er/two.md',
      'da/one.txt',
      'en/three.html',
      'feeds/feed.jsonl#2',
      'feeds/feed.jsonl#r1',
      'feeds/feed.jsonl#r3',
    ]);
    const g = parseGraph(readFileSync(out, 'utf8'));
    const meta = g.getAttribute('articles');
    expect(meta.find((a) => a.id === 'da/one.txt')?.date).toBe('2020-01');
    expect(meta.find((a) => a.id === 'feeds/feed.jsonl#r3')?.text).toBe(`${EN} Third.`);
  });

  it('expands globs (quoted, so the program and not the shell does it)', async () => {
    const out = join(tmp, 'glob.json');
    const r = await run(['extract', `${corpus}/**/*.{txt,md}`, '--out', out, '--json', '--no-cache']);
    expect(r.code, r.stderr).toBe(0);
    expect(articleIds(out)).toEqual(['da/deep/er/two.md', 'da/one.txt']);
    const r2 = await run([
      'extract',
      `${corpus}/da/*.txt`,
      `${corpus}/feeds/feed.jsonl`,
      '--out',
      out,
      '--no-cache',
    ]);
    expect(r2.code, r2.stderr).toBe(0);
    expect(articleIds(out)).toEqual(['feed.jsonl#2', 'feed.jsonl#r1', 'feed.jsonl#r3', 'one.txt']);
  });

  it('counts the same text under two names once, and says which it duplicates', async () => {
    const dup = join(tmp, 'dup');
    write(join(dup, 'a.txt'), `${DA}\n`);
    write(join(dup, 'b/copy.txt'), `${DA}\n`);
    write(join(dup, 'c.txt'), `${NB}\n`);
    const out = join(tmp, 'dup.json');
    const r = await run(['extract', dup, '--out', out, '--json', '--no-cache']);
    expect(r.code, r.stderr).toBe(0);
    expect(articleIds(out)).toEqual(['a.txt', 'c.txt']);
    expect(summary(r).duplicates).toEqual([{ id: 'b/copy.txt', of: 'a.txt' }]);
  });
});

describe('bad inputs', () => {
  it('every good article is extracted; each bad file is reported by name and reason; exit code 2', async () => {
    const out = join(tmp, 'bad.json');
    const r = await run(['extract', bad, '--out', out, '--max-size', '8kB', '--no-cache']);
    expect(r.code, r.stderr).toBe(2);
    expect(articleIds(out)).toEqual(['good.txt', 'latin1.txt', 'soup.html', 'truncated.txt']);
    const lines = r.stderr.trim().split('\n').sort();
    expect(lines).toEqual([
      'skipped big.txt: too large (14 kB > 8 kB)',
      'skipped binary.txt: binary file',
      'skipped blank.md: empty',
      'skipped empty.txt: empty',
      'skipped wrong.json: wrong shape: no "text" (or "body"/"content") field',
      expect.stringMatching(/^warning truncated\.txt: truncated UTF-8/),
    ]);
    expect(r.stdout).toMatch(/^bad\.json: 4 articles/);

    const g = parseGraph(readFileSync(out, 'utf8'));
    const text = (id: string): string | undefined =>
      g.getAttribute('articles').find((a) => a.id === id)?.text;
    expect(text('latin1.txt')).toBe('Blåbærgrød på Østerbro: Søren fortæller om æbler.');
    expect(text('truncated.txt')).toBe(`${DA} Slutningen på `);
    expect(text('soup.html')).toBe(`${NB}\n\nMer tekst celle`);
  });

  it('--json lists skipped files with reasons', async () => {
    const r = await run([
      'extract',
      bad,
      '--out',
      join(tmp, 'bad2.json'),
      '--max-size',
      '8kB',
      '--json',
      '-q',
    ]);
    expect(r.code).toBe(2);
    const s = summary(r);
    expect(s.skipped.map((p) => p.file).sort()).toEqual([
      'big.txt',
      'binary.txt',
      'blank.md',
      'empty.txt',
      'wrong.json',
    ]);
    expect(s.warnings.map((p) => p.file)).toEqual(['truncated.txt']);
    expect(s.articles).toBe(4);
    expect(r.stderr).toBe(''); // --quiet
  });

  it('--strict: exit 1 and nothing written', async () => {
    const out = join(tmp, 'strict.json');
    const r = await run(['extract', bad, '--out', out, '--strict', '--no-cache']);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(r.stderr).toMatch(/strict\.json not written/);
  });

  it('bad arguments and no articles: exit 1', async () => {
    const out = join(tmp, 'none.json');
    expect((await run(['extract', corpus, '--out', out, '--jobs', 'zero'])).code).toBe(1);
    expect((await run(['extract', corpus, '--out', out, '--max-size', 'huge'])).code).toBe(1);
    write(join(tmp, 'empty-folder/readme.csv'), 'x');
    const r = await run(['extract', join(tmp, 'empty-folder'), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no articles found/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
