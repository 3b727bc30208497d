/**
 * Calendar dates are ISO text ('YYYY-MM-DD') in data and are checked against the Gregorian
 * calendar (calendar.ts), so an impossible date such as 2018-06-31 is refused rather than rolled
 * over to 1 July. Presence in a year is reduced here to small integers (days or months) for the
 * engine. A date is year, month and day and nothing else: the engine needs no time zones, and
 * without the Temporal polyfill (some 180 KB) every command and window that computes starts sooner.
 */
import { daysInMonth, daysInYear, isCalendarDate } from '../calendar';
import { invalidField } from '../errors';

export { daysInYear };

/** A valid calendar date; written as JSON and as text in ISO form, as Temporal.PlainDate was. */
export class PlainDate {
  constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {}

  get dayOfYear(): number {
    return dayOfYear(this.year, this.month, this.day);
  }

  get daysInMonth(): number {
    return daysInMonth(this.year, this.month);
  }

  toString(): string {
    return `${String(this.year).padStart(4, '0')}-${String(this.month).padStart(2, '0')}-${String(this.day).padStart(2, '0')}`;
  }

  toJSON(): string {
    return this.toString();
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Valid dates already parsed (PlainDate is immutable); bounded so it cannot grow without limit. */
const parsed = new Map<string, PlainDate>();

export function parseDate(text: string, path: string): PlainDate {
  const hit = parsed.get(text);
  if (hit) return hit;
  const m = ISO_DATE.exec(text);
  if (!m) throw invalidField(path, 'error.engine.notDateForm', { text });
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isCalendarDate(year, month, day)) throw invalidField(path, 'error.engine.notCalendarDate', { text, month: m[2]!, day: m[3]!, year: m[1]! });
  const date = new PlainDate(year, month, day);
  if (parsed.size >= 20_000) parsed.clear();
  parsed.set(text, date);
  return date;
}

/** −1, 0 or 1 as a is before, on or after b. */
export function compareDates(a: PlainDate, b: PlainDate): number {
  return Math.sign(dateKey(a) - dateKey(b));
}

const CUMULATIVE_DAYS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Day of the year (1-based) of a valid ISO calendar date, in plain integers. */
export function dayOfYear(year: number, month: number, day: number): number {
  return (CUMULATIVE_DAYS[month - 1] as number) + day + (month > 2 && daysInYear(year) === 366 ? 1 : 0);
}

/** A valid date as the integer yyyymmdd, which orders like the date. */
export function dateKey(d: PlainDate): number {
  return d.year * 10000 + d.month * 100 + d.day;
}

/**
 * How long a participant (from `joined` to `left`, both inclusive; null = open) is present in
 * `year`, as whole days and as started months (a month counts if any day of it is covered).
 */
export function presenceIn(year: number, joined: PlainDate | null, left: PlainDate | null): { days: number; months: number } {
  const start = joined && joined.year === year ? joined : joined && joined.year > year ? null : new PlainDate(year, 1, 1);
  const end = left && left.year === year ? left : left && left.year < year ? null : new PlainDate(year, 12, 31);
  if (!start || !end || compareDates(start, end) > 0) return { days: 0, months: 0 };
  return { days: end.dayOfYear - start.dayOfYear + 1, months: end.month - start.month + 1 };
}

/** Days of the period [from, to] (inclusive) that fall inside `year`. */
export function daysOfPeriodIn(year: number, from: PlainDate, to: PlainDate): number {
  return presenceIn(year, from, to).days;
}

/** Whole months of [from, to]; the period must start on a 1st and end on a month's last day. */
export function wholeMonthsIn(year: number, from: PlainDate, to: PlainDate): number {
  return presenceIn(year, from, to).months;
}
