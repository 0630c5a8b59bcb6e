/**
 * The digit filters, gates and follow-up tests with which the absolute-date rules say where their
 * matches can start (see {@link AnchorSpec}). Each must accept every place where its rule's pattern
 * matches; it may accept more.
 */

import { isSpace, type AnchorSpec, type DigitFilter } from './anchors';
import { MONTH_WORDS } from './lexicon';

/** The code of the character right after a digit run, or NaN at the end of the text. */
export function after(text: string, start: number, length: number): number {
  return text.charCodeAt(start + length);
}

/** A day of the month: one or two digits not followed by a colon (a time). */
export const DAY_DIGITS: DigitFilter = (text, start, length) => length <= 2 && after(text, start, length) !== 58;
/** A year: four digits starting with 1 or 2. */
export const YEAR_DIGITS: DigitFilter = (text, start, length) => {
  const first = text.charCodeAt(start);
  return length === 4 && (first === 49 || first === 50);
};
/** The early, mid and late modifiers that may lead a month or a year. */
export const MOD_WORDS: readonly string[] = ['early', 'mid', 'late'];

/** Four digits followed by an "s", as in a decade ("1990s"). */
export const DECADE_DIGITS: DigitFilter = (text, start, length) => length === 4 && (after(text, start, length) | 32) === 115;

/** Whether a character is a hyphen or one of the dashes U+2010 to U+2015, as in a range. */
export function isDash(code: number): boolean {
  return code === 45 || (code >= 0x2010 && code <= 0x2015);
}

const JOINING_WORD_BEFORE = /(?:^|\s)(?:to|through|until|till)$/i;

/** Whether a range joiner (a dash or "to", "through", "until", "till") ends right before `end`. */
function joinedBefore(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  const last = text.charCodeAt(i - 1);
  // A slash joins two days before a month name too ("19/20 March 2009").
  if (isDash(last) || last === 0x2f) return true;
  // The joining words end in "o", "h" or "l"; only then is the RegExp worth trying.
  const lower = last | 32;
  if (i === end || (lower !== 111 && lower !== 104 && lower !== 108)) return false;
  return JOINING_WORD_BEFORE.test(text.slice(Math.max(0, i - 8), i));
}

/** Whether a range joiner or a slash may follow at `at`, as after the first year of a range. */
export function joinsNext(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return isSpace(code) || code === 47 || isDash(code);
}

/** A day of the month that ends a range ("4-6 May", "May 4 to 6", "4 May to 6 June"). */
export const JOINED_DAY: DigitFilter = (text, start, length) => DAY_DIGITS(text, start, length) && joinedBefore(text, start);

/** The usual gate of a month rule: some month name or abbreviation, in any case. */
export const HAS_MONTH: readonly (readonly string[])[] = [MONTH_WORDS];

/** The offset after the white space that starts at `at`, or -1 when there is none. */
export function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i > at ? i : -1;
}

/** The code of the character at `at`, or NaN when `at` is -1 (no white space was skipped) or past the end. */
function codeAt(text: string, at: number): number {
  return at < 0 ? NaN : text.charCodeAt(at);
}

/** Whether a character is an ASCII digit. */
function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The end of the day that starts at `at` (one or two digits and an optional ordinal suffix), or -1.
 * A day never sits in a longer run of digits, as the pattern forbids a digit right after it.
 */
function dayEnd(text: string, at: number): number {
  let i = at;
  while (isDigitCode(text.charCodeAt(i))) i++;
  if (i === at || i - at > 2) return -1;
  const suffix = ((text.charCodeAt(i) | 32) << 8) | (text.charCodeAt(i + 1) | 32);
  // "st", "nd", "rd" and "th" in either case; the pattern may also leave the letters out of the day.
  return suffix === 0x7374 || suffix === 0x6e64 || suffix === 0x7264 || suffix === 0x7468 ? i + 2 : i;
}

/** After a month name (and its optional full stop), white space and then a day of one or two digits, as in "May 4". */
export function dayFollows(text: string, _start: number, end: number): boolean {
  return dayAfterMonth(text, end) >= 0;
}

/** Whether a range joiner (a dash, or white space and then "to", "through", "until" or "till") may start at `at`. */
function joinerFollows(text: string, at: number): boolean {
  const i = skipSpace(text, at);
  const code = codeAt(text, i < 0 ? at : i);
  if (isDash(code)) return true;
  const lower = code | 32;
  return i >= 0 && (lower === 116 || lower === 117);
}

/** The end of the day after a month name ending at `end` (see {@link dayEnd}), or -1. */
function dayAfterMonth(text: string, end: number): number {
  return dayEnd(text, skipSpace(text, text.charCodeAt(end) === 46 ? end + 1 : end));
}

/**
 * After a month name ending at `end`, a day and then a range joiner; with `yearBetween`, a comma and a
 * year may stand between the day and the joiner. The pattern may leave an ordinal suffix out of the
 * day, so the joiner is looked for after the digits and after the suffix.
 */
function dayThenJoiner(text: string, end: number, yearBetween: boolean): boolean {
  const dayStart = skipSpace(text, text.charCodeAt(end) === 46 ? end + 1 : end);
  const withSuffix = dayEnd(text, dayStart);
  if (withSuffix < 0) return false;
  let digitsEnd = dayStart;
  while (isDigitCode(text.charCodeAt(digitsEnd))) digitsEnd++;
  const joinsAt = (at: number): boolean => joinerFollows(text, at) || (yearBetween && yearThenJoiner(text, at));
  return joinsAt(digitsEnd) || (withSuffix !== digitsEnd && joinsAt(withSuffix));
}

