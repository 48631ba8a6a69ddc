/**
 * `Array.prototype.map` whose result always has V8's packed elements kind. `map` returns a packed array
 * while its caller runs in the interpreter and a holey one once the caller is optimised, so an array read
 * all over the extractor (a sentence's normalised words) would change hidden class part-way through a run,
 * and every optimised function reading it would be thrown away and compiled again — seconds of JIT work
 * per worker thread on a large corpus.
 */
export function packedMap<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i], i));
  return out;
}
