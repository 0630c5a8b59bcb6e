import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DateRule } from '../../server/src/analysis/dates/absoluteRules';
import { DATE_RULES, forEachMatch, scanAnchors } from '../../server/src/analysis/dates/ruleRunner';
import { generateDocument } from '../bench/lib/corpus';
import { repoPath, sharedRoot } from '../support/paths';
import { seededRandom } from '../support/random';

/** One match, written so that two lists of matches compare as strings. */
function describeMatch(rule: DateRule, m: RegExpExecArray): string {
  return `${rule.name}@${m.index}:${JSON.stringify([...m])}${JSON.stringify(m.groups ?? {})}`;
}

/** What a global scan of every rule's pattern over the whole paragraph finds. */
function byGlobalScan(text: string): string[] {
  const out: string[] = [];
  for (const rule of DATE_RULES) {
    const pattern = new RegExp(rule.pattern.source, rule.pattern.flags);
    for (const m of text.matchAll(pattern)) out.push(describeMatch(rule, m as RegExpExecArray));
  }
  return out;
}

/** What the anchored runner finds. */
function byAnchors(text: string): string[] {
  const out: string[] = [];
  forEachMatch(scanAnchors(text), (rule, m) => out.push(describeMatch(rule, m)));
  return out;
}

function assertSame(text: string): void {
  assert.deepEqual(byAnchors(text), byGlobalScan(text), `paragraph: ${JSON.stringify(text.slice(0, 200))}`);
}

// Pieces that start, join or end date expressions, in several cases and with odd spacing, so that
// random strings of them hit the edges of every rule: "the\u00a0next", "mid-March", "4–6", "Q3".
const PIECES = [
  'the', 'The', 'THE', 'a', 'an', 'An', 'this', 'This', 'last', 'next', 'Next', 'coming', 'past', 'previous', 'current',
  'same', 'following', 'preceding', 'that', 'day', 'days', 'week', 'weeks', 'month', 'Months', 'year', 'years',
  'decade', 'decades', 'century', 'new', 'millennium', 'and', 'of', 'in', 'on', 'by', 'to', 'through', 'until', 'till',
  'within', 'ago', 'few', 'several', 'some', 'many', 'one', 'two', 'three', 'twelve', 'hundred', 'first', 'second',
  'third', 'fourth', 'twenty-first', 'twentieth', 'half', 'quarter', 'end', 'beginning', 'start', 'early', 'mid', 'late',
  'earlier', 'later', 'recent', 'near', 'foreseeable', 'not-too-distant', 'immediate', 'future', 'ahead', 'come',
  'upcoming', 'earliest', 'possible', 'appropriate', 'convenient', 'mutually', 'agreed', 'date', 'today', 'tonight',
  'night', 'yesterday', 'tomorrow', 'before', 'after', 'every', 'January', 'JANUARY', 'january', 'Feb', 'Feb.', 'March',
  'may', 'May', 'June', 'Jun', 'Sept.', 'Sep', 'sept', 'December', 'Dec', 'DEC', 'Monday', 'MONDAY', 'monday', 'Tue',
  'Tues.', 'Wed', 'Fri', 'Sunday', 'Q1', 'Q3', 'q2', 'H1', 'h2', 'Q5', 'post', 'pre', '1', '4', '04', '12', '21st', '3rd',
  '31', '32', '100', '999', '1999', '2025', '2026', '1990s', '2010s', '1590', '2199', '3000', '25', '08.12.2021',
  '2025-04-29', '2025-13-01', '1.2.3.2020', '4/2/2012', '28/04/2025', 'FY', 'FY2025', 'fiscal', 'financial', 'USD', 'article', 'people', 'percent', 'Smith', 'Times',
];
const JOINERS = [' ', ' ', ' ', '  ', '\u00a0', '\n', '-', '\u2013', ' - ', ', ', ',', '.', '. ', ' (', ') ', '/', '', "'s "];

/** A deterministic generator, so a failure can be reproduced from its seed. */
const random = seededRandom;

function randomParagraph(next: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const parts: string[] = [];
  const count = 1 + Math.floor(next() * 14);
  for (let i = 0; i < count; i++) parts.push(pick(PIECES), pick(JOINERS));
  return parts.join('');
}

describe('date rules tried only at their anchors', () => {
  it('find exactly what a global scan of each pattern finds in the corpus, the seeds and generated documents', () => {
    const corpus = join(sharedRoot, 'corpus');
    const texts = readdirSync(corpus)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(corpus, f), 'utf8'));
    for (const f of readdirSync(repoPath('seeds')).filter((f) => f.endsWith('.md'))) texts.push(readFileSync(repoPath('seeds', f), 'utf8'));
    texts.push(generateDocument({ size: 40_000, seed: 17 }));
    for (const text of texts) for (const paragraph of text.split(/\n\s*\n/)) assertSame(paragraph);
  });

  it('find exactly what a global scan finds in random strings of date words, numbers and joiners', () => {
    const next = random(20261124);
    for (let i = 0; i < 20_000; i++) assertSame(randomParagraph(next));
  });

  it('find the same matches as a global scan for hand-picked edge cases', () => {
    for (const text of [
      'the\u00a0next three years and the  coming\tweeks',
      'THE PAST FEW MONTHS, in the past, in the future, at an early date and at the earliest possible date',
      'from 4-6 May to 30 December - 2 January 2026, May 4 to 6 and May 4 - June 6, 2025',
      'post-2015, pre-2020, mid-2025, year 2025, 2025-26, 1990s, the 21st century, this century and a new century and millennium',
      'Wed, 03 Aug 2005 and Tue., April 2, 2012; 08.12.2021; 2025-04-29; Q3 2025 and H1 2026',
      'the day before yesterday, last night, this coming Monday, this past Friday, next March, last early March',
      'the first half of next year, the second quarter of 2025, the end of the year, the beginning of March 2025',
      'three years ago, a few weeks ago, within two years, within the year, the same day, that year, the following month',
      'from March 2023 to April 2024, Sept. 2024 - Feb. 2025, on 3 and 4 May, May 3rd and 4th, 2025 and 22 and 23 July 2020',
      'Monday last week, Friday of next week, last week on Tuesday, the following Monday, the previous week, that week',
      'Monday, 28/04/2025, Friday 04/25/2025, 1/2/2025, FY2025, FY 2025-26, fiscal year 2025, financial year 2024/25, fiscal 2011',
      "in two weeks, in a week's time, in 30 days, earlier in the year, later in the week, the following week",
    ]) {
      assertSame(text);
    }
  });
});
