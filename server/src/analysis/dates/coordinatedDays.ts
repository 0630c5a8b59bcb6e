/**
 * Days coordinated with a full date that share its month: the "3" of "3 and 10 May", the "5" and "10"
 * of "May 3, 5 and 10". The rules find only the day written with the month, so without this step the
 * other days of the list were lost. Two consecutive days joined by "and" are already one range (see
 * rangeRules.ts); "between 3 and 10 May" is a range too, as "between" makes the two days its ends.
 * Otherwise each listed day becomes a date of its own, in the month and year of the written one.
 */

import { formatDay, formatRange, isValidDay, parseIsoDay, type CalendarDate } from '../dateResolution';
import type { Candidate } from './candidate';
import { MONTH_ANY } from './lexicon';

const ORDINAL = String.raw`(?:st|nd|rd|th)?`;
const DAY = String.raw`(?:[1-9]|[12]\d|3[01])`;
const JOIN = String.raw`,?\s+(?:and|or|&)\s+`;

/** "10 May", "10 May 2025", "10th of May": a day written before its month. */
const DAY_FIRST = new RegExp(String.raw`^\d{1,2}${ORDINAL}\s+(?:of\s+)?(?:${MONTH_ANY})`);
/** "May 3", "May 3rd": a day written after its month, with no year (a year would follow the whole list). */
const MONTH_FIRST = new RegExp(String.raw`^(?:${MONTH_ANY})\s+\d{1,2}${ORDINAL}$`);

/** A list of days right before a date: "3 and ", "2, 4, and ". Group 1 is the list, group 2 the word before it. */
const DAYS_BEFORE = new RegExp(String.raw`(?:([\p{L}.]+)\s+|[(,;:—–]\s*)?(${DAY}${ORDINAL}(?:\s*,\s*${DAY}${ORDINAL})*)${JOIN}$`, 'u');
/** A list of days right after a date: " and 10", ", 5 and 10". */
const DAYS_AFTER = new RegExp(String.raw`^((?:\s*,\s*${DAY}${ORDINAL})*)${JOIN}(${DAY}${ORDINAL})\b`);

/**
 * What may not follow the last day of "May 3 and 10" for it to be a day: a month or a year ("May 3
 * and 10 June", "May 3 and 10, 2025" are written otherwise), a number going on ("10-12", "10.5"),
 * a time or a percentage, or a word the number counts ("May 3 and 10 ministers").
 */
// A verb or "of" after the number makes it a count ("on May 3 and 12 were killed", "12 of them").
const NOT_A_DAY_AFTER = new RegExp(
  String.raw`^(?:\s+(?:${MONTH_ANY})(?![a-z])|,?\s*\d|\s*(?:[-–.:/]\s*\d|[ap]\.?m\b|%)|\s+(?!(?:in|at|on|and|or|to|for|with|during|when|where|while|as|respectively|before|after|from|the|this|that|which|amid)\b)[a-z])`,
);

/** Words after which numbers count things rather than days: "Articles 3 and 10 May …", "paragraphs 3 and 10". */
const COUNTED = /^(?:articles?|paragraphs?|paras?|sections?|items?|points?|nos?\.?|numbers?|chapters?|clauses?|rules?|resolutions?|pages?|pp\.?|annex(?:es)?|goals?|levels?|phases?|stages?|groups?|rounds?|by|until|till|before|within)$/i;

/**
 * How far before or after a date a list of days is looked for: the longest list of days in ascending
 * order, all 31 of a month with ordinals ("1st, 2nd, …, 30th and 31st", about 180 characters), and
 * the word before it fit.
 */
const LOOK_BEHIND = 240;

/**
 * The candidates with the days coordinated with a full date added, in text order. `all` is in text
 * order with values resolved; it is returned as is when no list is found, as in nearly every paragraph.
 */
export function withCoordinatedDays(all: Candidate[], paragraph: string): Candidate[] {
  let added: Coordinated[] | undefined;
  for (let i = 0; i < all.length; i++) {
    const c = all[i]!;
    if (c.precision !== 'day' || c.value === undefined || c.value.length !== 10) continue;
    const previousEnd = i > 0 ? all[i - 1]!.end : 0;
    const nextStart = i + 1 < all.length ? all[i + 1]!.start : paragraph.length;
    // Nearly every date has no "and", "or" or "&" before it and no comma or such a word after it.
    const found = (joinedBefore(paragraph, c.start) ? daysBefore(c, paragraph, previousEnd) : undefined) ?? (listGoesOn(paragraph, c.end) ? daysAfter(c, paragraph, nextStart) : undefined);
    if (found !== undefined) (added ??= []).push(...found);
  }
  if (added === undefined) return all;
  const replaced = new Set<Candidate | undefined>(added.map((c) => c.replaces));
  return [...all.filter((c) => !replaced.has(c)), ...added].sort((a, b) => a.start - b.start);
}

