// Word tokens with exact offsets. Hyphen compounds whose last parts are lower case ("Al-Udeid-basen",
// "USA-ledede", "Biden-administrationen") become the capitalised head as the token and the rest as `tail`,
// so names are matched without their compound suffix.

export interface Token {
  text: string;
  /** Lower case (NFC). */
  norm: string;
  start: number;
  end: number;
  /** A word (letters/digits) rather than punctuation. */
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** All letters are capitals (two letters or more): acronyms and shouted headlines. */
  upper: boolean;
  /** Lower-case compound tail after a hyphen ("basen" in "Al-Udeid-basen"). */
  tail?: string;
}

// Abbreviations like "U.S." first, then words with inner hyphens/apostrophes/dots, a genitive apostrophe
// after s/x/z ("News'"), then any other single non-space character.
const TOKEN_RE =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*(?:(?<=[sxzSXZ])['’](?![\p{L}\p{N}]))?|[^\s]/gu;

const UPPER_RE = /^\p{Lu}/u;
const LETTER_RE = /[\p{L}]/u;

function isUpperWord(t: string): boolean {
  let letters = 0;
  for (const ch of t) {
    if (ch.toLowerCase() !== ch) letters++;
    else if (ch.toUpperCase() !== ch) return false;
  }
  return letters >= 2;
}

function makeToken(text: string, start: number): Token {
  const first = text[0];
  const word = LETTER_RE.test(first) || (first >= '0' && first <= '9');
  return {
    text,
    norm: text.toLowerCase(),
    start,
    end: start + text.length,
    word,
    cap: word && UPPER_RE.test(first),
    upper: word && isUpperWord(text),
  };
}

/** Tokens of `text.slice(from, to)`, offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    let t = m[0];
    const start = from + m.index;
    // A full stop glued to a word ("Irak.") is punctuation, except in abbreviations like "U.S." or "bl.a.".
    if (t.length > 1 && t.endsWith('.') && !/^(?:\p{Lu}\.){2,}$/u.test(t)) t = t.slice(0, -1);
    const tok = makeToken(t, start);
    const dash = t.indexOf('-');
    if (tok.cap && dash > 0) {
      const parts = t.split('-');
      // Tail: the trailing lower-case parts of a capitalised compound.
      let k = parts.length;
      while (k > 1 && /^[\p{Ll}\p{N}]/u.test(parts[k - 1])) k--;
      if (k < parts.length && k >= 1) {
        const head = parts.slice(0, k).join('-');
        const headTok = makeToken(head, start);
        headTok.tail = parts.slice(k).join('-').toLowerCase();
        out.push(headTok);
        if (t.length < m[0].length) out.push(makeToken('.', start + t.length));
        continue;
      }
    }
    out.push(tok);
    if (t.length < m[0].length) out.push(makeToken('.', start + t.length));
  }
  return out;
}

/** Removes a genitive ending: "Irans" → "Irans"/"Iran" candidates, "FN's" → "FN", "News'" → "News". */
export function genitiveBase(t: string): string | null {
  if (/['’]s$/.test(t)) return t.slice(0, -2);
  if (/['’]$/.test(t)) return t.slice(0, -1);
  if (t.length > 2 && /s$/i.test(t) && !/ss$/i.test(t)) return t.slice(0, -1);
  return null;
}
