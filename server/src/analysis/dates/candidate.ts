/**
 * The intermediate form of a date found by a rule, before overlapping finds are resolved and
 * anaphors ("the same day") are tied to the date before them.
 */

import type { DatePrecision, EvidenceSource } from '../types';
import { formatDay, type CalendarDate, type Direction } from '../dateResolution';
import { clauseTense } from './tense';

/** A reference to an earlier date: "the same day" is offset 0 in days, "the following year" +1 in years. */
export interface Anaphor {
  readonly unit: 'day' | 'month' | 'year';
  readonly offset: number;
}

/** A date expression found by one rule, spans relative to the paragraph. */
export interface Candidate {
  start: number;
  end: number;
  value?: string;
  precision: DatePrecision;
  relative: boolean;
  reason: string;
  source: EvidenceSource;
  /** Set by anaphoric rules; the value is filled in once the preceding dates are known. */
  anaphor?: Anaphor;
  /** Set by weekday rules, so that "Monday (January 16)" can borrow the day that follows. */
  weekday?: number;
  /** Whether a deadline preposition right before the span belongs to it (false when already inside). */
  takesDeadline?: boolean;
}

const DEADLINE_BEFORE = /(?:\b(?:by|until|till|before)|\bno\s+later\s+than|\bnot\s+later\s+than)\s+$/i;
const FUTURE_DEADLINE_BEFORE = /(?:\bby|\bno\s+later\s+than|\bnot\s+later\s+than)\s+$/i;

/** What the rules know about the paragraph they scan. */
export class RuleContext {
  constructor(
    readonly text: string,
    readonly doc: CalendarDate | undefined,
  ) {}

  /** The deadline preposition ("by ", "no later than ") that ends right at `start`, if any. */
  deadlineBefore(start: number): string | undefined {
    const m = DEADLINE_BEFORE.exec(this.text.slice(Math.max(0, start - 20), start));
    return m?.[0];
  }

  /**
   * The direction the clause around a span points to. A "by" deadline always looks ahead; with
   * `intentIsFuture`, intentions such as "agreed to hold … on June 5" count as looking ahead too.
   */
  tense(start: number, end: number, intentIsFuture: boolean): Direction | undefined {
    if (FUTURE_DEADLINE_BEFORE.test(this.text.slice(Math.max(0, start - 20), start))) return 'future';
    return clauseTense(this.text, start, end, intentIsFuture);
  }

  /** The text immediately before `start` (up to `length` characters). */
  before(start: number, length: number): string {
    return this.text.slice(Math.max(0, start - length), start);
  }

  /** The text immediately after `end` (up to `length` characters). */
  after(end: number, length: number): string {
    return this.text.slice(end, end + length);
  }

  /** An absolute date that does not depend on the document date. */
  absolute(start: number, end: number, value: string, precision: DatePrecision, what: string): Candidate {
    return { start, end, value, precision, relative: false, reason: `${what} (${value})`, source: 'pattern' };
  }

  /**
   * A relative date: `resolve` computes the value from the document date; without one the value is
   * left out and the reason says so.
   */
  relative(
    start: number,
    end: number,
    precision: DatePrecision,
    what: string,
    resolve: (doc: CalendarDate) => string | undefined,
  ): Candidate {
    const base = { start, end, precision, relative: true, source: 'pattern' as const };
    if (!this.doc) {
      const text = this.text.slice(start, end);
      return { ...base, reason: `"${text}" depends on the document date, which is unknown, so it has no value` };
    }
    const value = resolve(this.doc);
    if (value === undefined) return { ...base, reason: `${what}; it names no real day, so it has no value` };
    const date = formatDay(this.doc);
    const reason = what.includes('the document date')
      ? what.replace('the document date', `the document date ${date}`)
      : `${what}, resolved against the document date ${date}`;
    return { ...base, value, reason };
  }
}
