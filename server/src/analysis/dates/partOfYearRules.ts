/**
 * Rules for parts of a year: "the first half of 2025", "the second quarter of next year", seasons
 * ("this summer", "the spring next year", "winter 2019"), "the first half of March", "Q3 2024".
 */

import { endOfMonth, formatRange, partOfYear, resolveMonthYear, type CalendarDate } from '../dateResolution';
import { re, type DateRule } from './absoluteRules';
import { MONTH_FULL, YEAR, monthNumber } from './lexicon';
import { group, span } from './ruleMatch';

const SEASON = 'spring|summer|autumn|fall|winter';

/** The part-of-year rules, in the order the relative rules run them. */
export const PART_OF_YEAR_RULES: readonly DateRule[] = [
  {
    name: 'part-of-year',
    anchors: { scan: true, gate: [['half', 'quarter']] },
    // A quarter may go without its year ("in the third quarter", "the final quarter") when no other "of"
    // follows: "the first quarter of the match" is no date.
    pattern: re(
      String.raw`\b(?:the\s+)?(?<ord>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+(?<part>half|quarter)(?:\s+of\s+(?:(?<rel>the|this|next|last)\s+year|(?<y>${YEAR}))\b|(?!\s+of\b|-|\w))`,
    ),
    build(m, ctx) {
      const parts = group(m, 'part') === 'half' ? 2 : 4;
      const ord = group(m, 'ord') ?? '';
      const index = ord === 'last' || ord === 'final' ? parts : { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 }[ord as 'first'];
      if (index > parts) return undefined;
      const [s, e] = span(m);
      const value = (year: number): string => {
        const range = partOfYear(year, index, parts);
        return formatRange(range.start, range.end);
      };
      const yearToken = group(m, 'y');
      if (yearToken !== undefined) return ctx.absolute(s, e, value(Number(yearToken)), 'range', `part of a year`);
      const rel = group(m, 'rel');
      if (rel === undefined) {
        // A half without its year is too often a match's or a speech's ("scored in the second half").
        if (parts === 2) return undefined;
        // As for a month alone, the clause's tense places it: "growth slowed in the third quarter" in an
        // April article is last year's, "will recover in the third quarter" this year's.
        return ctx.relativeLater(s, e, 'range', () => {
          const tense = ctx.tense(s, e, true);
          return {
            what: `part of a year ${tense === undefined ? "in the document's year" : `read ${tense === 'past' ? 'back' : 'forward'} from the document date by the clause's tense`}`,
            resolve: (doc) => value(partYearByTense(doc, index, parts, tense)),
          };
        });
      }
      const shift = { the: 0, this: 0, next: 1, last: -1 }[rel as 'the'] ?? 0;
      return ctx.relative(s, e, 'range', 'part of the document year', (doc) => value(doc.year + shift));
    },
  },
  {
    // "this summer", "last autumn", "next spring", "the spring next year", "summer 2019": seasons of the
    // northern year (spring March–May, summer June–August, autumn September–November, winter December–February).
    name: 'season',
    anchors: { scan: true, gate: [['spring', 'summer', 'autumn', 'fall', 'winter']] },
    pattern: re(
      String.raw`\b(?:(?<rel>this|last|next|coming|past)\s+(?<season>${SEASON})(?:\s+(?<rel2>next|last|this)\s+year)?|the\s+(?<season3>${SEASON})\s+(?:(?<rel3>next|last|this)\s+year|of\s+(?<y3>${YEAR}))|(?<season2>${SEASON})\s+(?:of\s+)?(?<y>${YEAR}))\b`,
    ),
    build(m, ctx) {
      const season = SEASON_START_MONTH[(group(m, 'season') ?? group(m, 'season2') ?? group(m, 'season3')) as 'spring'];
      if (season === undefined) return undefined;
      const [s, e] = span(m);
      const yearToken = group(m, 'y') ?? group(m, 'y3');
      if (yearToken !== undefined) return ctx.absolute(s, e, seasonValue(Number(yearToken), season), 'range', 'a season of a year');
      const rel = group(m, 'rel');
      const yearShift = { next: 1, last: -1, this: 0 }[(group(m, 'rel2') ?? group(m, 'rel3') ?? '') as 'this'];
      return ctx.relative(s, e, 'range', 'a season placed by the document date', (doc) => {
        if (yearShift !== undefined) return seasonValue(doc.year + yearShift, season);
        const current = seasonYearOf(doc, season);
        if (rel === 'last' || rel === 'past') return seasonValue(seasonEnds(current, season) < dayNumber(doc) ? current : current - 1, season);
        if (rel === 'next' || rel === 'coming') return seasonValue(seasonStarts(current, season) > dayNumber(doc) ? current : current + 1, season);
        return seasonValue(current, season);
      });
    },
  },
  {
    name: 'half-of-month',
    anchors: { scan: true, gate: [['half']] },
    pattern: re(String.raw`\b(?:the\s+)?(?<ord>first|second|1st|2nd)\s+half\s+of\s+(?<month>${MONTH_FULL})(?:\s+(?<y>${YEAR}))?\b`),
    build(m, ctx) {
      const month = monthNumber(group(m, 'month') ?? '');
      if (month === undefined) return undefined;
      const first = ['first', '1st'].includes(group(m, 'ord') ?? '');
      const [s, e] = span(m);
      // The first half runs to the 15th, the second from the 16th to the month's last day.
      const value = (year: number): string =>
        first ? formatRange({ year, month, day: 1 }, { year, month, day: 15 }) : formatRange({ year, month, day: 16 }, endOfMonth(year, month));
      const yearToken = group(m, 'y');
      if (yearToken !== undefined) return ctx.absolute(s, e, value(Number(yearToken)), 'range', 'half of a month');
      // As for a month alone, the clause's tense decides the year ("will meet in the first half of January"
      // in a December article is next January).
      return ctx.relativeLater(s, e, 'range', () => {
        const tense = ctx.tense(s, e, true);
        return {
          what: `half of a month ${tense === undefined ? "in the document's year" : `read ${tense === 'past' ? 'back' : 'forward'} from the document date by the clause's tense`}`,
          resolve: (doc) => value(resolveMonthYear(month, doc, tense)),
        };
      });
    },
  },
  {
    name: 'quarter-code',
    anchors: { words: ['q', 'h'] },
    pattern: re(String.raw`\b(?<code>[QH][1-4])\s+(?:of\s+)?(?<y>${YEAR})\b`),
    build(m, ctx) {
      const code = m.groups?.['code'] ?? '';
      if (!/^(?:Q[1-4]|H[12])$/.test(code)) return undefined;
      const parts = code.startsWith('H') ? 2 : 4;
      const range = partOfYear(Number(m.groups?.['y']), Number(code.slice(1)), parts);
      const [s, e] = span(m);
      return ctx.absolute(s, e, formatRange(range.start, range.end), 'range', 'part of a year');
    },
  },
];

