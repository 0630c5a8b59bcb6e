/**
 * Rules for dates that depend on the document date or on an earlier date: today/yesterday,
 * weekdays, "this year", "three years ago", "within three years", "by the end of the year",
 * "the same day", halves and quarters, and vague references ("the coming weeks").
 */

import {
  addDays,
  addUnits,
  centuryOf,
  centuryRange,
  decadeRange,
  endOfMonth,
  endOfYear,
  formatDay,
  formatMonth,
  formatRange,
  formatYear,
  partOfYear,
  resolveMonthYear,
  weekOf,
  weekdayOf,
  type CalendarDate,
  type CalendarUnit,
} from '../dateResolution';
import type { DatePrecision } from '../types';
import { capitalised, re, type DateRule } from './absoluteRules';
import type { Anaphor, Candidate } from './candidate';
import { PART_OF_YEAR_RULES } from './partOfYearRules';
import { WEEKDAY_RULES } from './weekdayRules';
import { group, span } from './ruleMatch';
import {
  COUNT,
  MONTH_FULL,
  WEEKDAY,
  WEEKDAY_WORDS,
  YEAR,
  countValue,
  monthNumber,
  unitOf,
  weekdayNumber,
} from './lexicon';

/** The value of a whole unit period (a week, month, year or decade) that contains a day. */
function periodValue(date: CalendarDate, unit: CalendarUnit): { value: string; precision: DatePrecision } {
  switch (unit) {
    case 'day':
      return { value: formatDay(date), precision: 'day' };
    case 'week': {
      const week = weekOf(date);
      return { value: formatRange(week.start, week.end), precision: 'range' };
    }
    case 'month':
      return { value: formatMonth(date.year, date.month), precision: 'month' };
    case 'year':
      return { value: formatYear(date.year), precision: 'year' };
    case 'decade': {
      const decade = decadeRange(Math.floor(date.year / 10) * 10);
      return { value: formatRange(decade.start, decade.end), precision: 'range' };
    }
  }
}

const PRECISION_OF_UNIT: Readonly<Record<CalendarUnit, DatePrecision>> = {
  day: 'day',
  week: 'range',
  month: 'month',
  year: 'year',
  decade: 'range',
};

/** The last day of the period of `unit` that contains `date`. */
function endOfPeriod(date: CalendarDate, unit: CalendarUnit): CalendarDate {
  if (unit === 'week') return weekOf(date).end;
  if (unit === 'month') return endOfMonth(date.year, date.month);
  if (unit === 'decade') return endOfYear(Math.floor(date.year / 10) * 10 + 9);
  return unit === 'year' ? endOfYear(date.year) : date;
}

/** The first day of the period of `unit` that contains `date`. */
function startOfPeriod(date: CalendarDate, unit: CalendarUnit): CalendarDate {
  if (unit === 'week') return weekOf(date).start;
  if (unit === 'month') return { year: date.year, month: date.month, day: 1 };
  if (unit === 'decade') return { year: Math.floor(date.year / 10) * 10, month: 1, day: 1 };
  return unit === 'year' ? { year: date.year, month: 1, day: 1 } : date;
}

const UNIT = String.raw`(?<u>days?|weeks?|months?|years?|decades?)`;
const REL_SHIFT: Readonly<Record<string, number>> = {
  this: 0, current: 0, 'the current': 0, last: -1, next: 1, 'the coming': 1,
};

/**
 * True when "last year" or "next month" is led by a determiner and followed by "of" ("the last year
 * of his presidency", "its next year of talks"): a part of another period, not the year before or
 * after the document's.
 */
function partOfAnother(before: string, after: string): boolean {
  return /^\s+of\b/i.test(after) && /\b(?:the|his|her|its|their|our|my|your)\s+$/i.test(before);
}

/** A date that refers to an earlier one; its value is filled in once the dates before it are known. */
function anaphoric(start: number, end: number, precision: DatePrecision, reason: string, anaphor: Anaphor): Candidate {
  return { start, end, precision, relative: true, reason, source: 'pattern', anaphor };
}

function vague(m: RegExpExecArray, value: 'past_ref' | 'future_ref', what: string): Candidate {
  const [start, end] = span(m);
  return { start, end, value, precision: 'vague', relative: true, reason: `vague reference to ${what}`, source: 'pattern' };
}

// Rules that start with a common word such as "the" anchor at the pair it forms with the next word.
const PERIODS = ['week', 'month', 'year', 'decade'];
const UNITS = ['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades'];

