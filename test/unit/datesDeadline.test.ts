import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WINDOW, deadlineStart } from '../../server/src/analysis/dates/deadline';
import { seededRandom } from '../support/random';

// The RegExps the hand-written matcher replaces, run as they were: on the characters before the date.
// "not before" and "not until" give the earliest time, not a deadline.
const ANY = /(?:\bby|(?<!\bnot\s+)\b(?:until|till|before)|\bno\s+later\s+than|\bnot\s+later\s+than)\s+$/i;
const FUTURE = /(?:\bby|\bno\s+later\s+than|\bnot\s+later\s+than)\s+$/i;

function byRegExp(text: string, start: number, futureOnly: boolean): number {
  const from = Math.max(0, start - WINDOW);
  const m = (futureOnly ? FUTURE : ANY).exec(text.slice(from, start));
  return m === null ? -1 : from + m.index;
}

const PIECES = ['no later than', 'Not  later\u00a0than', 'no later', 'later than', 'by', 'By', 'BY', 'nearby', 'until', 'UNTIL', 'till', 'Until', 'before', 'no', 'not', 'NO', 'cannot', 'later', 'Later', 'than', 'THAN', 'x', '_', '9', 'a', 'é'];
const JOINERS = [' ', '  ', '\u00a0', '\t', '\n', '', '-', ',', '\u2003'];

/** A deterministic generator, so a failure can be reproduced from its seed. */
const random = seededRandom;

describe('deadline prepositions before a date', () => {
  it('are found exactly where the RegExps over the preceding characters find them', () => {
    const next = random(4242);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const count = 1 + Math.floor(next() * 8);
      for (let i = 0; i < count; i++) text += pick(PIECES) + pick(JOINERS);
      text += '2025';
      // Every offset is tried, so the window's start falls inside words and white space too.
      for (let start = 0; start <= text.length; start++) {
        for (const futureOnly of [false, true]) {
          assert.equal(deadlineStart(text, start, futureOnly), byRegExp(text, start, futureOnly), `${JSON.stringify(text)} at ${start}`);
        }
      }
    }
  });

  it('cover "by", "until" and "no later than" but only "by" and "no later than" look ahead', () => {
    const text = 'to be done no later than 2026, held until 2027 and signed by 2028';
    const at = (needle: string): number => text.indexOf(needle);
    assert.equal(deadlineStart(text, at('2026'), false), at('no later'));
    assert.equal(deadlineStart(text, at('2026'), true), at('no later'));
    assert.equal(deadlineStart(text, at('2027'), false), at('until'));
    assert.equal(deadlineStart(text, at('2027'), true), -1);
    assert.equal(deadlineStart(text, at('2028'), true), at('by 2028'));
  });
});