// "fall" is the American autumn ("this fall", "the fall of 2025"); the gate already listed it, but the
// pattern did not, so it was never found.
const SEASON_START_MONTH = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 } as const;

/**
 * The year of a year-less part of a year: the document's, unless the clause's tense puts it on the
 * other side of the document date (a past quarter that has not begun yet is last year's; a future one
 * that has ended is next year's).
 */
function partYearByTense(doc: CalendarDate, index: number, parts: 2 | 4, tense: 'past' | 'future' | undefined): number {
  const range = partOfYear(doc.year, index, parts);
  if (tense === 'past' && dayNumber(range.start) > dayNumber(doc)) return doc.year - 1;
  if (tense === 'future' && dayNumber(range.end) < dayNumber(doc)) return doc.year + 1;
  return doc.year;
}

/** The season as a range; winter runs from December of `year` to the end of February after it. */
function seasonValue(year: number, startMonth: number): string {
  const endYear = startMonth === 12 ? year + 1 : year;
  const endMonth = startMonth === 12 ? 2 : startMonth + 2;
  return formatRange({ year, month: startMonth, day: 1 }, endOfMonth(endYear, endMonth));
}

/** The year whose season of `startMonth` the document date's year names ("this winter" in January is last December's). */
function seasonYearOf(doc: CalendarDate, startMonth: number): number {
  return startMonth === 12 && doc.month <= 2 ? doc.year - 1 : doc.year;
}

/** A day as one comparable number (year, month, day). */
function dayNumber(d: CalendarDate): number {
  return d.year * 10000 + d.month * 100 + d.day;
}

function seasonStarts(year: number, startMonth: number): number {
  return dayNumber({ year, month: startMonth, day: 1 });
}

function seasonEnds(year: number, startMonth: number): number {
  return dayNumber(startMonth === 12 ? endOfMonth(year + 1, 2) : endOfMonth(year, startMonth + 2));
}
