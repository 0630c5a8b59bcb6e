import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  addDays,
  addUnits,
  formatDay,
  formatMonth,
  formatYear,
  resolveWeekday,
  resolveWeekdayInWeek,
  weekdayOf,
  weekOf,
  type CalendarDate,
  type CalendarUnit,
} from '../../server/src/analysis/dateResolution';

// The Date-based definitions that the arithmetic and the cached formatting replaced, kept here as the reference.
function referenceToUtc(date: CalendarDate): number {
  const d = new Date(0);
  d.setUTCFullYear(date.year, date.month - 1, date.day);
  return d.getTime();
}

function referenceFromUtc(ms: number): CalendarDate {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function referenceAddDays(date: CalendarDate, days: number): CalendarDate {
  return referenceFromUtc(referenceToUtc(date) + days * 86_400_000);
}

function referenceWeekdayOf(date: CalendarDate): number {
  return (new Date(referenceToUtc(date)).getUTCDay() + 6) % 7;
}

function referenceFormatDay(date: CalendarDate): string {
  const year = String(date.year).padStart(4, '0');
  return `${year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

// Days include values outside their month (0, 31 in a short month, negative), which Date normalises.
const calendarDate = fc.record({
  year: fc.oneof(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: -3000, max: 120 })),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.oneof(fc.integer({ min: 1, max: 31 }), fc.integer({ min: -800, max: 800 })),
});
const dayCount = fc.oneof(fc.integer({ min: -40, max: 40 }), fc.integer({ min: -400_000, max: 400_000 }));

describe('date arithmetic without Date objects', () => {
  test('addDays agrees with the Date computation on any day and count', () => {
    fc.assert(
      fc.property(calendarDate, dayCount, (date, days) => {
        assert.deepEqual(addDays(date, days), referenceAddDays(date, days));
      }),
      { numRuns: 5000 },
    );
  });

  test('weekdayOf agrees with the Date computation on any day', () => {
    fc.assert(
      fc.property(calendarDate, (date) => {
        assert.equal(weekdayOf(date), referenceWeekdayOf(date));
      }),
      { numRuns: 5000 },
    );
  });

  test('weekday resolution and weeks agree with the Date computation', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: 0, max: 6 }), fc.integer({ min: -3, max: 3 }), (date, weekday, offset) => {
        const day = referenceAddDays(date, 0);
        const today = referenceWeekdayOf(day);
        const past = referenceAddDays(day, -((today - weekday + 7) % 7));
        const future = referenceAddDays(day, (weekday - today + 7) % 7);
        assert.deepEqual(resolveWeekday(weekday, day, 'past'), past);
        assert.deepEqual(resolveWeekday(weekday, day, 'future'), future);
        const monday = referenceAddDays(day, -today);
        assert.deepEqual(resolveWeekdayInWeek(weekday, day, offset), referenceAddDays(monday, weekday + 7 * offset));
        assert.deepEqual(weekOf(day), { start: monday, end: referenceAddDays(monday, 6) });
      }),
      { numRuns: 2000 },
    );
  });

  test('day and week units move as whole days do', () => {
    const units: CalendarUnit[] = ['day', 'week'];
    fc.assert(
      fc.property(calendarDate, fc.constantFrom(...units), fc.integer({ min: -500, max: 500 }), (date, unit, count) => {
        assert.deepEqual(addUnits(date, unit, count), referenceAddDays(date, unit === 'week' ? 7 * count : count));
      }),
      { numRuns: 2000 },
    );
  });

  test('odd inputs still follow the Date computation', () => {
    const odd: CalendarDate[] = [
      { year: 2025, month: 0, day: 10 },
      { year: 2025, month: 13, day: 1 },
      { year: 2025.5, month: 3, day: 1 },
      { year: Number.NaN, month: 1, day: 1 },
      { year: 275_000, month: 1, day: 1 },
    ];
    for (const date of odd) {
      assert.deepEqual(addDays(date, 3), referenceAddDays(date, 3));
      assert.deepEqual(weekdayOf(date), referenceWeekdayOf(date));
    }
  });
});

describe('cached date formatting', () => {
  test('formatDay, formatMonth and formatYear give the strings of padStart', () => {
    fc.assert(
      fc.property(
        fc.record({
          year: fc.oneof(fc.integer({ min: 0, max: 12_000 }), fc.integer({ min: -50, max: -1 })),
          month: fc.integer({ min: -5, max: 120 }),
          day: fc.integer({ min: -5, max: 120 }),
        }),
        (date) => {
          assert.equal(formatDay(date), referenceFormatDay(date));
          assert.equal(formatMonth(date.year, date.month), `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}`);
          assert.equal(formatYear(date.year), String(date.year).padStart(4, '0'));
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('fractional and negative zero parts are formatted as before', () => {
    assert.equal(formatDay({ year: 2025, month: 1.5, day: -0 }), referenceFormatDay({ year: 2025, month: 1.5, day: -0 }));
    assert.equal(formatYear(-0), String(-0).padStart(4, '0'));
  });
});