/** Whether ",?\s+", a four-digit year and a range joiner follow `at`. */
function yearThenJoiner(text: string, at: number): boolean {
  const yearStart = skipSpace(text, text.charCodeAt(at) === 44 ? at + 1 : at);
  if (yearStart < 0 || !isDigitCode(text.charCodeAt(yearStart)) || !isDigitCode(text.charCodeAt(yearStart + 3))) return false;
  return joinerFollows(text, yearStart + 4);
}

/** After a month name, a day and then a range joiner, as in "May 4 - 6" and "May 4 to 6". */
export function dayRangeFollows(text: string, _start: number, end: number): boolean {
  return dayThenJoiner(text, end, false);
}

/**
 * After a month name, a day and then a range joiner, either at once ("May 4 - June 6") or after a
 * comma and a year ("May 4, 2025 to June 6, 2025").
 */
export function dayToDayRangeFollows(text: string, _start: number, end: number): boolean {
  return dayThenJoiner(text, end, true);
}

/** Whether `text[start, end)` is one of the early, mid and late modifiers. */
export function isModifier(text: string, start: number, end: number): boolean {
  return MOD_WORDS.includes(text.slice(start, end).toLowerCase());
}

/** A month that starts a day and month ("May 4", "Sept. 4 - 6"). */
export const MONTH_DAY_START: AnchorSpec = { words: MONTH_WORDS, follows: dayFollows };
/** A month that starts a range of days across two months ("May 4 to June 6"). */
export const MONTH_DAY_TO_DAY_START: AnchorSpec = { words: MONTH_WORDS, follows: dayToDayRangeFollows };
/** A month, or a modifier before one ("mid-March"). */
export const MOD_MONTH_START: AnchorSpec = { words: [...MOD_WORDS, ...MONTH_WORDS], gate: HAS_MONTH };
/** The first three letters of every month name and abbreviation, lower case, as `lowerTrigram` packs them. */
const MONTH_TRIGRAMS: ReadonlySet<number> = new Set(MONTH_WORDS.map((w) => lowerTrigram(w, 0)));

/** Three characters from `at` with bit 5 set (lower case for ASCII letters), packed into one number. */
function lowerTrigram(text: string, at: number): number {
  return (((text.charCodeAt(at) | 32) << 16) | ((text.charCodeAt(at + 1) | 32) << 8) | (text.charCodeAt(at + 2) | 32)) >>> 0;
}

/**
 * A day that starts a day and month ("4 May", "21st of June"): an optional ordinal suffix, white
 * space, and then what can start a month name or "of". Every month name and abbreviation is at
 * least three letters long, so its first three letters are enough to turn away "4 projects".
 */
export const DAY_BEFORE_MONTH: DigitFilter = (text, start, length) => {
  if (!DAY_DIGITS(text, start, length)) return false;
  let i = start + length;
  const suffix = text.charCodeAt(i) | 32;
  if (suffix === 115 || suffix === 110 || suffix === 114 || suffix === 116) i += 2;
  const next = skipSpace(text, i);
  if (next < 0) return false;
  const ofWord = (text.charCodeAt(next) | 32) === 111 && (text.charCodeAt(next + 1) | 32) === 102;
  return ofWord || MONTH_TRIGRAMS.has(lowerTrigram(text, next));
};
/** A day before a month, in a paragraph that has a month. */
export const DAY_START: AnchorSpec = { digits: DAY_BEFORE_MONTH, gate: HAS_MONTH };

/** After a month name (and its optional full stop), an optional comma, a year and a range joiner, as in "March 2023 to April 2024". */
export function yearRangeFollows(text: string, _start: number, end: number): boolean {
  return yearThenJoiner(text, text.charCodeAt(end) === 46 ? end + 1 : end);
}

/** Whether white space and then "and" follow `at`. */
function andFollows(text: string, at: number): boolean {
  const i = skipSpace(text, at);
  return i >= 0 && (text.charCodeAt(i) | 32) === 97 && (text.charCodeAt(i + 1) | 32) === 110 && (text.charCodeAt(i + 2) | 32) === 100;
}

/**
 * A day followed by "and", as the first of two days coordinated before a month ("3 and 4 May"). The
 * ordinal suffix is optional in the pattern, so "and" is looked for after the digits and after it.
 */
export const DAY_BEFORE_AND: DigitFilter = (text, start, length) => {
  if (!DAY_DIGITS(text, start, length)) return false;
  const withSuffix = dayEnd(text, start);
  return andFollows(text, start + length) || (withSuffix > start + length && andFollows(text, withSuffix));
};

/** After a month name, a day and then "and", as in "May 3 and 4". */
export function dayAndFollows(text: string, _start: number, end: number): boolean {
  const dayStart = skipSpace(text, text.charCodeAt(end) === 46 ? end + 1 : end);
  const withSuffix = dayEnd(text, dayStart);
  if (withSuffix < 0) return false;
  let digitsEnd = dayStart;
  while (isDigitCode(text.charCodeAt(digitsEnd))) digitsEnd++;
  return andFollows(text, digitsEnd) || (withSuffix !== digitsEnd && andFollows(text, withSuffix));
}
