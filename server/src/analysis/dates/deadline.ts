/**
 * Finds a deadline preposition ("by", "until", "no later than") that ends, with the white space
 * after it, right before a date. It reads the characters in place: the RegExp it replaces ran on a
 * slice of the text before every date kept, which cost a copy and a scan each time.
 *
 * The answers are exactly those of `(?:\bby|(?<!\bnot\s+)\b(?:until|till|before)|\bno\s+later\s+than|\bnot\s+later\s+than)\s+$`
 * (case-insensitive, without the `u` flag) run on the {@link WINDOW} characters before the date, so a
 * word cut by the window's start counts as starting there, as it did for that RegExp.
 */

import { isSpace } from './anchors';

/** How many characters before a date the preposition must fit in. */
export const WINDOW = 20;

/** Whether a character is one RegExp `\w` matches without the `u` flag: an ASCII letter, digit or underscore. */
function isWordChar(code: number): boolean {
  return ((code | 32) - 97) >>> 0 < 26 || (code >= 48 && code <= 57) || code === 95;
}

/** Whether `text[at, at + word.length)` is `word` (lower case) in any ASCII case, and lies within `[from, end)`. */
function wordAt(text: string, at: number, word: string, from: number): boolean {
  if (at < from) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(at + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/** Whether a word may start at `at`: RegExp `\b` before a word character, the window's start counting as a boundary. */
function startsWord(text: string, at: number, from: number): boolean {
  return at === from || !isWordChar(text.charCodeAt(at - 1));
}

/** The offset where white space ending at `end` starts, not going below `from`. */
function spaceStart(text: string, end: number, from: number): number {
  let i = end;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The words a deadline may end with, apart from "than"; "by" alone when only future deadlines count. */
const ALL_WORDS = ['by', 'until', 'till', 'before'];
const FUTURE_WORDS = ['by'];

/**
 * The offset where a deadline preposition ending right before `start` begins (its trailing white
 * space included up to `start`), or -1 when there is none. With `futureOnly`, only "by", "no later
 * than" and "not later than" count; "until", "till" and "before" are left out.
 */
export function deadlineStart(text: string, start: number, futureOnly: boolean): number {
  const from = Math.max(0, start - WINDOW);
  const wordEnd = spaceStart(text, start, from);
  if (wordEnd === start || wordEnd === from) return -1;
  for (const word of futureOnly ? FUTURE_WORDS : ALL_WORDS) {
    const at = wordEnd - word.length;
    if (wordAt(text, at, word, from) && startsWord(text, at, from)) return word !== 'by' && negated(text, at, from) ? -1 : at;
  }
  return laterThanStart(text, wordEnd, from);
}

/**
 * Whether "not" and white space end at `at`: "not before 2027" and "not until June" give the
 * earliest time, the opposite of a deadline, so the preposition stays out of the date's span.
 */
function negated(text: string, at: number, from: number): boolean {
  const end = spaceStart(text, at, from);
  return end < at && wordAt(text, end - 3, 'not', from) && startsWord(text, end - 3, from);
}

/** The start of "no later than" or "not later than" ending at `end` (any white space between the words), or -1. */
function laterThanStart(text: string, end: number, from: number): number {
  if (!wordAt(text, end - 4, 'than', from)) return -1;
  const laterEnd = spaceStart(text, end - 4, from);
  if (laterEnd === end - 4 || !wordAt(text, laterEnd - 5, 'later', from)) return -1;
  const negationEnd = spaceStart(text, laterEnd - 5, from);
  if (negationEnd === laterEnd - 5) return -1;
  for (const negation of ['no', 'not']) {
    const at = negationEnd - negation.length;
    if (wordAt(text, at, negation, from) && startsWord(text, at, from)) return at;
  }
  return -1;
}
