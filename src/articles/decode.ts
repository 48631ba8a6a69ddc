/**
 * Bytes → text, tolerant of what news archives hold: UTF-8 with or without BOM, UTF-16 (BOM, or plain
 * ASCII-range text with NULs between), Windows-1252/Latin-1 (common on Scandinavian sites, so "æøå" survive)
 * and UTF-8 cut off mid-character. Binary files and empty ones are refused with a reason.
 *
 * The encoding is chosen per file with a confidence: a file whose non-ASCII bytes are mostly valid UTF-8 is
 * UTF-8 even when some are not (a paragraph pasted from a Windows-1252 page, a stray byte): those bytes are
 * read as Windows-1252 and reported by byte offset. Deciding on the first bad byte made one stray byte turn
 * every "ø" of a UTF-8 article into "Ã¸".
 */

export type Decoded =
  { ok: true; text: string; encoding: string; warning?: string } | { ok: false; reason: string };

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const latin1 = new TextDecoder('latin1');

/**
 * Windows-1252's 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ). Written out because
 * some Node builds decode "windows-1252" as ISO-8859-1 and leave these as C1 control characters.
 */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Windows-1252 → text, the same in every runtime. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return latin1.decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** How many bytes a UTF-8 sequence with this lead byte needs (0 when it is not a valid lead byte). */
function utf8Length(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Where an incomplete multi-byte sequence at the very end starts, or -1 when the end is complete. */
function truncatedTail(bytes: Uint8Array): number {
  const n = bytes.length;
  // Walk back over at most three continuation bytes to the sequence's lead byte.
  for (let i = n - 1; i >= Math.max(0, n - 4); i--) {
    const b = bytes[i];
    if ((b & 0xc0) === 0x80) continue;
    const need = utf8Length(b);
    return need > 1 && n - i < need ? i : -1;
  }
  return -1;
}

function hasMultiByte(bytes: Uint8Array, end: number): boolean {
  for (let i = 0; i < end; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

/** UTF-16 without a BOM: ASCII-range text leaves every other byte NUL. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * NUL bytes, or many control characters other than whitespace, mean the file is not text. The whole file
 * is looked at (one pass, cheap beside extraction): text with binary after its first pages is binary.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = bytes.length;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  return n > 0 && control / n > 0.05;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number): Decoded {
  const body = bytes.subarray(skip);
  const odd = body.length % 2 === 1;
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(odd ? body.subarray(0, -1) : body);
  return odd
    ? { ok: true, text, encoding, warning: `truncated ${encoding.toUpperCase()}: dropped the last byte` }
    : { ok: true, text, encoding };
}

/** Length of the valid UTF-8 sequence at `i` (1 for ASCII), or 0 when the byte there does not start one. */
function validSequence(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const need = utf8Length(b);
  if (need <= 1 || i + need > bytes.length) return need === 1 ? 1 : 0;
  // The second byte's range excludes overlong forms and surrogates (RFC 3629).
  const c = bytes[i + 1];
  const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
  const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
  if (c < lo || c > hi) return 0;
  for (let k = 2; k < need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  return need;
}

interface Utf8Census {
  /** Valid multi-byte sequences. */
  valid: number;
  /** Offsets of the bytes that are not part of any valid sequence. */
  bad: number[];
}

function utf8Census(bytes: Uint8Array): Utf8Census {
  const out: Utf8Census = { valid: 0, bad: [] };
  for (let i = 0; i < bytes.length;) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const n = validSequence(bytes, i);
    if (n) {
      out.valid++;
      i += n;
    } else {
      out.bad.push(i);
      i++;
    }
  }
  return out;
}

/** UTF-8 with the bytes at `bad` (sorted) read as Windows-1252. */
function decodeMixed(bytes: Uint8Array, bad: number[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const at of bad) {
    parts.push(utf8Fatal.decode(bytes.subarray(from, at)), decodeWindows1252(bytes.subarray(at, at + 1)));
    from = at + 1;
  }
  parts.push(utf8Fatal.decode(bytes.subarray(from)));
  return parts.join('');
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le', 2);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be', 2);
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(bom);
  if (!bom) {
    const utf16 = sniffUtf16(body);
    if (utf16) return decodeUtf16(body, utf16, 0);
  }
  if (looksBinary(body)) return { ok: false, reason: 'binary file' };
  try {
    return { ok: true, text: utf8Fatal.decode(body), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8 as a whole: either cut off mid-character at the end, or another encoding.
  }
  const cut = truncatedTail(body);
  if (cut >= 0 && (bom || hasMultiByte(body, cut))) {
    try {
      const text = utf8Fatal.decode(body.subarray(0, cut));
      return {
        ok: true,
        text,
        encoding: 'utf-8',
        warning: `truncated UTF-8: the last ${body.length - cut} byte(s) end mid-character and were dropped`,
      };
    } catch {
      // Invalid earlier too: mixed, or another encoding.
    }
  }
  // Mostly UTF-8 (at least as many valid multi-byte sequences as stray bytes): UTF-8 it is. Genuine
  // Windows-1252 text almost never forms a valid sequence ("æ" is E6, then ASCII).
  const census = utf8Census(body);
  if (census.valid > 0 && census.valid >= census.bad.length) {
    const where = census.bad.slice(0, 3).map((at) => at + bom);
    const more = census.bad.length > 3 ? ', …' : '';
    return {
      ok: true,
      text: decodeMixed(body, census.bad),
      encoding: 'utf-8',
      warning:
        `mixed encoding: ${census.bad.length} byte(s) not UTF-8, read as Windows-1252 ` +
        `(at byte offset ${where.join(', ')}${more})`,
    };
  }
  return { ok: true, text: decodeWindows1252(body), encoding: 'windows-1252' };
}
