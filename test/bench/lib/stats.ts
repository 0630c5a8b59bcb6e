/** Small statistics and formatting helpers for the benchmark; medians and percentiles, never means. */

/** The nearest-rank percentile `p` (0–100) of some samples; NaN for none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** The median of some samples. */
export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Runs `fn` and returns its wall time in milliseconds with its result. */
export async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** One row of the results table. */
export interface Row {
  readonly metric: string;
  /** The measured value, already rounded for display. */
  readonly value: number;
  readonly unit: string;
  /** The target as text (for example "< 30"), or "" when the figure is informative only. */
  readonly target: string;
  /** Whether the target is met; undefined for informative rows. */
  readonly ok?: boolean;
}

/** A row compared against an upper bound. */
export function atMost(metric: string, value: number, unit: string, bound: number): Row {
  return { metric, value: round(value), unit, target: `< ${bound}`, ok: value < bound };
}

/** A row compared against a lower bound. */
export function atLeast(metric: string, value: number, unit: string, bound: number): Row {
  return { metric, value: round(value), unit, target: `≥ ${bound}`, ok: value >= bound };
}

/** An informative row without a target. */
export function info(metric: string, value: number, unit: string): Row {
  return { metric, value: round(value), unit, target: '' };
}

/** Rounds to three significant figures (at most two decimals), which is all a benchmark can claim. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return Number(value.toFixed(digits));
}

/** The rows as a Markdown table. */
export function markdownTable(rows: readonly Row[]): string {
  const lines = ['| metric | measured | target | |', '|---|---:|---|---|'];
  for (const r of rows) {
    const mark = r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED';
    lines.push(`| ${r.metric} | ${r.value} ${r.unit} | ${r.target ? `${r.target} ${r.unit}` : ''} | ${mark} |`);
  }
  return lines.join('\n');
}
