/**
 * Staff cost as a share of a position over dated periods (e.g. 50 % until 30 Sep, 30 % from
 * 1 Oct to 31 Dec, 20 % from 1 Jan to 30 Jun), against an annual cost for a full position,
 * prorated by days or by whole months (explicit), split by calendar year.
 */
import { invalidField } from '../errors';
import type { RoundingRule } from './exact';
import { roundProduct } from './exact';
import { compareDates, daysInYear, daysOfPeriodIn, parseDate, wholeMonthsIn } from './dates';
import { parsePercent } from './decimal';

export interface StaffPeriodInput {
  readonly from: string;
  readonly to: string;
  /** Percent of a full position, e.g. "50". */
  readonly share: string;
}

export interface StaffCostInput {
  /** Minor units for a full position for a whole year. */
  readonly annualCost: number;
  readonly periods: readonly StaffPeriodInput[];
  readonly proRata: 'day' | 'month';
  readonly rounding?: RoundingRule;
}

export interface StaffCostLine {
  readonly period: number;
  readonly year: number;
  readonly share: string;
  /** Days (of daysInYear) or months (of 12). */
  readonly numerator: number;
  readonly denominator: number;
  readonly amount: number;
}

export interface StaffCostResult {
  readonly lines: readonly StaffCostLine[];
  readonly byYear: Readonly<Record<string, number>>;
  readonly total: number;
}

export function computeStaffCost(input: StaffCostInput): StaffCostResult {
  if (!Number.isSafeInteger(input.annualCost) || input.annualCost < 0) throw invalidField('annualCost', 'error.engine.nonNegativeMinorUnits');
  const rule = input.rounding ?? { unit: 1, mode: 'half-up' };
  const lines: StaffCostLine[] = [];
  const byYear: Record<string, number> = {};
  let previousEnd: ReturnType<typeof parseDate> | null = null;
  input.periods.forEach((p, i) => {
    const from = parseDate(p.from, `periods[${i}].from`);
    const to = parseDate(p.to, `periods[${i}].to`);
    if (compareDates(to, from) < 0) throw invalidField(`periods[${i}].to`, 'error.engine.periodEndsBeforeStart', { to: p.to, from: p.from });
    if (previousEnd && compareDates(from, previousEnd) <= 0) throw invalidField(`periods[${i}].from`, 'error.engine.periodOverlap');
    previousEnd = to;
    const share = parsePercent(p.share, `periods[${i}].share`);
    if (input.proRata === 'month') {
      if (from.day !== 1) throw invalidField(`periods[${i}].from`, 'error.engine.monthPeriodStart');
      if (to.day !== to.daysInMonth) throw invalidField(`periods[${i}].to`, 'error.engine.monthPeriodEnd');
    }
    for (let year = from.year; year <= to.year; year++) {
      const numerator = input.proRata === 'day' ? daysOfPeriodIn(year, from, to) : wholeMonthsIn(year, from, to);
      const denominator = input.proRata === 'day' ? daysInYear(year) : 12;
      const amount = roundProduct(input.annualCost, share.n, numerator, share.d, denominator, rule, `periods[${i}]`);
      lines.push({ period: i, year, share: p.share, numerator, denominator, amount });
      byYear[String(year)] = (byYear[String(year)] ?? 0) + amount;
    }
  });
  return { lines, byYear, total: lines.reduce((s, l) => s + l.amount, 0) };
}
