/**
 * GEXF 1.3 `liststring` values: `["a", "b"]`, each item double-quoted with backslash escapes, the form
 * Gephi writes and graphology-gexf's parser reads back (it unescapes \\, \", \n, \r, \t).
 */
export function gexfList(items: readonly string[]): string {
  const quote = (s: string): string =>
    '"' +
    s.replace(/[\\"\n\r\t]/g, (c) =>
      c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\${c}`,
    ) +
    '"';
  return `[${items.map(quote).join(', ')}]`;
}
