import { describe, expect, it } from 'vitest';
import { bound, compilePattern, inSet, matchPattern } from './match.ts';
import type { Pattern } from './match.ts';
import { parseTree } from './spec-trees.ts';
import { Tree } from './tree.ts';

const grammar = {
  passiveAux: new Set(['blive', 'be']),
  agentPreps: new Set(['af', 'by']),
  relativePronouns: new Set(['som', 'which', 'that']),
  whereRelatives: new Set(['hvor', 'where']),
  timeNouns: new Set(['january', 'januar', 'week', 'natt']),
  approximators: new Set(['omkring', 'about']),
  includePreps: new Set(['blandt andet', 'including']),
  placeHeads: new Set(['base', 'basen', 'by']),
};
const sets = new Map<string, Set<string>>([
  ['hit', new Set(['strike', 'hit', 'angribe', 'shoot down'])],
  ['nouns', new Set(['angreb'])],
  ['against', new Set(['on', 'against'])],
]);
const lookup = (n: string): Set<string> | undefined => sets.get(n);
const tree = (spec: string): Tree => new Tree(parseTree(spec), grammar);

/** Words bound to each node of every match, as "id=word" strings. */
function run(t: Tree, pattern: Pattern): string[] {
  const p = compilePattern(pattern, lookup, 'spec');
  return matchPattern(t, p).map((m) =>
    p.ids.map((id) => `${id}=${bound(p, m, id) < 0 ? '-' : t.s.words[bound(p, m, id)]}`).join(' '),
  );
}

// "Velaria struck the depot on Monday."
const active = tree(
  'Velaria|PROPN|2|nsubj struck|VERB|0|root|strike the|DET|4|det depot|NOUN|2|obj on|ADP|6|case Monday|PROPN|2|obl .|PUNCT|2|punct',
);

describe('dependency matcher', () => {
  it('binds dependents by relation and lemma sets', () => {
    expect(
      run(active, [
        { id: 'v', lemma: { in: 'hit' } },
        { id: 'a', of: 'v', rel: '>', deprel: 'nsubj' },
        { id: 'o', of: 'v', rel: '>', deprel: 'obj' },
      ]),
    ).toEqual(['v=struck a=Velaria o=depot']);
  });
  it('fails when a required node has no candidate, and leaves optional ones unbound', () => {
    const base: Pattern = [{ id: 'v', lemma: { in: 'hit' } }];
    expect(run(active, [...base, { id: 'x', of: 'v', rel: '>', deprel: 'iobj' }])).toEqual([]);
    expect(run(active, [...base, { id: 'x', of: 'v', rel: '>', deprel: 'iobj', optional: true }])).toEqual([
      'v=struck x=-',
    ]);
  });
  it('rejects a match when an absent node is present', () => {
    expect(
      run(active, [
        { id: 'v', lemma: 'strike' },
        { id: 's', of: 'v', rel: '>', deprel: 'nsubj', absent: true },
      ]),
    ).toEqual([]);
    expect(
      run(active, [
        { id: 'v', lemma: 'strike' },
        { id: 's', of: 'v', rel: '>', deprel: 'iobj', absent: true },
      ]),
    ).toEqual(['v=struck s=-']);
  });
  it('an absent node also sees words other nodes bound', () => {
    expect(
      run(active, [
        { id: 'v', lemma: 'strike' },
        { id: 'o', of: 'v', rel: '>>', word: 'depot' },
        { id: 'x', of: 'v', rel: '>', deprel: 'obj', absent: true },
      ]),
    ).toEqual([]);
  });
  it('walks up (<), down the subtree (>>), up the ancestors (<<) and along siblings ($+, $-, $++)', () => {
    expect(
      run(active, [
        { id: 'd', word: 'depot' },
        { id: 'h', of: 'd', rel: '<' },
      ]),
    ).toEqual(['d=depot h=struck']);
    expect(
      run(active, [
        { id: 'v', upos: 'VERB' },
        { id: 'x', of: 'v', rel: '>>', upos: 'ADP' },
      ]),
    ).toEqual(['v=struck x=on']);
    expect(
      run(active, [
        { id: 'p', upos: 'ADP' },
        { id: 'x', of: 'p', rel: '<<' },
      ]),
    ).toEqual(['p=on x=Monday', 'p=on x=struck']);
    expect(
      run(active, [
        { id: 'a', word: 'velaria' },
        { id: 'n', of: 'a', rel: '$+' },
      ]),
    ).toEqual(['a=Velaria n=depot']);
    expect(
      run(active, [
        { id: 'a', word: 'depot' },
        { id: 'n', of: 'a', rel: '$-' },
      ]),
    ).toEqual(['a=depot n=Velaria']);
    expect(
      run(active, [
        { id: 'a', word: 'velaria' },
        { id: 'n', of: 'a', rel: '$++' },
      ]),
    ).toHaveLength(3);
  });
  it('constrains a nominal by its preposition, and features', () => {
    expect(run(active, [{ id: 'n', case: ['on'] }])).toEqual(['n=Monday']);
    expect(run(active, [{ id: 'n', case: { in: 'against' }, upos: 'NOUN' }])).toEqual([]);
    expect(run(active, [{ id: 'v', lemma: 'strike', notFeats: { Voice: 'Pass' } }])).toHaveLength(1);
    expect(run(active, [{ id: 'v', lemma: 'strike', feats: { Voice: 'Pass' } }])).toEqual([]);
  });
  it('takes relation subtypes with ":*"', () => {
    const t = tree('the|DET|2|det base|NOUN|0|root near|ADP|4|case Orvik|PROPN|2|nmod:near');
    expect(run(t, [{ id: 'n', deprel: 'nmod' }])).toEqual([]);
    expect(run(t, [{ id: 'n', deprel: 'nmod:*' }])).toEqual(['n=Orvik']);
  });
  it('matches compounds ending in a listed word only when asked', () => {
    expect(inSet(new Set(['angreb']), 'droneangreb', true)).toBe(true);
    expect(inSet(new Set(['angreb']), 'droneangreb', false)).toBe(false);
    expect(inSet(new Set(['angreb']), 'angreb', true)).toBe(true);
    expect(inSet(new Set(['angreb']), 'modangreb', true)).toBe(true);
    // The head must have three letters or more: "xangreb" is no compound of "angreb".
    expect(inSet(new Set(['angreb']), 'xangreb', true)).toBe(false);
  });
  it('reads a verb with its particle as one lemma ("shoot down")', () => {
    const t = tree(
      'they|PRON|2|nsubj shot|VERB|0|root|shoot down|ADP|2|compound:prt the|DET|5|det jet|NOUN|2|obj',
    );
    expect(run(t, [{ id: 'v', lemma: { in: 'hit' } }])).toEqual(['v=shot']);
  });
  it('names the pattern and node when a set is unknown or a node misplaced', () => {
    expect(() => compilePattern([{ id: 'v', lemma: { in: 'nope' } }], lookup, 'p1')).toThrow(/p1\/v.*nope/);
    expect(() => compilePattern([{ id: 'v' }, { id: 'x', deprel: 'obj' }], lookup, 'p2')).toThrow(/p2\/x/);
  });
});
