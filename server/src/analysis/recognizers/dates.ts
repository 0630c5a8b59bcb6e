/**
 * Finds date expressions in a paragraph and resolves each to an ISO value against the document's
 * own date. Our RegExp rules handle the forms analysts rely on, with span rules from the annotation
 * guidelines; chrono-node is consulted only for sentences that keep an unexplained date cue.
 */

import type { Entity } from '../types';
import {
  addDays,
  addUnits,
  formatDay,
  formatMonth,
  formatRange,
  formatYear,
  parseIsoDay,
  resolveWeekday,
  weekdayOf,
  weekOf,
  type CalendarDate,
} from '../dateResolution';
import { RuleContext, settle, type Anaphor, type Candidate } from '../dates/candidate';
import { chronoCandidates } from '../dates/chronoFallback';
import { withCoordinatedDays } from '../dates/coordinatedDays';
import type { DateRule } from '../dates/absoluteRules';
import { forEachMatch, scanAnchors, type MatchFilter } from '../dates/ruleRunner';
import { shared } from '../sharedStrings';

/** What the recognizer knows about the document. */
export interface DateContext {
  /** The document date as `YYYY-MM-DD`; undefined when unknown. */
  readonly documentDate?: string;
}

// A paragraph without any of these substrings yields no dates, even if a rule or chrono finds some.
// Every word a rule can rest on alone must be here: "days" ("within 30 days", "the next 30 days")
// and "last" ("the last 10 days") were missing, and such a deadline was dropped unless another
// date word happened to share its paragraph; "fall" is the season ("this fall").
const PREFILTER =
  /\d{4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)|today|yesterday|tomorrow|tonight|this morning|this afternoon|this evening|\blast\b|week|month|year|decade|centur|recent|coming|future|past|date|suitable|appropriate|convenient|earliest|juncture|ahead|to come|\bago\b|\bdays?\b|\b[QH][1-4]\b|\bquarter\b|spring|summer|autumn|\bfall\b|winter/gi;

/** Finds date expressions in one paragraph; spans are relative to the paragraph start. */
export function recognizeDates(paragraph: string, ctx: DateContext): Entity[] {
  const rules = new RuleContext(paragraph, documentDay(ctx.documentDate));
  const selected = selectFound(rules);
  if (!passesPrefilter(paragraph, selected[0]?.start ?? 0)) return [];
  // Only the candidates that survive the selection need their deferred value and reason. The
  // selection is a fresh array, so it is settled and given its deadlines in place.
  for (const c of selected) settle(c);
  const taken = attachDeadlines(rules, selected);
  const all = withChronoCandidates(taken, chronoCandidates(rules, taken));
  resolveReferences(all, paragraph, rules.doc);
  return withCoordinatedDays(all, paragraph).map((c) => toEntity(paragraph, c));
}

/**
 * The rules' candidates and chrono's in text order. The rules' candidates are already in text order
 * (the selection returns them so, and a deadline preposition never moves a start before the end of
 * the previous one), so when chrono adds nothing, as in most paragraphs, no copy or sort is needed.
 */
function withChronoCandidates(taken: Candidate[], fromChrono: readonly Candidate[]): Candidate[] {
  if (fromChrono.length === 0) return taken;
  return [...taken, ...fromChrono].sort((a, b) => a.start - b.start);
}

/**
 * Whether the paragraph holds a {@link PREFILTER} substring. The search starts at `from`, the first
 * date found, where one nearly always is; only when there is none from there is the start searched.
 */
function passesPrefilter(paragraph: string, from: number): boolean {
  PREFILTER.lastIndex = from;
  if (PREFILTER.test(paragraph)) return true;
  if (from === 0) return false;
  PREFILTER.lastIndex = 0;
  return PREFILTER.test(paragraph);
}

// Every paragraph of a document shares its date, so the last one parsed is kept. Nothing changes a
// CalendarDate once made, so sharing the object is safe.
let lastDocumentDate: { text: string | undefined; day: CalendarDate | undefined } = { text: undefined, day: undefined };

function documentDay(text: string | undefined): CalendarDate | undefined {
  if (text !== lastDocumentDate.text) lastDocumentDate = { text, day: parseIsoDay(text) };
  return lastDocumentDate.day;
}

/**
 * Runs the rules and keeps the longest finds. Most matches lie inside a longer find made by an
 * earlier rule ("March" and "12 March" inside "12 March 2025"), so building their candidates is
 * skipped; see {@link runRules} for why that cannot change the selection.
 */
