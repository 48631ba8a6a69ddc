import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeWindows1252 } from './decode.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const text = (d: ReturnType<typeof decodeBytes>): string => (d.ok ? d.text : `!${d.reason}`);

describe('decodeBytes', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(text(decodeBytes(utf8('Søren går på æblejagt')))).toBe('Søren går på æblejagt');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Østerbro')]);
    expect(decodeBytes(bom)).toEqual({ ok: true, text: 'Østerbro', encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 for Latin-1 Danish, so æøå survive', () => {
    // "Blåbær og rødgrød – 5 €" in Windows-1252: å=E5 æ=E6 ø=F8 –=96 €=80
    const bytes = Uint8Array.from([
      0x42, 0x6c, 0xe5, 0x62, 0xe6, 0x72, 0x20, 0x6f, 0x67, 0x20, 0x72, 0xf8, 0x64, 0x67, 0x72, 0xf8, 0x64,
      0x20, 0x96, 0x20, 0x35, 0x20, 0x80,
    ]);
    const d = decodeBytes(bytes);
    expect(d).toEqual({ ok: true, text: 'Blåbær og rødgrød – 5 €', encoding: 'windows-1252' });
  });

  it('maps all of Windows-1252 0x80–0x9F to their characters, not C1 controls', () => {
    expect(decodeWindows1252(Uint8Array.of(0x84, 0x93, 0x94, 0x97, 0x85))).toBe('„“”—…');
  });

  it('keeps the valid part of UTF-8 cut off mid-character, with a warning', () => {
    const cut = utf8('Kære læser, ø').slice(0, -1); // "ø" is two bytes; drop the second
    const d = decodeBytes(cut);
    expect(d.ok && d.text).toBe('Kære læser, ');
    expect(d.ok && d.warning).toMatch(/truncated UTF-8/);
  });

  it('reads UTF-16 with a BOM (both byte orders) and without one', () => {
    const le = Uint8Array.from([0xff, 0xfe, 0x48, 0x00, 0xe6, 0x00]);
    const be = Uint8Array.from([0xfe, 0xff, 0x00, 0x48, 0x00, 0xf8]);
    expect(text(decodeBytes(le))).toBe('Hæ');
    expect(text(decodeBytes(be))).toBe('Hø');
    const noBom = Uint8Array.from([...'Hello world'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(text(decodeBytes(noBom))).toBe('Hello world');
  });

  it('refuses binary content', () => {
    expect(decodeBytes(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0x10]))).toEqual({
      ok: false,
      reason: 'binary file',
    });
    const controls = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(decodeBytes(controls).ok).toBe(false);
  });

  it('keeps UTF-8 when one stray Windows-1252 byte ends the file, and names its offset (issue 18, finding 4)', () => {
    const article = 'Ifølge ministeren blev basen ramt af støv og røg.';
    const bytes = Uint8Array.from([...utf8(article), 0x20, 0xf8]); // " ø" in Windows-1252
    const d = decodeBytes(bytes);
    expect(d.ok && d.text).toBe(`${article} ø`);
    expect(d.ok && d.encoding).toBe('utf-8');
    expect(d.ok && d.warning).toBe(
      `mixed encoding: 1 byte(s) not UTF-8, read as Windows-1252 (at byte offset ${bytes.length - 1})`,
    );
  });

  it('keeps UTF-8 around a pasted Windows-1252 passage, each stray byte read as Windows-1252', () => {
    const cp1252 = Uint8Array.from([0x62, 0x6c, 0xe5, 0x62, 0xe6, 0x72, 0x20, 0x96, 0x20]); // "blåbær – "
    const bytes = Uint8Array.from([...utf8('Søren på Østerbro, Ærø: '), ...cp1252, ...utf8('æøå.')]);
    const d = decodeBytes(bytes);
    expect(d.ok && d.text).toBe('Søren på Østerbro, Ærø: blåbær – æøå.');
    expect(d.ok && d.warning).toMatch(/^mixed encoding: 3 byte\(s\) not UTF-8.*offset 31, 33, 36\)$/);
  });

  it('still reads a Windows-1252 file as Windows-1252 when it happens to hold one valid UTF-8 pair', () => {
    // "Å»" (C5 BB) is a valid UTF-8 sequence; the many æ/ø bytes are not.
    const bytes = Uint8Array.from([0xc5, 0xbb, 0x20, 0xe6, 0x20, 0xf8, 0x20, 0xe5, 0x20, 0xe6]);
    const d = decodeBytes(bytes);
    expect(d).toEqual({ ok: true, text: 'Å» æ ø å æ', encoding: 'windows-1252' });
  });

  it('finds binary content anywhere in the file, not only in its first 8 KB', () => {
    const bytes = Uint8Array.from([...utf8('Tekst. '.repeat(2000)), 0x00, 0x01, 0x02, 0x00]);
    expect(decodeBytes(bytes)).toEqual({ ok: false, reason: 'binary file' });
  });
});
