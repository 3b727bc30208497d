/**
 * What the engine accepts: the one place that says how large an amount may become.
 *
 * Every amount the engine computes or is given — a year's cost and pool, a fee's annual amount
 * before pro rata (a rate × a metric, a fixed, category or band amount, after floor and cap), each
 * member's charge and subsidy, and a year's total of charges — is at most MAX_AMOUNT minor units:
 * 10^13 öre = 100 000 000 000 kr (a hundred billion; about the yearly budget of Sweden's largest region). Beyond it a computation is refused
 * with INVALID_INPUT naming the field (`error.limits.amountTooLarge`), never rounded.
 *
 * Why 10^13: the annex states every amount as a spreadsheet cell in major units, and spreadsheets
 * hold IEEE doubles. Up to 10^15 minor units an amount has at most 15 significant digits, so its
 * cell is the nearest double to the exact decimal, shows as written in every spreadsheet, and turns
 * back into whole minor units exactly; sums in whole minor units stay below 2^53. Amounts with
 * decimals are read exactly up to 2^53 / 100 minor units (about 9·10^13; decimal.ts scales the
 * digits first). 10^13 is the round number below both, and leaves room for a total of charges that
 * rounding adds up per member. The annex's exact formula shapes (src/main/export/annex/exact-split.ts)
 * are proved for every amount up to it.
 */
import type { AndelError } from '../errors';
import { invalidAt, type YearPlace } from './year-place';

/** The largest amount, in minor units, the engine computes or accepts (see above). */
export const MAX_AMOUNT = 10_000_000_000_000;

/** The refusal for an amount past MAX_AMOUNT at `field` (a path such as `costs.byYear.2027`, or a place in a year: `key.components[1]` in 2027). */
export function amountTooLarge(field: string | YearPlace): AndelError {
  return invalidAt(field, 'error.limits.amountTooLarge');
}

/** Throws amountTooLarge(field) when |amount| (minor units) passes MAX_AMOUNT. */
export function checkAmount(amount: number, field: string | YearPlace): void {
  if (amount > MAX_AMOUNT || amount < -MAX_AMOUNT) throw amountTooLarge(field);
}
