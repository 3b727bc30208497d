/**
 * Money is an integer count of minor units (öre, øre, cent) beside an ISO 4217 code. The
 * exponent is 2 unless the currency is known to use another.
 */
import { invalidField } from '../errors';

const EXPONENTS: Readonly<Record<string, number>> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0,
  VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
};

export interface Money {
  readonly minor: number;
  readonly currency: string;
}

export const CURRENCY_PATTERN = /^[A-Z]{3}$/;

export function currencyExponent(code: string, path = 'currency'): number {
  if (!CURRENCY_PATTERN.test(code)) throw invalidField(path, 'error.engine.notCurrencyCode', { code });
  return EXPONENTS[code] ?? 2;
}

/** Minor units to decimal text in major units ("4962.30"), as used in JSON and CSV. */
export function minorToText(minor: number, currency: string): string {
  const exp = currencyExponent(currency);
  if (exp === 0) return String(minor);
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const whole = Math.floor(abs / 10 ** exp);
  return `${sign}${whole}.${String(abs - whole * 10 ** exp).padStart(exp, '0')}`;
}
