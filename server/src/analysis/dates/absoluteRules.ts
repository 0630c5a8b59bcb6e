/**
 * Rules for calendar dates written with month names, days and years: full dates, day-months,
 * month-years, ranges, bare years, decades and centuries.
 */

import {
  centuryRange,
  decadeRange,
  endOfMonth,
  formatDay,
  formatMonth,
  formatRange,
  formatYear,
  isValidDay,
  resolveLastMonth,
  resolveMonthDayYear,
  resolveMonthYear,
  resolveNextMonth,
  weekdayOf,
  type CalendarDate,
  type Direction,
} from '../dateResolution';
import { settle, type Candidate, type RuleContext } from './candidate';
import {
  DASH,
  DAY,
  MONTH_ANY,
  MONTH_CUE,
  MONTH_FULL,
  ORDINAL,
  WEEKDAY_SHORT,
  YEAR,
  dayNumber,
  monthNumber,
  ordinalValue,
  weekdayNumber,
} from './lexicon';

/** One date rule: a global, case-insensitive RegExp and a builder that may reject the match. */
export interface DateRule {
  readonly name: string;
  readonly pattern: RegExp;
  /**
   * A cheap non-global test that every match the builder accepts must pass on the whole paragraph;
   * when it fails, the rule's pattern is not run at all.
   */
  readonly cue?: RegExp;
  build(match: RegExpExecArray, ctx: RuleContext): Candidate | undefined;
}

/** A range written with a day and a month at both ends, in either order ("July 8 to August 2"). */
function dayToDayRange(m: RegExpExecArray, ctx: RuleContext): Candidate | undefined {
  return rangeOf(ctx, m, {
    m1: group(m, 'm1'), d1: group(m, 'd1'), m2: group(m, 'm2'), d2: group(m, 'd2'), y1: group(m, 'y1'), y2: group(m, 'y2'),
  });
}

const M = (name: string): string => `(?<${name}>${MONTH_ANY})(?![a-z])`;
const MF = (name: string): string => `(?<${name}>${MONTH_FULL})(?![a-z])`;
const D = (name: string): string => `(?<${name}>${DAY})`;
const Y = (name: string): string => `(?<${name}>${YEAR})`;
const TO = String.raw`(?:${DASH}|\s+(?:to|through|until|till)\s+)`;
const MOD = String.raw`(?:(?<mod>early|mid|late)(?:-|\s+))?`;

/** A case-insensitive global RegExp from source pieces. */
export function re(...parts: string[]): RegExp {
  return new RegExp(parts.join(''), 'gi');
}

/** Month and weekday names count only when capitalised, so "may" and "march" stay verbs. */
export function capitalised(token: string | undefined): boolean {
  return token !== undefined && /^[A-Z]/.test(token);
}

function group(match: RegExpExecArray, name: string): string | undefined {
  return match.groups?.[name];
}

function span(match: RegExpExecArray): [number, number] {
  return [match.index, match.index + match[0].length];
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
      resolve: (doc) => formatDay({ year: resolveMonthDayYear(month, day, doc, tense), month, day }),
    };
  });
}

function yearlessReason(tense: Direction | undefined): string {
  if (tense === 'future') return 'day-month without a year, read forward from the document date because the clause looks ahead';
  if (tense === 'past') return 'day-month without a year, read back from the document date because the clause is in the past tense';
  return "day-month without a year takes the document's year";
}

function rangeOf(
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
        const y1 = resolveMonthDayYear(m1, d1, doc, tense);
        return build(m1 > m2 ? y1 + 1 : y1, y1);
      },
    };
  });
}

const NOT_YEAR_BEFORE =
  /\b(?:resolutions?|articles?|art|sections?|sec|paragraphs?|para|chapters?|clauses?|rules?|no|nos|numbers?|flights?|routes?|rooms?|pages?|pp|p|items?|annex|codes?|models?|versions?|units?|vol|volumes?|issues?|hill|points?|iso|usd|rs|inr|jpy|eur|gbp)\.?\s*$/i;
