// Speeches under a speaker label: parliamentary minutes and tabled bills name who speaks before the speech
// ("Utenriksminister Børge Brende: Takk for …", "Udenrigsministeren (Lars Løkke Rasmussen):"). Every later
// sentence without a speaker of its own is that speaker's, until the next label.
import type { ArticleContext, SentenceData } from '../sentence.ts';
import { about } from './stated.ts';
import type { ArticleState } from './view.ts';
import { evidenceOf } from './view.ts';

/** A label can be a title, a name and a parenthesis: a few words before the colon. */
const MAX_LABEL_TOKENS = 10;

interface Label {
  key: string;
  /** First token after the colon. */
  after: number;
}

function labelOf(sd: SentenceData): Label | undefined {
  const colon = sd.tokens.findIndex((t, i) => i <= MAX_LABEL_TOKENS && t.text === ':');
  if (colon <= 0) return undefined;
  // No verb before the colon: "X sagde:" introduces a quote, which the frames read.
  const nlp = sd.nlp;
  if (nlp?.upos.some((u, i) => (u === 'VERB' || u === 'AUX') && sd.wordTok[i] < colon)) return undefined;
  const people = sd.mentions.filter(
    (m) => m.type === 'person' && m.key && m.t1 <= colon && m.kind !== 'coref',
  );
  if (people.length !== 1) return undefined;
  // Everything before the colon is the label: the person, their title, punctuation.
  const words = sd.tokens.slice(0, colon).filter((t) => t.word).length;
  return words <= MAX_LABEL_TOKENS ? { key: people[0].key, after: colon + 1 } : undefined;
}

export function speakerLabels(st: ArticleState): void {
  const ctx: ArticleContext = st.ctx;
  let speaker: string | undefined;
  for (const sd of ctx.sentences) {
    const label = labelOf(sd);
    if (label) speaker = label.key;
    if (!speaker) continue;
    const s = sd.sentence.index;
    if (st.speakers.get(s)?.length) continue;
    const from = label?.after ?? 0;
    const fillers = [{ key: speaker, conf: 1, via: 'label' }];
    for (const t of about(
      sd.mentions.filter((m) => m.t0 >= from),
      fillers,
    ))
      st.out.push({
        type: 'stated',
        source: speaker,
        target: t.key,
        evidence: evidenceOf(ctx, sd, 'label', 0.6, 'stated.speaker-label'),
      });
  }
}
