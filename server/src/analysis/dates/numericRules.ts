/**
 * Slashed numeric dates with a four-digit year ("28/04/2025", "04/25/2025", "05/04/2025"). They were
 * left to chrono, which lost them after a weekday ("Monday, 28/04/2025": chrono's find starts at the
 * weekday our rules already took, so it was dropped) and always read an ambiguous one month first.
 */

import { compareDays, formatDay, isValidDay, weekdayOf, type CalendarDate } from '../dateResolution';
import { re, Y, type DateRule } from './absoluteRules';
import type { Candidate, RuleContext } from './candidate';
import { WEEKDAY, WEEKDAY_SHORT, weekdayNumber } from './lexicon';
import { span } from './ruleMatch';

/** A weekday right before the date, alone or followed by a comma or an opening parenthesis. */
const WEEKDAY_BEFORE = new RegExp(String.raw`\b(${WEEKDAY}|${WEEKDAY_SHORT})\.?\s*[,(]?\s*$`);

/** The day a reading names, or undefined when it names none. */
function dayOf(year: number, month: number, day: number): CalendarDate | undefined {
  return isValidDay(year, month, day) ? { year, month, day } : undefined;
}

/**
 * Picks the reading of an ambiguous slashed date. Month first is the default (as chrono reads it);
 * a weekday written before the date picks the reading that falls on it; and in a clause in the past
 * tense, a month-first day after the document date gives way to a day-first day that is not.
 */
function choose(ctx: RuleContext, start: number, end: number, monthFirst: CalendarDate, dayFirst: CalendarDate): { date: CalendarDate; why: string } {
  const weekdayToken = WEEKDAY_BEFORE.exec(ctx.before(start, 14))?.[1];
  const weekday = weekdayToken === undefined ? undefined : weekdayNumber(weekdayToken);
  if (weekday !== undefined) {
    const mf = weekdayOf(monthFirst) === weekday;
    const df = weekdayOf(dayFirst) === weekday;
    if (df && !mf) return { date: dayFirst, why: 'read day first, as the weekday before it falls on that day' };
    if (mf && !df) return { date: monthFirst, why: 'read month first, as the weekday before it falls on that day' };
  }
  const doc = ctx.doc;
  if (doc !== undefined && compareDays(monthFirst, doc) > 0 && compareDays(dayFirst, doc) <= 0 && ctx.tense(start, end, true) === 'past') {
    return { date: dayFirst, why: 'read day first, as month first would put it after the document date in a clause in the past tense' };
  }
  return { date: monthFirst, why: 'ambiguous, read month first' };
}

/** The numeric date rules. */
export const NUMERIC_RULES: readonly DateRule[] = [
  {
    name: 'slashed-date',
    anchors: { digits: (text, start, length) => length <= 2 && text.charCodeAt(start + length) === 47 },
    pattern: re(String.raw`(?<![\w./-])(?<a>0?[1-9]|[12]\d|3[01])/(?<b>0?[1-9]|[12]\d|3[01])/`, Y('y'), String.raw`(?![\w/-]|\.\d)`),
    build(m, ctx): Candidate | undefined {
      const a = Number(m.groups?.['a']);
      const b = Number(m.groups?.['b']);
      const year = Number(m.groups?.['y']);
      const monthFirst = dayOf(year, a, b);
      const dayFirst = dayOf(year, b, a);
      const [s, e] = span(m);
      if (monthFirst === undefined && dayFirst === undefined) return undefined;
      if (monthFirst === undefined || dayFirst === undefined || a === b) {
        const date = monthFirst ?? dayFirst;
        if (date === undefined) return undefined;
        return ctx.absolute(s, e, formatDay(date), 'day', `numeric date written ${monthFirst ? 'month/day/year' : 'day/month/year'}`);
      }
      // The choice may need the clause's tense, so it waits until the candidate is kept.
      const pending = (): { value: string; reason: string } => {
        const { date, why } = choose(ctx, s, e, monthFirst, dayFirst);
        const value = formatDay(date);
        return { value, reason: `slashed numeric date ${why} (${value})` };
      };
      return { start: s, end: e, precision: 'day', relative: false, reason: '', source: 'pattern', pending };
    },
  },
];
