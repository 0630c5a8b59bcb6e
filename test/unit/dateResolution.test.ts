import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  addMonths,
  centuryRange,
  daysInMonth,
  endOfMonth,
  endOfYear,
  formatDay,
  formatRange,
  parseIsoDay,
  partOfYear,
  resolveLastMonth,
  resolveMonthDayYear,
  resolveMonthYear,
  resolveNextMonth,
  resolveWeekday,
  resolveWeekdayInWeek,
  weekdayOf,
  weekOf,
  type CalendarDate,
} from '../../server/src/analysis/dateResolution';

function day(iso: string): CalendarDate {
  const date = parseIsoDay(iso);
  if (!date) throw new Error(`bad test date ${iso}`);
  return date;
}

const MON = 0;
const TUE = 1;
const SUN = 6;

describe('dateResolution', () => {
  it('parses strict ISO days and rejects days that do not exist', () => {
    assert.deepEqual(parseIsoDay('2025-04-29'), { year: 2025, month: 4, day: 29 });
    assert.equal(parseIsoDay('2025-02-29'), undefined);
    assert.equal(parseIsoDay('2025-4-29'), undefined);
    assert.equal(parseIsoDay(undefined), undefined);
  });

  it('knows that 29 April 2025 is a Tuesday and 16 January 2017 a Monday', () => {
    assert.equal(weekdayOf(day('2025-04-29')), TUE);
    assert.equal(weekdayOf(day('2017-01-16')), MON);
  });

  const weekdayTable: readonly [string, number, 'past' | 'future', string][] = [
    ['2025-04-29', MON, 'past', '2025-04-28'],
    ['2025-04-29', TUE, 'past', '2025-04-29'],
    ['2025-04-29', SUN, 'past', '2025-04-27'],
    ['2025-04-29', SUN, 'future', '2025-05-04'],
    ['2025-04-29', TUE, 'future', '2025-04-29'],
    ['2025-04-29', MON, 'future', '2025-05-05'],
    ['2017-01-16', MON, 'past', '2017-01-16'],
    ['2025-12-31', SUN, 'future', '2026-01-04'],
  ];
  for (const [doc, weekday, direction, expected] of weekdayTable) {
    it(`resolves weekday ${weekday} looking to the ${direction} from ${doc} to ${expected}`, () => {
      assert.equal(formatDay(resolveWeekday(weekday, day(doc), direction)), expected);
    });
  }

  it('resolves "next Monday" to the Monday of the following calendar week', () => {
    assert.equal(formatDay(resolveWeekdayInWeek(MON, day('2025-04-29'), 1)), '2025-05-05');
  });

  const monthDayTable: readonly [number, number, string, 'past' | 'future' | undefined, number][] = [
    [12, 4, '2025-12-04', undefined, 2025],
    [12, 4, '2025-12-04', 'past', 2025],
    [12, 20, '2025-01-05', 'past', 2024],
    [1, 10, '2025-12-20', 'future', 2026],
    [1, 10, '2025-12-20', undefined, 2025],
    [6, 5, '2025-01-10', 'future', 2025],
  ];
  for (const [month, dayOfMonth, doc, tense, expected] of monthDayTable) {
    it(`gives ${month}/${dayOfMonth} in a ${doc} document with ${tense ?? 'no'} tense the year ${expected}`, () => {
      assert.equal(resolveMonthDayYear(month, dayOfMonth, day(doc), tense), expected);
    });
  }

  it('reads a year-less month forward or back only when the tense asks for it', () => {
    assert.equal(resolveMonthYear(4, day('2025-12-04')), 2025);
    assert.equal(resolveMonthYear(1, day('2025-12-04'), 'future'), 2026);
    assert.equal(resolveMonthYear(12, day('2025-03-01'), 'past'), 2024);
  });

  it('puts "last December" in a March document in the previous year and "next April" in a December one in the next', () => {
    assert.equal(resolveLastMonth(12, day('2025-03-10')), 2024);
    assert.equal(resolveLastMonth(4, day('2025-12-04')), 2025);
    assert.equal(resolveNextMonth(4, day('2025-12-04')), 2026);
    assert.equal(resolveNextMonth(12, day('2025-03-10')), 2025);
  });

  it('computes ends of years and months including leap Februaries', () => {
    assert.equal(formatDay(endOfYear(2025)), '2025-12-31');
    assert.equal(formatDay(endOfMonth(2024, 2)), '2024-02-29');
    assert.equal(daysInMonth(2025, 2), 28);
  });

  it('clamps the day when adding months (31 January + 1 month = 28 February)', () => {
    assert.equal(formatDay(addMonths(day('2025-01-31'), 1)), '2025-02-28');
    assert.equal(formatDay(addMonths(day('2025-04-29'), 36)), '2028-04-29');
  });

  it('counts the 21st century from 2001-01-01 to 2100-12-31', () => {
    const range = centuryRange(21);
    assert.equal(formatRange(range.start, range.end), '2001-01-01/2100-12-31');
  });

  it('finds the Monday-to-Sunday week of a day and the halves and quarters of a year', () => {
    const week = weekOf(day('2025-04-29'));
    assert.equal(formatRange(week.start, week.end), '2025-04-28/2025-05-04');
    const half = partOfYear(2026, 1, 2);
    assert.equal(formatRange(half.start, half.end), '2026-01-01/2026-06-30');
    const quarter = partOfYear(2025, 3, 4);
    assert.equal(formatRange(quarter.start, quarter.end), '2025-07-01/2025-09-30');
  });
});
