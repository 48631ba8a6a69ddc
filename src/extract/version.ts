/** Bump when extraction output changes: cached per-article results are keyed by it. */
export const EXTRACTOR_VERSION = '2.1.0';
