// Sentence splitting with exact offsets: text.slice(start, end) === sentence text.
import { grammar } from '../grammar/index.ts';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (a line or block of lines separated by line breaks). */
  paragraph: number;
  /** First sentence of its paragraph. */
  first: boolean;
  /** The paragraph opens with a dash: a quote in Scandinavian news style ("- …", "– …"). */
  dash: boolean;
  /** A short line without final punctuation, or a shouted one: a headline or subheading. */
  headline: boolean;
}

const DASHES = new Set(['-', '–', '—']);
const CLOSERS = new Set(['"', '”', '»', "'", '’', ')', ']']);

function isSentenceStartChar(ch: string): boolean {
  return /[-–—\p{Lu}\p{N}"“”«»'‘’([]/u.test(ch);
}

/** The word before position `i` (exclusive), lower case, with inner dots. */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && /[\p{L}\p{N}.]/u.test(text[j - 1])) j--;
  return text.slice(j, i);
}

export function isAbbreviation(word: string): boolean {
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "George W. Bush"
  if (/^\d{1,2}$/.test(word)) return true; // an ordinal: "27. december"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S" in "U.S.", "bl.a"
  return grammar.abbreviations.has(word.toLowerCase());
}

/**
 * Longest sentence, in characters: a longer run without a sentence end is cut (at a comma or a space near
 * the limit). Rules look at word pairs within a sentence, so a 300 KB run without a full stop cost minutes;
 * real sentences stay far below this (the longest in every fixture is under 750).
 */
export const MAX_SENTENCE_LENGTH = 1000;

/** Where a run longer than the limit is cut: after a comma or semicolon in its second half, else a space. */
function cutPoint(line: string, s: number): number {
  const limit = s + MAX_SENTENCE_LENGTH;
  let space = -1;
  for (let i = limit; i > s + MAX_SENTENCE_LENGTH / 2; i--) {
    if (/\s/.test(line[i])) {
      if (line[i - 1] === ',' || line[i - 1] === ';') return i;
      if (space < 0) space = i;
    }
  }
  if (space >= 0) return space;
  // No space at all: a hard cut, never inside a surrogate pair.
  return /[\uDC00-\uDFFF]/.test(line[limit]) ? limit - 1 : limit;
}

/** `cuts`, when given, receives the offset of every cut made at MAX_SENTENCE_LENGTH. */
export function splitSentences(text: string, cuts?: number[]): Sentence[] {
  const out: Sentence[] = [];
  const paraRe = /[^\n]+/g;
  let paragraph = -1;
  for (let pm = paraRe.exec(text); pm; pm = paraRe.exec(text)) {
    const line = pm[0];
    if (!line.trim()) continue;
    paragraph++;
    const base = pm.index;
    const trimmed = line.trimStart();
    const dash = DASHES.has(trimmed[0] ?? '') && /^\s/.test(trimmed.slice(1, 2));
    let segStart = 0;
    let first = true;
    const push = (s: number, e: number): void => {
      while (s < e && /\s/.test(line[s])) s++;
      while (e > s && /\s/.test(line[e - 1])) e--;
      if (e <= s) return;
      while (e - s > MAX_SENTENCE_LENGTH) {
        const cut = cutPoint(line, s);
        cuts?.push(base + cut);
        emit(s, cut);
        for (s = cut; /\s/.test(line[s]);) s++;
      }
      emit(s, e);
    };
    const emit = (s: number, e: number): void => {
      while (e > s && /\s/.test(line[e - 1])) e--;
      const body = line.slice(s, e);
      const words = body.split(/\s+/).length;
      const headline =
        (first && !/[.!?:"”»]$/.test(body) && words <= 12) ||
        (/^[^\p{Ll}]*$/u.test(body) && /\p{Lu}{2}/u.test(body) && words >= 2);
      out.push({
        index: out.length,
        start: base + s,
        end: base + e,
        text: body,
        paragraph,
        first,
        dash,
        headline: headline && !(first && dash),
      });
      first = false;
    };
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
      let j = i + 1;
      while (
        j < line.length &&
        (CLOSERS.has(line[j]) || line[j] === '.' || line[j] === '!' || line[j] === '?')
      )
        j++;
      if (j >= line.length) break;
      if (!/\s/.test(line[j])) continue;
      let k = j;
      while (k < line.length && /\s/.test(line[k])) k++;
      if (k >= line.length || !isSentenceStartChar(line[k])) continue;
      if (ch === '.' && j === i + 1 && isAbbreviation(wordBefore(line, i))) {
        // An abbreviation or initial, unless a clearly new sentence follows an ordinal-free word.
        continue;
      }
      push(segStart, j);
      segStart = j;
      i = j - 1;
    }
    push(segStart, line.length);
  }
  return out;
}
