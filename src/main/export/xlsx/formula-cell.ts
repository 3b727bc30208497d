/**
 * Computed cells: a live formula plus Andel's own figure as its cached result.
 *
 * The cached value is what a reader sees before any recalculation (and what file previewers and
 * exceljs show); the formula is what lets anyone check it. Tests recalculate with LibreOffice and
 * require both to agree to the minor unit, so every amount formula ends in ROUND(…, decimals) —
 * without it a binary-float remainder like 0.1+0.2 would show as a discrepancy.
 */
import type { CellLike } from './sheet-like';

export type CachedValue = number | string | boolean;

/** Writes `formula` (with or without a leading `=`) with `cachedValue` as its stored result. */
export function setFormula(cell: CellLike, formula: string, cachedValue: CachedValue): void {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  if (body.trim() === '') throw new RangeError('a formula must not be empty');
  if (typeof cachedValue === 'number' && !Number.isFinite(cachedValue)) {
    throw new RangeError(`the cached value of ${body} must be a finite number, not ${cachedValue}`);
  }
  cell.value = { formula: body, result: cachedValue };
}

function checkedExponent(exponent: number): number {
  if (!Number.isInteger(exponent) || exponent < 0 || exponent > 4) {
    throw new RangeError(`a currency exponent is an integer from 0 to 4, not ${exponent}`);
  }
  return exponent;
}

/**
 * Minor units as the major-unit number a spreadsheet shows: 12345 öre → 123.45.
 *
 * Built from the decimal text, not by dividing, so the result is the double nearest to the exact
 * decimal — the same double Excel or LibreOffice gets when it parses or ROUNDs to that amount.
 */
export function minorToMajor(minor: number, exponent = 2): number {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`${minor} is not an exact number of minor units`);
  const exp = checkedExponent(exponent);
  if (exp === 0) return minor;
  const digitsText = Math.abs(minor).toString().padStart(exp + 1, '0');
  const whole = digitsText.slice(0, -exp);
  const fraction = digitsText.slice(-exp);
  return Number(`${minor < 0 ? '-' : ''}${whole}.${fraction}`);
}

/** `ROUND(expression, decimals)` — the one rounding step every amount formula ends with. */
export function roundFormula(expression: string, decimals = 2): string {
  return `ROUND(${expression},${decimals})`;
}

/** `SUM(range)`, e.g. `SUM(D5:D7)`. */
export function sumFormula(range: string): string {
  return `SUM(${range})`;
}

/** From this total (in minor units) a SUM of major-unit doubles could drift by half a minor unit where a spreadsheet adds naively. */
export const LARGE_TOTAL = 2 ** 43;

/**
 * The total of a money column whose exact total is `totalMinor`: `ROUND(SUM(range),2)`, or past
 * LARGE_TOTAL `SUMPRODUCT(ROUND(range*100,0))/100` — each amount as whole minor units, added
 * exactly below 2^53 in any spreadsheet.
 */
export function moneySumFormula(range: string, totalMinor: number, exponent = 2): string {
  const scale = 10 ** exponent;
  if (Math.abs(totalMinor) < LARGE_TOTAL || exponent === 0) return roundFormula(sumFormula(range), exponent);
  return `SUMPRODUCT(ROUND(${range}*${scale},0))/${scale}`;
}
