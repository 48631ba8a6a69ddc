import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, cypherString, replaceXmlIllegal, xmlAttr, xmlText } from './escape.ts';
import { gexfList } from './liststring.ts';

describe('xml escaping', () => {
  it('escapes markup in text and keeps ]]> from appearing', () => {
    expect(xmlText('a < b && c > d ]]>')).toBe('a &lt; b &amp;&amp; c &gt; d ]]&gt;');
    expect(xmlText('</script>')).toBe('&lt;/script&gt;');
  });

  it('keeps CR in text as a reference (parsers would fold it into LF)', () => {
    expect(xmlText('a\r\nb\tc')).toBe('a&#13;\nb\tc');
  });

  it('escapes quotes and whitespace in attribute values', () => {
    expect(xmlAttr(`"x" 'y'\t\n\r`)).toBe('&quot;x&quot; &apos;y&apos;&#9;&#10;&#13;');
  });

  it('replaces XML-illegal characters by U+FFFD one for one (offsets keep their meaning)', () => {
    expect(replaceXmlIllegal('a\u0007b\u0000c\u001Fd\uFFFEe')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    expect(replaceXmlIllegal('lone \uD800 high, lone \uDC00 low')).toBe('lone \uFFFD high, lone \uFFFD low');
    expect(xmlAttr('\u0007').length).toBe(1);
  });

  it('leaves emoji, other scripts and legal whitespace alone', () => {
    const s = '🔥🇩🇰 قصف 伊朗 æøå\t\n';
    expect(replaceXmlIllegal(s)).toBe(s);
    expect(xmlText('🔥 伊朗')).toBe('🔥 伊朗');
  });
});

describe('csv cells', () => {
  it('quotes cells with quotes, commas and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('neutralises formula prefixes with a leading quote', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(1)')).toBe("'@SUM(1)");
    expect(csvCell('\tx')).toBe(`"'\tx"`); // quoted too: some spreadsheets split on tabs
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
  });

  // Issue 18, finding 13: ";=1+1" was written bare, and a spreadsheet splitting on ";" ran the formula.
  it('quotes and neutralises a formula after a separator a spreadsheet may split on', () => {
    expect(csvCell(';=1+1')).toBe(`"';=1+1"`);
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('x\t@SUM(A1)')).toBe(`"'x\t@SUM(A1)"`);
    expect(csvCell('Nord, -5 grader')).toBe(`"'Nord, -5 grader"`);
    expect(csvCell('line\n=HYPERLINK("x")')).toBe(`"'line\n=HYPERLINK(""x"")"`);
    expect(csvCell(';=1+1', false)).toBe(';=1+1');
  });

  it('keeps values exact when neutralising is off, and numbers as numbers', () => {
    expect(csvCell('=1+2', false)).toBe('=1+2');
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(undefined)).toBe('');
    expect(csvRow(['a', 1, null])).toBe('a,1,\r\n');
  });

  it('writes a semicolon-separated row, quoting cells that hold the separator', () => {
    expect(csvRow(['a;b', 'c,d', 0.5], true, ';')).toBe('"a;b";"c,d";0.5\r\n');
    expect(csvRow(['a;b'], false, ';')).toBe('"a;b"\r\n');
  });
});

describe('cypher string literals', () => {
  it('escapes the quote and backslash so the literal cannot be closed', () => {
    expect(cypherString("x'}) DETACH DELETE n //")).toBe("'x\\'}) DETACH DELETE n //'");
    expect(cypherString('a\\')).toBe("'a\\\\'");
    expect(cypherString("a\\'")).toBe("'a\\\\\\''");
  });

  it('writes control characters and line separators as \\u escapes', () => {
    expect(cypherString('a\nb\u0007\u2028')).toBe("'a\\u000ab\\u0007\\u2028'");
  });

  it('keeps emoji and other scripts, replaces lone surrogates', () => {
    expect(cypherString('🔥 伊朗 "q"')).toBe(`'🔥 伊朗 "q"'`);
    expect(cypherString('\uD800')).toBe("'\uFFFD'");
  });
});

describe('gexf liststring', () => {
  it('quotes items and escapes backslash, quote and line breaks', () => {
    expect(gexfList([])).toBe('[]');
    expect(gexfList(['a', 'b, c'])).toBe('["a", "b, c"]');
    expect(gexfList(['say "x"\\\n\t'])).toBe('["say \\"x\\"\\\\\\n\\t"]');
  });
});
