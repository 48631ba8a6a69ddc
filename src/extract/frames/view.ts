// What the relation modules share while reading one article: the sentence's tree with the resolved mention
// of each word, the discourse (what "landet", "basen", "han" point back to), the attacks told so far, and
// the edges found with their evidence.
import type { Evidence, RelationType } from '../../graph/types.ts';
import type { Discourse } from '../discourse.ts';
import type { Mention } from '../mention.ts';
import type { Resolution } from '../resolve.ts';
import { countryKey } from '../resolve.ts';
import type { ArticleContext, SentenceData } from '../sentence.ts';
import type { FrameLexicon } from './lexicon.ts';
import type { Tree } from './tree.ts';

export interface FoundRelation {
  type: RelationType;
  source: string;
  target: string;
  evidence: Evidence;
}

/** An entity filling a role, how sure that is, and how it was found ("name", "owner:amod", "antecedent"). */
export interface Filler {
  key: string;
  m?: Mention;
  conf: number;
  via: string;
}

/** An attack the article has told: a later "the attack" or "blamed X for the attack" points back to it. */
export interface ToldAttack {
  s: number;
  attackers: Filler[];
  targets: Filler[];
  /** Weapons the sentence named ("missiler"): "missilene" later points back to this attack. */
  weapons: Set<string>;
}

export interface ArticleState {
  ctx: ArticleContext;
  res: Resolution;
  d: Discourse;
  out: FoundRelation[];
  attacks: ToldAttack[];
  /** Speakers found per sentence index (dash quotes take their paragraph's). */
  speakers: Map<number, string[]>;
  /** Main-clause subjects, sentence by sentence: what "it/den" points back to. */
  topics: { s: number; m: Mention }[];
}

export interface View {
  st: ArticleState;
  sd: SentenceData;
  t: Tree;
  lex: FrameLexicon;
  /** The mention each word belongs to, if any (names before pointers back). */
  word: (Mention | undefined)[];
}

const KIND_RANK: Record<Mention['kind'], number> = { name: 0, gen: 1, adj: 2, people: 3, role: 4, coref: 5 };

export function makeView(st: ArticleState, sd: SentenceData, t: Tree, lex: FrameLexicon): View {
  const word: (Mention | undefined)[] = new Array<Mention | undefined>(t.n).fill(undefined);
  for (let w = 0; w < t.n; w++) {
    const tok = sd.wordTok[w];
    for (const m of sd.mentions) {
      if (!m.key || tok < m.t0 || tok >= m.t1) continue;
      // "the base", "basen": resolved with the tree (coref.ts, subjects first), not to the base named last.
      if (m.kind === 'coref' && m.type === 'base') continue;
      const cur = word[w];
      if (!cur || KIND_RANK[m.kind] < KIND_RANK[cur.kind]) word[w] = m;
    }
  }
  return { st, sd, t, lex, word };
}

/** The person a nameless title at word w stands for ("statsministeren"), if the article names them. */
export function rolePerson(v: View, w: number): string | undefined {
  const tok = v.sd.wordTok[w];
  const s = v.sd.sentence.index;
  return v.st.res.roles.find((r) => r.s === s && r.t0 <= tok && tok < r.t1 && r.person)?.person;
}

export function evidenceOf(
  ctx: ArticleContext,
  sd: SentenceData,
  trigger: string,
  confidence: number,
  rule: string,
  quote?: string,
): Evidence {
  const e: Evidence = {
    article: ctx.id,
    sentence: sd.sentence.text,
    start: sd.sentence.start,
    end: sd.sentence.end,
    trigger,
    confidence: Math.round(confidence * 1000) / 1000,
    rule,
  };
  if (quote) e.quote = quote;
  return e;
}

export function evidence(
  v: View,
  trigger: number,
  confidence: number,
  rule: string,
  quote?: string,
): Evidence {
  return evidenceOf(v.st.ctx, v.sd, trigger >= 0 ? v.t.s.words[trigger] : rule, confidence, rule, quote);
}

export function emit(
  v: View,
  type: RelationType,
  source: Filler,
  target: Filler,
  trigger: number,
  frameConf: number,
  rule: string,
  quote?: string,
): void {
  if (!source.key || !target.key || source.key === target.key) return;
  // A state's armed forces act for the state: "the U.S. military struck X" is also the United States
  // striking X (the annotations of real text list both).
  const state = (f: Filler): Filler | undefined => {
    const e = f.m?.entry;
    return type !== 'stated' && e?.kind === 'org' && e.orgKind === 'military' && e.country
      ? { key: countryKey(e.country), conf: f.conf * 0.9, via: 'state' }
      : undefined;
  };
  const s2 = state(source);
  const t2 = state(target);
  const pairs: [Filler, Filler][] = [[source, target]];
  if (s2) pairs.push([s2, target]);
  if (t2) pairs.push([source, t2]);
  for (const [s, t] of pairs) {
    if (s.key === t.key) continue;
    const conf = frameConf * s.conf * t.conf;
    const how = [s.via, t.via].filter((x) => x && x !== 'name').join(',');
    v.st.out.push({
      type,
      source: s.key,
      target: t.key,
      evidence: evidence(v, trigger, conf, how ? `${rule}(${how})` : rule, quote),
    });
  }
}
