import type { Lang } from '../graph/types.ts';

/** An article as read from a file or a feed record, before extraction. */
export interface ArticleInput {
  /** Unique within a corpus: the file's path relative to the input (plus `#record` for feed files). */
  id: string;
  /** The file it came from, relative to the input. */
  file: string;
  /** The text every offset points into. */
  text: string;
  title?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  /** Language when the source says so; otherwise the extractor detects it. */
  lang?: Lang;
}

/** A file that could not be read as articles: reported, skipped, never fatal to a batch. */
export interface ArticleProblem {
  file: string;
  reason: string;
  /** The article was still read (e.g. the valid part of a truncated file): a warning, not a skip. */
  kept?: boolean;
}
