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
  /** Constant factors (positive integers) of N and D; numConst is usually 10^exponent (major → minor). */
  readonly numConst: number;
  readonly denConst: number;
  /** True when N is a whole number of minor units and D is 1: no rounding step is needed at all. */
  readonly whole?: boolean;
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

/**
 * `N/(D)` in rounding units of `unit` minor units. Constants cancel only when one side cancels
 * completely (×100 against a rounding unit of 1 krona), so a formula never shows a puzzle such as
 * `*20/73` for `*100/365`; the ×100 stays next to the amount it converts.
 */
export function quotientText(q: Quotient, unit: number): string {
  let numConst = q.numConst;
  let denConst = q.denConst * unit;
  const g = gcd(numConst, denConst) || 1;
  if (g === numConst || g === denConst) {
    numConst /= g;
    denConst /= g;
  }
  const [first, ...rest] = q.num;
  const numFactors = numConst === 1 ? q.num : first === undefined ? [String(numConst)] : [first, String(numConst), ...rest];
  const num = product(numFactors);
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
  const scale = 10 ** exponent;
  // A flat amount already in whole minor units (a band's, a category's) is itself the charge.
  if (q.whole && q.den.length === 0 && q.denConst === 1 && q.numConst === scale && rule.unit === 1) return product(q.num);
  return unitsToMajor(roundToWhole(quotientText(q, rule.unit), rule.mode), rule.unit, exponent);
}

/** A whole number of rounding units (a formula) as the amount in major units. */
export function unitsToMajor(rounded: string, unit: number, exponent: number): string {
  const scale = 10 ** exponent;
  if (unit === scale) return rounded;
  if (unit % scale === 0) return `${rounded}*${unit / scale}`;
  if (unit === 1) return `${rounded}/${scale}`;
  return `${rounded}*${unit}/${scale}`;
}

/** A money cell in major units as its exact number of minor units (kronor × 100 is not exact in binary). */
export function minorOfMoneyCell(cell: string, exponent: number): string {
  return exponent === 0 ? cell : `ROUND(${cell}*${10 ** exponent},0)`;
}
