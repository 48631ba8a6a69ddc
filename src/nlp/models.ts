// Which trained models serve an article, and loading them once per language. The core never reads files: a
// platform entry (src/platform/node.ts, src/platform/browser.ts) registers how model bytes are had, so the
// same extractor runs in the CLI, in worker threads and in the page, where only the article's language is
// fetched.
import type { NlpLang } from './doc.ts';

export const COMPONENTS = ['tagger', 'parser', 'ner'] as const;
export type Component = (typeof COMPONENTS)[number];

/** Bytes of a model file such as `nb.parser.ngm`, synchronously (Node) or not (browser). */
export type ModelReader = (file: string) => Uint8Array | Promise<Uint8Array>;

let reader: ModelReader | undefined;

export function setModelReader(r: ModelReader): void {
  reader = r;
}

export function hasModelReader(): boolean {
  return reader !== undefined;
}

/**
 * The models for a product language. Swedish has no training data here; written Swedish is closer to Danish
 * and bokmål than to anything else we have, so it borrows the Danish (joint Scandinavian) models.
 */
export function modelLang(lang: string): NlpLang | undefined {
  switch (lang) {
    case 'da':
    case 'nb':
    case 'nn':
    case 'en':
      return lang;
    case 'sv':
      return 'da';
    default:
      return undefined;
  }
}

export const modelFile = (lang: NlpLang, c: Component): string => `${lang}.${c}.ngm`;

/** Reads a model file through the registered reader, synchronously; throws when the reader is async. */
export function readModelSync(file: string): Uint8Array {
  if (!reader) throw new Error(`no model reader registered (cannot load ${file})`);
  const bytes = reader(file);
  if (bytes instanceof Uint8Array) return bytes;
  throw new Error(`${file} has not been loaded yet (call loadLanguage first)`);
}

/** Reads a model file through the registered reader. */
export async function readModel(file: string): Promise<Uint8Array> {
  if (!reader) throw new Error(`no model reader registered (cannot load ${file})`);
  return await reader(file);
}
