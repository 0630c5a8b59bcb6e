/**
 * Pure calendar arithmetic used to resolve date expressions against a document date. Nothing here
 * reads the clock: every function takes the reference date it needs, so each one is table-tested.
 */

/** A calendar day; `month` is 1-12 and `day` 1-31. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Which way a relative expression points from the document date. */
export type Direction = 'past' | 'future';

/** A calendar unit that relative expressions count in. */
export type CalendarUnit = 'day' | 'week' | 'month' | 'year' | 'decade';

/** ISO weekday numbers as used here: Monday is 0 and Sunday is 6. */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Parses a strict `YYYY-MM-DD` string into a calendar date, or undefined when it is not a real day. */
export function parseIsoDay(text: string | undefined): CalendarDate | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDay(date.year, date.month, date.day) ? date : undefined;
}

/** True when the year, month and day name a day that exists in the proleptic Gregorian calendar. */
export function isValidDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The years a document may be dated in: relative dates resolved from far outside them would leave four digits. */
export const DOCUMENT_YEARS = { first: 1000, last: 8999 } as const;

/** The day of `text` (YYYY-MM-DD) when it may date a document: a day of the calendar in `DOCUMENT_YEARS`. */
export function parseDocumentDay(text: string | undefined): CalendarDate | undefined {
  const day = parseIsoDay(text);
  return day !== undefined && day.year >= DOCUMENT_YEARS.first && day.year <= DOCUMENT_YEARS.last ? day : undefined;
}

