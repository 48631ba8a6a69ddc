// The frame data of each language: its word sets (trigger verbs, event nouns, prepositions…) and closed-class
// grammar words, and the frames (data/frames.json) compiled against them once. Norwegian Nynorsk reads the
// Bokmål file (it lists the Nynorsk forms too); Swedish borrows Danish, as the models do.
import da from './data/da.json';
import en from './data/en.json';
import nb from './data/nb.json';
import framesFile from './data/frames.json';
import type { CompiledPattern, Pattern } from './match.ts';
import { compilePattern } from './match.ts';
import type { TreeGrammar } from './tree.ts';

export type FrameRelation = 'attacked' | 'stationed-at' | 'stated';

export interface FrameSpec {
  id: string;
  relation: FrameRelation;
  confidence: number;
  pattern: Pattern;
}

export interface Frame extends FrameSpec {
  compiled: CompiledPattern;
}

interface LangFile {
  grammar: Record<string, string[]>;
  sets: Record<string, string[]>;
}

export interface FrameLexicon {
  lang: string;
  tree: TreeGrammar;
  /** A named word set (lower case); an unknown name is empty. */
  set(name: string): ReadonlySet<string>;
  frames: Frame[];
}

const FILES: Record<string, LangFile> = { da, nb, en };

const lower = (ws: readonly string[] | undefined): Set<string> =>
  new Set((ws ?? []).map((w) => w.toLowerCase()));

function build(lang: string, file: LangFile): FrameLexicon {
  const sets = new Map<string, Set<string>>();
  for (const [k, v] of Object.entries(file.grammar)) sets.set(k, lower(v));
  for (const [k, v] of Object.entries(file.sets)) sets.set(k, lower(v));
  // Derived sets: any noun for a force (troops, or units and contributions).
  sets.set('forceNouns', new Set([...(sets.get('troopNouns') ?? []), ...(sets.get('unitNouns') ?? [])]));
  const get = (name: string): Set<string> => sets.get(name) ?? new Set<string>();
  const frames = (framesFile.frames as FrameSpec[]).map((f) => ({
    ...f,
    compiled: compilePattern(f.pattern, (name) => sets.get(name), `${lang}:${f.id}`),
  }));
  return {
    lang,
    tree: {
      passiveAux: get('passiveAux'),
      agentPreps: get('agentPreps'),
      relativePronouns: get('relativePronouns'),
      whereRelatives: get('whereRelatives'),
      timeNouns: get('timeNouns'),
      approximators: get('approximators'),
      includePreps: get('includePreps'),
      placeHeads: new Set([...get('baseNouns'), ...get('placeNouns'), ...get('targetNouns')]),
    },
    set: get,
    frames,
  };
}

const cache = new Map<string, FrameLexicon>();

/** The frame data for an article language, or undefined for a language without frames. */
export function frameLexicon(lang: string): FrameLexicon | undefined {
  const key = lang === 'nn' ? 'nb' : lang === 'sv' ? 'da' : lang;
  const file = FILES[key];
  if (!file) return undefined;
  let lex = cache.get(key);
  if (!lex) {
    lex = build(key, file);
    cache.set(key, lex);
  }
  return lex;
}
