// Spelling folds for person names, so variants of one name share a node key across articles
// ("Qassim"/"Qasim", "José"/"Jose", "Mohammad"/"Mohammed" stays apart only in vowels it cannot fold).

/** A folded form of a name: no diacritics, lower case, ph→f, doubled letters single, hyphens as spaces. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/ß/g, 'ss')
    .replace(/['’`]/g, '')
    .replace(/[-\s]+/g, ' ')
    .replace(/ph/g, 'f')
    .replace(/(\p{L})\1+/gu, '$1')
    .trim();
}
