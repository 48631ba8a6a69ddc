export * from './types.ts';
export * from './keys.ts';
export * from './ontology.ts';
export * from './build.ts';
export * from './validate.ts';
export * from './serialize.ts';
export * from './filter.ts';
export * from './stats.ts';
