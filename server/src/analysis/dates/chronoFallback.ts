/**
 * chrono-node as a second opinion for the sentences where our own rules left a date cue
 * unexplained (numeric dates such as "04/02/2012", unusual orders). chrono is slow and quadratic on
 * long input, so it only ever sees single sentences that a cheap RegExp has flagged.
 */

import * as chrono from 'chrono-node';
import { formatDay, formatMonth, formatRange, isValidDay, resolveMonthDayYear, type CalendarDate } from '../dateResolution';
import { settle, type Candidate, type RuleContext } from './candidate';
import { MONTH_ANY } from './lexicon';

/**
 * Cues that chrono may understand better than our rules: month names and numeric dates. They were
 * one alternation, which scanned about a third slower than its two halves one after the other:
 * each half alone lets the engine skip ahead to the few characters it can start with. Splitting
 * finds the same matches: a month cue is letters with at most a trailing full stop, and a numeric
 * cue is digits joined by full stops or slashes, with a digit before each joint, so no match of one
 * half can overlap a match of the other, and neither scan would have skipped a match of the other.
 */
const MONTH_CUE = new RegExp(`${MONTH_ANY}(?![a-z])`, 'g');
const NUMERIC_CUE = /\b\d{1,4}[/.]\d{1,2}[/.]\d{2,4}\b/g;

/** Sentence ends: a full stop, question or exclamation mark before a space, or a line break. */
const SENTENCE_END = /[.!?](?=\s)|\n/g;

/** Whether `[start, end)` overlaps one of `spans`, which are sorted by start and do not overlap. */
function covered(start: number, end: number, spans: readonly Candidate[]): boolean {
  let lo = 0;
  let hi = spans.length;
  // Binary search for the first span that starts at or after `end`; only the one before it can overlap.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.start ?? 0) < end) lo = mid + 1;
    else hi = mid;
  }
  const before = spans[lo - 1];
  return before !== undefined && before.end > start;
}

/** The starts, in text order, of the matches of the global `pattern` in `text` that no candidate explains. */
function looseMatchStarts(pattern: RegExp, text: string, taken: readonly Candidate[]): readonly number[] {
  // Made only when a loose cue turns up: most paragraphs have none, and every paragraph runs this twice.
  let loose: number[] | undefined;
  // An exec loop on the shared global RegExp finds what matchAll finds without cloning the RegExp.
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (!covered(m.index, m.index + m[0].length, taken)) (loose ??= []).push(m.index);
  }
  return loose ?? NO_STARTS;
}

const NO_STARTS: readonly number[] = [];

/** The numbers of two ascending lists, in one ascending list. */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x <= y)) {
      out.push(x ?? 0);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

/** The starts, in text order, of the date cues in `text` that none of `taken` (sorted, disjoint) explains. */
export function looseCueStarts(text: string, taken: readonly Candidate[]): readonly number[] {
  const months = looseMatchStarts(MONTH_CUE, text, taken);
  const numerics = looseMatchStarts(NUMERIC_CUE, text, taken);
  return numerics.length === 0 ? months : mergeAscending(months, numerics);
}

/** Sentences (as `[start, end)`) of the paragraph that hold a date cue no candidate explains. */
function sentencesWithLooseCues(text: string, taken: readonly Candidate[]): readonly [number, number][] {
  const loose = looseCueStarts(text, taken);
  if (loose.length === 0) return NO_SENTENCES;
  const out: [number, number][] = [];
  let start = 0;
  let next = 0;
  const ends = [...text.matchAll(SENTENCE_END)].map((m) => m.index + 1);
  ends.push(text.length);
  for (const end of ends) {
    while (next < loose.length && (loose[next] ?? 0) < start) next++;
    if (next < loose.length && (loose[next] ?? 0) < end) out.push([start, end]);
    start = end;
  }
  return out;
}

const NO_SENTENCES: readonly [number, number][] = [];
const NO_CANDIDATES: readonly Candidate[] = [];

const LEADING_PREPOSITION = /^(?:(?:on|in|at|since|from|during|of|for|over)\s+)+/i;

/** Date candidates from chrono for the parts of the paragraph our rules did not explain. */
export function chronoCandidates(ctx: RuleContext, taken: readonly Candidate[]): readonly Candidate[] {
  const sentences = sentencesWithLooseCues(ctx.text, taken);
  // Most paragraphs have no loose cue; returning here spares them the Date object below, and the
  // list of candidates, as they share one empty answer.
  if (sentences.length === 0) return NO_CANDIDATES;
  const out: Candidate[] = [];
  // chrono needs a reference instant; uncertain components are never used, so any fixed one works.
  const doc = ctx.doc;
  const instant = doc ? new Date(Date.UTC(doc.year, doc.month - 1, doc.day, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  for (const [from, to] of sentences) {
    const sentence = ctx.text.slice(from, to);
    for (const result of chrono.en.strict.parse(sentence, { instant, timezone: 0 })) {
      const lead = LEADING_PREPOSITION.exec(result.text)?.[0].length ?? 0;
      const start = from + result.index + lead;
      const end = from + result.index + result.text.trimEnd().length;
      if (end <= start || covered(start, end, taken) || covered(start, end, out)) continue;
      // chrono reads dotted numerics month first; the dotted rule already took every real day-first
      // one, so what is left ("1.2.3.2020") is a version or section number.
      if (/\d\.\d/.test(result.text)) continue;
      const candidate = fromComponents(ctx, start, end, result.start, result.end ?? undefined);
      if (candidate) out.push(candidate);
    }
  }
  return out;
}

function fromComponents(
  ctx: RuleContext,
  start: number,
  end: number,
  first: chrono.ParsedComponents,
  last: chrono.ParsedComponents | undefined,
): Candidate | undefined {
  // Times of day and durations ("at 08:00", "for 75 minutes") carry no certain calendar part.
  if (first.isCertain('hour') || !first.isCertain('month')) return undefined;
  const month = first.get('month') ?? 0;
  const yearKnown = first.isCertain('year');
  const base = { start, end, source: 'parser' as const };
  if (!first.isCertain('day')) {
    if (!yearKnown) return undefined;
    const value = formatMonth(first.get('year') ?? 0, month);
    return { ...base, value, precision: 'month', relative: false, reason: `month and year read by chrono (${value})` };
  }
  const day = first.get('day') ?? 0;
  const endDay = (year: number): CalendarDate | undefined => {
    if (!last || !last.isCertain('day')) return undefined;
    const d = { year: last.isCertain('year') ? last.get('year') ?? year : year, month: last.get('month') ?? month, day: last.get('day') ?? 0 };
    return isValidDay(d.year, d.month, d.day) ? d : undefined;
  };
  const valueFor = (year: number): string | undefined => {
    if (!isValidDay(year, month, day)) return undefined;
    const a = { year, month, day };
    const b = endDay(year);
    return b ? formatRange(a, b) : formatDay(a);
  };
  const precision = endDay(2000) ? 'range' : 'day';
  if (yearKnown) {
    const value = valueFor(first.get('year') ?? 0);
    if (value === undefined) return undefined;
    return { ...base, value, precision, relative: false, reason: `calendar date read by chrono (${value})` };
  }
  const tense = ctx.tense(start, end, true);
  const c = ctx.relative(start, end, precision, "day-month without a year read by chrono; it takes the document's year", (doc) =>
    valueFor(resolveMonthDayYear(month, day, doc, tense)),
  );
  // chrono runs after the overlap selection, so its candidates are settled at once.
  return { ...settle(c), source: 'parser' };
}
