/**
 * The calendar check behind every date Andel accepts (the document's schemas and the engine):
 * compared, for every day of every month from 1900 to 2100 and for random years up to 9999, with
 * what JavaScript's own Date makes of the same year, month and day (a date that does not exist
 * rolls over there, so it comes back as another day).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, daysInYear, isCalendarDate } from '../../src/shared/calendar';
import { isIsoDate } from '../../src/shared/iso-date';
import { parseDate } from '../../src/shared/calc/dates';

/** Whether Date keeps year-month-day as given (UTC, with setUTCFullYear so years below 100 stay themselves). */
function existsByDate(year: number, month: number, day: number): boolean {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

describe('the calendar', () => {
  it('accepts exactly the days Date keeps, 1900–2100, days 0–32 of months 0–13', () => {
    let accepted = 0;
    for (let year = 1900; year <= 2100; year++) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const expected = month >= 1 && month <= 12 && day >= 1 && existsByDate(year, month, day);
          expect(isCalendarDate(year, month, day), `${year}-${month}-${day}`).toBe(expected);
          if (expected) accepted++;
        }
      }
    }
    // 201 years: 49 leap years (1904 … 2096; 1900 and 2100 are not) → 201 × 365 + 49 days.
    expect(accepted).toBe(201 * 365 + 49);
  });

  it('agrees with Date for any year 0–9999, and counts the year and month days alike', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        expect(isCalendarDate(year, month, day)).toBe(existsByDate(year, month, day));
        // The month's last day exists and the next one does not.
        expect(existsByDate(year, month, daysInMonth(year, month))).toBe(true);
        expect(existsByDate(year, month, daysInMonth(year, month) + 1)).toBe(false);
        expect(daysInYear(year)).toBe(existsByDate(year, 2, 29) ? 366 : 365);
      }),
      { numRuns: 2000, seed: 20261206 },
    );
  });

  it('refuses 2018-06-31 and 2023-02-29 as text, in the schemas and in the engine, and writes a date back as its text', () => {
    for (const text of ['2018-06-31', '2023-02-29', '1900-02-29', '2024-13-01', '2024-00-10']) {
      expect(isIsoDate(text), text).toBe(false);
      expect(() => parseDate(text, 'joined'), text).toThrow();
    }
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    const date = parseDate('0999-03-01', 'joined');
    expect([date.year, date.month, date.day, date.dayOfYear, date.daysInMonth]).toEqual([999, 3, 1, 60, 31]);
    expect(JSON.stringify({ date })).toBe('{"date":"0999-03-01"}');
  });
});
