import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { monthNumber } from '../../server/src/analysis/dates/lexicon';

const NAMES = ['January', 'Jan', 'February', 'Feb', 'March', 'Mar', 'April', 'Apr', 'May', 'June', 'Jun', 'July', 'Jul', 'August', 'Aug', 'September', 'Sept', 'Sep', 'October', 'Oct', 'November', 'Nov', 'December', 'Dec'];

// The definition that the in-place comparison replaced: a Map of lower-case names, after one trailing full stop is dropped.
const REFERENCE = new Map<string, number>();
const MONTH_OF = [1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 6, 7, 7, 8, 8, 9, 9, 9, 10, 10, 11, 11, 12, 12];
NAMES.forEach((name, k) => REFERENCE.set(name.toLowerCase(), MONTH_OF[k]!));

function referenceMonthNumber(name: string): number | undefined {
  const bare = name.charCodeAt(name.length - 1) === 46 ? name.slice(0, -1) : name;
  return REFERENCE.get(bare.toLowerCase());
}

// Month names in random case with some characters replaced, plus full stops and characters that fold oddly.
const mangled = fc
  .tuple(fc.constantFrom(...NAMES), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), fc.option(fc.nat({ max: 11 })), fc.constantFrom('', '.', '..', '@', 'K', 'İ', 'ſ', ' '))
  .map(([name, upper, replaced, tail]) => {
    const chars = [...name].map((c, k) => (upper[k] ? c.toUpperCase() : c.toLowerCase()));
    if (replaced !== null && replaced < chars.length) chars[replaced] = ['@', '`', '.', 'K', 'İ', '[', '{'][replaced % 7]!;
    return chars.join('') + tail;
  });

describe('month numbers read in place', () => {
  test('monthNumber agrees with the lower-cased Map lookup on mangled names', () => {
    fc.assert(
      fc.property(mangled, (name) => {
        assert.equal(monthNumber(name), referenceMonthNumber(name));
      }),
      { numRuns: 20_000 },
    );
  });

  test('monthNumber agrees with the lower-cased Map lookup on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), (name) => {
        assert.equal(monthNumber(name), referenceMonthNumber(name));
      }),
      { numRuns: 20_000 },
    );
  });

  test('every name and abbreviation is read in title, upper and lower case, with or without a full stop', () => {
    NAMES.forEach((name, k) => {
      for (const form of [name, name.toUpperCase(), name.toLowerCase()]) {
        assert.equal(monthNumber(form), MONTH_OF[k]);
        assert.equal(monthNumber(`${form}.`), MONTH_OF[k]);
      }
    });
  });
});