/** Whether "and", "or" or "&" and white space end right at `at` (the word that joins the last listed day to the date). */
function joinedBefore(paragraph: string, at: number): boolean {
  let i = at;
  while (i > 0 && isWhiteSpace(paragraph.charCodeAt(i - 1))) i--;
  if (i === at) return false;
  return (paragraph.startsWith('and', i - 3) || paragraph.startsWith('or', i - 2) || paragraph.startsWith('&', i - 1)) && !isLetter(paragraph.charCodeAt(paragraph.startsWith('&', i - 1) ? i - 2 : paragraph.startsWith('or', i - 2) ? i - 3 : i - 4));
}

/** Whether a comma, or "and", "or" or "&" after white space, follows `at`, as after the date that opens "May 3, 5 and 10". */
function listGoesOn(paragraph: string, at: number): boolean {
  if (paragraph.charCodeAt(at) === 44) return true;
  let i = at;
  while (i < paragraph.length && isWhiteSpace(paragraph.charCodeAt(i))) i++;
  return i > at && (paragraph.charCodeAt(i) === 44 || paragraph.startsWith('and', i) || paragraph.startsWith('or', i) || paragraph.startsWith('&', i));
}

function isWhiteSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 160;
}

function isLetter(code: number): boolean {
  return ((code | 32) - 97) >>> 0 < 26 || code > 0x7f;
}

interface Coordinated extends Candidate {
  /** The written date that a "between" range takes the place of. */
  replaces?: Candidate;
}

/**
 * True for the code units a list of days and its joints are written with: digits, white space, "," and
 * "&", and the letters of "and", "or" and the ordinal endings ("st", "nd", "rd", "th").
 */
function isListCodeUnit(code: number): boolean {
  if (code >= 0x30 && code <= 0x39) return true;
  switch (code) {
    case 0x2c: case 0x26: case 0x61: case 0x6e: case 0x64: case 0x6f: case 0x72: case 0x73: case 0x74: case 0x68:
      return true;
    default:
      return isWhiteSpace(code);
  }
}

/** "3 and 10 May": the days listed before a day-first date, or the "between" range they open. */
function daysBefore(c: Candidate, paragraph: string, previousEnd: number): Coordinated[] | undefined {
  // White space of any kind, a line break included: a list may be wrapped ("3 and\n10 May").
  if (!isWhiteSpace(paragraph.charCodeAt(c.start - 1))) return undefined;
  const written = paragraph.slice(c.start, c.end);
  if (!DAY_FIRST.test(written)) return undefined;
  // The window reaches back over what a list of days is made of, then over the word or the punctuation
  // before it: every match lies inside, and the pattern is not run from 240 characters back for each date.
  const floor = Math.max(previousEnd, c.start - LOOK_BEHIND);
  let from = c.start;
  while (from > floor && isListCodeUnit(paragraph.charCodeAt(from - 1))) from--;
  // A window that begins inside a word begins at that word instead, so that the word before the list is seen whole.
  while (from > previousEnd && !isWhiteSpace(paragraph.charCodeAt(from - 1)) && c.start - from < LOOK_BEHIND + 32) from--;
  const m = DAYS_BEFORE.exec(paragraph.slice(from, c.start));
  if (m === null) return undefined;
  const matchStart = from + m.index;
  // The match must not begin inside a word the window cut, nor right after a word or number it does not
  // see; a match that begins with its punctuation ("Deadlines: 15 and 30 June") has seen what precedes.
  if (matchStart > 0 && !OPENING_PUNCTUATION.test(m[0]) && !/\s/.test(paragraph.charAt(matchStart - 1))) return undefined;
  // A dash after a number joins the two as a range ("1–3 and 10 May"): the first listed day ends it.
  if (DASH.test(m[0]) && /\d\s*$/.test(paragraph.slice(Math.max(0, matchStart - 8), matchStart))) return undefined;
  const before = m[1];
  if (before !== undefined && (COUNTED.test(before) || startsUpperMidSentence(before, paragraph, matchStart))) return undefined;
  const days = listedDays(m[2]!, matchStart + m[0].indexOf(m[2]!));
  const anchor = parseIsoDay(c.value);
  if (anchor === undefined || !ascending([...days.map((d) => d.day), anchor.day])) return undefined;
  if (BETWEEN.test(paragraph.slice(Math.max(0, days[0]!.start - 16), days[0]!.start))) {
    return betweenRange(c, anchor, [...days, { day: anchor.day, start: c.start, end: c.end }]);
  }
  return datesOf(c, anchor, days, written);
}

