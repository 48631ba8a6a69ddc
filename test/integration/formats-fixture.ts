// Hand-made graphs for the graph-file tests: every count and value below is known by construction.
import { addArticle, addRelation, createNewsGraph, upsertNode } from '../../src/graph/index.ts';
import type { Evidence, NewsGraph } from '../../src/graph/index.ts';

export const A1_TEXT =
  'Iranske styrker angreb i nat basen Ain al-Asad. Amerikanske soldater er udstationeret på Ain al-Asad. ' +
  '"Vi fordømmer angrebet," sagde forsvarsminister Anna Larsen om Iran.';
export const A2_TEXT = 'Revolusjonsgarden angrep basen Ain al-Asad i Irak.';

function ev(article: string, text: string, sentence: string, extra: Partial<Evidence> = {}): Evidence {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`fixture: sentence not in ${article}`);
  return { article, sentence, start, end: start + sentence.length, ...extra };
}

/**
 * 7 nodes (4 countries, a person, an organisation, a base), 5 edges: attacked ×2, stationed-at ×1,
 * stated ×2; USA → Iran carries two parallel edges (stated and attacked).
 */
export function smallGraph(): NewsGraph {
  const g = createNewsGraph({ name: 'formats fixture', builtAt: '2024-05-01T12:00:00.000Z' });
  addArticle(g, {
    id: 'a1',
    file: 'a1.txt',
    lang: 'da',
    title: 'Angreb på base',
    date: '2020-01-08',
    text: A1_TEXT,
  });
  addArticle(g, { id: 'a2', file: 'a2.txt', lang: 'nb', date: '2020-01-09', text: A2_TEXT });
  const m = (article: string, start: number, end: number) => [{ article, sentence: 0, start, end }];
  upsertNode(g, {
    key: 'country:iran',
    label: 'Iran',
    type: 'country',
    aliases: ['Islamic Republic of Iran'],
    mentions: m('a1', 0, 7),
  });
  upsertNode(g, {
    key: 'country:usa',
    label: 'USA',
    type: 'country',
    aliases: ['United States', 'amerikanske'],
    mentions: m('a1', 49, 59),
  });
  upsertNode(g, { key: 'country:denmark', label: 'Danmark', type: 'country' });
  upsertNode(g, { key: 'country:iraq', label: 'Irak', type: 'country', mentions: m('a2', 45, 49) });
  upsertNode(g, {
    key: 'person:anna-larsen',
    label: 'Anna Larsen',
    type: 'person',
    country: 'country:denmark',
    title: 'forsvarsminister',
    mentions: m('a1', 150, 161),
  });
  upsertNode(g, {
    key: 'organisation:revolutionary-guard',
    label: 'Revolusjonsgarden',
    type: 'organisation',
    aliases: ['IRGC'],
    country: 'country:iran',
    mentions: m('a2', 0, 17),
  });
  upsertNode(g, {
    key: 'base:ain-al-asad',
    label: 'Ain al-Asad',
    type: 'base',
    country: 'country:iraq',
    mentions: [...m('a1', 36, 47), ...m('a2', 31, 42)],
  });
  g.mergeNodeAttributes('country:iran', { x: 1.5, y: -2.25 });
  g.mergeNodeAttributes('base:ain-al-asad', { x: 10, y: 20 });

  const s1 = 'Iranske styrker angreb i nat basen Ain al-Asad.';
  const s2 = 'Amerikanske soldater er udstationeret på Ain al-Asad.';
  const s3 = '"Vi fordømmer angrebet," sagde forsvarsminister Anna Larsen om Iran.';
  addRelation(g, {
    type: 'attacked',
    source: 'organisation:revolutionary-guard',
    target: 'base:ain-al-asad',
    evidence: [
      ev('a1', A1_TEXT, s1, { trigger: 'angreb', confidence: 0.8 }),
      ev('a2', A2_TEXT, A2_TEXT, { trigger: 'angrep', confidence: 0.5 }),
    ],
    date: '2020-01-08',
  });
  addRelation(g, {
    type: 'stationed-at',
    source: 'country:usa',
    target: 'base:ain-al-asad',
    evidence: [ev('a1', A1_TEXT, s2, { trigger: 'udstationeret', confidence: 0.9 })],
  });
  addRelation(g, {
    type: 'stated',
    source: 'person:anna-larsen',
    target: 'country:iran',
    evidence: [ev('a1', A1_TEXT, s3, { quote: 'Vi fordømmer angrebet,', confidence: 0.7 })],
  });
  addRelation(g, {
    type: 'stated',
    source: 'country:usa',
    target: 'country:iran',
    evidence: [ev('a1', A1_TEXT, s2, { confidence: 0.3 })],
  });
  addRelation(g, {
    type: 'attacked',
    source: 'country:usa',
    target: 'country:iran',
    evidence: [ev('a2', A2_TEXT, A2_TEXT, { confidence: 1 })],
  });
  return g;
}

export const LONG_LABEL = 'Ω'.repeat(5000) + 'x'.repeat(5000);
export const INJECTION = "x'}) DETACH DELETE n //";
export const HOSTILE = {
  quotes: `He said "no" and 'yes'`,
  markup: '<b>bold</b> & </script><script>alert(1)</script>',
  cdata: 'end ]]> of data',
  lines: 'line one\nline two\r\nline three\ttabbed',
  bell: 'ring \u0007 bell',
  emoji: 'Fire 🔥 and flags 🇩🇰🇳🇴',
  arabic: 'قصف القاعدة الجوية',
  chinese: '伊朗袭击了空军基地',
  formula: "=cmd|' /C calc'!A0",
  at: '@SUM(1)',
  plus: '+1',
  minus: '-1',
  injection: INJECTION,
} as const;

