/**
 * Rules for calendar dates written with month names and days: full dates, day-months, month-years and
 * their ranges. Years on their own, decades and centuries are in yearRules.ts.
 */

import {
  endOfMonth,
  formatDay,
  formatMonth,
  formatRange,
  isValidDay,
  resolveCrossYearStart,
  resolveLastMonth,
  resolveMonthDayYear,
  resolveMonthYear,
  resolveNextMonth,
  resolveThisMonthYear,
  weekdayOf,
  type CalendarDate,
  type Direction,
} from '../dateResolution';
import {
  DAY_DIGITS,
  DAY_START,
  HAS_MONTH,
  JOINED_DAY,
  MOD_MONTH_START,
  MOD_WORDS,
  MONTH_DAY_START,
  MONTH_DAY_TO_DAY_START,
  YEAR_DIGITS,
  after,
  dayRangeFollows,
  isDash,
  isModifier,
  skipSpace,
} from './anchorFilters';
import type { AnchorSpec } from './anchors';
import { settle, type Candidate, type RuleContext } from './candidate';
import { span, writtenGroup } from './ruleMatch';
import {
  DASH,
  DAY,
  MONTH_ANY,
  MONTH_FULL,
  MONTH_FULL_WORDS,
  MONTH_WORDS,
  WEEKDAY_SHORT,
  WEEKDAY_SHORT_WORDS,
  YEAR,
  dayNumber,
  monthNumber,
  weekdayNumber,
} from './lexicon';

/** One date rule: a global, case-insensitive RegExp and a builder that may reject the match. */
export interface DateRule {
  readonly name: string;
  readonly pattern: RegExp;
  /**
   * Every place where the pattern can match must start one of these words or digit runs; the
   * pattern is tried only there, which finds exactly what a scan of the whole paragraph finds.
   */
  readonly anchors: AnchorSpec;
  build(match: RegExpExecArray, ctx: RuleContext): Candidate | undefined;
}

/** A range written with a day and a month at both ends, in either order ("July 8 to August 2"). */
function dayToDayRange(m: RegExpExecArray, ctx: RuleContext): Candidate | undefined {
  return rangeOf(ctx, m, {
    m1: writtenGroup(m, 'm1'), d1: writtenGroup(m, 'd1'), m2: writtenGroup(m, 'm2'), d2: writtenGroup(m, 'd2'), y1: writtenGroup(m, 'y1'), y2: writtenGroup(m, 'y2'),
  });
}

const M = (name: string): string => `(?<${name}>${MONTH_ANY})(?![a-z])`;
const MF = (name: string): string => `(?<${name}>${MONTH_FULL})(?![a-z])`;
const D = (name: string): string => `(?<${name}>${DAY})`;
export const Y = (name: string): string => `(?<${name}>${YEAR})`;
const TO = String.raw`(?:${DASH}|\s+(?:to|through|until|till)\s+)`;
export const MOD = String.raw`(?:(?<mod>early|mid|late)(?:-|\s+))?`;

/** A case-insensitive global RegExp from source pieces. */
export function re(...parts: string[]): RegExp {
  return new RegExp(parts.join(''), 'gi');
}

/** Month and weekday names count only when capitalised, so "may" and "march" stay verbs. */
export function capitalised(token: string | undefined): boolean {
  // A char code test rather than /^[A-Z]/: it runs for every month and weekday a rule builds.
  const first = token === undefined ? NaN : token.charCodeAt(0);
  return first >= 65 && first <= 90;
}

/** Day precision for a day-month whose year may be missing; validates the day. */
function dayMonth(
  ctx: RuleContext,
  match: RegExpExecArray,
  monthToken: string | undefined,
  dayToken: string | undefined,
  yearToken: string | undefined,
): Candidate | undefined {
  const month = monthToken && capitalised(monthToken) ? monthNumber(monthToken) : undefined;
  if (month === undefined || dayToken === undefined) return undefined;
  const day = dayNumber(dayToken);
  const [start, end] = span(match);
  if (yearToken !== undefined) {
    const year = Number(yearToken);
    if (!isValidDay(year, month, day)) return undefined;
    return ctx.absolute(start, end, formatDay({ year, month, day }), 'day', 'full calendar date');
  }
  if (!isValidDay(2000, month, day)) return undefined;
  // The tense guess is deferred with the rest, as most day-months lose to a longer full date.
  return ctx.relativeLater(start, end, 'day', () => {
    const tense = ctx.tense(start, end, true);
    return {
      what: yearlessReason(tense),
      resolve: (doc) => {
        const year = resolveMonthDayYear(month, day, doc, tense);
        // 29 February only in a leap year: in another the expression names no real day.
        return isValidDay(year, month, day) ? formatDay({ year, month, day }) : undefined;
      },
    };
  });
}