const OPENING_PUNCTUATION = /^[(,;:—–]/;
const DASH = /^[—–]/;
/** "between" right before the first day, perhaps with "the": the days are the ends of one range. */
const BETWEEN = /\bbetween\s+(?:the\s+)?$/i;

/** "between 3 and 10 May", "between May 3 and 10": one range from the first listed day to the last, in the written date's month. */
function betweenRange(c: Candidate, anchor: CalendarDate, days: readonly ListedDay[]): Coordinated[] | undefined {
  if (days.length !== 2) return undefined;
  const [a, b] = [days[0]!, days[1]!];
  if (!isValidDay(anchor.year, anchor.month, a.day) || !isValidDay(anchor.year, anchor.month, b.day)) return undefined;
  const first = { ...anchor, day: a.day };
  const last = { ...anchor, day: b.day };
  const reason = `range of days between ${formatDay(first)} and ${formatDay(last)}`;
  return [{ ...c, start: Math.min(c.start, a.start), end: Math.max(c.end, b.end), value: formatRange(first, last), precision: 'range', reason, replaces: c }];
}

/** "May 3, 5 and 10": the days listed after a month-first date. */
function daysAfter(c: Candidate, paragraph: string, nextStart: number): Coordinated[] | undefined {
  const written = paragraph.slice(c.start, c.end);
  if (!MONTH_FIRST.test(written)) return undefined;
  const rest = paragraph.slice(c.end, Math.min(nextStart, c.end + LOOK_BEHIND));
  const m = DAYS_AFTER.exec(rest);
  if (m === null) return undefined;
  const afterList = c.end + m[0].length;
  if (NOT_A_DAY_AFTER.test(paragraph.slice(afterList, afterList + 16))) return undefined;
  const days = [...listedDays(m[1]!, c.end), ...listedDays(m[2]!, c.end + m[0].length - m[2]!.length)];
  const anchor = parseIsoDay(c.value);
  if (anchor === undefined || !ascending([anchor.day, ...days.map((d) => d.day)])) return undefined;
  if (BETWEEN.test(paragraph.slice(Math.max(0, c.start - 16), c.start))) {
    return betweenRange(c, anchor, [{ day: anchor.day, start: c.start, end: c.end }, ...days]);
  }
  // Two consecutive days are one range, which the range rules find; they did not here, so leave it.
  if (days.length === 1 && days[0]!.day === anchor.day + 1) return undefined;
  return datesOf(c, anchor, days, written);
}

interface ListedDay {
  readonly day: number;
  readonly start: number;
  readonly end: number;
}

/** The day numbers of a list like "2, 4" at `offset`, with their spans (ordinals included). */
function listedDays(list: string, offset: number): ListedDay[] {
  const out: ListedDay[] = [];
  for (const m of list.matchAll(/\d{1,2}(?:st|nd|rd|th)?/g)) out.push({ day: Number.parseInt(m[0], 10), start: offset + m.index, end: offset + m.index + m[0].length });
  return out;
}

/** Each listed day as a date in the written date's month and year; undefined when one is no day of that month ("June 3 and 31"). */
function datesOf(c: Candidate, anchor: CalendarDate, days: readonly ListedDay[], written: string): Coordinated[] | undefined {
  if (days.some((d) => !isValidDay(anchor.year, anchor.month, d.day))) return undefined;
  const reason = `day listed with "${written}", in its month and year`;
  return days.map((d) => ({ start: d.start, end: d.end, value: formatDay({ ...anchor, day: d.day }), precision: 'day', relative: c.relative, source: c.source, reason }));
}

function ascending(days: readonly number[]): boolean {
  for (let i = 1; i < days.length; i++) if (days[i]! <= days[i - 1]!) return false;
  return true;
}

/** A capitalised word that does not open a sentence names something the numbers belong to ("Articles 3 and"). */
function startsUpperMidSentence(word: string, paragraph: string, at: number): boolean {
  const first = word.charAt(0);
  if (first === first.toLowerCase()) return false;
  const before = paragraph.slice(Math.max(0, at - 3), at).trimEnd();
  return before !== '' && !/[.!?]$/.test(before);
}