function selectFound(ctx: RuleContext): Candidate[] {
  const covers: Candidate[] = [];
  const selected = selectLongest(runRules(ctx, covers));
  if (allIncluded(covers, selected)) return selected;
  // A covering find lost to a third one, so a skipped match might have been kept: start again without skipping.
  return selectLongest(runRules(ctx, undefined));
}

/**
 * The candidates of every rule, in rule order. With `covers`, a match inside an earlier candidate at
 * least as long is not built, and that candidate is added to `covers`. When every such cover is
 * selected, skipping changes nothing: the cover comes first in the longest-first order, so the
 * skipped candidate would have been dropped for overlapping it, and lying inside it, it could not
 * have joined two clusters either.
 */
function runRules(ctx: RuleContext, covers: Candidate[] | undefined): Candidate[] {
  const out: Candidate[] = [];
  RULE_RUN.begin(ctx, out, covers);
  forEachMatch(scanAnchors(ctx.text), RULE_RUN.visit, covers === undefined ? undefined : RULE_RUN);
  RULE_RUN.end();
  return out;
}

/** The lists of a run between paragraphs; nothing is added to it, as `covers` is only used when given. */
const IDLE: Candidate[] = [];

/**
 * The state of one {@link runRules} call: it builds each visited match's candidate and, as the
 * {@link MatchFilter}, rejects a match inside an earlier candidate at least as long, adding that
 * candidate to `covers`. Only a match starting inside some candidate can lie inside one, so the
 * runner finds a match's end before building it only there. One instance serves every call (runs
 * are synchronous and never nested), so a paragraph costs no callbacks or filter objects.
 */
class RuleRun implements MatchFilter {
  private ctx: RuleContext | undefined;
  private index: CandidateIndex | undefined;
  private out: Candidate[] = IDLE;
  private covers: Candidate[] = IDLE;

  /** Points the run at a paragraph's context and its output lists. */
  begin(ctx: RuleContext, out: Candidate[], covers: Candidate[] | undefined): void {
    this.ctx = ctx;
    this.out = out;
    this.covers = covers ?? IDLE;
  }

  /** Lets go of the paragraph, so that it is not kept alive until the next one. */
  end(): void {
    this.ctx = undefined;
    this.out = IDLE;
    this.covers = IDLE;
    this.index = undefined;
  }

  /** An index of the run's candidates so far, brought up to date with those added since it was last asked. */
  private indexed(): CandidateIndex {
    if (this.index?.over !== this.out) this.index = new CandidateIndex(this.out);
    this.index.catchUp();
    return this.index;
  }

  /** Builds the candidate of a match; an arrow property, so that it can be handed over as it is. */
  readonly visit = (rule: DateRule, match: RegExpExecArray): void => {
    const candidate = this.ctx === undefined ? undefined : rule.build(match, this.ctx);
    if (candidate) this.out.push(candidate);
  };

  mayReject(start: number): boolean {
    return this.out.length <= INDEX_FROM ? startsInside(this.out, start) : this.indexed().startsInside(start);
  }

  rejects(start: number, end: number): boolean {
    const cover = this.out.length <= INDEX_FROM ? coverOf(this.out, start, end) : this.indexed().coverOf(start, end);
    if (cover === undefined) return false;
    this.covers.push(cover);
    return true;
  }
}

const RULE_RUN = new RuleRun();

/** True when every one of `covers` is in `selected`. */
function allIncluded(covers: readonly Candidate[], selected: readonly Candidate[]): boolean {
  for (const c of covers) if (!selected.includes(c)) return false;
  return true;
}

/** Candidates a run holds before its lookups go through a `CandidateIndex` instead of a scan of all. */
const INDEX_FROM = 32;
/** Width of the index's buckets of candidate starts, in code units. */
const BUCKET = 64;

/**
 * The candidates of one run by where they start, for paragraphs dense with dates: a scan of every
 * earlier candidate for each match made "3 May 17 May 9 May …" quadratic. Candidates no longer than a
 * bucket are found in the buckets that can hold their start; longer ones, rare, are kept in a list.
 * Lookups answer as the scans do, the earliest added candidate first.
 */
class CandidateIndex {
  private readonly buckets = new Map<number, number[]>();
  private readonly long: number[] = [];
  private added = 0;

  constructor(readonly over: readonly Candidate[]) {}

