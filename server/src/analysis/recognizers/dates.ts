/**
 * Finds date expressions in a paragraph and resolves each to an ISO value against the document's
 * own date. Our RegExp rules handle the forms analysts rely on, with span rules from the annotation
 * guidelines; chrono-node is consulted only for sentences that keep an unexplained date cue.
 */

import type { Entity } from '../types';
import {
  addUnits,
  formatDay,
  formatMonth,
  formatYear,
  parseIsoDay,
  weekdayOf,
  type CalendarDate,
} from '../dateResolution';
import { ABSOLUTE_RULES, type DateRule } from '../dates/absoluteRules';
import { RuleContext, settle, type Anaphor, type Candidate } from '../dates/candidate';
import { chronoCandidates } from '../dates/chronoFallback';
import { RELATIVE_RULES } from '../dates/relativeRules';

/** What the recognizer knows about the document. */
export interface DateContext {
  /** The document date as `YYYY-MM-DD`; undefined when unknown. */
  readonly documentDate?: string;
}

const RULES: readonly DateRule[] = [...ABSOLUTE_RULES, ...RELATIVE_RULES];

// A paragraph without any of these substrings cannot hold a date any rule would find, so the
// rules (and chrono) are skipped for it entirely.
const PREFILTER =
  /\d{4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)|today|yesterday|tomorrow|tonight|last\s+night|week|month|year|decade|centur|recent|coming|future|past|date|\bago\b|\bday\b|\b[QH][1-4]\b/i;

/** Finds date expressions in one paragraph; spans are relative to the paragraph start. */
export function recognizeDates(paragraph: string, ctx: DateContext): Entity[] {
  if (!PREFILTER.test(paragraph)) return [];
  const rules = new RuleContext(paragraph, parseIsoDay(ctx.documentDate));
  // Only the candidates that survive the selection need their deferred value and reason.
  const taken = attachDeadlines(rules, selectLongest(runRules(rules)).map(settle));
  const all = [...taken, ...chronoCandidates(rules, taken)].sort((a, b) => a.start - b.start);
  resolveReferences(all, paragraph, rules.doc);
  return all.map((c) => toEntity(paragraph, c));
}

function runRules(ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  // Cues are shared by several rules, so each is tested once per paragraph.
  const cues = new Map<RegExp, boolean>();
  for (const rule of RULES) {
    if (rule.cue !== undefined) {
      let present = cues.get(rule.cue);
      if (present === undefined) {
        present = rule.cue.test(ctx.text);
        cues.set(rule.cue, present);
      }
      if (!present) continue;
    }
    const pattern = rule.pattern;
    // The compiled global patterns are shared; resetting lastIndex makes every scan start afresh.
    pattern.lastIndex = 0;
    for (let m = pattern.exec(ctx.text); m; m = pattern.exec(ctx.text)) {
      const candidate = rule.build(m, ctx);
      if (candidate) out.push(candidate);
    }
  }
  return out;
}

/**
 * Keeps the longest candidates that do not overlap; earlier rules win ties. Candidates are first
 * cut into clusters of mutually overlapping ones, so the cost stays linear in long paragraphs.
 */
function selectLongest(candidates: Candidate[]): Candidate[] {
  const byStart = candidates.map((c, rank) => ({ c, rank })).sort((a, b) => a.c.start - b.c.start || a.rank - b.rank);
  const taken: Candidate[] = [];
  let cluster: { c: Candidate; rank: number }[] = [];
  let clusterEnd = -1;
  const flush = (): void => {
    const chosen: Candidate[] = [];
    cluster.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.rank - b.rank);
    for (const { c } of cluster) if (!chosen.some((t) => t.start < c.end && c.start < t.end)) chosen.push(c);
    taken.push(...chosen.sort((a, b) => a.start - b.start));
    cluster = [];
  };
  for (const item of byStart) {
    if (item.c.start >= clusterEnd) flush();
    cluster.push(item);
    clusterEnd = Math.max(clusterEnd, item.c.end);
  }
  flush();
  return taken;
}

/** Pulls a deadline preposition ("by", "until", "no later than") into the span it introduces. */
function attachDeadlines(ctx: RuleContext, taken: Candidate[]): Candidate[] {
  let previousEnd = 0;
  return taken.map((c) => {
    const preposition = c.takesDeadline === false ? undefined : ctx.deadlineBefore(c.start);
    const start = preposition ? c.start - preposition.length : c.start;
    const next = start >= previousEnd && preposition ? { ...c, start, reason: `${c.reason}; the deadline preposition belongs to the span` } : c;
    previousEnd = next.end;
    return next;
  });
}

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_VALUE = /^\d{4}-\d{2}(?:-\d{2})?$/;
const YEAR_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Lets weekdays borrow the day written beside them and ties anaphors to the date before them. */
function resolveReferences(all: Candidate[], text: string, doc: CalendarDate | undefined): void {
  all.forEach((c, i) => {
    const next = all[i + 1];
    if (c.weekday !== undefined && next) borrowApposition(c, next, text.slice(c.end, next.start));
    if (c.anaphor) resolveAnaphor(c, c.anaphor, all.slice(0, i), doc);
  });
}

function borrowApposition(weekday: Candidate, next: Candidate, between: string): void {
  if (next.precision !== 'day' || next.value === undefined || !DAY_VALUE.test(next.value)) return;
  // Only "Monday, April 2" and "Monday (January 16)" count as one day written twice.
  if (!/^\s*[,(]\s*$/.test(between)) return;
  const date = parseIsoDay(next.value);
  if (!date || weekdayOf(date) !== weekday.weekday) return;
  weekday.value = next.value;
  weekday.reason = `weekday in apposition to the date that follows it (${next.value})`;
}

function resolveAnaphor(c: Candidate, anaphor: Anaphor, before: readonly Candidate[], doc: CalendarDate | undefined): void {
  const shape = anaphor.unit === 'day' ? DAY_VALUE : anaphor.unit === 'month' ? MONTH_VALUE : YEAR_VALUE;
  const antecedent = [...before].reverse().find((b) => b.value !== undefined && shape.test(b.value));
  let base: CalendarDate | undefined;
  let from: string;
  if (antecedent?.value !== undefined) {
    const [y, m, d] = antecedent.value.split('-').map(Number);
    base = { year: y ?? 0, month: m ?? 1, day: d ?? 1 };
    from = `the preceding date ${antecedent.value}`;
  } else {
    base = doc;
    from = 'the document date, as no earlier date in the paragraph fits';
  }
  if (!base) {
    c.reason = `${c.reason}; not resolved because neither an earlier date nor the document date is known`;
    return;
  }
  const date = addUnits(base, anaphor.unit, anaphor.offset);
  c.value = anaphor.unit === 'day' ? formatDay(date) : anaphor.unit === 'month' ? formatMonth(date.year, date.month) : formatYear(date.year);
  c.reason = `${c.reason}, resolved from ${from}`;
}

function toEntity(paragraph: string, c: Candidate): Entity {
  return {
    kind: 'date',
    span: { start: c.start, end: c.end },
    text: paragraph.slice(c.start, c.end),
    source: c.source,
    reason: c.reason,
    ...(c.value !== undefined ? { value: c.value } : {}),
    precision: c.precision,
    relative: c.relative,
  };
}
