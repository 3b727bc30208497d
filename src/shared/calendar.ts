/**
 * The Gregorian calendar's rules for a date written YYYY-MM-DD: leap years and month lengths. One
 * home for the check that refuses 2018-06-31 or 2023-02-29, used by the document's schemas
 * (iso-date.ts) and the engine (calc/dates.ts).
 */

export function daysInYear(year: number): number {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The days of a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && daysInYear(year) === 366 ? 29 : (MONTH_DAYS[month - 1] as number);
}

/** Whether year-month-day exists (year 0–9999, as four digits can write). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || year < 0 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}