  /** Indexes the candidates added to `over` since the last call. */
  catchUp(): void {
    for (; this.added < this.over.length; this.added++) {
      const c = this.over[this.added]!;
      if (c.end - c.start > BUCKET) this.long.push(this.added);
      else {
        const key = Math.floor(c.start / BUCKET);
        const list = this.buckets.get(key);
        if (list) list.push(this.added);
        else this.buckets.set(key, [this.added]);
      }
    }
  }

  /** See {@link startsInside}. */
  startsInside(start: number): boolean {
    return this.first((c) => c.start <= start && start <= c.end, start - BUCKET, start) !== undefined;
  }

  /** See {@link coverOf}. */
  coverOf(start: number, end: number): Candidate | undefined {
    return this.first((c) => c.start <= start && end <= c.end, end - BUCKET, start);
  }

  /** The earliest added candidate that passes `test`, among the short ones starting in [from, to] and the long ones. */
  private first(test: (c: Candidate) => boolean, from: number, to: number): Candidate | undefined {
    let best = -1;
    for (const i of this.long) if ((best < 0 || i < best) && test(this.over[i]!)) best = i;
    for (let key = Math.floor(Math.max(from, 0) / BUCKET); key <= Math.floor(to / BUCKET); key++) {
      for (const i of this.buckets.get(key) ?? NO_INDICES) if ((best < 0 || i < best) && test(this.over[i]!)) best = i;
    }
    return best < 0 ? undefined : this.over[best];
  }
}

const NO_INDICES: readonly number[] = [];

/** True when `start` lies in some candidate's span or at its end (where only an empty match could lie inside it). */
function startsInside(candidates: readonly Candidate[], start: number): boolean {
  for (const c of candidates) if (c.start <= start && start <= c.end) return true;
  return false;
}

/** A candidate whose span holds `[start, end)`; every candidate has its match's span, and a later one never wins a tie. */
function coverOf(candidates: readonly Candidate[], start: number, end: number): Candidate | undefined {
  for (const c of candidates) if (c.start <= start && end <= c.end) return c;
  return undefined;
}

/**
 * Keeps the longest candidates that do not overlap; earlier rules win ties. Candidates are first
 * cut into clusters of mutually overlapping ones, so the cost stays linear in long paragraphs.
 */
function selectLongest(candidates: Candidate[]): Candidate[] {
  // A stable insertion sort by start keeps rule order among equal starts; the lists are short, and
  // this avoids the comparator calls and temporary objects of Array.prototype.sort.
  const byStart = candidates.slice();
  // Array.prototype.sort is stable too; on a paragraph dense with dates the insertion sort was quadratic.
  if (byStart.length > INDEX_FROM) byStart.sort((a, b) => a.start - b.start);
  else for (let i = 1; i < byStart.length; i++) {
    const c = byStart[i] as Candidate;
    let j = i - 1;
    while (j >= 0 && (byStart[j] as Candidate).start > c.start) {
      byStart[j + 1] = byStart[j] as Candidate;
      j--;
    }
    byStart[j + 1] = c;
  }
  const taken: Candidate[] = [];
  // A candidate's rank is its index in `candidates`; only clusters of several need it.
  let ranks: Map<Candidate, number> | undefined;
  let clusterStart = 0;
  let clusterEnd = -1;
  for (let i = 0; i <= byStart.length; i++) {
    const c = byStart[i];
    if (c !== undefined && c.start < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, c.end);
      continue;
    }
    if (i - clusterStart === 1) {
      taken.push(byStart[clusterStart] as Candidate);
    } else if (i > clusterStart) {
      ranks ??= new Map(candidates.map((candidate, rank) => [candidate, rank]));
      taken.push(...chooseInCluster(byStart.slice(clusterStart, i), ranks));
    }
    clusterStart = i;
    if (c !== undefined) clusterEnd = c.end;
  }
  return taken;
}

