export { runPipeline, builtAtFromEnv, DEFAULT_ARTICLE_TIMEOUT, DEFAULT_MAX_SIZE } from './run.ts';
export type { PipelineOptions, PipelineResult } from './run.ts';
export { discoverInputs, InputError } from './discover.ts';
export { globToRegExp, globBase, isGlob } from './glob.ts';
export { fileRecorder, releaseCorpusResult, saveCorpusResult, writeCorpusResult } from './corpus-cache.ts';
export { CacheRefused, openCacheDir } from './cache-dir.ts';
export type { CacheDir } from './cache-dir.ts';
