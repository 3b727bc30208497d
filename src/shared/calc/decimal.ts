/**
 * Decimal text ("0.70", "15", "1000000.00") is how rates, percentages and amounts are written in
 * key and scenario JSON: it survives JSON and spreadsheets without binary float drift. It is parsed
 * once, at normalisation, into exact integers or ratios.
 */
import { invalidField } from '../errors';
import type { Ratio } from './exact';
import { ratio } from './exact';

export const DECIMAL_PATTERN = /^-?\d{1,15}(\.\d{1,12})?$/;

/** Parses decimal text into an exact reduced ratio. */
export function parseDecimal(text: string, path: string): Ratio {
  if (!DECIMAL_PATTERN.test(text)) throw invalidField(path, 'error.engine.notDecimal', { text });
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const [whole = '0', frac = ''] = body.split('.');
  const d = 10 ** frac.length;
  const n = Number(whole) * d + (frac ? Number(frac) : 0);
  if (!Number.isSafeInteger(n)) throw invalidField(path, 'error.engine.tooManyDigits', { text });
  return ratio(negative ? -n : n, d);
}

/** Parses an amount in major units ("4080000", "0.50") into integer minor units. */
export function parseMoney(text: string, exponent: number, path: string): number {
  const r = parseDecimal(text, path);
  const scaled = r.n * 10 ** exponent;
  if (!Number.isSafeInteger(scaled)) throw invalidField(path, 'error.engine.numberTooLarge', { text });
  if (scaled % r.d !== 0) throw invalidField(path, 'error.engine.tooManyDecimals', { text, decimals: exponent });
  return scaled / r.d;
}

/** Parses a non-negative amount in major units. */
export function parseAmount(text: string, exponent: number, path: string): number {
  const v = parseMoney(text, exponent, path);
  if (v < 0) throw invalidField(path, 'error.engine.notNegative', { text });
  return v;
}

/** Parses a rate per unit in major units ("0.70" SEK per inhabitant) into minor units per unit. */
export function parseRate(text: string, exponent: number, path: string): Ratio {
  const r = parseDecimal(text, path);
  if (r.n < 0) throw invalidField(path, 'error.engine.rateNotNegative', { text });
  const n = r.n * 10 ** exponent;
  if (!Number.isSafeInteger(n)) throw invalidField(path, 'error.engine.numberTooLarge', { text });
  return ratio(n, r.d);
}

/** Parses a percentage ("15", "12.5") into an exact fraction of one. */
export function parsePercent(text: string, path: string): Ratio {
  const r = parseDecimal(text, path);
  if (r.n < 0) throw invalidField(path, 'error.engine.percentNotNegative', { text });
  return ratio(r.n, r.d * 100);
}
