// Silver entity labels for a treebank without them (English-EWT train for the English recogniser): a first
// model proposes spans and types, the treebank's gold proper-noun tags fix where names begin and end. Tokens of
// proper-noun runs the first model found nothing on are left unknown (-1: no update) rather than taught as O.
import { B, I, L, U } from './tags.ts';
import type { TagSet } from './tags.ts';

export function silverClasses(
  tags: TagSet,
  upos: readonly string[],
  predicted: ArrayLike<number>,
): Int32Array {
  const n = upos.length;
  const out = new Int32Array(n);
  const isName = (i: number): boolean => i >= 0 && i < n && upos[i] === 'PROPN';
  for (let i = 0; i < n; i++) if (isName(i)) out[i] = -1;
  let taken = 0;
  for (const sp of tags.spans(predicted)) {
    let a = sp.start;
    let b = sp.end - 1;
    while (a <= b && !isName(a)) a++;
    while (b >= a && !isName(b)) b--;
    if (a > b) continue;
    while (isName(a - 1)) a--;
    while (isName(b + 1)) b++;
    if (a < taken) continue;
    const t = tags.types.indexOf(sp.type);
    if (a === b) out[a] = tags.classFor(U, t);
    else {
      out[a] = tags.classFor(B, t);
      for (let k = a + 1; k < b; k++) out[k] = tags.classFor(I, t);
      out[b] = tags.classFor(L, t);
    }
    taken = b + 1;
  }
  return out;
}