/**
 * One node per hostile string (labels and aliases), a node with a 10,000-character label, a node whose
 * KEY is the Cypher injection, and edges whose evidence sentences and quotes are hostile.
 * Nodes: 1 country + 13 hostile persons + long + injection = 16. Edges: 13 stated + 1 attacked = 14.
 */
export function hostileGraph(): NewsGraph {
  const g = createNewsGraph({ name: `hostile ${HOSTILE.markup}` });
  const text = Object.values(HOSTILE).join(' | ');
  addArticle(g, { id: 'h1', file: 'h1.txt', lang: 'en', title: HOSTILE.quotes, text });
  upsertNode(g, { key: 'country:target', label: 'Target', type: 'country' });
  for (const [name, value] of Object.entries(HOSTILE)) {
    upsertNode(g, {
      key: `person:${name}`,
      label: value,
      type: 'person',
      aliases: [`alias ${value}`, value],
      title: value,
      country: 'country:target',
      mentions: [{ article: 'h1', sentence: 0, start: 0, end: 1, text: value }],
    });
    const start = text.indexOf(value);
    addRelation(g, {
      type: 'stated',
      source: `person:${name}`,
      target: 'country:target',
      evidence: [
        { article: 'h1', sentence: value, start, end: start + value.length, quote: value, trigger: value },
      ],
    });
  }
  upsertNode(g, { key: 'person:long', label: LONG_LABEL, type: 'person' });
  upsertNode(g, { key: INJECTION, label: INJECTION, type: 'organisation' });
  addRelation(g, {
    type: 'attacked',
    source: INJECTION,
    target: 'person:long',
    evidence: [{ article: 'h1', sentence: LONG_LABEL, start: 0, end: LONG_LABEL.length, trigger: INJECTION }],
  });
  return g;
}

/** The text of all chunks of an export file. */
export function joinChunks(chunks: Iterable<string>): string {
  let s = '';
  for (const c of chunks) s += c;
  return s;
}

export type CypherValue = string | number | CypherValue[] | { [k: string]: CypherValue };
export interface CypherStatement {
  rows: CypherValue[];
  /** The statement after the UNWIND list: Cypher with no literal in it. */
  tail: string;
}

/**
 * Reads the export's Cypher script back: comment lines, then statements `UNWIND <list literal> <tail>;`.
 * Literals are decoded with Cypher's escape rules. Anything else in the script is an error, so a value that
 * escaped its literal would make this throw or show up in a tail.
 */
export function parseCypherScript(script: string): CypherStatement[] {
  let i = 0;
  const ws = () => {
    while (i < script.length && /\s/.test(script[i])) i++;
  };
  const expect = (s: string) => {
    if (!script.startsWith(s, i))
      throw new Error(`cypher: expected ${s} at ${i}: ${script.slice(i, i + 40)}`);
    i += s.length;
  };
  const value = (): CypherValue => {
    ws();
    const c = script[i];
    if (c === '[') {
      i++;
      const out: CypherValue[] = [];
      ws();
      if (script[i] === ']') return (i++, out);
      for (;;) {
        out.push(value());
        ws();
        if (script[i] === ']') return (i++, out);
        expect(',');
      }
    }
    if (c === '{') {
      i++;
      const out: { [k: string]: CypherValue } = {};
      ws();
      if (script[i] === '}') return (i++, out);
      for (;;) {
        ws();
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(script.slice(i, i + 100));
        if (!m) throw new Error(`cypher: expected a key at ${i}`);
        i += m[0].length;
        ws();
        expect(':');
        out[m[0]] = value();
        ws();
        if (script[i] === '}') return (i++, out);
        expect(',');
      }
    }
    if (c === "'") {
      i++;
      let s = '';
      for (;;) {
        const ch = script[i++];
        if (ch === undefined) throw new Error('cypher: unterminated string');
        if (ch === "'") return s;
        if (ch !== '\\') {
          s += ch;
          continue;
        }
        const e = script[i++];
        const simple: Record<string, string> = {
          '\\': '\\',
          "'": "'",
          '"': '"',
          n: '\n',
          t: '\t',
          r: '\r',
          b: '\b',
          f: '\f',
        };
        if (e in simple) s += simple[e];
        else if (e === 'u') {
          s += String.fromCharCode(parseInt(script.slice(i, i + 4), 16));
          i += 4;
        } else throw new Error(`cypher: bad escape \\${e}`);
      }
    }
    const n = /^-?\d+(\.\d+)?([eE][-+]?\d+)?/.exec(script.slice(i, i + 40));
    if (!n) throw new Error(`cypher: unexpected ${script.slice(i, i + 20)}`);
    i += n[0].length;
    return Number(n[0]);
  };
  const out: CypherStatement[] = [];
  for (;;) {
    ws();
    if (i >= script.length) return out;
    if (script.startsWith('//', i)) {
      i = script.indexOf('\n', i) + 1 || script.length;
      continue;
    }
    expect('UNWIND');
    const rows = value();
    if (!Array.isArray(rows)) throw new Error('cypher: UNWIND needs a list');
    const end = script.indexOf(';', i);
    const tail = script.slice(i, end).trim();
    if (tail.includes("'")) throw new Error('cypher: literal in statement tail');
    i = end + 1;
    out.push({ rows, tail });
  }
}
