// stated: who said something, and about whom, from the stated.* frames — a reporting verb's subject ("sier
// statsminister X", "the IRGC said"), a passive's agent, "ifølge/according to X", the author of a proposal
// ("Fremsat af X"). What the statement is about is the entities of its own words: the verb's clause or
// quote, or the clause "ifølge X" hangs on; "Det skriver X" points back to the sentence before, and a
// statement naming nobody is about the speaker's own side.
import { pronounSpeaker } from '../discourse.ts';
import type { Mention } from '../mention.ts';
import { countryKey } from '../resolve.ts';
import type { ArticleContext, SentenceData } from '../sentence.ts';
import { bound, inSet } from './match.ts';
import type { Match } from './match.ts';
import type { Frame } from './lexicon.ts';
import { ownersOf, nounKind, phraseMention } from './fillers.ts';
import type { Filler, View } from './view.ts';
import { emit, rolePerson } from './view.ts';

const MEDIA_KINDS = new Set(['news-agency', 'media', 'company']);
const MEDIA_RE = /\b(News|Times|Post|Journal|Press|TV|Radio|Avis|Tidende|Dagblad|Posten)$/;

export function isMedia(m: Mention): boolean {
  return m.type === 'organisation' && (MEDIA_KINDS.has(m.entry?.orgKind ?? '') || MEDIA_RE.test(m.label));
}

/** Who speaks through the word: a person (a pronoun is the last speaker), a body, a country, a title. */
export function speakersOf(v: View, w: number): Filler[] {
  if (w < 0) return [];
  const t = v.t;
  const m = phraseMention(v, w);
  if (m) {
    if (m.type === 'person' && m.kind === 'coref') {
      const who = pronounSpeaker(v.st.d, m.key);
      return who ? [{ key: who, conf: 0.8, via: 'antecedent' }] : [];
    }
    // "Pentagon Press Secretary Peter Cook": the body is the affiliation of the person its phrase names.
    if (m.type === 'organisation') {
      const inPhrase = t
        .basicKids(w)
        .filter((k) => /^(?:flat|compound|appos)/.test(t.deprel[k]))
        .flatMap((k) => t.subtree(k))
        .map((k) => v.word[k])
        .find((x) => x?.type === 'person' && x.kind !== 'coref' && x.key);
      if (inPhrase) return [{ key: inPhrase.key, m: inPhrase, conf: 0.9, via: 'name' }];
    }
    if (m.type === 'person' || m.type === 'organisation' || (m.type === 'country' && m.kind !== 'adj'))
      return [
        {
          key: m.key,
          m,
          conf: m.kind === 'coref' ? 0.8 : 1,
          via: m.kind === 'coref' ? 'antecedent' : 'name',
        },
      ];
    return [];
  }
  const person = rolePerson(v, w);
  if (person) return [{ key: person, conf: 0.9, via: 'role' }];
  if (
    t.upos[w] === 'PRON' &&
    t.feat(w, 'Person') === '3' &&
    t.feat(w, 'Number') !== 'Plur' &&
    !v.lex.set('relativePronouns').has(t.lower[w])
  ) {
    const who = pronounSpeaker(v.st.d);
    return who ? [{ key: who, conf: 0.7, via: 'antecedent' }] : [];
  }
  // "US officials", "Iranske myndigheder", "a Pentagon spokesman".
  if (t.upos[w] === 'NOUN' && nounKind(v, w) === 'authority') return ownersOf(v, w);
  return [];
}

