// A mission or force named after where it serves: "African Union Mission in Somalia", "United Nations
// Interim Force in Lebanon", "FNs stabiliseringsstyrke i Mali". Its name says where it is stationed, every
// time it is named (at lower confidence than a sentence that says so).
import { lexicon } from '../lexicon/data.ts';
import { countryKey } from '../resolve.ts';
import type { SentenceData } from '../sentence.ts';
import type { ArticleState } from './view.ts';
import { evidenceOf } from './view.ts';

const HEAD = /^(?:mission|force|forces|operation|command|misjon|styrke|styrken|styrkene|styrker)$/i;
const PREPS = /^(?:in|to|for|i|på|til)$/i;
const ARTICLES = /^(?:the|den|det)$/i;

/** The country or place a force's name says it serves in, as a node key. */
function servedIn(words: readonly string[]): string | undefined {
  for (let i = 1; i + 2 <= words.length; i++) {
    if (!HEAD.test(words[i - 1]) || !PREPS.test(words[i])) continue;
    let j = i + 1;
    if (j < words.length && ARTICLES.test(words[j])) j++;
    if (j >= words.length) return undefined;
    const m = lexicon.matchName(words, words, j);
    if (!m || j + m.length !== words.length) return undefined;
    if (m.entry.kind === 'country') return countryKey(m.entry.id);
    return undefined;
  }
  return undefined;
}

export function namedMissions(st: ArticleState, sd: SentenceData): void {
  for (const m of sd.mentions) {
    if (m.type !== 'organisation' || !m.key) continue;
    const org = m.entry?.kind === 'org' ? lexicon.organisations.get(m.entry.id) : undefined;
    const names = [m.surface, m.label, ...(org ? [org.label, ...org.names] : [])];
    const where = names.map((n) => servedIn(n.split(/\s+/))).find(Boolean);
    if (!where) continue;
    st.out.push({
      type: 'stationed-at',
      source: m.key,
      target: where,
      evidence: evidenceOf(st.ctx, sd, m.surface, 0.5, 'stationed.mission-name'),
    });
  }
}
