/**
 * Per-member adjustments in the annex (scenario `adjustments`): one column per adjustment, whose
 * cell restates the engine's rule over the member's own cells and a named parameter cell:
 *
 * - percent: ROUND(key charge in minor units × Adj_large / 100 / unit) × unit, the key charge
 *   being the member's component cells plus the rounding adjustment (before subsidies); down / up
 *   rounding as ROUND(N ∓ (MU − 1)/2) / MU, exact where LibreOffice's ROUNDDOWN is not;
 * - fixed amount: the named amount;
 * - a discount is negative and at most what the member still pays after subsidies and the
 *   adjustments before it: -MIN(pay, MAX(left, 0)).
 *
 * The reason stands in words beside the named cell on the parameters sheet.
 */
import { minorOfMoneyCell, unitsToMajor } from './amount-formula';
import type { RoundingRule } from './annex-input';
import { MAX_AMOUNT } from '../../../shared/calc/limits';
import { DIRECT_LIMIT, ratioUnits } from './exact-split';
import { wholeQuotient } from './marginal-formula';

export interface AdjustmentCell {
  readonly kind: 'surcharge' | 'discount';
  /** The named percent cell, or null for a fixed amount. */
  readonly percentName: string | null;
  /** Decimals of the percent (so percent × 10^digits is a whole number), when a percent. */
  readonly percentDigits: number;
  /** The percent as a fraction of one (7.123456 % = 445 216 / 6 250 000), when a percent. */
  readonly percent?: { readonly n: number; readonly d: number } | null;
  /** The named fixed amount (major units), or null for a percent. */
  readonly amountName: string | null;
  readonly rounding: RoundingRule;
}

/** The smallest k ≤ 12 for which the percent n/d × 100 × 10^k is whole (null when there is none). */
export function percentDigits(fraction: { readonly n: number; readonly d: number }): number | null {
  for (let k = 0; k <= 12; k += 1) {
    const scaled = fraction.n * 100 * 10 ** k;
    if (!Number.isSafeInteger(scaled)) return null;
    if (scaled % fraction.d === 0) return k;
  }
  return null;
}

/**
 * The adjustment's cell formula. `keyCharge` is the member's key charge in major units (an
 * expression over its cells), `keyChargeMinor` its value; `left` what the member still pays before
 * this adjustment (major units), read only by a discount.
 */
export function adjustmentFormula(a: AdjustmentCell, keyCharge: string, left: string, exponent: number, keyChargeMinor = 0): string {
  let pay: string;
  if (a.percentName !== null) {
    const percent = a.percentDigits === 0 ? a.percentName : `ROUND(${a.percentName}*${10 ** a.percentDigits},0)`;
    const charge = minorOfMoneyCell(`(${keyCharge})`, exponent);
    const d = 100 * 10 ** a.percentDigits * a.rounding.unit;
    // Whole minor units × a whole percent, over 100 × 10^digits: rounded exactly (marginal-formula.ts, wholeQuotient) while
    // the product stays below DIRECT_LIMIT; past it ⌊charge / D⌋ × percent plus a small exact rest, or the expansion shape (exact-split.ts).
    // p = percent × 10^digits, a whole number; past 10^14 for ⌊charge / D⌋ × p's rest, the expansion shape (ratioUnits).
    const p = a.percent ? Math.round((a.percent.n * 100 * 10 ** a.percentDigits) / a.percent.d) : 10 ** (a.percentDigits + 3);
    const large = (Math.abs(keyChargeMinor) + a.rounding.unit) * p >= DIRECT_LIMIT;
    const units = large ? `(${ratioUnits(charge, MAX_AMOUNT, percent, p, p, d, a.rounding.mode)})` : wholeQuotient(`${charge}*${percent}`, d, a.rounding.mode);
    pay = unitsToMajor(units, a.rounding.unit, exponent);
  } else {
    pay = a.amountName ?? '0';
  }
  return a.kind === 'surcharge' ? pay : `-MIN(${pay},MAX(${left},0))`;
}