/** Words of the statement itself. */
function contentWords(v: View, trigger: number, speaker: number, frame: Frame): number[] {
  const t = v.t;
  // Co-speakers ("The UK, France and Canada announced …") speak together, not about one another: the whole
  // coordination is the speaker's phrase.
  let top = speaker;
  while (top >= 0 && t.deprel[top] === 'conj' && t.head[top] >= 0) top = t.head[top];
  const speakerWords = new Set(top >= 0 ? t.subtree(top) : []);
  const skip = (k: number): boolean => speakerWords.has(k) || k === trigger;
  if (frame.id === 'stated.according') return t.subtree(trigger).filter((k) => !skip(k));
  const out = new Set<number>();
  for (const k of t.basicKids(trigger)) {
    if (speakerWords.has(k)) continue;
    const r = t.deprel[k];
    if (r === 'punct' || r === 'aux' || r === 'cc' || r === 'mark' || r === 'advmod') continue;
    // "sagde X til Reuters": who is told, and where it was said, are not what it is about.
    if (
      r.startsWith('obl') &&
      v.lex.set('recipientPreps').has(t.caseOf(k)) &&
      v.word[k] &&
      isMedia(v.word[k]!)
    )
      continue;
    if (r.startsWith('obl') && v.lex.set('locPreps').has(t.caseOf(k)) && v.word[k]?.type === 'place')
      continue;
    for (const w of t.subtree(k)) out.add(w);
  }
  // "X, sier Y", "'...,' the official said": the reporting clause hangs on the quote, when it says nothing
  // itself.
  const h = t.head[trigger];
  const says = t.basicKids(trigger).some((k) => /^(?:ccomp|obj|xcomp|parataxis)$/.test(t.deprel[k]));
  if (h >= 0 && !says && /^(parataxis|ccomp|conj|advcl)/.test(t.deprel[trigger]))
    for (const w of t.subtree(h)) if (!t.within(w, trigger)) out.add(w);
  return [...out].sort((a, b) => a - b).filter((k) => !skip(k));
}

/** The entities of a set of mentions a statement is about. */
export function about(mentions: (Mention | undefined)[], speakers: Filler[]): Filler[] {
  const keys = new Set(speakers.map((s) => s.key));
  const out = new Map<string, Filler>();
  for (const m of mentions) {
    if (!m?.key || keys.has(m.key) || isMedia(m)) continue;
    if (!out.has(m.key)) out.set(m.key, { key: m.key, m, conf: 1, via: 'name' });
  }
  return [...out.values()];
}

export function quoteOf(sd: SentenceData): string | undefined {
  const m = /["«“]([^"»”]{3,})["»”]/.exec(sd.sentence.text);
  if (m) return m[1];
  if (sd.sentence.dash) return sd.sentence.text.replace(/^[-–—]\s*/, '');
  return undefined;
}

/** A statement a frame found: who speaks, the words of what is said, and the frame's trigger. */
export interface Statement {
  speakers: Filler[];
  words: number[];
  trigger: number;
  frame: Frame;
}

export function statementOf(v: View, frame: Frame, match: Match): Statement | undefined {
  const p = frame.compiled;
  const trigger = bound(p, match, 'trigger');
  const speaker = bound(p, match, 'speaker');
  if (frame.id === 'stated.verb.inverted') {
    // Verb-second languages put the subject after the verb ("Det skriver X", "meldte også X at ..."); a
    // parser may read it as the object. Only when the subject slot names no speaker.
    if (!v.lex.set('verbSecond').size) return undefined;
    if (v.t.kids(trigger, 'nsubj').some((k) => speakersOf(v, k).length)) return undefined;
    // Only the first object after the verb is its subject; the next is whom it addresses ("bad X Y om").
    const first = v.t.kids(trigger).filter((k) => k > trigger && /^(?:obj|iobj)$/.test(v.t.deprel[k]))[0];
    if (speaker !== first) return undefined;
  }
  // "Chile må svare", "X svarte med angreb": answering and threatening report only with what is said.
  const t = v.t;
  if (inSet(v.lex.set('needsContent'), t.lemma[trigger], false)) {
    const said = t.basicKids(trigger).some((k) => /^(?:ccomp|parataxis)$/.test(t.deprel[k]));
    if (!said && t.deprel[trigger] !== 'parataxis') return undefined;
  }
  const speakers = speakersOf(v, speaker);
  if (!speakers.length) return undefined;
  return { speakers, words: contentWords(v, trigger, speaker, frame), trigger, frame };
}

