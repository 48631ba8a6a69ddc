/**
 * Escaping, one function per target syntax. Every string that leaves the graph for a file passes through
 * exactly one of these, so hostile text (quotes, markup, formulas, Cypher) stays data.
 */

/**
 * Characters XML 1.0 forbids even as character references: C0 controls other than tab, LF and CR,
 * U+FFFE/U+FFFF, and lone surrogates (not encodable in UTF-8). They are REPLACED by U+FFFD, not stripped:
 * U+FFFD is one UTF-16 code unit like each character it replaces, so evidence offsets into an article's
 * text (also written through this function) keep pointing at the same sentence.
 */
const XML_ILLEGAL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function replaceXmlIllegal(s: string): string {
  return s.replace(XML_ILLEGAL, '\uFFFD');
}

const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  // `>` is legal in text except after `]]`; escaping it always keeps `]]>` from ever appearing.
  '>': '&gt;',
  // A parser turns a raw CR (and CRLF) into LF; a reference keeps it.
  '\r': '&#13;',
};

/** Escapes element content. */
export function xmlText(s: string): string {
  return replaceXmlIllegal(s).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]);
}

const ATTR_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  "'": '&apos;',
  // Attribute-value normalisation turns raw tab and LF into spaces; references survive it.
  '\t': '&#9;',
  '\n': '&#10;',
};

/** Escapes an attribute value (to be written between double quotes). */
export function xmlAttr(s: string): string {
  return replaceXmlIllegal(s).replace(/[&<>"'\t\n\r]/g, (c) => ATTR_ESCAPES[c]);
}

/**
 * A CSV cell per RFC 4180: quoted when it holds a quote, comma, CR or LF; quotes doubled.
 * `neutralise` prefixes `'` to cells a spreadsheet would read as a formula (=, +, -, @, tab, CR first),
 * the OWASP advice for CSV injection; the neo4j-admin files keep their values exact instead.
 */
export function csvCell(value: string | number | undefined | null, neutralise = true): string {
  if (value === undefined || value === null) return '';
  let s = typeof value === 'number' ? String(value) : value;
  if (neutralise && typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record with its CRLF terminator (RFC 4180). */
export function csvRow(cells: (string | number | undefined | null)[], neutralise = true): string {
  return cells.map((c) => csvCell(c, neutralise)).join(',') + '\r\n';
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A Cypher string literal in single quotes. Backslash and the single quote are escaped, every control
 * character (and U+2028/9) becomes \uXXXX, lone surrogates become U+FFFD. Nothing inside can end the
 * literal, so a value can never become Cypher; emoji and other scripts are written as they are.
 */
export function cypherString(s: string): string {
  const body = s
    .replace(LONE_SURROGATE, '\uFFFD')
    // eslint-disable-next-line no-control-regex -- escaping control characters is the point
    .replace(/[\\'\u0000-\u001F\u007F\u2028\u2029]/g, (c) => {
      if (c === '\\' || c === "'") return `\\${c}`;
      return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
  return `'${body}'`;
}
