export { runPipeline, builtAtFromEnv, DEFAULT_MAX_SIZE } from './run.ts';
export type { PipelineOptions, PipelineResult } from './run.ts';
export { discoverInputs, InputError } from './discover.ts';
export { globToRegExp, globBase, isGlob } from './glob.ts';
export { fileRecorder, saveCorpusResult, writeCorpusResult } from './corpus-cache.ts';
