/**
 * Ranges that the rules of absoluteRules.ts split in two: months of two different years ("March 2023
 * to April 2024") and two days coordinated with "and" ("3 and 4 May", "May 3 and 4"). The annotation
 * guidelines give a range one span and one `start/end` value ("November 2016 to April 2017" →
 * 2016-11-01/2017-04-30, "22 and 23 July" → 2020-07-22/2020-07-23 in the gold), as for "January–March
 * 2025" and "4-6 May".
 */

import { endOfMonth, formatRange } from '../dateResolution';
import { capitalised, rangeOf, re, Y, type DateRule } from './absoluteRules';
import { DAY_BEFORE_AND, HAS_MONTH, dayAndFollows, yearRangeFollows } from './anchorFilters';
import { DASH, DAY, MONTH_ANY, MONTH_WORDS, dayNumber, monthNumber } from './lexicon';
import { span, writtenGroup } from './ruleMatch';

const M = (name: string): string => `(?<${name}>${MONTH_ANY})(?![a-z])`;
const D = (name: string): string => `(?<${name}>${DAY})`;
const TO = String.raw`(?:${DASH}|\s+(?:to|through|until|till)\s+)`;
const AND = String.raw`\s+and\s+`;

/**
 * What may follow "May 3 and 4" for the "4" to be a day: not a month ("May 3 and 4 June" is two
 * dates), a time ("4 p.m.") or a word the number counts ("May 3 and 4 ministers").
 */
const NOT_A_DAY_AFTER = new RegExp(
  String.raw`^(?:\s+(?:${MONTH_ANY})(?![a-z])|\s*(?:[ap]\.?m\b|%|\.\d)|\s+(?!(?:in|at|on|and|or|to|for|with|during|when|where|while|as|respectively|before|after|of|from|the|this|that|which|amid)\b)[a-z])`,
);

/** A month right before the first day: in "May 3 and 4 June" the 3 belongs to May. */
const MONTH_BEFORE = new RegExp(String.raw`(?:${MONTH_ANY})\s+$`);

/**
 * Two coordinated days are one range only when they are consecutive, as in every such case of the
 * gold; "3 and 10 May" names two separate days, which one `start/end` value cannot say.
 */
function consecutive(d1: string | undefined, d2: string | undefined): boolean {
  return d1 !== undefined && d2 !== undefined && dayNumber(d2) === dayNumber(d1) + 1;
}

/** The range rules; they run with the absolute rules and win over their shorter finds by length. */
export const RANGE_RULES: readonly DateRule[] = [
  {
    name: 'month-year-month-year',
    anchors: { words: MONTH_WORDS, follows: yearRangeFollows },
    pattern: re(String.raw`\b`, M('m1'), String.raw`,?\s+`, Y('y1'), TO, M('m2'), String.raw`,?\s+`, Y('y2'), String.raw`\b`),
    build(m, ctx) {
      const m1 = capitalised(writtenGroup(m, 'm1')) ? monthNumber(writtenGroup(m, 'm1') ?? '') : undefined;
      const m2 = capitalised(writtenGroup(m, 'm2')) ? monthNumber(writtenGroup(m, 'm2') ?? '') : undefined;
      const y1 = Number(writtenGroup(m, 'y1'));
      const y2 = Number(writtenGroup(m, 'y2'));
      if (m1 === undefined || m2 === undefined || y1 * 12 + m1 >= y2 * 12 + m2) return undefined;
      const [s, e] = span(m);
      const value = formatRange({ year: y1, month: m1, day: 1 }, endOfMonth(y2, m2));
      return ctx.absolute(s, e, value, 'range', 'range of months across years');
    },
  },
  {
    name: 'day-and-day-month',
    anchors: { digits: DAY_BEFORE_AND, gate: HAS_MONTH },
    pattern: re(String.raw`\b`, D('d1'), AND, D('d2'), String.raw`(?:\s+of)?\s+`, M('m1'), String.raw`(?:,?\s+`, Y('y'), String.raw`\b)?`),
    build(m, ctx) {
      if (!consecutive(writtenGroup(m, 'd1'), writtenGroup(m, 'd2')) || MONTH_BEFORE.test(ctx.before(m.index, 12))) return undefined;
      return rangeOf(ctx, m, { m1: writtenGroup(m, 'm1'), d1: writtenGroup(m, 'd1'), d2: writtenGroup(m, 'd2'), y2: writtenGroup(m, 'y') });
    },
  },
  {
    name: 'month-day-and-day',
    anchors: { words: MONTH_WORDS, follows: dayAndFollows },
    pattern: re(String.raw`\b`, M('m1'), String.raw`\s+`, D('d1'), AND, D('d2'), String.raw`(?:,?\s+`, Y('y'), String.raw`\b)?`),
    build(m, ctx) {
      if (!consecutive(writtenGroup(m, 'd1'), writtenGroup(m, 'd2'))) return undefined;
      if (writtenGroup(m, 'y') === undefined && NOT_A_DAY_AFTER.test(ctx.after(m.index + m[0].length, 16))) return undefined;
      return rangeOf(ctx, m, { m1: writtenGroup(m, 'm1'), d1: writtenGroup(m, 'd1'), d2: writtenGroup(m, 'd2'), y2: writtenGroup(m, 'y') });
    },
  },
];
