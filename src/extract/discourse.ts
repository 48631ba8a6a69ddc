// What the text has just spoken of, sentence by sentence: the last country, base, place and person, so
// "landet", "basen", "der" and "han" can point back to them.
import { grammar } from './grammar/index.ts';
import type { Mention } from './mention.ts';
import type { SentenceData } from './recognise.ts';

export interface Discourse {
  lastCountry?: Mention;
  lastBase?: Mention;
  lastLocation?: Mention;
  lastPerson?: Mention;
  /** The last armed group named ("the group", "gruppen" point back to it). */
  lastGroup?: Mention;
  lastSpeaker?: string;
  lastSpeakerParagraph?: number;
  /** Sentence of the last statement: a person named after it is who a pronoun speaker means. */
  lastSpeakerSentence?: number;
}

/**
 * The speaker a pronoun ("sagde han") stands for: the last speaker, unless a person has been named since
 * that statement ("Ukraines præsident, X, takkede ... - ..., sagde han"); then the pronoun's own antecedent.
 */
export function pronounSpeaker(d: Discourse, antecedent?: string): string | undefined {
  const newer = d.lastPerson && d.lastSpeakerSentence !== undefined && d.lastPerson.s > d.lastSpeakerSentence;
  if (newer) return antecedent ?? d.lastPerson?.key;
  return d.lastSpeaker ?? antecedent;
}

/** English definite article before a base noun: "the base". */
const DEFINITE = new Set(['the']);

function coref(sd: SentenceData, k: number, target: Mention): Mention {
  const t = sd.tokens[k];
  return {
    ...target,
    s: sd.sentence.index,
    t0: k,
    t1: k + 1,
    start: t.start,
    end: t.end,
    surface: t.text,
    kind: 'coref',
  };
}

/** Index of the first word token. */
function firstWord(sd: SentenceData): number {
  return sd.tokens.findIndex((t) => t.word);
}

/** Adds mentions for "landet", "basen" and personal pronouns, resolved against the discourse. */
export function addCoreference(sd: SentenceData, d: Discourse, hasRoleBefore: (k: number) => boolean): void {
  const added: Mention[] = [];
  const covered = new Set<number>();
  for (const m of sd.mentions) for (let k = m.t0; k < m.t1; k++) covered.add(k);
  const subjectIdx = firstWord(sd);
  for (let k = 0; k < sd.tokens.length; k++) {
    if (covered.has(k)) continue;
    const norm = sd.norms[k];
    const before = sd.mentions.filter((m) => m.t1 <= k);
    if (grammar.corefCountry.has(norm)) {
      const here = [...before]
        .reverse()
        .find((m) => m.type === 'country' && m.kind !== 'adj' && m.kind !== 'people' && m.t0 !== subjectIdx);
      const target = here ?? d.lastCountry;
      if (target) added.push(coref(sd, k, target));
    } else if (
      (grammar.corefBase.has(norm) || (grammar.baseIndef.has(norm) && DEFINITE.has(sd.norms[k - 1] ?? ''))) &&
      !sd.mentions.some((m) => m.t0 === k + 1 && m.type === 'base')
    ) {
      const here = [...before].reverse().find((m) => m.type === 'base');
      const target = here ?? d.lastBase;
      if (target) added.push(coref(sd, k, target));
    } else if (
      grammar.corefGroup.has(norm) &&
      (sd.lang !== 'en' || DEFINITE.has(sd.norms[k - 1] ?? '')) &&
      !sd.mentions.some((m) => m.t0 === k + 1) &&
      !/^(of|af|av|'s|’s)$/.test(sd.norms[k + 1] ?? '') &&
      !/['’]s?$/.test(sd.tokens[k].text)
    ) {
      // "The group also shelled X": the armed group just named, in this sentence or before; the first
      // one of a sentence is its subject ("X er tilknyttet Y. Gruppen ..." is X).
      const here = before.find(isArmedGroup);
      const target = here ?? d.lastGroup;
      if (target) added.push(coref(sd, k, target));
    } else if (grammar.personPron.has(norm)) {
      if (hasRoleBefore(k)) continue;
      const here = [...before].reverse().find((m) => m.type === 'person');
      const target = here ?? d.lastPerson;
      if (target) added.push(coref(sd, k, target));
    }
  }
  if (added.length) sd.mentions = [...sd.mentions, ...added].sort((a, b) => a.t0 - b.t0);
}

export function updateDiscourse(sd: SentenceData, d: Discourse): void {
  let prev: Mention | undefined;
  let groupSeen = false;
  for (const m of sd.mentions) {
    // "the Al Tanf base in Syria": the place after a base only locates it; "there" still means the base.
    const locatesBase =
      prev?.type === 'base' &&
      m.t0 - prev.t1 <= 3 &&
      grammar.stationing.locPreps.has(sd.norms[m.t0 - 1] ?? '');
    prev = m;
    if (locatesBase) continue;
    // A genitive owner of a title or body ("Irans udenrigsminister") is not what "landet" points back to.
    const owner = m.kind === 'gen' && sd.tokens[m.t1]?.word && !sd.tokens[m.t1].cap;
    if (m.type === 'country' && m.kind !== 'adj' && m.kind !== 'people' && !owner) {
      d.lastCountry = m;
      d.lastLocation = m;
    } else if (m.type === 'base') {
      d.lastBase = m;
      d.lastLocation = m;
    } else if (m.type === 'place') d.lastLocation = m;
    else if (m.type === 'person') d.lastPerson = m;
    else if (!groupSeen && isArmedGroup(m)) {
      d.lastGroup = m;
      groupSeen = true;
    }
  }
}

/** A named armed group: listed as one, or an unknown name ending in a force word ("Arakan Army"). */
function isArmedGroup(m: Mention): boolean {
  if (m.type !== 'organisation' || m.kind !== 'name') return false;
  if (m.entry) return m.entry.orgKind === 'armed-group';
  return grammar.groupHeads.has(m.label.split(/\s+/).pop() ?? '');
}