const NOT_YEAR_AFTER =
  /^\s*(?:people|persons|troops|soldiers|personnel|workers|students|members|participants|delegates|officials|refugees|migrants|residents|citizens|nationals|visitors|tourists|km|kilometres|kilometers|miles|metres|meters|m|tons|tonnes|units|vehicles|ships|vessels|boats|aircraft|jets|missiles|cases|deaths|dollars|yen|won|euros|usd|mw|gw|hours|minutes|seconds|days|weeks|months|years|times|percent|per\s+cent|feet|ft|kg|mm|cm|hectares|acres|households|companies|firms|projects|jobs|pages|words)\b/i;

function yearRange(first: number, second: number): string {
  return formatRange({ year: first, month: 1, day: 1 }, { year: second, month: 12, day: 31 });
}

/**
 * A date stamp led by an abbreviated weekday ("Wed, 03 Aug 2005", "Tue., April 2, 2012"): the weekday
 * is part of the one expression, so the span covers both. It is kept only when the weekday is the
 * day's real weekday; otherwise the plain date rule still finds the date on its own.
 */
function weekdayStamp(match: RegExpExecArray, ctx: RuleContext): Candidate | undefined {
  const weekdayToken = group(match, 'w');
  const found = dayMonth(ctx, match, group(match, 'm'), group(match, 'd'), group(match, 'y'));
  // The value is read below, so any deferred part of the date is worked out now.
  const date = found && settle(found);
  if (!capitalised(weekdayToken) || date?.value === undefined) return undefined;
  const [y, m, d] = date.value.split('-').map(Number);
  const day: CalendarDate = { year: y ?? 0, month: m ?? 1, day: d ?? 1 };
  if (weekdayNumber(weekdayToken ?? '') !== weekdayOf(day)) return undefined;
  return { ...date, reason: `date stamp with its abbreviated weekday (${date.value})` };
}

// Cues for the rarer shapes. Each is a substring every accepted match must contain, so a paragraph
// without it cannot yield a candidate for the rule, and the costlier pattern scan is skipped. Each
// starts at its rarest character (a comma, a digit, a capital) and checks what comes before with a
// look-behind, because V8 skips quickly to a plain first character but not to a word alternation.

/** An abbreviated weekday followed by a comma, as every date stamp starts. */
const STAMP_CUE = /,(?<=\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,)/i;
/** A range joiner followed by a day number, as in "4-6 May" or "May 4 to 6". */
const TO_DAY_CUE = /\d(?<=[-\u2010-\u2015]\s*\d|\s(?:to|through|until|till)\s+\d)/i;
/**
 * A range joiner followed by a capitalised month name, as in "May 4 - June 6" or "May to June
 * 2025"; the rules that need it accept only a capitalised second month. The joining words may be in
 * any case, as in the case-insensitive patterns.
 */
const TO_MONTH_CUE = new RegExp(
  `(?:${MONTH_CUE.source.replace(/^\\b/, '')})` +
    String.raw`(?<=(?:[-\u2010-\u2015]\s*|\s(?:[tT][oO]|[tT][hH][rR][oO][uU][gG][hH]|[uU][nN][tT][iI][lL]|[tT][iI][lL][lL])\s+)[A-Z][a-zA-Z]{2})`,
);

