import type { ArticleMeta } from '../../graph/index.ts';

/** More months than this are not drawn as bars (a corpus over decades): the inputs still work. */
const MAX_MONTHS = 240;

/** Articles per month (YYYY-MM), every month from the first to the last dated article, gaps as 0. */
export function monthsOf(articles: ArticleMeta[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of articles) {
    const m = a.date?.slice(0, 7);
    if (m && /^\d{4}-\d\d$/.test(m)) counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  const keys = [...counts.keys()].sort();
  if (!keys.length) return counts;
  // Every month between the first and the last, so gaps show as gaps.
  const all = new Map<string, number>();
  let [y, mo] = keys[0].split('-').map(Number);
  const last = keys[keys.length - 1];
  for (let i = 0; i < MAX_MONTHS; i++) {
    const k = `${y}-${String(mo).padStart(2, '0')}`;
    all.set(k, counts.get(k) ?? 0);
    if (k >= last) return all;
    if (++mo > 12) [y, mo] = [y + 1, 1];
  }
  return counts;
}
