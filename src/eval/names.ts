// Name normalisation of the reference annotation's rules: case-folded, diacritics kept ("Tromsø" is not
// "Tromso"), possessive -s / -'s / -' and surrounding punctuation removed.

const APOSTROPHES = /[\u2019\u2018\u02BC\u00B4`]/g;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const POSSESSIVE = /(?:'s|s)$/;

/** Case-folded, NFC, whitespace collapsed, typographic apostrophes unified, surrounding punctuation gone. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(/\s+/g, ' ')
    .replace(EDGE_PUNCTUATION, '');
}

/**
 * The forms a name is compared by: the normalised name and, when it ends like a possessive, the name without
 * it. Both sides of a comparison use this, so "Isis" still meets "ISIS" (both also yield "isi") and "Irans"
 * meets "Iran". A strip that would leave one letter is not made ("IS" stays "is", never "i").
 */
export function nameForms(name: string): string[] {
  const n = normalizeName(name);
  if (!n) return [];
  const stripped = n.replace(POSSESSIVE, '').replace(EDGE_PUNCTUATION, '');
  return stripped !== n && stripped.length >= 2 ? [n, stripped] : [n];
}

/** Whether two names are the same after normalisation (possessive stripped on either side). */
export function sameName(a: string, b: string): boolean {
  const fa = nameForms(a);
  return nameForms(b).some((f) => fa.includes(f));
}