function yearlessReason(tense: Direction | undefined): string {
  if (tense === 'future') return 'day-month without a year, read forward from the document date because the clause looks ahead';
  if (tense === 'past') return 'day-month without a year, read back from the document date because the clause is in the past tense';
  return "day-month without a year takes the document's year";
}

/** A range of days from its written parts; a missing year is placed by the clause's tense. */
export function rangeOf(
  ctx: RuleContext,
  match: RegExpExecArray,
  parts: { m1?: string; d1?: string; m2?: string; d2?: string; y1?: string; y2?: string },
): Candidate | undefined {
  const m1 = parts.m1 && capitalised(parts.m1) ? monthNumber(parts.m1) : undefined;
  const m2 = parts.m2 === undefined ? m1 : capitalised(parts.m2) ? monthNumber(parts.m2) : undefined;
  if (m1 === undefined || m2 === undefined || parts.d1 === undefined || parts.d2 === undefined) return undefined;
  const d1 = dayNumber(parts.d1);
  const d2 = dayNumber(parts.d2);
  const [start, end] = span(match);
  const build = (y2: number, y1: number): string | undefined => {
    const a: CalendarDate = { year: y1, month: m1, day: d1 };
    const b: CalendarDate = { year: y2, month: m2, day: d2 };
    if (!isValidDay(a.year, a.month, a.day) || !isValidDay(b.year, b.month, b.day)) return undefined;
    if (formatDay(a) >= formatDay(b)) return undefined;
    return formatRange(a, b);
  };
  const yearEnd = parts.y2 ?? parts.y1;
  if (yearEnd !== undefined) {
    const y2 = Number(yearEnd);
    // "30 December - 2 January 2026" starts in the year before the one written at the end.
    const y1 = parts.y1 !== undefined ? Number(parts.y1) : m1 > m2 ? y2 - 1 : y2;
    const value = build(y2, y1);
    return value === undefined ? undefined : ctx.absolute(start, end, value, 'range', 'range of days');
  }
  if (!isValidDay(2000, m1, d1) || !isValidDay(2000, m2, d2)) return undefined;
  return ctx.relativeLater(start, end, 'range', () => {
    const tense = ctx.tense(start, end, true);
    return {
      what: `range of days without a year; ${yearlessReason(tense)}`,
      resolve: (doc) => {
        // Across the new year with no tense to go by, the range nearest the document date: in a January
        // article "from December 29 to January 2" began last December.
        const y1 = m1 > m2 && tense === undefined ? resolveCrossYearStart({ month: m1, day: d1 }, { month: m2, day: d2 }, doc) : resolveMonthDayYear(m1, d1, doc, tense);
        return build(m1 > m2 ? y1 + 1 : y1, y1);
      },
    };
  });
}

/**
 * A date stamp led by an abbreviated weekday ("Wed, 03 Aug 2005", "Tue., April 2, 2012"): the weekday
 * is part of the one expression, so the span covers both. It is kept only when the weekday is the
 * day's real weekday; otherwise the plain date rule still finds the date on its own.
 */
function weekdayStamp(match: RegExpExecArray, ctx: RuleContext): Candidate | undefined {
  const weekdayToken = writtenGroup(match, 'w');
  const found = dayMonth(ctx, match, writtenGroup(match, 'm'), writtenGroup(match, 'd'), writtenGroup(match, 'y'));
  // The value is read below, so any deferred part of the date is worked out now.
  const date = found && settle(found);
  if (!capitalised(weekdayToken) || date?.value === undefined) return undefined;
  const [y, m, d] = date.value.split('-').map(Number);
  const day: CalendarDate = { year: y ?? 0, month: m ?? 1, day: d ?? 1 };
  if (weekdayNumber(weekdayToken ?? '') !== weekdayOf(day)) return undefined;
  return { ...date, reason: `date stamp with its abbreviated weekday (${date.value})` };
}

