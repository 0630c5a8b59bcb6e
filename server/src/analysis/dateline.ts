/**
 * Finds the document date written at the top of a document body ("April 29, 2025",
 * "Tokyo, 3 May 2023"). Only a full day-month-year counts: "on Monday (January 16)" is not one.
 */

import type { Span } from './types';
import { formatDay, isValidDay } from './dateResolution';
import { DAY, MONTH_ANY, YEAR, dayNumber, monthNumber } from './dates/lexicon';

/** How many non-blank lines at the top of the body may hold the dateline. */
const MAX_LINES = 5;
/** How long the place prefix before the date may be ("NEW DELHI, ", "Tokyo, Japan — "). */
const MAX_PREFIX = 40;

const FULL_DATE = new RegExp(
  [
    `(?<m1>${MONTH_ANY})(?![A-Za-z])\\s+(?<d1>${DAY}),?\\s+(?<y1>${YEAR})`,
    `(?<d2>${DAY})(?:\\s+of)?\\s+(?<m2>${MONTH_ANY})(?![A-Za-z]),?\\s+(?<y2>${YEAR})`,
    `(?<y3>${YEAR})-(?<m3>0[1-9]|1[0-2])-(?<d3>0[1-9]|[12]\\d|3[01])(?!\\d)`,
    // Dotted numeric dates are day first ("08.12.2021 - Press release" is 8 December 2021).
    `(?<![\\d.])(?<d4>0?[1-9]|[12]\\d|3[01])\\.(?<m4>0?[1-9]|1[0-2])\\.(?<y4>${YEAR})(?!\\.?\\d)`,
  ].join('|'),
);

// A dateline may start with a place, a weekday or an agency credit, but not with a sentence.
const PREFIX = /^[\p{L}\p{M} .,'’()\-–—/]*$/u;

// "On 10 October 2023 the ministers met" is prose about an event, not a dateline.
const PREPOSITION_BEFORE = /\b(?:on|in|at|since|from|by|until|of|during|before|after)\s*$/i;

/** The document date written at the top of a body, as `YYYY-MM-DD` with its span in `body`. */
export function detectDateline(body: string): { value: string; span: Span } | undefined {
  let offset = 0;
  let seen = 0;
  while (offset <= body.length && seen < MAX_LINES) {
    const newline = body.indexOf('\n', offset);
    const lineEnd = newline < 0 ? body.length : newline;
    const line = body.slice(offset, lineEnd);
    if (line.trim().length > 0) {
      seen++;
      const found = datelineIn(line);
      if (found) return { value: found.value, span: { start: offset + found.start, end: offset + found.end } };
    }
    if (newline < 0) break;
    offset = newline + 1;
  }
  return undefined;
}

function datelineIn(line: string): { value: string; start: number; end: number } | undefined {
  const m = FULL_DATE.exec(line);
  if (!m) return undefined;
  const prefix = line.slice(0, m.index);
  if (prefix.trim().length > MAX_PREFIX || !PREFIX.test(prefix) || PREPOSITION_BEFORE.test(prefix)) return undefined;
  const g = m.groups ?? {};
  const year = Number(g['y1'] ?? g['y2'] ?? g['y3'] ?? g['y4']);
  const monthToken = g['m1'] ?? g['m2'];
  const month = monthToken !== undefined ? monthNumber(monthToken) : Number(g['m3'] ?? g['m4']);
  const dayToken = g['d1'] ?? g['d2'] ?? g['d3'] ?? g['d4'];
  if (month === undefined || dayToken === undefined) return undefined;
  const day = dayNumber(dayToken);
  if (!isValidDay(year, month, day)) return undefined;
  return { value: formatDay({ year, month, day }), start: m.index, end: m.index + m[0].length };
}
