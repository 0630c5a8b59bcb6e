/**
 * The intermediate form of a date found by a rule, before overlapping finds are resolved and
 * anaphors ("the same day") are tied to the date before them.
 */

import type { DatePrecision, EvidenceSource } from '../types';
import { formatDay, type CalendarDate, type Direction } from '../dateResolution';
import { deadlineStart } from './deadline';
import { clauseTense, openingPastPerfect } from './tense';

/**
 * A reference to an earlier date: "the same day" is offset 0 in days, "the following year" +1 in years,
 * "the following week" the calendar week after the earlier day's. With `weekday`, the day is that
 * weekday after (offset +1) or before (-1) the earlier day: "the following Monday".
 */
export interface Anaphor {
  readonly unit: 'day' | 'week' | 'month' | 'year';
  readonly offset: number;
  readonly weekday?: number;
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
  /**
   * Work deferred until the candidate survives the overlap selection: most candidates lose to a longer
   * one ("March" inside "12 March 2025"), so their tense guess, value and reason are never needed.
   * While this is set, `value` and `reason` are placeholders; {@link settle} fills them in.
   */
  pending?: () => { value: string | undefined; reason: string };
}

/** Fills in a candidate's deferred value and reason (once) and returns the same object. */
export function settle(c: Candidate): Candidate {
  const pending = c.pending;
  if (pending === undefined) return c;
  // Cleared by assignment: `delete` would turn the candidate into a slow dictionary-mode object,
  // which every later read of its fields (selection, deadlines, the entity) would pay for.
  c.pending = undefined;
  const { value, reason } = pending();
  c.reason = reason;
  if (value !== undefined) c.value = value;
  return c;
}

const DOCUMENT_DATE = 'the document date';

/**
 * The reason of a resolved relative date: `what` with the document's day after its first mention of
 * the document date, or with the day appended when it names none. One search and two slices give what
 * an `includes` test and a `replace` gave, without scanning the text twice.
 */
function withDocumentDay(what: string, day: string): string {
  const at = what.indexOf(DOCUMENT_DATE);
  if (at < 0) return `${what}, resolved against the document date ${day}`;
  const after = at + DOCUMENT_DATE.length;
  return `${what.slice(0, after)} ${day}${what.slice(after)}`;
}

/** What a deferred relative date needs: a description and how to resolve it against the document date. */
export interface RelativeDescription {
  readonly what: string;
  readonly resolve: (doc: CalendarDate) => string | undefined;
}

/** What the rules know about the paragraph they scan. */
export class RuleContext {
  constructor(
    readonly text: string,
    readonly doc: CalendarDate | undefined,
  ) {}

  private docText: string | undefined;

  /** The document date as `YYYY-MM-DD`, formatted once per paragraph rather than once per relative date. */
  private documentDayText(doc: CalendarDate): string {
    return (this.docText ??= formatDay(doc));
  }

  /** The deadline preposition ("by ", "no later than ") that ends right at `start`, if any. */
  deadlineBefore(start: number): string | undefined {
    const from = deadlineStart(this.text, start, false);
    return from < 0 ? undefined : this.text.slice(from, start);
  }

  /**
   * The direction the clause around a span points to. A "by" deadline looks ahead (unless it opens a
   * clause in the past perfect: "By March, exports had risen"); with
   * `intentIsFuture`, intentions such as "agreed to hold … on June 5" count as looking ahead too.
   */
  tense(start: number, end: number, intentIsFuture: boolean): Direction | undefined {
    const by = deadlineStart(this.text, start, true);
    if (by >= 0) return openingPastPerfect(this.text, by, end) ? 'past' : 'future';
    const tense = clauseTense(this.text, start, end, intentIsFuture);
    if (tense !== undefined) return tense;
    // "until March" in a clause not in the past speaks of a state that lasts till then: the date is ahead.
    const deadline = deadlineStart(this.text, start, false);
    return deadline >= 0 && /^(?:until|till)\b/i.test(this.text.slice(deadline, deadline + 6)) ? 'future' : undefined;
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
    return this.relativeLater(start, end, precision, () => ({ what, resolve }));
  }

  /**
   * A relative date whose description is only worked out if the candidate is kept, because it
   * needs the clause's tense, which is costly to guess. Call {@link settle} before reading
   * `value` or `reason`.
   */
  relativeLater(start: number, end: number, precision: DatePrecision, describe: () => RelativeDescription): Candidate {
    const doc = this.doc;
    const text = this.text;
    const pending = (): { value: string | undefined; reason: string } => {
      if (!doc) {
        return { value: undefined, reason: `"${text.slice(start, end)}" depends on the document date, which is unknown, so it has no value` };
      }
      const { what, resolve } = describe();
      const value = resolve(doc);
      if (value === undefined) return { value, reason: `${what}; it names no real day, so it has no value` };
      return { value, reason: withDocumentDay(what, this.documentDayText(doc)) };
    };
    return { start, end, precision, relative: true, reason: '', source: 'pattern', pending };
  }
}
