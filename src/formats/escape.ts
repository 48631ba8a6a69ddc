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
  // A parser turns a raw CR (and CRLF) into LF; a reference keeps it. Parsers that apply XML 1.1's line
  // ends to every document (xmldom, which this project reads with) do the same to NEL and LINE SEPARATOR:
  // raw, they came back as LF and broke the JSON held in GEXF and GraphML. References are never normalised.
  '\r': '&#13;',
  '\u0085': '&#133;',
  '\u2028': '&#8232;',
  '\u2029': '&#8233;',
};

/** Escapes element content. */
export function xmlText(s: string): string {
  return replaceXmlIllegal(s).replace(/[&<>\r\u0085\u2028\u2029]/g, (c) => TEXT_ESCAPES[c]);
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
  return replaceXmlIllegal(s).replace(/[&<>"'\t\n\r\u0085\u2028\u2029]/g, (c) => ATTR_ESCAPES[c]);
}

/**
 * JSON to be held in XML text or an attribute: JSON.stringify already escapes C0 controls and lone
 * surrogates; U+FFFE and U+FFFF, which it leaves raw and XML forbids, are escaped too, so the value comes
 * back exactly (instead of as U+FFFD).
 */
export function jsonForXml(value: unknown): string {
  return JSON.stringify(value).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** Two keys that XML would write alike (they differ only in characters XML cannot hold). */
export class KeyCollisionError extends Error {}

/**
 * Node or edge ids as XML can hold them, refusing to write two keys as one: characters XML forbids become
 * U+FFFD, so "a\u0001" and "a\u0002" would both be written "a\uFFFD" and the file would no longer be this
 * graph. Only written forms holding U+FFFD can collide, so only those are remembered.
 */
export function xmlKeys(kind: 'node' | 'edge'): (key: string) => string {
  const seen = new Map<string, string>();
  return (key) => {
    const written = replaceXmlIllegal(key);
    if (written.includes('\uFFFD')) {
      const other = seen.get(written);
      if (other !== undefined && other !== key)
        throw new KeyCollisionError(
          `${kind} keys ${JSON.stringify(other)} and ${JSON.stringify(key)} differ only in characters XML ` +
            'cannot hold: export to json instead',
        );
      seen.set(written, key);
    }
    return written;
  };
}

/**
 * A CSV cell per RFC 4180: quoted when it holds a quote, comma, CR or LF; quotes doubled.
 * `neutralise` prefixes `'` to cells a spreadsheet would read as a formula (=, +, -, @, tab, CR first),
 * the OWASP advice for CSV injection; the neo4j-admin files keep their values exact instead. A formula
 * character after any separator a spreadsheet may split on (`;` in Danish and Norwegian locales, tab) is
 * one too: such a cell is neutralised and quoted, so it stays one cell however the file is split.
 */
export function csvCell(
  value: string | number | undefined | null,
  neutralise = true,
  delimiter: ',' | ';' = ',',
): string {
  if (value === undefined || value === null) return '';
  let s = typeof value === 'number' ? String(value) : value;
  let quote = /[",\r\n]/.test(s) || s.includes(delimiter);
  if (neutralise && typeof value === 'string') {
    if (/^[=+\-@\t\r]|[,;\t\r\n]\s*[=+\-@]/.test(s)) s = `'${s}`;
    quote ||= /[;\t]/.test(s);
  }
  return quote ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record with its CRLF terminator (RFC 4180). */
export function csvRow(
  cells: (string | number | undefined | null)[],
  neutralise = true,
  delimiter: ',' | ';' = ',',
): string {
  return cells.map((c) => csvCell(c, neutralise, delimiter)).join(delimiter) + '\r\n';
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
