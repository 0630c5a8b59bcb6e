import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { daysInMonth } from '../../server/src/analysis/dateResolution';

/** The month length as the Date object computes it, which the arithmetic must reproduce. */
function byDateObject(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

describe('daysInMonth without a Date object', () => {
  it('agrees with the Date computation for every month of the years -500 to 12000, and for months out of range', () => {
    for (let year = -500; year <= 12000; year++) {
      for (let month = -1; month <= 14; month++) assert.equal(daysInMonth(year, month), byDateObject(year, month), `${year}-${month}`);
    }
  });

  it('reads the years 0 to 99 as Date.UTC does, as 1900 to 1999', () => {
    assert.equal(daysInMonth(0, 2), 28);
    assert.equal(daysInMonth(96, 2), 29);
  });

  it('keeps the Date results for fractional and non-finite arguments', () => {
    for (const year of [2024.5, Number.NaN, 1e9]) {
      for (const month of [2, 2.5, Number.NaN]) assert.ok(Object.is(daysInMonth(year, month), byDateObject(year, month)));
    }
  });
});