/** Emits a statement: about the entities of its words, else the sentence before it points back to, else the speaker's own side. */
export function emitStatement(v: View, st: Statement, speakers: Filler[], via?: string): void {
  const { words, trigger, frame } = st;
  let targets = about(
    words.map((w) => v.word[w]),
    speakers,
  );
  let rule = via ? `${frame.id}(${via})` : frame.id;
  // "Det skriver X", "Iranske myndigheter har kunngjort dette", "Fremsat af X": the sentence before.
  const backRef = words.some((w) => v.lex.set('backReference').has(v.t.lower[w]) && v.t.upos[w] === 'PRON');
  const s = v.sd.sentence.index;
  if (!targets.length && (backRef || frame.id.startsWith('stated.proposal')) && s > 0) {
    targets = about(v.st.ctx.sentences[s - 1].mentions, speakers);
    rule += '(previous)';
  }
  // A bill that opens with "Fremsat … af X" is named in the sentence after.
  const next = v.st.ctx.sentences[s + 1];
  if (!targets.length && frame.id.startsWith('stated.proposal') && s === 0 && next) {
    targets = about(next.mentions, speakers);
    rule += '(next)';
  }
  if (!targets.length) {
    targets = speakers
      .flatMap((sp) => ownSide(v.st.ctx, sp.key))
      .filter((k) => !speakers.some((x) => x.key === k))
      .map((key) => ({ key, conf: 0.8, via: 'own-side' }));
  }
  const quote = quoteOf(v.sd);
  for (const sp of speakers)
    for (const t of targets) emit(v, 'stated', sp, t, trigger, frame.confidence, rule, quote);
}

/**
 * A sentence's statements. A news medium relays what others say: when it is the only speaker ("skriver
 * NTB", "according to Reuters"), the statement is the last speaker's of the paragraph, else nobody's.
 */
export function statedIn(v: View, statements: Statement[]): string[] {
  const media = (f: Filler): boolean => !!f.m && isMedia(f.m);
  const own = statements.some((st) => st.speakers.some((f) => !media(f)));
  const spoke: string[] = [];
  const s = v.sd.sentence.index;
  for (const st of statements) {
    const speakers = st.speakers.filter((f) => !media(f));
    if (speakers.length) {
      emitStatement(v, st, speakers);
      spoke.push(...speakers.map((f) => f.key));
      continue;
    }
    if (own) continue;
    const d = v.st.d;
    const relayed =
      d.lastSpeaker &&
      d.lastSpeakerParagraph === v.sd.sentence.paragraph &&
      s - (d.lastSpeakerSentence ?? -9) <= 2
        ? d.lastSpeaker
        : undefined;
    if (!relayed) continue;
    emitStatement(v, st, [{ key: relayed, conf: 0.7, via: 'relayed' }], 'relayed');
    spoke.push(relayed);
  }
  return spoke;
}

/**
 * The side a speaker speaks for: the organisation named in a person's title ("FNs generalsekretær X"), else
 * the country of the person or national body, if the article names that country itself.
 */
export function ownSide(ctx: ArticleContext, key: string): string[] {
  let country: string | undefined;
  for (const sd of ctx.sentences)
    for (const m of sd.mentions) {
      if (m.key !== key) continue;
      if (m.affil) {
        const [a, b] = m.affil;
        const org = sd.mentions.find(
          (x) =>
            x.type === 'organisation' &&
            x.key &&
            x.key !== key &&
            x.t0 >= a &&
            x.t1 <= b &&
            !isMedia(x) &&
            // A party is whom a politician belongs to, not what they speak about.
            x.entry?.orgKind !== 'party',
        );
        if (org) return [org.key];
      }
      // Only people and national bodies speak for their country; a militia or a news agency does not.
      const national = m.type === 'organisation' && (!!m.entry?.national || !!m.ownerCountry);
      if (m.type === 'person' || national) country ??= m.country;
    }
  if (!country) return [];
  const ck = countryKey(country);
  return ctx.sentences.some((sd) => sd.mentions.some((m) => m.key === ck && m.kind !== 'coref')) ? [ck] : [];
}