/** The absolute-date rules, most specific first (the longest find wins an overlap anyway). */
export const ABSOLUTE_RULES: readonly DateRule[] = [
  {
    name: 'weekday-stamp-day-month-year',
    anchors: { words: WEEKDAY_SHORT_WORDS },
    pattern: re(
      String.raw`\b(?<w>${WEEKDAY_SHORT})\.?,\s*`, D('d'), String.raw`(?:\s+of)?\s+`, M('m'), String.raw`,?\s+`, Y('y'), String.raw`\b`,
    ),
    build: weekdayStamp,
  },
  {
    name: 'weekday-stamp-month-day-year',
    anchors: { words: WEEKDAY_SHORT_WORDS },
    pattern: re(String.raw`\b(?<w>${WEEKDAY_SHORT})\.?,\s*`, M('m'), String.raw`\s+`, D('d'), String.raw`(?:,\s*|\s+)`, Y('y'), String.raw`\b`),
    build: weekdayStamp,
  },
  {
    // Dotted numeric dates are written day first in every convention that uses dots
    // ("08.12.2021" is 8 December); slashed numerics are ambiguous and left to chrono.
    name: 'dotted-day-month-year',
    anchors: { digits: (text, start, length) => length <= 2 && after(text, start, length) === 46 },
    pattern: re(
      String.raw`(?<![\w.])(?<d>0?[1-9]|[12]\d|3[01])\.(?<m>0?[1-9]|1[0-2])\.`, Y('y'), String.raw`(?!\.?\d)`,
    ),
    build(m, ctx) {
      const date = { year: Number(writtenGroup(m, 'y')), month: Number(writtenGroup(m, 'm')), day: Number(writtenGroup(m, 'd')) };
      if (!isValidDay(date.year, date.month, date.day)) return undefined;
      const [s, e] = span(m);
      return ctx.absolute(s, e, formatDay(date), 'day', 'numeric date written day.month.year');
    },
  },
  {
    // ISO "2025-04-29", and "2022/9/9" as East Asian documents write dates (unpadded only with slashes).
    name: 'year-first-day',
    anchors: { digits: (text, start, length) => YEAR_DIGITS(text, start, length) && [45, 47].includes(after(text, start, length)) },
    pattern: re(String.raw`\b`, Y('y'), String.raw`(?:-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])|/(?<sm>0?[1-9]|1[0-2])/(?<sd>0?[1-9]|[12]\d|3[01]))(?![\d/-])`),
    build(m, ctx) {
      const iso = writtenGroup(m, 'm') !== undefined;
      const date = { year: Number(writtenGroup(m, 'y')), month: Number(writtenGroup(m, iso ? 'm' : 'sm')), day: Number(writtenGroup(m, iso ? 'd' : 'sd')) };
      if (!isValidDay(date.year, date.month, date.day)) return undefined;
      const [s, e] = span(m);
      return ctx.absolute(s, e, formatDay(date), 'day', iso ? 'ISO calendar date' : 'numeric date written year/month/day');
    },
  },
  {
    name: 'month-day-year',
    anchors: MONTH_DAY_START,
    pattern: re(String.raw`\b`, M('m'), String.raw`\s+`, D('d'), String.raw`(?:,\s*|\s+)`, Y('y'), String.raw`\b`),
    build: (m, ctx) => dayMonth(ctx, m, writtenGroup(m, 'm'), writtenGroup(m, 'd'), writtenGroup(m, 'y')),
  },
  {
    name: 'day-month-year',
    anchors: DAY_START,
    pattern: re(String.raw`\b`, D('d'), String.raw`(?:\s+of)?\s+`, M('m'), String.raw`,?\s+`, Y('y'), String.raw`\b`),
    build: (m, ctx) => dayMonth(ctx, m, writtenGroup(m, 'm'), writtenGroup(m, 'd'), writtenGroup(m, 'y')),
  },
  {
    name: 'month-day',
    anchors: MONTH_DAY_START,
    pattern: re(String.raw`\b`, M('m'), String.raw`\s+`, D('d')),
    build: (m, ctx) => dayMonth(ctx, m, writtenGroup(m, 'm'), writtenGroup(m, 'd'), undefined),
  },
  {
    name: 'day-month',
    anchors: DAY_START,
    pattern: re(String.raw`\b`, D('d'), String.raw`(?:\s+of)?\s+`, M('m')),
    build: (m, ctx) => dayMonth(ctx, m, writtenGroup(m, 'm'), writtenGroup(m, 'd'), undefined),
  },
  {
    name: 'month-day-day',
    anchors: { words: MONTH_WORDS, follows: dayRangeFollows, gateDigits: JOINED_DAY },
    pattern: re(String.raw`\b`, M('m1'), String.raw`\s+`, D('d1'), TO, D('d2'), String.raw`(?:,?\s+`, Y('y'), String.raw`\b)?`),
    build: (m, ctx) => rangeOf(ctx, m, { m1: writtenGroup(m, 'm1'), d1: writtenGroup(m, 'd1'), d2: writtenGroup(m, 'd2'), y2: writtenGroup(m, 'y') }),
  },
  {
    name: 'day-day-month',
    anchors: { digits: DAY_DIGITS, gate: HAS_MONTH, gateDigits: JOINED_DAY },
    // "19/20 March 2009": a slash between two days before the month joins them too.
    pattern: re(String.raw`\b`, D('d1'), String.raw`(?:${TO}|/)`, D('d2'), String.raw`(?:\s+of)?\s+`, M('m1'), String.raw`(?:,?\s+`, Y('y'), String.raw`\b)?`),
    build: (m, ctx) => rangeOf(ctx, m, { m1: writtenGroup(m, 'm1'), d1: writtenGroup(m, 'd1'), d2: writtenGroup(m, 'd2'), y2: writtenGroup(m, 'y') }),
  },
  {
    name: 'month-day-month-day',
    anchors: MONTH_DAY_TO_DAY_START,
    pattern: re(
      String.raw`\b`, M('m1'), String.raw`\s+`, D('d1'), String.raw`(?:,?\s+`, Y('y1'), String.raw`)?`, TO,
      M('m2'), String.raw`\s+`, D('d2'), String.raw`(?:,?\s+`, Y('y2'), String.raw`\b)?`,
    ),
    build: dayToDayRange,
  },
  {
    name: 'day-month-day-month',
    anchors: { digits: DAY_DIGITS, gate: HAS_MONTH, gateDigits: JOINED_DAY },
    pattern: re(
      String.raw`\b`, D('d1'), String.raw`\s+`, M('m1'), String.raw`(?:,?\s+`, Y('y1'), String.raw`)?`, TO,
      D('d2'), String.raw`\s+`, M('m2'), String.raw`(?:,?\s+`, Y('y2'), String.raw`\b)?`,
    ),
    build: dayToDayRange,
  },
  {
    name: 'month-month-year',
    anchors: {
      words: MONTH_WORDS,
      // A dash, or one of "to", "through", "until" and "till", follows the first month.
      follows: (text, _start, end) => {
        const i = skipSpace(text, end);
        const code = text.charCodeAt(i < 0 ? end : i);
        return isDash(code) || (i >= 0 && ((code | 32) === 116 || (code | 32) === 117));
      },
    },
    // Without a year ("January–March", "from June to August") the range is placed as a month alone is,
    // by the clause's tense; the year is also what keeps "March" and "May" after a dash from being
    // dropped as the noun and the modal.
    pattern: re(String.raw`\b`, MF('m1'), TO, MF('m2'), String.raw`(?:,?\s+`, Y('y'), String.raw`)?\b`),
    build(m, ctx) {
      const m1 = capitalised(writtenGroup(m, 'm1')) ? monthNumber(writtenGroup(m, 'm1') ?? '') : undefined;
      const m2 = capitalised(writtenGroup(m, 'm2')) ? monthNumber(writtenGroup(m, 'm2') ?? '') : undefined;
      if (m1 === undefined || m2 === undefined || m1 >= m2) return undefined;
      const value = (year: number): string => formatRange({ year, month: m1, day: 1 }, endOfMonth(year, m2));
      const [s, e] = span(m);
      const yearToken = writtenGroup(m, 'y');
      if (yearToken !== undefined) return ctx.absolute(s, e, value(Number(yearToken)), 'range', 'range of months');
      return ctx.relativeLater(s, e, 'range', () => {
        const tense = ctx.tense(s, e, true);
        return {
          what: `range of months without a year; ${yearlessReason(tense).replace('day-month', 'month')}`,
          resolve: (doc) => value(resolveMonthYear(m1, doc, tense)),
        };
      });
    },
  },
  {
    name: 'month-year',
    anchors: {
      words: [...MOD_WORDS, ...MONTH_WORDS],
      gate: HAS_MONTH,
      // A year, or "of" and a year, follows the month after an optional full stop and comma.
      follows: (text, start, end) => {
        let i = end;
        if (text.charCodeAt(i) === 46) i++;
        if (text.charCodeAt(i) === 44) i++;
        i = skipSpace(text, i);
        const code = i < 0 ? NaN : text.charCodeAt(i);
        return (code >= 48 && code <= 57) || (code | 32) === 111 || isModifier(text, start, end);
      },
    },
    pattern: re(String.raw`\b`, MOD, M('m'), String.raw`,?\s+(?:of\s+)?`, Y('y'), String.raw`\b`),
    build(m, ctx) {
      const token = writtenGroup(m, 'm');
      const month = capitalised(token) ? monthNumber(token ?? '') : undefined;
      if (month === undefined) return undefined;
      const [s, e] = span(m);
      return ctx.absolute(s, e, formatMonth(Number(writtenGroup(m, 'y')), month), 'month', 'month and year');
    },
  },
  {
    name: 'month-relative-year',
    anchors: {
      words: [...MOD_WORDS, ...MONTH_WORDS],
      gate: [MONTH_WORDS, ['year']],
      // "of", "this", "last" or "next" follows the month; a modifier is followed by the month.
      follows: (text, start, end) => {
        const i = skipSpace(text, end);
        const code = i < 0 ? 0 : text.charCodeAt(i) | 32;
        return code === 111 || code === 116 || code === 108 || code === 110 || isModifier(text, start, end);
      },
    },
    pattern: re(String.raw`\b`, MOD, MF('m'), String.raw`\s+(?:of\s+)?(?<rel>this|last|next)\s+year\b`),
    build(m, ctx) {
      const month = capitalised(writtenGroup(m, 'm')) ? monthNumber(writtenGroup(m, 'm') ?? '') : undefined;
      if (month === undefined) return undefined;
      const shift = { this: 0, last: -1, next: 1 }[(writtenGroup(m, 'rel') ?? 'this').toLowerCase() as 'this' | 'last' | 'next'];
      const [s, e] = span(m);
      return ctx.relative(s, e, 'month', `month of ${writtenGroup(m, 'rel')?.toLowerCase()} year`, (doc) =>
        formatMonth(doc.year + shift, month),
      );
    },
  },
  {
    name: 'relative-month',
    anchors: {
      words: [
        'this coming',
        'this past',
        ...['last', 'next', 'this'].flatMap((rel) => [...MOD_WORDS, ...MONTH_FULL_WORDS].map((w) => `${rel} ${w}`)),
      ],
    },
    pattern: re(String.raw`\b(?<rel>last|next|this(?:\s+(?:coming|past))?)\s+`, MOD, MF('m'), String.raw`\b`),
    build(m, ctx) {
      const month = capitalised(writtenGroup(m, 'm')) ? monthNumber(writtenGroup(m, 'm') ?? '') : undefined;
      if (month === undefined) return undefined;
      const rel = (writtenGroup(m, 'rel') ?? '').toLowerCase().replace(/\s+/g, ' ');
      const [s, e] = span(m);
      if (rel === 'last' || rel === 'this past') {
        return ctx.relative(s, e, 'month', 'the most recent such month before the document month', (doc) =>
          formatMonth(resolveLastMonth(month, doc), month),
        );
      }
      if (rel === 'next' || rel === 'this coming') {
        return ctx.relative(s, e, 'month', 'the first such month after the document month', (doc) =>
          formatMonth(resolveNextMonth(month, doc), month),
        );
      }
      // "will meet this January" in a December article means the coming one; otherwise the document's year.
      return ctx.relativeLater(s, e, 'month', () => {
        const tense = ctx.tense(s, e, true);
        return {
          what: tense === 'future' ? "month of the document's year, or the next one when it has passed and the clause looks ahead" : "month of the document's year",
          resolve: (doc) => formatMonth(resolveThisMonthYear(month, doc, tense), month),
        };
      });
    },
  },
  {
    name: 'bare-month',
    anchors: MOD_MONTH_START,
    pattern: re(String.raw`\b`, MOD, MF('m'), String.raw`\b`),
    build(m, ctx) {
      const token = writtenGroup(m, 'm');
      const month = capitalised(token) ? monthNumber(token ?? '') : undefined;
      if (month === undefined) return undefined;
      const [s, e] = span(m);
      const cue = /\b(?:in|of|since|until|till|by|from|during|before|after|through|throughout|and|or|to|between|last|next|this|early|late|mid)[\s-]+$/i.test(
        ctx.before(s, 12),
      );
      // "May" and "March" are also a modal verb and a noun; without a cue word they are not dates.
      // Other month names followed by a capitalised word are usually given names ("April Smith").
      if (!cue && writtenGroup(m, 'mod') === undefined) {
        if (month === 5 || month === 3) return undefined;
        if (/^\s+[A-Z][a-z]/.test(ctx.after(e, 3))) return undefined;
      }
      // A bare month nearly always sits inside a longer date that wins, so its tense guess waits.
      return ctx.relativeLater(s, e, 'month', () => {
        const tense = ctx.tense(s, e, true);
        return {
          what: yearlessReason(tense).replace('day-month', 'month'),
          resolve: (doc) => formatMonth(resolveMonthYear(month, doc, tense), month),
        };
      });
    },
  },
];
