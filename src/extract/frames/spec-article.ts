// Runs the extractor's stages up to the frames over an article whose sentences have hand-built trees
// (spec-trees.ts), for the frame specs: entities from the lexicons and the trees' entity tags, resolution,
// then the frames. Each spec file mocks the NLP pipeline with `handPipelineModule`.
import { buildContext } from '../article.ts';
import { recogniseSentence } from '../recognise.ts';
import { resolveArticle } from '../resolve.ts';
import type { LexEntry } from '../lexicon/index.ts';
import { extractFrameRelations } from './index.ts';
import type { FoundRelation } from './index.ts';
import { handTrees } from './spec-trees.ts';

export function frameRelations(
  text: string,
  lang: 'da' | 'nb' | 'en',
  trees: readonly string[],
): FoundRelation[] {
  handTrees(trees);
  const ctx = buildContext({ id: 'a.txt', file: 'a.txt', text, lang });
  const coalition: { key?: string; label?: string; entry?: LexEntry } = {};
  for (const sd of ctx.sentences) recogniseSentence(ctx, sd, coalition);
  return extractFrameRelations(ctx, resolveArticle(ctx));
}

/** "type source -> target" for every relation of a type, sorted and unique. */
export function edgesOf(rels: readonly FoundRelation[], type: string): string[] {
  return [...new Set(rels.filter((r) => r.type === type).map((r) => `${r.source} -> ${r.target}`))].sort();
}
