// Adversarial inputs for the linear-time suite (hostile-time.test.ts): each shape makes some pattern scan
// to the end of the text once per opener, or backtrack over overlapping quantifiers, when written naively.

/** `unit` repeated to `n` characters. */
const fill = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

export interface Shape {
  name: string;
  /** The file name it is read as (its extension picks the reader). */
  file: string;
  make: (n: number) => string;
}

/** A plain article of each format: what every shape of that format is measured against. */
export const PLAIN: Record<string, Shape> = {
  md: {
    name: 'plain markdown',
    file: 'x.md',
    make: (n) => fill('Danmark sender **soldater** til [basen](x). ', n),
  },
  html: {
    name: 'plain html',
    file: 'x.html',
    make: (n) => '<html>' + fill('<p>Danmark sender <b>soldater</b> til basen.</p>\n', n),
  },
  jsonl: {
    name: 'plain jsonl',
    file: 'x.jsonl',
    make: (n) => fill(JSON.stringify({ text: 'Danmark sender soldater til basen.' }) + '\n', n),
  },
  txt: { name: 'plain text', file: 'x.txt', make: (n) => fill('Danmark sender soldater til basen. ', n) },
};

export const READER_SHAPES: Shape[] = [
  // The shape: 5 KB took 92 s (cubic).
  { name: 'heading then spaces', file: 'x.md', make: (n) => '# a' + ' '.repeat(n) + 'b' },
  { name: 'spaces before the last word', file: 'x.md', make: (n) => 'a' + ' '.repeat(n) + 'b' },
  { name: 'strong openers', file: 'x.md', make: (n) => fill('x **x ', n) },
  { name: 'underscore openers', file: 'x.md', make: (n) => fill('x __x ', n) },
  { name: 'link openers', file: 'x.md', make: (n) => fill('[a', n) },
  { name: 'image openers', file: 'x.md', make: (n) => fill('![a', n) },
  { name: 'link targets never closed', file: 'x.md', make: (n) => fill('[a](', n) },
  { name: 'reference links never closed', file: 'x.md', make: (n) => fill('[a][', n) },
  { name: 'comments never closed', file: 'x.md', make: (n) => fill('<!--', n) },
  { name: 'tags never closed', file: 'x.md', make: (n) => fill('<a', n) },
  { name: 'reference definitions never closed', file: 'x.md', make: (n) => fill('\n[', n) },
  { name: 'emphasis openers', file: 'x.md', make: (n) => fill('*a ', n) },
  { name: 'code openers', file: 'x.md', make: (n) => fill('`a', n) },
  { name: 'almost a rule', file: 'x.md', make: (n) => fill('- ', n) + 'x' },
  { name: 'front matter never closed', file: 'x.md', make: (n) => '---\n' + fill('a: b\n', n) },
  { name: 'heading of hashes', file: 'x.md', make: (n) => '# ' + fill('# ', n) + 'x' },
  { name: 'paragraphs never closed', file: 'x.html', make: (n) => '<html>' + fill('<p ', n) },
  { name: 'attribute values never closed', file: 'x.html', make: (n) => '<html>' + fill('<a x="', n) },
  { name: 'many scripts', file: 'x.html', make: (n) => '<html>' + fill('<script></script>', n) },
  { name: 'ampersands', file: 'x.html', make: (n) => '<html><p>' + fill('&', n) },
  { name: 'html comments never closed', file: 'x.html', make: (n) => '<html><p>' + fill('<!--', n) },
  { name: 'slashes in a tag', file: 'x.html', make: (n) => '<html><p ' + fill('/ ', n) },
  {
    name: 'markup openers in a feed record',
    file: 'x.jsonl',
    make: (n) => JSON.stringify({ text: fill('<p ', n) }),
  },
  { name: 'braces in a .json', file: 'x.jsonl', make: (n) => '{' + fill('} ', n) + 'x\n{}' },
  { name: 'seed header then spaces', file: 'x.txt', make: (n) => ' date 2020' + ' '.repeat(n) + 'x' },
];

/** Whole-article shapes for the extractor: one sentence without an end, and the plain article. */
export const SENTENCE_SHAPES: Shape[] = [
  {
    name: 'one sentence without an end',
    file: 'x.txt',
    make: (n) => fill('Danmark sender soldater til basen i Irak og ministeren siger at de bliver ', n),
  },
  { name: 'no spaces at all', file: 'x.txt', make: (n) => fill('Danmark', n) },
];
export const PLAIN_ARTICLE: Shape = {
  name: 'plain article',
  file: 'x.txt',
  make: (n) => fill('Danmark sender soldater til basen i Irak, og ministeren siger at de bliver. ', n),
};
