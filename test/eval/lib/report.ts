import { ENTITY_TYPES, type EntityType } from './corpus';
import { prf, type Counts, type TypeScore } from './scoring';

/** Scores of one system on one split: summed counts per entity type, or undefined for types it does not predict. */
export type SystemScores = Partial<Record<EntityType, TypeScore>>;

const fmt = (x: number | undefined): string => (x === undefined ? '–' : x.toFixed(2));

/** One table cell: "P/R/F1 exact · F1 overlap". */
function cell(score: TypeScore | undefined): string {
  if (!score) return '—';
  const e = prf(score.exact);
  const o = prf(score.overlap);
  return `${fmt(e.p)}/${fmt(e.r)}/${fmt(e.f1)} · ${fmt(o.f1)}`;
}

/** Date value accuracy as "accuracy (correct/matched)". */
function valueCell(score: TypeScore | undefined): string {
  if (!score) return '—';
  const { matched, correct } = score.dateValue;
  return matched === 0 ? '– (0/0)' : `${(correct / matched).toFixed(2)} (${correct}/${matched})`;
}

/** Sums the exact-match counts over all types a system predicts. */
function allTypes(scores: SystemScores, key: 'exact' | 'overlap'): Counts {
  const sum: Counts = { tp: 0, pred: 0, gold: 0 };
  for (const t of ENTITY_TYPES) {
    const s = scores[t];
    if (!s) continue;
    sum.tp += s[key].tp;
    sum.pred += s[key].pred;
    sum.gold += s[key].gold;
  }
  return sum;
}

/** Renders one split's results as a Markdown table with one row per system. */
export function markdownTable(title: string, docs: number, gold: Partial<Record<EntityType, number>>, systems: ReadonlyMap<string, SystemScores>): string {
  const head = ['System', ...ENTITY_TYPES.map((t) => `${t} (${gold[t] ?? 0})`), 'date value acc.', 'all its types: F1 exact / overlap'];
  const lines = [
    `### ${title} — ${docs} documents`,
    '',
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
  ];
  for (const [name, scores] of systems) {
    const total = `${fmt(prf(allTypes(scores, 'exact')).f1)} / ${fmt(prf(allTypes(scores, 'overlap')).f1)}`;
    lines.push(`| ${[name, ...ENTITY_TYPES.map((t) => cell(scores[t])), valueCell(scores.date), total].join(' | ')} |`);
  }
  return lines.join('\n');
}