/** The relative-date rules. */
export const RELATIVE_RULES: readonly DateRule[] = [
  {
    name: 'deictic-day',
    anchors: { words: ['the day', 'today', 'yesterday', 'tomorrow', 'tonight', 'last night', 'this morning', 'this afternoon', 'this evening'] },
    pattern: re(
      String.raw`\b(?:the\s+day\s+(?<ba>before\s+yesterday|after\s+tomorrow)|(?<w>today|yesterday|tomorrow|tonight|last\s+night)|(?<part>this\s+(?:morning|afternoon|evening)))\b`,
    ),
    build(m, ctx) {
      // "this morning" and its like are parts of the document's own day.
      const word = group(m, 'part') !== undefined ? 'today' : (group(m, 'w') ?? group(m, 'ba') ?? '');
      const shift: Readonly<Record<string, number>> = {
        today: 0, tonight: 0, yesterday: -1, 'last night': -1, tomorrow: 1, 'before yesterday': -2, 'after tomorrow': 2,
      };
      const [s, e] = span(m);
      return ctx.relative(s, e, 'day', `"${m[0]}" counted from the document date`, (doc) =>
        formatDay(addDays(doc, shift[word] ?? 0)),
      );
    },
  },
  ...WEEKDAY_RULES,
  {
    // A weekend is the Saturday and Sunday of a calendar week (weeks run Monday to Sunday): "this weekend"
    // that of the document's week, "last weekend" the one before it, and "next" or "the coming" weekend
    // the first one after the document date (the document's own on a weekday).
    name: 'weekend',
    anchors: { words: ['this weekend', 'last weekend', 'next weekend', 'the coming', 'the past'] },
    pattern: re(String.raw`\b(?<rel>this|last|next|the\s+coming|the\s+past)\s+weekend\b`),
    build(m, ctx) {
      const rel = (group(m, 'rel') ?? '').replace(/\s+/g, ' ');
      const [s, e] = span(m);
      return ctx.relative(s, e, 'range', `"${m[0]}" counted in calendar weeks from the document date`, (doc) => {
        const saturday = addDays(weekOf(doc).start, 5);
        const onWeekend = weekdayOf(doc) >= 5;
        const shift = rel === 'last' || rel === 'the past' ? -7 : rel === 'this' || !onWeekend ? 0 : 7;
        const start = addDays(saturday, shift);
        return formatRange(start, addDays(start, 1));
      });
    },
  },
  {
    name: 'relative-period',
    anchors: {
      words: [
        'earlier',
        'later',
        'early',
        'late',
        'the current',
        'the coming',
        ...['this', 'current', 'last', 'next'].flatMap((rel) => PERIODS.map((u) => `${rel} ${u}`)),
      ],
    },
    pattern: re(
      String.raw`\b(?:(?<mod>earlier|later|early|late)(?:\s+in)?\s+)?(?<rel>this|current|last|next|the\s+current|the\s+coming)\s+(?<u>week|month|year|decade)\b`,
    ),
    build(m, ctx) {
      const unit = unitOf(group(m, 'u') ?? '');
      const shift = REL_SHIFT[group(m, 'rel') ?? ''];
      if (unit === undefined || shift === undefined) return undefined;
      const [s, e] = span(m);
      if (partOfAnother(ctx.before(s, 8), ctx.after(e, 4))) return undefined;
      const label = `"${m[0]}"`;
      const precision = PRECISION_OF_UNIT[unit];
      return ctx.relative(s, e, precision, `${label} counted in calendar ${unit}s from the document date`, (doc) =>
        periodValue(addUnits(doc, unit, shift), unit).value,
      );
    },
  },
  {
    name: 'this-or-new-century',
    anchors: { scan: true, gate: [['century']] },
    // "this century" is the century of the document date. "On the eve of a new century and millennium"
    // (1999) means the coming 21st century: a "new" century is the one whose first year is nearest to the
    // document date, and a coordinated "millennium" names the same turn, so the span covers it.
    pattern: re(String.raw`\b(?:this|(?<new>(?:a|the)\s+new))\s+century(?:(?<=new\s+century)\s+and\s+(?:a\s+new\s+)?millennium)?\b`),
    build(m, ctx) {
      const [s, e] = span(m);
      if (group(m, 'new') !== undefined) {
        return ctx.relative(s, e, 'range', 'the century whose first year is nearest to the document date', (doc) => {
          const range = centuryRange(Math.round((doc.year - 1) / 100) + 1);
          return formatRange(range.start, range.end);
        });
      }
      return ctx.relative(s, e, 'range', 'the century of the document date', (doc) => {
        const range = centuryRange(centuryOf(doc.year));
        return formatRange(range.start, range.end);
      });
    },
  },
  {
    name: 'ago',
    anchors: { scan: true, gate: [['ago']] },
    pattern: re(String.raw`\b(?<n>${COUNT}|a\s+few|several|some|many)\s+`, UNIT, String.raw`\s+ago\b`),
    build(m, ctx) {
      const unit = unitOf(group(m, 'u') ?? '');
      if (unit === undefined) return undefined;
      const count = countValue(group(m, 'n') ?? '');
      if (count === undefined) return vague(m, 'past_ref', 'an unspecified time ago');
      const [s, e] = span(m);
      const precision: DatePrecision = unit === 'day' || unit === 'week' ? 'day' : unit === 'month' ? 'month' : 'year';
      return ctx.relative(s, e, precision, `${count} ${unit}(s) before the document date`, (doc) => {
        const date = addUnits(doc, unit, -count);
        return precision === 'day' ? formatDay(date) : precision === 'month' ? formatMonth(date.year, date.month) : formatYear(date.year);
      });
    },
  },
  {
    name: 'within-count',
    anchors: { words: ['within'] },
    pattern: re(String.raw`\bwithin\s+(?:the\s+(?:next|coming)\s+)?(?<n>${COUNT})\s+`, UNIT, String.raw`\b`),
    build(m, ctx) {
      const unit = unitOf(group(m, 'u') ?? '');
      const count = countValue(group(m, 'n') ?? '');
      if (unit === undefined || count === undefined) return undefined;
      const [s, e] = span(m);
      return {
        ...ctx.relative(s, e, 'range', `deadline ${count} ${unit}(s) from the document date`, (doc) =>
          formatRange(doc, addUnits(doc, unit, count)),
        ),
        takesDeadline: false,
      };
    },
  },
  {
    name: 'within-period',
    anchors: { words: ['within the', 'within this'] },
    pattern: re(String.raw`\bwithin\s+(?:the|this)\s+(?<u>week|month|year)\b`),
    build(m, ctx) {
      const unit = unitOf(group(m, 'u') ?? '');
      if (unit === undefined) return undefined;
      const [s, e] = span(m);
      return {
        ...ctx.relative(s, e, 'range', `deadline at the end of the document's ${unit}`, (doc) =>
          formatRange(doc, endOfPeriod(doc, unit)),
        ),
        takesDeadline: false,
      };
    },
  },
  {
    name: 'span-from-now',
    anchors: { words: ['the next', 'the coming', 'the past', 'the last', 'the previous'], gate: [UNITS] },
    pattern: re(String.raw`\bthe\s+(?<dir>next|coming|past|last|previous)\s+(?<n>${COUNT})\s+`, UNIT, String.raw`\b`),
    build(m, ctx) {
      const unit = unitOf(group(m, 'u') ?? '');
      const count = countValue(group(m, 'n') ?? '');
      if (unit === undefined || count === undefined || count < 2) return undefined;
      const ahead = group(m, 'dir') === 'next' || group(m, 'dir') === 'coming';
      const [s, e] = span(m);
      return ctx.relative(s, e, 'range', `${count} ${unit}s ${ahead ? 'after' : 'before'} the document date`, (doc) =>
        ahead ? formatRange(doc, addUnits(doc, unit, count)) : formatRange(addUnits(doc, unit, -count), doc),
      );
    },
  },
  {
    name: 'past-period',
    anchors: { words: ['the past', 'the last'], gate: [PERIODS] },
    // "the last month of 2019", "the last year of his presidency": the final part of another period,
    // not the one that ends on the document date.
    // "The past decade of conflict" still ends on the document date: "past" never names the end of another period.
    pattern: re(String.raw`\bthe\s+(?:past\s+(?<u>week|month|year|decade)\b|last\s+(?<u2>week|month|year|decade)\b(?!\s+of\b))`),
    build(m, ctx) {
      const unit = unitOf(group(m, 'u') ?? group(m, 'u2') ?? '');
      if (unit === undefined) return undefined;
      const [s, e] = span(m);
      return ctx.relative(s, e, 'range', `the ${unit} up to the document date`, (doc) =>
        formatRange(addDays(addUnits(doc, unit, -1), 1), doc),
      );
    },
  },
  {
    name: 'edge-of-period',
    anchors: { words: ['the end', 'the beginning', 'the start', 'end', 'beginning', 'start'] },
    pattern: re(
      String.raw`\b(?:the\s+)?(?<edge>end|beginning|start)\s+of\s+(?:(?<rel>the|this|next|last)\s+(?<u>year|month|week|decade)|`,
      // "the end of the first quarter of 2017": the edge of a part of a year.
      String.raw`(?:the\s+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?<part>quarter|half)\s+of\s+(?<py>${YEAR})|`,
      `(?<m>${MONTH_FULL})(?:,?\\s+(?<my>${YEAR}))?|(?<y>${YEAR}))\\b`,
    ),
    build(m, ctx) {
      const [s, e] = span(m);
      const atEnd = group(m, 'edge') === 'end';
      const edge = (date: CalendarDate, unit: CalendarUnit): string =>
        formatDay(atEnd ? endOfPeriod(date, unit) : startOfPeriod(date, unit));
      const what = `${atEnd ? 'last' : 'first'} day of`;
      const partYear = group(m, 'py');
      if (partYear !== undefined) {
        const parts = group(m, 'part') === 'half' ? 2 : 4;
        const index = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 }[group(m, 'ord') as 'first'];
        if (index > parts) return undefined;
        const range = partOfYear(Number(partYear), index, parts);
        return ctx.absolute(s, e, formatDay(atEnd ? range.end : range.start), 'day', `${what} a part of a year`);
      }
      const yearToken = group(m, 'y') ?? group(m, 'my');
      const monthToken = m.groups?.['m'];
      if (monthToken !== undefined) {
        const month = capitalised(monthToken) ? monthNumber(monthToken) : undefined;
        if (month === undefined) return undefined;
        if (yearToken !== undefined) {
          return ctx.absolute(s, e, edge({ year: Number(yearToken), month, day: 1 }, 'month'), 'day', `${what} the month`);
        }
        return ctx.relativeLater(s, e, 'day', () => {
          const tense = ctx.tense(s, e, true);
          return {
            what: `${what} the month in the document's year`,
            resolve: (doc) => edge({ year: resolveMonthYear(month, doc, tense), month, day: 1 }, 'month'),
          };
        });
      }
      if (yearToken !== undefined) {
        return ctx.absolute(s, e, edge({ year: Number(yearToken), month: 1, day: 1 }, 'year'), 'day', `${what} the year`);
      }
      const unit = unitOf(group(m, 'u') ?? '');
      if (unit === undefined) return undefined;
      const shift = { the: 0, this: 0, next: 1, last: -1 }[group(m, 'rel') as 'the' | 'this' | 'next' | 'last'] ?? 0;
      return ctx.relative(s, e, 'day', `${what} the ${unit} of the document date`, (doc) =>
        edge(addUnits(doc, unit, shift), unit),
      );
    },
  },
  {
    // The shorthand of IMF, EU and UN texts: "by end-2025", "by end-June", "by year-end", "by the
    // year's end", "by end of year". Each is the last day of its period, as "the end of …" is.
    name: 'end-shorthand',
    anchors: { words: ['end', 'year', 'the year'] },
    pattern: re(
      String.raw`\b(?:end-(?:(?<y>${YEAR})|(?<m>${MONTH_FULL})(?:\s+(?<my>${YEAR}))?)|year-end|the\s+year['’]s\s+end|end\s+of\s+year)\b`,
    ),
    build(m, ctx) {
      const [s, e] = span(m);
      const yearToken = group(m, 'y');
      if (yearToken !== undefined) return ctx.absolute(s, e, formatDay(endOfYear(Number(yearToken))), 'day', 'last day of the year ("end-YYYY")');
      const monthToken = m.groups?.['m'];
      if (monthToken === undefined) {
        // "the 2024 year-end results": the year written before it is the one that ends.
        const written = /\b(\d{4})\s+$/.exec(ctx.before(s, 8))?.[1];
        if (written !== undefined) return undefined;
        return ctx.relative(s, e, 'day', 'last day of the document year ("year-end")', (doc) => formatDay(endOfYear(doc.year)));
      }
      const month = capitalised(monthToken) ? monthNumber(monthToken) : undefined;
      if (month === undefined) return undefined;
      const monthYear = group(m, 'my');
      if (monthYear !== undefined) return ctx.absolute(s, e, formatDay(endOfMonth(Number(monthYear), month)), 'day', 'last day of the month ("end-Month YYYY")');
      return ctx.relativeLater(s, e, 'day', () => {
        const tense = ctx.tense(s, e, true);
        return {
          what: `last day of the month ("end-Month") in the document's year, or the year the clause's tense points to`,
          resolve: (doc) => formatDay(endOfMonth(resolveMonthYear(month, doc, tense), month)),
        };
      });
    },
  },
  ...PART_OF_YEAR_RULES,
  {
    name: 'anaphor',
    anchors: {
      words: ['the same', 'the following', 'the next', 'the previous', 'the preceding', 'that day', 'that month', 'that year'],
      gate: [['day', 'month', 'year']],
    },
    pattern: re(
      String.raw`\b(?<ref>the\s+same|that|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+(?<u>day|month|year)\b`,
    ),
    build(m, ctx) {
      const unit = unitOf(group(m, 'u') ?? '');
      if (unit !== 'day' && unit !== 'month' && unit !== 'year') return undefined;
      const ref = group(m, 'ref') ?? '';
      const offset = ref === 'the following' || ref === 'the next' ? 1 : ref === 'the previous' || ref === 'the preceding' ? -1 : 0;
      const [s, e] = span(m);
      // "during the next year of talks" is a year-long stretch of the talks, not the year after a date.
      if (offset !== 0 && /^\s+of\b/i.test(ctx.after(e, 4))) return undefined;
      return {
        start: s,
        end: e,
        precision: PRECISION_OF_UNIT[unit],
        relative: true,
        reason: `"${m[0]}" refers to an earlier date`,
        source: 'pattern',
        anaphor: { unit, offset },
      };
    },
  },
  {
    // "the following week" is the calendar week after the earlier day's; "the following Monday" the
    // first Monday after it. Both were missed, and "the following Monday" was read as the Monday
    // nearest the document date.
    name: 'anaphoric-week-or-weekday',
    anchors: {
      words: ['the same', 'the following', 'the previous', 'the preceding', 'that week'],
      gate: [['week', ...WEEKDAY_WORDS]],
    },
    pattern: re(
      String.raw`\b(?:(?<ref>the\s+same|that|the\s+following|the\s+previous|the\s+preceding)\s+week\b|(?<wref>the\s+following|the\s+previous|the\s+preceding)\s+(?<w>${WEEKDAY})(?![a-z]))`,
    ),
    build(m, ctx) {
      const [s, e] = span(m);
      const token = m.groups?.['w'];
      if (token !== undefined) {
        const weekday = capitalised(token) ? weekdayNumber(token) : undefined;
        if (weekday === undefined) return undefined;
        const offset = group(m, 'wref') === 'the following' ? 1 : -1;
        return anaphoric(s, e, 'day', `"${m[0]}" refers to an earlier date`, { unit: 'day', offset, weekday });
      }
      const ref = group(m, 'ref') ?? '';
      const offset = ref === 'the following' ? 1 : ref === 'the previous' || ref === 'the preceding' ? -1 : 0;
      // "the following week of talks" is a week-long stretch of the talks, as for "the next year of talks".
      if (/^\s+of\b/i.test(ctx.after(e, 4))) return undefined;
      return anaphoric(s, e, 'range', `"${m[0]}" refers to an earlier date`, { unit: 'week', offset });
    },
  },
  {
    // "earlier in the year", "later in the week": a part of the period of the date the paragraph spoke
    // of, valued as the whole period, as "earlier this year" is; the document date when none came before.
    name: 'earlier-in-the-period',
    anchors: { words: ['earlier in', 'later in'], gate: [['week', 'month', 'year']] },
    pattern: re(String.raw`\b(?:earlier|later)\s+in\s+the\s+(?<u>week|month|year)\b`),
    build(m) {
      const unit = unitOf(group(m, 'u') ?? '');
      if (unit !== 'week' && unit !== 'month' && unit !== 'year') return undefined;
      const [s, e] = span(m);
      return anaphoric(s, e, PRECISION_OF_UNIT[unit], `"${m[0]}" refers to the period of an earlier date`, { unit, offset: 0 });
    },
  },
  {
    // "in two weeks" counts from the document date as "two weeks ago" does backwards. Only in a clause
    // that looks ahead ("was completed in two months" is a duration), and only for days, weeks and
    // months: "the first visit in 20 years" is a duration too.
    name: 'in-count',
    anchors: { words: ['in'], gate: [['day', 'days', 'week', 'weeks', 'month', 'months']] },
    pattern: re(String.raw`\bin\s+(?<n>${COUNT})\s+(?<u>days?|weeks?|months?)(?<time>['’]s?\s+time|\s+time)?\b`),
    build(m, ctx) {
      const unit = unitOf(group(m, 'u') ?? '');
      const n = group(m, 'n') ?? '';
      const count = countValue(n);
      if (unit === undefined || count === undefined || count === 0) return undefined;
      // "twice in a month" is a frequency; "in a week's time" is a date.
      if ((n === 'a' || n === 'an') && group(m, 'time') === undefined) return undefined;
      const [s, e] = span(m);
      if (/^\s+(?:of|since|ago)\b/i.test(ctx.after(e, 8))) return undefined;
      // "once in six months" is a frequency.
      if (/\b(?:once|twice|thrice|times)\s+$/i.test(ctx.before(s, 8))) return undefined;
      // The tense is asked at once: it decides whether this is a date at all. Such matches are rare.
      // Without a cue that the clause looks ahead ("will meet again in two weeks"), it is a duration
      // or a deadline the gold leaves out ("a decision to establish a government in 100 days").
      if (ctx.tense(s, e, true) !== 'future') return undefined;
      const precision: DatePrecision = unit === 'month' ? 'month' : 'day';
      return ctx.relative(s, e, precision, `${count} ${unit}(s) after the document date`, (doc) => {
        const date = addUnits(doc, unit, count);
        return precision === 'day' ? formatDay(date) : formatMonth(date.year, date.month);
      });
    },
  },
  {
    name: 'vague-past',
    anchors: {
      words: ['the past', 'the last', 'the recent', 'recent times', ...['days', 'weeks', 'months', 'years', 'decades'].map((u) => `recent ${u}`)],
      gate: [['recent', 'few', 'several', 'couple', 'past']],
    },
    pattern: re(
      String.raw`\b(?:recent\s+(?:days|weeks|months|years|decades)|the\s+(?:past|last)\s+(?:few|several|couple\s+of)\s+(?:days|weeks|months|years|decades)|the\s+past\s+(?:days|weeks|months|years|decades)|the\s+recent\s+past|(?<=\bin\s)recent\s+times)\b|(?<=\bin\s)the\s+past\b(?!\s+(?:\d|few|several|couple|week|month|year|decade|day))`,
    ),
    build: (m) => vague(m, 'past_ref', 'a recent period'),
  },
  {
    name: 'vague-future',
    anchors: {
      words: [
        ...['coming', 'upcoming', 'next', 'near', 'foreseeable', 'not', 'immediate', 'days', 'weeks', 'months', 'years', 'decades', 'earliest', 'future', 'time', 'times', 'very', 'appropriate', 'suitable', 'convenient'].map(
          (w) => `the ${w}`,
        ),
        ...['a', 'an'].flatMap((article) =>
          ['early', 'earliest', 'later', 'future', 'appropriate', 'convenient', 'suitable', 'mutually'].map((w) => `${article} ${w}`),
        ),
        ...['days', 'weeks', 'months'].map((u) => `coming ${u}`),
      ],
      gate: [['coming', 'upcoming', 'few', 'several', 'future', 'ahead', 'come', 'date', 'time', 'juncture']],
    },
    // "at a suitable time", "at the appropriate time", "at an early juncture", "at the earliest possible
    // time", "in the coming time", "in the times ahead", "in the very near future", "over coming days".
    pattern: re(
      String.raw`\b(?:the\s+(?:coming|upcoming|next\s+few|next\s+several)\s+(?:days|weeks|months|years|decades|time|period)|the\s+(?:very\s+)?(?:near|foreseeable|not[\s-]too[\s-]distant|immediate)\s+future|the\s+(?:days|weeks|months|years|decades|times?)\s+(?:ahead|to\s+come)|(?:an?|the)\s+(?:suitable|appropriate|convenient|mutually\s+convenient)\s+time|an?\s+(?:early|appropriate|suitable)\s+juncture|an?\s+(?:(?:early|earliest|later|future|appropriate|convenient|suitable|mutually\s+(?:convenient|agreed|agreeable))\s+){1,2}date|the\s+earliest\s+(?:possible\s+)?(?:date|time|opportunity))\b|(?<=\b(?:in|for)\s)the\s+future\b|(?<=\b(?:in|over)\s)coming\s+(?:days|weeks|months)\b`,
    ),
    build: (m) => vague(m, 'future_ref', 'an upcoming period'),
  },
];
