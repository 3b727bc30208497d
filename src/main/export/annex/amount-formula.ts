/**
 * Amount formulas that round exactly as the engine does.
 *
 * Every amount is stated as a quotient of minor units, N / D, where N is a product of cells and
 * constants that are whole (or binary-exact) numbers and D a product of whole numbers. The
 * spreadsheet then rounds that quotient once, in rounding units, with ROUND(…,0):
 *
 *   amount = ROUND(N / (D × unit), 0) × unit / 10^exponent
 *
 * Why minor units and not ROUND(x, 2) on kronor: 0.70 × 3 / 12 is 0.175 kr exactly, but in binary
 * floating point it is 0.17499999999999996 and a plain ROUND(…, 2) may give 0.17 where Andel's exact
 * half-up gives 0.18. In minor units the product N is an exact integer (below 2^52), one IEEE
 * division N / D is correctly rounded, a true tie k + ½ is exactly representable, and a non-tie
 * lies at least 1/(2D) from a tie — far more than the division's error. So ROUND's half-away-from-
 * zero equals the engine's half-up on these non-negative amounts, and ROUNDDOWN / ROUNDUP never
 * see an integer as k − ε. Half-even has no spreadsheet function; it is written out with MOD.
 */
import type { RoundingRule } from './annex-input';

export interface Quotient {
  /** Factors of N: cell references, names or sub-expressions whose values are exact. */
  readonly num: readonly string[];
  /** Factors of D other than the constant. */
  readonly den: readonly string[];
  /** Constant factors (positive integers) of N and D. */
  readonly numConst: number;
  readonly denConst: number;
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

function product(factors: readonly string[]): string {
  return factors.length === 0 ? '1' : factors.join('*');
}

/** `N/(D)` with constants reduced, in rounding units of `unit` minor units. */
export function quotientText(q: Quotient, unit: number): string {
  const g = gcd(q.numConst, q.denConst * unit) || 1;
  const numConst = q.numConst / g;
  const denConst = (q.denConst * unit) / g;
  const num = product(numConst === 1 ? q.num : [...q.num, String(numConst)]);
  const denFactors = denConst === 1 ? q.den : [...q.den, String(denConst)];
  if (denFactors.length === 0) return num;
  return denFactors.length === 1 ? `${num}/${denFactors[0] ?? ''}` : `${num}/(${product(denFactors)})`;
}

/** Rounds `expr` (a quotient) to a whole number with the engine's mode. */
export function roundToWhole(expr: string, mode: RoundingRule['mode']): string {
  switch (mode) {
    case 'half-up':
      return `ROUND(${expr},0)`;
    case 'down':
      return `ROUNDDOWN(${expr},0)`;
    case 'up':
      return `ROUNDUP(${expr},0)`;
    case 'half-even':
      // A tie is exactly k + 0.5 here (see above), so MOD sees it exactly; 2×ROUND(x/2) then lands on the even neighbour.
      return `IF(MOD(${expr},1)=0.5,2*ROUND((${expr})/2,0),ROUND(${expr},0))`;
  }
}

/** The amount in major units: the rounded quotient times unit / 10^exponent. */
export function amountFormula(q: Quotient, rule: RoundingRule, exponent: number): string {
  const rounded = roundToWhole(quotientText(q, rule.unit), rule.mode);
  const scale = 10 ** exponent;
  if (rule.unit === scale) return rounded;
  if (rule.unit % scale === 0) return `${rounded}*${rule.unit / scale}`;
  if (rule.unit === 1) return `${rounded}/${scale}`;
  return `${rounded}*${rule.unit}/${scale}`;
}

/** A money cell in major units as its exact number of minor units (kronor × 100 is not exact in binary). */
export function minorOfMoneyCell(cell: string, exponent: number): string {
  return exponent === 0 ? cell : `ROUND(${cell}*${10 ** exponent},0)`;
}
