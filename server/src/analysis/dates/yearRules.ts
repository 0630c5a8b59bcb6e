/**
 * Rules for years on their own and in ranges ("2024", "2019-2021", "year 2022", "the post-2015
 * agenda"), decades ("the 1990s") and centuries ("the 21st century"). They run after the rules of
 * absoluteRules.ts, which read a year as part of a full date first.
 */

import { centuryRange, decadeRange, formatRange, formatYear } from '../dateResolution';
import { re, MOD, Y, type DateRule } from './absoluteRules';
import { DECADE_DIGITS, MOD_WORDS, YEAR_DIGITS, joinsNext, skipSpace } from './anchorFilters';
import { group, span } from './ruleMatch';
import { DASH, ORDINAL, YEAR, ordinalValue } from './lexicon';

const NOT_YEAR_BEFORE =
  /\b(?:resolutions?|articles?|art|sections?|sec|paragraphs?|para|chapters?|clauses?|rules?|no|nos|numbers?|flights?|routes?|rooms?|pages?|pp|p|items?|annex|codes?|models?|versions?|units?|vol|volumes?|issues?|hill|points?|iso|usd|rs|inr|jpy|eur|gbp)\.?\s*$/i;
const NOT_YEAR_AFTER =
  /^\s*(?:people|persons|troops|soldiers|personnel|workers|students|members|participants|delegates|officials|refugees|migrants|residents|citizens|nationals|visitors|tourists|km|kilometres|kilometers|miles|metres|meters|m|tons|tonnes|units|vehicles|ships|vessels|boats|aircraft|jets|missiles|cases|deaths|dollars|yen|won|euros|usd|mw|gw|hours|minutes|seconds|days|weeks|months|years|times|percent|per\s+cent|feet|ft|kg|mm|cm|hectares|acres|households|companies|firms|projects|jobs|pages|words)\b/i;

// The digit groups of a telephone or fax number before the last one ("+1 212 963 2000", "fax +33 1 4568
// 2015", "Tel: (212) 963 2000"): a label, or a country code with "+" followed by a group of digits and
// no letter glued before it ("ASEAN+3 2025 Summit" and a table's "+2 (2024)" are years).
const PHONE_BEFORE = /(?:(?<![A-Za-z])\+\d{1,3}[\s.()-]+(?:\d{1,5}[\s.()-]+)+|\b(?:tel|telephone|phone|fax|mobile)\.?\s*:?[\s.()-]*(?:\d{1,5}[\s.()-]+)*)$/i;

function yearRange(first: number, second: number): string {
  return formatRange({ year: first, month: 1, day: 1 }, { year: second, month: 12, day: 31 });
}

/** The year rules, in the order the rule runner tries them after the absolute rules. */
export const YEAR_RULES: readonly DateRule[] = [
  {
    // The gold spans the fiscal words with the year ("Fiscal Year 2024" → 2024, "fiscal 2011" → 2011)
    // and values a fiscal year as the plain year it is named after, although most fiscal years straddle
    // two calendar years. "FY 2025-26" names both of its years, so it is valued as the range of the two,
    // as "2025-26" alone is. "FY" counts in capitals only.
    name: 'fiscal-year',
    anchors: { words: ['fiscal', 'financial', 'fy'] },
    pattern: re(
      String.raw`\b(?:FY\s*|(?:fiscal|financial)\s+(?:year\s+)?)`, Y('y1'), String.raw`(?:(?:${DASH}|/)(?<y2>${YEAR}|\d{2}))?(?![\w%+-]|\.\d)`,
    ),
    build(m, ctx) {
      if (/^fy/i.test(m[0]) && !m[0].startsWith('FY')) return undefined;
      // "financial 2024" is no fiscal year; "financial year 2024" is.
      if (/^financial\s+\d/i.test(m[0])) return undefined;
      const y1 = Number(group(m, 'y1'));
      const raw = group(m, 'y2');
      const [s, e] = span(m);
      if (raw === undefined) return ctx.absolute(s, e, formatYear(y1), 'year', 'fiscal year, valued as the year it is named after');
      const y2 = raw.length === 2 ? Math.floor(y1 / 100) * 100 + Number(raw) : Number(raw);
      if (y2 <= y1 || y2 - y1 > 100) return undefined;
      return ctx.absolute(s, e, yearRange(y1, y2), 'range', 'fiscal year written with both its calendar years');
    },
  },
  {
    name: 'year-range',
    anchors: { digits: (text, start, length) => YEAR_DIGITS(text, start, length) && joinsNext(text, start + length) },
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
    anchors: {
      words: ['year', ...MOD_WORDS],
      digits: YEAR_DIGITS,
      // After "year", white space and then the year or a modifier; after a modifier, a hyphen or white space.
      follows: (text, _start, end) => {
        if (text.charCodeAt(end) === 45) return true;
        const i = skipSpace(text, end);
        const code = i < 0 ? NaN : text.charCodeAt(i);
        const lower = code | 32;
        return (code >= 48 && code <= 57) || lower === 101 || lower === 109 || lower === 108;
      },
    },
    // A hyphen before the year normally joins it to a code or a number, but after "post-" and
    // "pre-" the year is still a date ("the post-2015 agenda").
    pattern: re(
      String.raw`(?:(?<![\w$€£¥#./+-]|\d,)|(?<=\b(?:post|pre)-))(?:(?<lead>year)\s+)?`, MOD, Y('y'), String.raw`(?![\w%+-]|\.\d)`,
    ),
    build(m, ctx) {
      const [s, e] = span(m);
      if (NOT_YEAR_BEFORE.test(ctx.before(s, 20)) || NOT_YEAR_AFTER.test(ctx.after(e, 20))) return undefined;
      if (PHONE_BEFORE.test(ctx.before(s, 32))) return undefined;
      const year = Number(group(m, 'y'));
      // Bare four-digit numbers outside the modern era are more often counts than years.
      if (group(m, 'lead') === undefined && group(m, 'mod') === undefined && (year < 1600 || year > 2100)) return undefined;
      return ctx.absolute(s, e, formatYear(year), 'year', 'year');
    },
  },
  {
    name: 'decade',
    anchors: { scan: true, gateDigits: DECADE_DIGITS },
    pattern: re(String.raw`\b(?:the\s+)?`, MOD, String.raw`(?<y>1\d{2}0|20\d0)s\b`),
    build(m, ctx) {
      const year = Number(group(m, 'y'));
      const [s, e] = span(m);
      // "the 1800s" are the hundred years 1800–1899 in ordinary usage, not the decade 1800–1809; "the
      // 2000s" stay the decade, as they are nearly always meant.
      if (year % 100 === 0 && year < 2000) {
        return ctx.absolute(s, e, yearRange(year, year + 99), 'range', 'the hundred years of a century written as "the 1800s"');
      }
      const range = decadeRange(year);
      return ctx.absolute(s, e, formatRange(range.start, range.end), 'range', 'decade');
    },
  },
  {
    name: 'century',
    anchors: { scan: true, gate: [['century']] },
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
