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

/** After a month name (and its optional full stop), white space and then a digit, as in "May 4". */
export function dayFollows(text: string, _start: number, end: number): boolean {
  const i = skipSpace(text, text.charCodeAt(end) === 46 ? end + 1 : end);
  const code = i < 0 ? NaN : text.charCodeAt(i);
  return code >= 48 && code <= 57;
}

/** Whether `text[start, end)` is one of the early, mid and late modifiers. */
export function isModifier(text: string, start: number, end: number): boolean {
  return MOD_WORDS.includes(text.slice(start, end).toLowerCase());
}

/** A month that starts a day and month ("May 4", "Sept. 4 - 6"). */
export const MONTH_DAY_START: AnchorSpec = { words: MONTH_WORDS, follows: dayFollows };
/** A month, or a modifier before one ("mid-March"). */
export const MOD_MONTH_START: AnchorSpec = { words: [...MOD_WORDS, ...MONTH_WORDS], gate: HAS_MONTH };
/**
 * A day that starts a day and month ("4 May", "21st of June"): an optional ordinal suffix, then
 * white space (the month, or "of", comes next).
 */
export const DAY_BEFORE_MONTH: DigitFilter = (text, start, length) => {
  if (!DAY_DIGITS(text, start, length)) return false;
  let i = start + length;
  const suffix = text.charCodeAt(i) | 32;
  if (suffix === 115 || suffix === 110 || suffix === 114 || suffix === 116) i += 2;
  return isSpace(text.charCodeAt(i));
};
/** A day before a month, in a paragraph that has a month. */
export const DAY_START: AnchorSpec = { digits: DAY_BEFORE_MONTH, gate: HAS_MONTH };