/** Number of days in a month of a year (leap years included). */
export function daysInMonth(year: number, month: number): number {
  // Plain arithmetic for ordinary years avoids a Date object per call, which showed up in profiles.
  // Date.UTC reads years 0 to 99 as 1900 to 1999, and odd inputs have their own rules, so all other
  // arguments keep the Date computation.
  if (Number.isInteger(year) && year >= 100 && year <= 9999 && Number.isInteger(month) && month >= 1 && month <= 12) {
    return month === 2 ? (isLeapYear(year) ? 29 : 28) : (DAYS_IN_MONTH[month - 1] ?? 31);
  }
  // Day 0 of the next month is the last day of this one; UTC keeps it free of time zones.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days in each month of a common year, January first. */
const DAYS_IN_MONTH: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Formats a year as four digits (`2025`). */
export function formatYear(year: number): string {
  // Years are formatted again and again for the same few values, so the strings of years 0 to 9999 are kept.
  if (Number.isInteger(year) && year >= 0 && year < YEAR_TEXTS.length) return (YEAR_TEXTS[year] ??= String(year).padStart(4, '0'));
  return String(year).padStart(4, '0');
}

/** The four-digit strings of the years formatted so far, by year. */
const YEAR_TEXTS: (string | undefined)[] = new Array<string | undefined>(10_000);

/** The two-digit strings "00" to "99", for months and days. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

/** A month or day as at least two digits, as `String(n).padStart(2, '0')` gives it. */
function twoDigits(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < 100 ? (TWO_DIGITS[n] ?? String(n)) : String(n).padStart(2, '0');
}

/** Formats a month as `YYYY-MM`. */
export function formatMonth(year: number, month: number): string {
  return `${formatYear(year)}-${twoDigits(month)}`;
}

/** Formats a calendar day as `YYYY-MM-DD`. */
export function formatDay(date: CalendarDate): string {
  return `${formatMonth(date.year, date.month)}-${twoDigits(date.day)}`;
}

/** Formats an inclusive range of days as `YYYY-MM-DD/YYYY-MM-DD`. */
export function formatRange(start: CalendarDate, end: CalendarDate): string {
  return `${formatDay(start)}/${formatDay(end)}`;
}

/**
 * The day of the calendar that `now` falls on where the machine is (its time zone), as YYYY-MM-DD:
 * "today" for overdue checks and days left is the analyst's day, not the day in UTC.
 */
export function localDay(now: Date): string {
  return formatDay({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/** Compares two days: negative when `a` is earlier, zero when equal, positive when later. */
export function compareDays(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

const MS_PER_DAY = 86_400_000;
// Days from 0000-03-01 to 1970-01-01, and the days of a 400-year cycle of the Gregorian calendar.
const EPOCH_SHIFT = 719_468;
const DAYS_PER_ERA = 146_097;

/**
 * The number of days from 1970-01-01 to a day, computed arithmetically in the proleptic Gregorian
 * calendar as Date does; undefined outside the ranges where that is known to agree with Date (an
 * integer year within ±100000, a month 1-12, an integer day within ±10000000), which Date handles.
 */
function dayNumber(date: CalendarDate): number | undefined {
  const { year, month, day } = date;
  if (!Number.isInteger(year) || Math.abs(year) > 100_000 || !Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (!Number.isInteger(day) || Math.abs(day) > 10_000_000) return undefined;
  // Years counted from March, so that the leap day ends a year; a day outside its month simply counts on.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

/** The calendar day `days` days after 1970-01-01, the inverse of {@link dayNumber}. */
function dayFromNumber(days: number): CalendarDate {
  const z = days + EPOCH_SHIFT;
  const era = Math.floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day: dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1 };
}

// The arithmetic of dayNumber and dayFromNumber replaces Date objects, several of which were made for
// every relative date; outside its ranges the Date computation below still decides.

function fromUtc(ms: number): CalendarDate {
  if (Number.isInteger(ms) && ms % MS_PER_DAY === 0 && Math.abs(ms / MS_PER_DAY) <= 50_000_000) return dayFromNumber(ms / MS_PER_DAY);
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function toUtc(date: CalendarDate): number {
  const days = dayNumber(date);
  if (days !== undefined) return days * MS_PER_DAY;
  const d = new Date(0);
  // setUTCFullYear keeps years below 100 literal, which Date.UTC would shift into the 1900s.
  d.setUTCFullYear(date.year, date.month - 1, date.day);
  return d.getTime();
}

/** The weekday of a day, Monday = 0 … Sunday = 6. */
export function weekdayOf(date: CalendarDate): number {
  const days = dayNumber(date);
  // 1970-01-01 was a Thursday (3 counted from Monday).
  if (days !== undefined) return (((days + 3) % 7) + 7) % 7;
  return (new Date(toUtc(date)).getUTCDay() + 6) % 7;
}

/** The day `days` after `date` (negative counts go back). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtc(toUtc(date) + days * 86_400_000);
}

/** The same day `months` later, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** Moves a day by a count of calendar units (a decade is ten years). */
export function addUnits(date: CalendarDate, unit: CalendarUnit, count: number): CalendarDate {
  switch (unit) {
    case 'day':
      return addDays(date, count);
    case 'week':
      return addDays(date, 7 * count);
    case 'month':
      return addMonths(date, count);
    case 'year':
      return addMonths(date, 12 * count);
    case 'decade':
      return addMonths(date, 120 * count);
  }
}

/**
 * The day with the given weekday (0 = Monday) nearest the document date in a direction: `past`
 * gives the most recent one on or before it, `future` the first one on or after it, because news
 * reports name the day of the report itself by its weekday in both tenses.
 */
export function resolveWeekday(weekday: number, documentDate: CalendarDate, direction: Direction): CalendarDate {
  const today = weekdayOf(documentDate);
  const delta = direction === 'past' ? -((today - weekday + 7) % 7) : (weekday - today + 7) % 7;
  return addDays(documentDate, delta);
}

/** The weekday in the calendar week (Monday-Sunday) before, of, or after the document date's week. */
export function resolveWeekdayInWeek(weekday: number, documentDate: CalendarDate, weekOffset: number): CalendarDate {
  const monday = addDays(documentDate, -weekdayOf(documentDate));
  return addDays(monday, weekday + 7 * weekOffset);
}

/**
 * The year of a day-month written without a year: the document's year, moved one year back when
 * the clause is in the past tense but the day would fall after the document date, and one year on
 * when the clause looks ahead but the day would already have passed.
 */
export function resolveMonthDayYear(month: number, day: number, documentDate: CalendarDate, tense?: Direction): number {
  const candidate = { year: documentDate.year, month, day };
  const order = compareDays(candidate, documentDate);
  if (tense === 'past' && order > 0) return documentDate.year - 1;
  if (tense === 'future' && order < 0) return documentDate.year + 1;
  return documentDate.year;
}

/** The year of a month written without a year, by the same tense rule as {@link resolveMonthDayYear}. */
export function resolveMonthYear(month: number, documentDate: CalendarDate, tense?: Direction): number {
  if (tense === 'past' && month > documentDate.month) return documentDate.year - 1;
  if (tense === 'future' && month < documentDate.month) return documentDate.year + 1;
  return documentDate.year;
}

/**
 * The year in which a year-less range across the new year ("from December 29 to January 2") starts
 * when no tense decides: of the two candidates, the range nearest the document date.
 */
export function resolveCrossYearStart(start: { month: number; day: number }, end: { month: number; day: number }, documentDate: CalendarDate): number {
  const distance = (y1: number): number => {
    const from = toUtc({ year: y1, month: start.month, day: start.day });
    const to = toUtc({ year: y1 + 1, month: end.month, day: end.day });
    const at = toUtc(documentDate);
    return at < from ? from - at : at > to ? at - to : 0;
  };
  return distance(documentDate.year - 1) < distance(documentDate.year) ? documentDate.year - 1 : documentDate.year;
}

/** The year of "this <month>": the document's, or the next when that month has passed and the clause looks ahead. */
export function resolveThisMonthYear(month: number, documentDate: CalendarDate, tense?: Direction): number {
  return tense === 'future' && month < documentDate.month ? documentDate.year + 1 : documentDate.year;
}

/** The year of "last <month>" (most recent such month strictly before the document's month). */
export function resolveLastMonth(month: number, documentDate: CalendarDate): number {
  return month < documentDate.month ? documentDate.year : documentDate.year - 1;
}

/** The year of "next <month>" (first such month strictly after the document's month). */
export function resolveNextMonth(month: number, documentDate: CalendarDate): number {
  return month > documentDate.month ? documentDate.year : documentDate.year + 1;
}

/** The last day of a year. */
export function endOfYear(year: number): CalendarDate {
  return { year, month: 12, day: 31 };
}

/** The last day of a month. */
export function endOfMonth(year: number, month: number): CalendarDate {
  return { year, month, day: daysInMonth(year, month) };
}

/** The Monday and Sunday of the calendar week that contains a day. */
export function weekOf(date: CalendarDate): { start: CalendarDate; end: CalendarDate } {
  const start = addDays(date, -weekdayOf(date));
  return { start, end: addDays(start, 6) };
}

/** The first and last day of a century counted the usual way (21st = 2001-01-01 … 2100-12-31). */
export function centuryRange(ordinal: number): { start: CalendarDate; end: CalendarDate } {
  return { start: { year: (ordinal - 1) * 100 + 1, month: 1, day: 1 }, end: endOfYear(ordinal * 100) };
}

/** The ordinal of the century that contains a year (2025 → 21). */
export function centuryOf(year: number): number {
  return Math.floor((year - 1) / 100) + 1;
}

/** The first and last day of the decade that starts with a year ending in 0 ("the 1990s"). */
export function decadeRange(firstYear: number): { start: CalendarDate; end: CalendarDate } {
  return { start: { year: firstYear, month: 1, day: 1 }, end: endOfYear(firstYear + 9) };
}

/** The first and last day of a half (1-2) or quarter (1-4) of a year. */
export function partOfYear(year: number, part: number, parts: 2 | 4): { start: CalendarDate; end: CalendarDate } {
  const months = 12 / parts;
  const firstMonth = (part - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  return { start: { year, month: firstMonth, day: 1 }, end: endOfMonth(year, lastMonth) };
}
