/**
 * Locale-aware number and money formatting on top of Intl. Output is normalised so that the same
 * input gives the same text in Node (tests, exports) and in Chromium (the app), whose ICU
 * versions differ in small ways: any space inside a number becomes a no-break space (U+00A0).
 */
import { intlLocale, type Language } from '../domain/languages';
import { currencyExponent } from '../calc/money';

const NBSP = '\u00a0';

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

function normaliseSpaces(text: string): string {
  return text.replace(/[\s\u202f]/gu, NBSP);
}

/** An integer such as a population: `1 234 567` (sv, nb), `1,234,567` (en). */
export function formatInteger(value: number, language: Language): string {
  return normaliseSpaces(numberFormat(intlLocale(language), { maximumFractionDigits: 0 }).format(value));
}

/** Exact decimal text for integer minor units, e.g. -123456 → "-1234.56"; no float division. */
export function minorUnitsToDecimal(minorUnits: number, fractionDigits = 2): `${number}` {
  if (!Number.isSafeInteger(minorUnits)) throw new RangeError(`not a safe integer amount: ${minorUnits}`);
  const sign = minorUnits < 0 ? '-' : '';
  const digits = String(Math.abs(minorUnits)).padStart(fractionDigits + 1, '0');
  const whole = digits.slice(0, digits.length - fractionDigits);
  const fraction = digits.slice(digits.length - fractionDigits);
  return (fractionDigits === 0 ? `${sign}${whole}` : `${sign}${whole}.${fraction}`) as `${number}`;
}

export interface MoneyOptions {
  /** Show öre/øre. Default: only when the amount has any. */
  decimals?: 'auto' | 'always' | 'never';
}

/**
 * An amount of money held as integer minor units (öre, øre; the currency's exponent, 2 unless
 * ISO 4217 says otherwise): `1 234 567 kr` (sv-SE, SEK),
 * `kr 1 234 567` (nb-NO, NOK), `SEK 1,234,567` (en-GB).
 *
 * Norwegian puts "kr" before the amount (Språkrådet's rule, and what Norwegian invoices show),
 * while current CLDR data, and so Intl, put it after; the symbol is moved here so that every
 * ICU version gives the same text. The one money formatter of the app, the engine's explanations,
 * the PDFs and the CLI alike; explanations show every öre (`decimals: 'always'`).
 */
export function formatMoney(minorUnits: number, currency: string, language: Language, options: MoneyOptions = {}): string {
  const decimals = options.decimals ?? 'auto';
  const exponent = currencyExponent(currency);
  const hasMinor = minorUnits % 10 ** exponent !== 0;
  const fractionDigits = decimals === 'always' || (decimals === 'auto' && hasMinor) ? exponent : 0;
  const format = numberFormat(intlLocale(language), {
    style: 'currency',
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
    // 'never' rounds half away from zero on the exact decimal text, never through a float.
    roundingMode: 'halfExpand',
  } as Intl.NumberFormatOptions);
  const parts = format.formatToParts(minorUnitsToDecimal(minorUnits, exponent));
  if (language !== 'nb') return normaliseSpaces(parts.map((part) => part.value).join(''));
  const symbol = parts.find((part) => part.type === 'currency')?.value ?? currency;
  const amount = parts
    .filter((part) => part.type !== 'currency' && part.type !== 'literal')
    .map((part) => part.value)
    .join('');
  return normaliseSpaces(`${symbol} ${amount}`);
}

/** How `formatMoney` names the currency in the language: `kr` (sv, SEK), `SEK` (nb, en), `kr` (nb, NOK); for a column header over its amounts. */
export function currencySymbol(currency: string, language: Language): string {
  const parts = numberFormat(intlLocale(language), { style: 'currency', currency }).formatToParts(0);
  return parts.find((part) => part.type === 'currency')?.value ?? currency;
}

/** A share such as 0.15 → `15 %` (sv, nb) or `15%` (en). */
export function formatPercent(share: number, language: Language, fractionDigits = 0): string {
  return normaliseSpaces(
    numberFormat(intlLocale(language), { style: 'percent', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(share),
  );
}
