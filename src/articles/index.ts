export * from './types.ts';
export { readArticles, detectFormat, ARTICLE_EXTENSIONS } from './read.ts';
export type { ArticleFormat, ReadArticlesResult } from './read.ts';
export { decodeBytes } from './decode.ts';
export type { Decoded } from './decode.ts';
export { htmlToArticle, decodeEntities } from './html.ts';
export { parseTextArticle, parseMarkdownArticle } from './parse.ts';
