import { describe, expect, it, vi } from 'vitest';
import type { Pipeline } from '../nlp/pipeline.ts';
import { parseTree } from './frames/spec-trees.ts';
import { retagVerbs } from './retag.ts';

const fakePipeline = () => {
  const parse = vi.fn();
  return { pipeline: { parser: { parse } } as unknown as Pipeline, parse };
};

describe('verb forms read as nouns', () => {
  it('"efter at Rusland angreb Ukraine": the verbless clause gets its verb back, and is parsed again', () => {
    const s = parseTree(
      'efter|ADP|4|case at|PART|4|mark Rusland|PROPN|4|det angreb|NOUN|0|root Ukraine|PROPN|4|nmod .|PUNCT|4|punct',
    );
    const { pipeline, parse } = fakePipeline();
    expect(retagVerbs(s, 'da', pipeline)).toBe(true);
    expect(s.upos[3]).toBe('VERB');
    expect(s.lemma[3]).toBe('angribe');
    expect(parse).toHaveBeenCalledTimes(1);
  });
  it('leaves the noun after an adjective ("det amerikanske angrepet") and in a clause with a finite verb', () => {
    const { pipeline, parse } = fakePipeline();
    const adj = parseTree('Det|DET|3|det amerikanske|ADJ|3|amod angrep|NOUN|0|root Iran|PROPN|3|nmod');
    expect(retagVerbs(adj, 'nb', pipeline)).toBe(false);
    const fin = parseTree(
      'Iran|PROPN|2|nsubj fordømte|VERB|0|root|fordømme|VerbForm=Fin angrep|NOUN|2|obj Israel|PROPN|3|nmod',
    );
    expect(retagVerbs(fin, 'nb', pipeline)).toBe(false);
    expect(fin.upos[2]).toBe('NOUN');
    expect(parse).not.toHaveBeenCalled();
  });
});
