// Loading a graph file: keys that could reach an object's prototype are refused or harmless.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readGraphFile } from '../../src/cli/io.ts';
import { addArticle, createNewsGraph, serializeGraph, upsertNode } from '../../src/graph/index.ts';

const tmp = mkdtempSync(join(tmpdir(), 'newsgraph-pipeline-graphfile-'));

/** A small valid graph file as text, for tampering with. */
function baseFile(): string {
  const g = createNewsGraph();
  addArticle(g, { id: 'a.txt', file: 'a.txt', lang: 'da', text: 'Iran og USA.' });
  upsertNode(g, {
    key: 'country:iran',
    label: 'Iran',
    type: 'country',
    mentions: [{ article: 'a.txt', sentence: 0, start: 0, end: 4 }],
  });
  return JSON.stringify(serializeGraph(g));
}

function file(name: string, text: string): string {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
}

function expectPrototypesClean(): void {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
}

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe('graph files with __proto__ / constructor keys', () => {
  it.each([
    ['graph attributes', '"attributes":{', '"attributes":{"__proto__":{"polluted":true},'],
    [
      'node attributes',
      '"attributes":{"label"',
      '"attributes":{"constructor":{"prototype":{"polluted":true}},"label"',
    ],
    ['an article', '{"id":"a.txt"', '{"__proto__":{"polluted":true},"id":"a.txt"'],
    ['a mention', '{"article":"a.txt"', '{"__proto__":{"polluted":true},"article":"a.txt"'],
    ['the top level', '{"options"', '{"prototype":{"polluted":true},"options"'],
  ])('in %s: rejected with a message naming the file, nothing polluted', async (_where, find, replace) => {
    const text = baseFile().replace(find, replace);
    expect(text).not.toBe(baseFile()); // the tampering really happened
    const p = file(`bad-${_where.replace(/\s/g, '-')}.json`, text);
    await expect(readGraphFile(p)).rejects.toThrow(p);
    expectPrototypesClean();
  });

  it('node keys "__proto__" and "constructor" are just names: loaded, harmless', async () => {
    const data = JSON.parse(baseFile()) as { nodes: { key: string; attributes: Record<string, unknown> }[] };
    const template = data.nodes[0];
    data.nodes.push(
      { key: '__proto__', attributes: { ...template.attributes, label: '__proto__', type: 'place' } },
      { key: 'constructor', attributes: { ...template.attributes, label: 'constructor', type: 'place' } },
    );
    const g = await readGraphFile(file('keys.json', JSON.stringify(data)));
    expect(g.order).toBe(3);
    expect(g.getNodeAttribute('__proto__', 'label')).toBe('__proto__');
    expect(g.getNodeAttribute('constructor', 'type')).toBe('place');
    expectPrototypesClean();
  });
});
