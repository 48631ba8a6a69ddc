// Relations read from the dependency tree: every sentence's frames (data/frames.json, word sets per language)
// matched on its parse, sentence by sentence so coreference ("landet", "basen", "han") and the attacks told
// so far carry over. Quotes in a dash paragraph are the paragraph's speaker's.
import { addCoreference, updateDiscourse } from '../discourse.ts';
import type { Resolution } from '../resolve.ts';
import type { ArticleContext } from '../sentence.ts';
import { attackedIn } from './attacked.ts';
import { recordTopics } from './coref.ts';
import { frameLexicon } from './lexicon.ts';
import { matchPattern } from './match.ts';
import { namedMissions } from './named-missions.ts';
import { about, quoteOf, statedIn, statementOf } from './stated.ts';
import type { Statement } from './stated.ts';
import { stationedIn } from './stationed.ts';
import { speakerLabels } from './transcript.ts';
import { Tree } from './tree.ts';
import type { ArticleState, FoundRelation } from './view.ts';
import { evidenceOf, makeView } from './view.ts';

export type { FoundRelation } from './view.ts';

export function extractFrameRelations(ctx: ArticleContext, res: Resolution): FoundRelation[] {
  const lex = frameLexicon(ctx.lang);
  const st: ArticleState = { ctx, res, d: {}, out: [], attacks: [], speakers: new Map(), topics: [] };
  for (const sd of ctx.sentences) {
    const s = sd.sentence.index;
    const roleBefore = (k: number): boolean => res.roles.some((r) => r.s === s && r.t1 <= k && !r.person);
    addCoreference(sd, st.d, roleBefore);
    if (lex && sd.nlp?.words.length) {
      const v = makeView(st, sd, new Tree(sd.nlp, lex.tree), lex);
      const statements: Statement[] = [];
      for (const frame of lex.frames) {
        for (const m of matchPattern(v.t, frame.compiled)) {
          if (frame.relation === 'attacked') attackedIn(v, frame, m);
          else if (frame.relation === 'stationed-at') stationedIn(v, frame, m);
          else {
            const found = statementOf(v, frame, m);
            if (found) statements.push(found);
          }
        }
      }
      recordTopics(v);
      namedMissions(st, sd);
      const speakers = [...new Set(statedIn(v, statements))];
      if (speakers.length) {
        st.speakers.set(s, speakers);
        st.d.lastSpeaker = speakers[0];
        st.d.lastSpeakerParagraph = sd.sentence.paragraph;
        st.d.lastSpeakerSentence = s;
      }
    }
    updateDiscourse(sd, st.d);
  }
  quoteParagraphs(st);
  speakerLabels(st);
  return dedupe(st.out);
}

/**
 * A paragraph that opens with a dash is a quote: its sentences without a speaker of their own are the
 * speaker's named anywhere in the paragraph ("- ..., sier X"), else the last speaker before it.
 */
function quoteParagraphs(st: ArticleState): void {
  const { ctx } = st;
  let previous: string[] = [];
  for (const sd of ctx.sentences) {
    const s = sd.sentence.index;
    const own = st.speakers.get(s);
    if (!sd.sentence.dash || own) {
      if (own) previous = own;
      continue;
    }
    const para = ctx.sentences.filter((x) => x.sentence.paragraph === sd.sentence.paragraph);
    const inPara = para.map((x) => st.speakers.get(x.sentence.index)).find((x) => x?.length);
    const speakers = inPara ?? previous;
    const conf = inPara ? 0.75 : 0.6;
    if (!speakers.length) continue;
    const fillers = speakers.map((key) => ({ key, conf: 1, via: 'quote' }));
    for (const t of about(sd.mentions, fillers))
      for (const sp of speakers)
        st.out.push({
          type: 'stated',
          source: sp,
          target: t.key,
          evidence: evidenceOf(ctx, sd, 'quote', conf, 'stated.quote-paragraph', quoteOf(sd)),
        });
  }
}

/** One evidence per edge and sentence: the strongest frame that found it. */
function dedupe(out: FoundRelation[]): FoundRelation[] {
  const best = new Map<string, FoundRelation>();
  for (const r of out) {
    const k = `${r.type}\u0000${r.source}\u0000${r.target}\u0000${r.evidence.start}`;
    const cur = best.get(k);
    if (!cur || (r.evidence.confidence ?? 0) > (cur.evidence.confidence ?? 0)) best.set(k, r);
  }
  return [...best.values()];
}
