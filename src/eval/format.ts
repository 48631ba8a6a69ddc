import { ENTITY_TYPES } from '../graph/index.ts';
import type { EvalReport, Score } from './report.ts';

const num = (v: number | null): string => (v === null ? '    —' : v.toFixed(3));
const pct = (v: number | null): string => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

function scoreRow(name: string, s: Score, extra = ''): string {
  const counts = `tp ${s.tp}  fp ${s.fp}${extra}  found ${s.found}/${s.required}`;
  return `${name.padEnd(22)}${num(s.precision).padStart(7)}${num(s.recall).padStart(7)}${num(s.f1).padStart(7)}   ${counts}`;
}

/** The report as a readable table; `details` adds the false positives and misses, one per line. */
export function formatReport(report: EvalReport, opts: { title?: string; details?: boolean } = {}): string {
  const { entities: e, relations: r, stated: st, country: c, evidence: ev, scope } = report;
  const lines: string[] = [];
  if (opts.title) lines.push(opts.title);
  if (scope.goldArticlesInGraph < scope.goldArticles) {
    lines.push(
      scope.mode === 'graph'
        ? `note: ${scope.goldArticlesInGraph} of ${scope.goldArticles} gold articles are in the graph; only their items are required`
        : `note: ${scope.goldArticlesInGraph} of ${scope.goldArticles} gold articles are in the graph; all gold items are required`,
    );
  }
  lines.push(`${''.padEnd(22)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}`);
  lines.push(scoreRow('entities', e, ` (${e.duplicates} dup)`));
  for (const t of ENTITY_TYPES) lines.push(scoreRow(`  ${t}`, e.byType[t]));
  lines.push(scoreRow('attacked+stationed-at', r));
  for (const [t, s] of Object.entries(r.byType)) lines.push(scoreRow(`  ${t}`, s));
  lines.push(
    `${'stated'.padEnd(22)}speaker recall ${num(st.speakerRecall)} (${st.speakersFound}/${st.speakersRequired})` +
      `  precision ${num(st.precision)} (${st.correct}/${st.edges})`,
  );
  lines.push(`${'country accuracy'.padEnd(22)}${num(c.accuracy)} (${c.correct}/${c.total})`);
  lines.push(
    `${'evidence valid'.padEnd(22)}${pct(ev.valid)} (${ev.validEdges}/${ev.edges} edges` +
      `${ev.checkedAgainstFiles ? `; ${ev.checkedAgainstFiles} sentences also checked in files` : '; no article files checked'})`,
  );
  if (opts.details) lines.push('', ...formatDetails(report));
  return lines.join('\n');
}

function section(title: string, items: string[]): string[] {
  return items.length ? [`${title} (${items.length}):`, ...items.map((i) => `  ${i}`)] : [`${title}: none`];
}

const arrow = (s: string, type: string, t: string): string => `${s} -${type}-> ${t}`;
const end = (label: string, id?: string): string => (id ? `${label} [${id}]` : `"${label}"`);

/** False positives and misses, for finding out why a score is what it is. */
export function formatDetails(report: EvalReport): string[] {
  const d = report.details;
  return [
    ...section(
      'entity false positives',
      d.entities.falsePositives.map((f) => {
        const why =
          f.reason === 'duplicate'
            ? `duplicate of ${f.entity}`
            : f.reason === 'wrong-type'
              ? `wrong type: gold ${f.entity} is a ${f.goldType}`
              : 'no gold entity';
        return `${f.type} "${f.label}" (${f.key}): ${why}`;
      }),
    ),
    ...section(
      'entity misses',
      d.entities.misses.map((m) => `${m.type} "${m.name}" [${m.id}]`),
    ),
    ...section(
      'relation false positives',
      d.relations.falsePositives.map(
        (v) => `${arrow(end(v.sourceLabel, v.source), v.type, end(v.targetLabel, v.target))}: ${v.reason}`,
      ),
    ),
    ...section(
      'relation misses',
      d.relations.misses.map(
        (m) => `${arrow(m.source, m.type, m.target)}${m.evidence ? `  «${m.evidence}»` : ''}`,
      ),
    ),
    ...section(
      'stated false positives',
      d.stated.falsePositives.map(
        (v) => `${arrow(end(v.sourceLabel, v.source), v.type, end(v.targetLabel, v.target))}: ${v.reason}`,
      ),
    ),
    ...section(
      'missed speakers',
      d.stated.missedSpeakers.map((m) => `${m.type} "${m.name}" [${m.id}]`),
    ),
    ...section(
      'country mistakes',
      d.country.mistakes.map(
        (m) =>
          `"${m.label}" (${m.key}): expected ${m.expected}, has ${m.actual ?? 'none'}${m.actualEntity ? ` [${m.actualEntity}]` : ''}`,
      ),
    ),
    ...section(
      'evidence problems',
      d.evidence.problems.map((p) => `${p.edge} in ${p.article || '(none)'}: ${p.reason}`),
    ),
  ];
}