/** The longest non-overlapping candidates of one cluster, earlier rules first among equals, in text order. */
function chooseInCluster(cluster: Candidate[], ranks: ReadonlyMap<Candidate, number>): Candidate[] {
  const rank = (c: Candidate): number => ranks.get(c) ?? 0;
  cluster.sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b));
  const chosen: Candidate[] = [];
  if (cluster.length <= INDEX_FROM) {
    for (const c of cluster) if (!chosen.some((t) => t.start < c.end && c.start < t.end)) chosen.push(c);
  } else {
    // A large cluster (a line dense with dates) marks what it has chosen, instead of comparing each
    // candidate with every one chosen before.
    let low = Number.POSITIVE_INFINITY;
    let high = 0;
    for (const c of cluster) {
      if (c.start < low) low = c.start;
      if (c.end > high) high = c.end;
    }
    const taken = new Uint8Array(high - low);
    for (const c of cluster) {
      let free = true;
      for (let i = c.start; i < c.end && free; i++) if (taken[i - low] === 1) free = false;
      if (!free) continue;
      taken.fill(1, c.start - low, c.end - low);
      chosen.push(c);
    }
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** Pulls a deadline preposition ("by", "until", "no later than") into the span it introduces; `taken` is changed in place and returned. */
function attachDeadlines(ctx: RuleContext, taken: Candidate[]): Candidate[] {
  let previousEnd = 0;
  // A plain loop writing back into the array: a mapped copy and its callback, per paragraph, were garbage.
  for (let i = 0; i < taken.length; i++) {
    const c = taken[i] as Candidate;
    const preposition = c.takesDeadline === false ? undefined : ctx.deadlineBefore(c.start);
    const start = preposition ? c.start - preposition.length : c.start;
    const next = start >= previousEnd && preposition ? { ...c, start, reason: `${c.reason}; the deadline preposition belongs to the span` } : c;
    previousEnd = next.end;
    taken[i] = next;
  }
  return taken;
}

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_VALUE = /^\d{4}-\d{2}(?:-\d{2})?$/;
const YEAR_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Lets weekdays borrow the day written beside them and ties anaphors to the date before them. */
function resolveReferences(all: Candidate[], text: string, doc: CalendarDate | undefined): void {
  for (let i = 0; i < all.length; i++) {
    const c = all[i] as Candidate;
    const next = all[i + 1];
    if (c.weekday !== undefined && next) borrowApposition(c, next, text.slice(c.end, next.start));
    if (c.anaphor) resolveAnaphor(c, c.anaphor, all.slice(0, i), doc);
  }
}

function borrowApposition(weekday: Candidate, next: Candidate, between: string): void {
  if (next.precision !== 'day' || next.value === undefined || !DAY_VALUE.test(next.value)) return;
  // Only "Monday, April 2", "Monday (January 16)" and "Friday 25/04/2025" count as one day written twice.
  if (!/^\s*[,(]?\s*$/.test(between)) return;
  const date = parseIsoDay(next.value);
  if (!date || weekdayOf(date) !== weekday.weekday) return;
  weekday.value = next.value;
  weekday.reason = `weekday in apposition to the date that follows it (${next.value})`;
}

function resolveAnaphor(c: Candidate, anaphor: Anaphor, before: readonly Candidate[], doc: CalendarDate | undefined): void {
  const shape = anaphor.unit === 'day' || anaphor.unit === 'week' ? DAY_VALUE : anaphor.unit === 'month' ? MONTH_VALUE : YEAR_VALUE;
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
  c.value = anaphorValue(base, anaphor);
  c.reason = `${c.reason}, resolved from ${from}`;
}

/** The value of an anaphor counted from the day it refers to. */
function anaphorValue(base: CalendarDate, anaphor: Anaphor): string {
  if (anaphor.weekday !== undefined) {
    // The first such weekday strictly after the earlier day (or strictly before it, for "the previous").
    const after = anaphor.offset > 0;
    return formatDay(resolveWeekday(anaphor.weekday, addDays(base, after ? 1 : -1), after ? 'future' : 'past'));
  }
  const date = addUnits(base, anaphor.unit, anaphor.offset);
  if (anaphor.unit === 'week') {
    const week = weekOf(date);
    return formatRange(week.start, week.end);
  }
  return anaphor.unit === 'day' ? formatDay(date) : anaphor.unit === 'month' ? formatMonth(date.year, date.month) : formatYear(date.year);
}

function toEntity(paragraph: string, c: Candidate): Entity {
  const span = { start: c.start, end: c.end };
  const text = paragraph.slice(c.start, c.end);
  // Two literals rather than a spread keep the key order while skipping a temporary object.
  if (c.value === undefined) {
    return { kind: 'date', span, text, source: c.source, reason: shared(c.reason), precision: c.precision, relative: c.relative };
  }
  return { kind: 'date', span, text, source: c.source, reason: shared(c.reason), value: shared(c.value), precision: c.precision, relative: c.relative };
}