/** The absolute-date rules, most specific first (the longest find wins an overlap anyway). */
export const ABSOLUTE_RULES: readonly DateRule[] = [
  {
    name: 'weekday-stamp-day-month-year',
    cue: STAMP_CUE,
    pattern: re(
      String.raw`\b(?<w>${WEEKDAY_SHORT})\.?,\s*`, D('d'), String.raw`(?:\s+of)?\s+`, M('m'), String.raw`,?\s+`, Y('y'), String.raw`\b`,
    ),
    build: weekdayStamp,
  },
  {
    name: 'weekday-stamp-month-day-year',
    cue: STAMP_CUE,
    pattern: re(String.raw`\b(?<w>${WEEKDAY_SHORT})\.?,\s*`, M('m'), String.raw`\s+`, D('d'), String.raw`(?:,\s*|\s+)`, Y('y'), String.raw`\b`),
    build: weekdayStamp,
  },
  {
    // Dotted numeric dates are written day first in every convention that uses dots
    // ("08.12.2021" is 8 December); slashed numerics are ambiguous and left to chrono.
    name: 'dotted-day-month-year',
    cue: /\d\.\d/,
    pattern: re(
      String.raw`(?<![\w.])(?<d>0?[1-9]|[12]\d|3[01])\.(?<m>0?[1-9]|1[0-2])\.`, Y('y'), String.raw`(?!\.?\d)`,
    ),
    build(m, ctx) {
      const date = { year: Number(group(m, 'y')), month: Number(group(m, 'm')), day: Number(group(m, 'd')) };
      if (!isValidDay(date.year, date.month, date.day)) return undefined;
      const [s, e] = span(m);
      return ctx.absolute(s, e, formatDay(date), 'day', 'numeric date written day.month.year');
    },
  },
  {
    name: 'iso-day',
    cue: /\d-[01]\d-/,
    pattern: re(String.raw`\b`, Y('y'), String.raw`-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])(?![\d-])`),
    build(m, ctx) {
      const date = { year: Number(group(m, 'y')), month: Number(group(m, 'm')), day: Number(group(m, 'd')) };
      if (!isValidDay(date.year, date.month, date.day)) return undefined;
      const [s, e] = span(m);
      return ctx.absolute(s, e, formatDay(date), 'day', 'ISO calendar date');
    },
  },
  {
    name: 'month-day-year',
    cue: MONTH_CUE,
    pattern: re(String.raw`\b`, M('m'), String.raw`\s+`, D('d'), String.raw`(?:,\s*|\s+)`, Y('y'), String.raw`\b`),
    build: (m, ctx) => dayMonth(ctx, m, group(m, 'm'), group(m, 'd'), group(m, 'y')),
  },
  {
    name: 'day-month-year',
    cue: MONTH_CUE,
    pattern: re(String.raw`\b`, D('d'), String.raw`(?:\s+of)?\s+`, M('m'), String.raw`,?\s+`, Y('y'), String.raw`\b`),
    build: (m, ctx) => dayMonth(ctx, m, group(m, 'm'), group(m, 'd'), group(m, 'y')),
  },
  {
    name: 'month-day',
    cue: MONTH_CUE,
    pattern: re(String.raw`\b`, M('m'), String.raw`\s+`, D('d')),
    build: (m, ctx) => dayMonth(ctx, m, group(m, 'm'), group(m, 'd'), undefined),
  },
  {
    name: 'day-month',
    cue: MONTH_CUE,
    pattern: re(String.raw`\b`, D('d'), String.raw`(?:\s+of)?\s+`, M('m')),
    build: (m, ctx) => dayMonth(ctx, m, group(m, 'm'), group(m, 'd'), undefined),
  },
  {
    name: 'month-day-day',
    cue: TO_DAY_CUE,
    pattern: re(String.raw`\b`, M('m1'), String.raw`\s+`, D('d1'), TO, D('d2'), String.raw`(?:,?\s+`, Y('y'), String.raw`\b)?`),
    build: (m, ctx) => rangeOf(ctx, m, { m1: group(m, 'm1'), d1: group(m, 'd1'), d2: group(m, 'd2'), y2: group(m, 'y') }),
  },
  {
    name: 'day-day-month',
    cue: TO_DAY_CUE,
    pattern: re(String.raw`\b`, D('d1'), TO, D('d2'), String.raw`(?:\s+of)?\s+`, M('m1'), String.raw`(?:,?\s+`, Y('y'), String.raw`\b)?`),
    build: (m, ctx) => rangeOf(ctx, m, { m1: group(m, 'm1'), d1: group(m, 'd1'), d2: group(m, 'd2'), y2: group(m, 'y') }),
  },
  {
    name: 'month-day-month-day',
    cue: TO_MONTH_CUE,
    pattern: re(
      String.raw`\b`, M('m1'), String.raw`\s+`, D('d1'), String.raw`(?:,?\s+`, Y('y1'), String.raw`)?`, TO,
      M('m2'), String.raw`\s+`, D('d2'), String.raw`(?:,?\s+`, Y('y2'), String.raw`\b)?`,
    ),
    build: dayToDayRange,
  },
  {
    name: 'day-month-day-month',
    cue: TO_DAY_CUE,
    pattern: re(
      String.raw`\b`, D('d1'), String.raw`\s+`, M('m1'), String.raw`(?:,?\s+`, Y('y1'), String.raw`)?`, TO,
      D('d2'), String.raw`\s+`, M('m2'), String.raw`(?:,?\s+`, Y('y2'), String.raw`\b)?`,
    ),
    build: dayToDayRange,
  },
  {
    name: 'month-month-year',
    cue: TO_MONTH_CUE,
    pattern: re(String.raw`\b`, MF('m1'), TO, MF('m2'), String.raw`,?\s+`, Y('y'), String.raw`\b`),
    build(m, ctx) {
      const m1 = capitalised(group(m, 'm1')) ? monthNumber(group(m, 'm1') ?? '') : undefined;
      const m2 = capitalised(group(m, 'm2')) ? monthNumber(group(m, 'm2') ?? '') : undefined;
      if (m1 === undefined || m2 === undefined || m1 >= m2) return undefined;
      const year = Number(group(m, 'y'));
      const [s, e] = span(m);
      const value = formatRange({ year, month: m1, day: 1 }, endOfMonth(year, m2));
      return ctx.absolute(s, e, value, 'range', 'range of months');
    },
  },
  {
    name: 'month-year',
    cue: MONTH_CUE,
    pattern: re(String.raw`\b`, MOD, M('m'), String.raw`,?\s+(?:of\s+)?`, Y('y'), String.raw`\b`),
    build(m, ctx) {
      const token = group(m, 'm');
      const month = capitalised(token) ? monthNumber(token ?? '') : undefined;
      if (month === undefined) return undefined;
      const [s, e] = span(m);
      return ctx.absolute(s, e, formatMonth(Number(group(m, 'y')), month), 'month', 'month and year');
    },
  },
  {
    name: 'month-relative-year',
    cue: MONTH_CUE,
    pattern: re(String.raw`\b`, MOD, MF('m'), String.raw`\s+(?:of\s+)?(?<rel>this|last|next)\s+year\b`),
    build(m, ctx) {
      const month = capitalised(group(m, 'm')) ? monthNumber(group(m, 'm') ?? '') : undefined;
      if (month === undefined) return undefined;
      const shift = { this: 0, last: -1, next: 1 }[(group(m, 'rel') ?? 'this').toLowerCase() as 'this' | 'last' | 'next'];
      const [s, e] = span(m);
      return ctx.relative(s, e, 'month', `month of ${group(m, 'rel')?.toLowerCase()} year`, (doc) =>
        formatMonth(doc.year + shift, month),
      );
    },
  },
  {
    name: 'relative-month',
    // The modifier is followed by a month or by "early", "mid" or "late" and then the month.
    cue: /(?:last|next|this|coming|past)\s+(?:early|mid|late|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
    pattern: re(String.raw`\b(?<rel>last|next|this(?:\s+(?:coming|past))?)\s+`, MOD, MF('m'), String.raw`\b`),
    build(m, ctx) {
      const month = capitalised(group(m, 'm')) ? monthNumber(group(m, 'm') ?? '') : undefined;
      if (month === undefined) return undefined;
      const rel = (group(m, 'rel') ?? '').toLowerCase().replace(/\s+/g, ' ');
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
      return ctx.relative(s, e, 'month', "month of the document's year", (doc) => formatMonth(doc.year, month));
    },
  },
  {
    name: 'bare-month',
    cue: MONTH_CUE,
    pattern: re(String.raw`\b`, MOD, MF('m'), String.raw`\b`),
    build(m, ctx) {
      const token = group(m, 'm');
      const month = capitalised(token) ? monthNumber(token ?? '') : undefined;
      if (month === undefined) return undefined;
      const [s, e] = span(m);
      const cue = /\b(?:in|of|since|until|till|by|from|during|before|after|through|throughout|and|or|to|between|last|next|this|early|late|mid)[\s-]+$/i.test(
        ctx.before(s, 12),
      );
      // "May" and "March" are also a modal verb and a noun; without a cue word they are not dates.
      // Other month names followed by a capitalised word are usually given names ("April Smith").
      if (!cue && group(m, 'mod') === undefined) {
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
  {
    name: 'year-range',
    // Two numbers joined by a dash, a slash or "to".
    cue: /\d(?:\s*[-\u2010-\u2015/]\s*|\s+(?:to|through|until|till)\s+)\d/i,
    pattern: re(
      String.raw`(?<![\w$€£¥#./+-])`, Y('y1'), String.raw`(?:${DASH}|\s*/\s*|\s+(?:to|through|until|till)\s+)(?<y2>${YEAR}|\d{2})(?![\w%+-]|\.\d)`,
    ),
    build(m, ctx) {
      const y1 = Number(group(m, 'y1'));
      const raw = group(m, 'y2') ?? '';
      const y2 = raw.length === 2 ? Math.floor(y1 / 100) * 100 + Number(raw) : Number(raw);
      if (y2 <= y1 || y2 - y1 > 100) return undefined;
      const [s, e] = span(m);
      return ctx.absolute(s, e, yearRange(y1, y2), 'range', 'range of years');
    },
  },
  {
    name: 'year',
    // A hyphen before the year normally joins it to a code or a number, but after "post-" and
    // "pre-" the year is still a date ("the post-2015 agenda").
    // Every match starts with "year", "early", "mid", "late" or the year's first digit. Saying so in
    // a plain character class up front lets V8 skip ahead instead of trying the look-behinds at every
    // position.
    pattern: re(
      String.raw`(?=[yemlYEML12])(?:(?<![\w$€£¥#./+-]|\d,)|(?<=\b(?:post|pre)-))(?:(?<lead>year)\s+)?`, MOD, Y('y'), String.raw`(?![\w%+-]|\.\d)`,
    ),
    build(m, ctx) {
      const [s, e] = span(m);
      if (NOT_YEAR_BEFORE.test(ctx.before(s, 20)) || NOT_YEAR_AFTER.test(ctx.after(e, 20))) return undefined;
      const year = Number(group(m, 'y'));
      // Bare four-digit numbers outside the modern era are more often counts than years.
      if (group(m, 'lead') === undefined && group(m, 'mod') === undefined && (year < 1600 || year > 2100)) return undefined;
      return ctx.absolute(s, e, formatYear(year), 'year', 'year');
    },
  },
  {
    name: 'decade',
    cue: /\d0s/i,
    pattern: re(String.raw`\b(?:the\s+)?`, MOD, String.raw`(?<y>1\d{2}0|20\d0)s\b`),
    build(m, ctx) {
      const range = decadeRange(Number(group(m, 'y')));
      const [s, e] = span(m);
      return ctx.absolute(s, e, formatRange(range.start, range.end), 'range', 'decade');
    },
  },
  {
    name: 'century',
    cue: /century/i,
    pattern: re(String.raw`\b(?:the\s+)?(?<o>${ORDINAL})[\s-]+century\b`),
    build(m, ctx) {
      const ordinal = ordinalValue(group(m, 'o') ?? '');
      if (ordinal === undefined || ordinal < 1 || ordinal > 22) return undefined;
      const range = centuryRange(ordinal);
      const [s, e] = span(m);
      return ctx.absolute(s, e, formatRange(range.start, range.end), 'range', 'century');
    },
  },
];
