// From the product's tokens to the words the models were trained on. The treebanks' tokenisation is the
// product's (one token per word, punctuation apart, hyphen compounds whole) except for English clitics, which
// English-EWT splits off: "Iran's" → "Iran" "'s", "don't" → "do" "n't". Offsets stay exact, so whatever the
// models find maps back to characters of the article.

export interface WordSpan {
  text: string;
  start: number;
  end: number;
}

const EN_CLITIC = /^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m))$/i;

/** Words of the tokens (with their offsets), English clitics split off. */
export function wordsOf(tokens: readonly WordSpan[], lang: string): WordSpan[] {
  if (lang !== 'en') return tokens.map((t) => ({ text: t.text, start: t.start, end: t.end }));
  const out: WordSpan[] = [];
  for (const t of tokens) {
    const m = EN_CLITIC.exec(t.text);
    if (!m || (m[2].length === 3 && !/[a-z]$/i.test(m[1]))) {
      out.push({ text: t.text, start: t.start, end: t.end });
      continue;
    }
    // The lazy stem leaves the n of a negation to the clitic, as EWT does ("do n't", "ca n't").
    const stem = m[1];
    out.push({ text: stem, start: t.start, end: t.start + stem.length });
    out.push({ text: m[2], start: t.start + stem.length, end: t.end });
  }
  return out;
}
