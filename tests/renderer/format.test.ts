import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/renderer/src/format/dates';
import { currencySymbol, formatInteger, formatMoney, formatPercent, minorUnitsToDecimal } from '../../src/shared/format/numbers';

const NBSP = '\u00a0';
const s = (text: string) => text.replace(/ /gu, NBSP);

describe('formatMoney', () => {
  it.each([
    // [minor units, currency, language, expected]
    [123_456_700, 'SEK', 'sv', s('1 234 567 kr')],
    [123_456_700, 'NOK', 'nb', s('kr 1 234 567')],
    [123_456_700, 'SEK', 'en', s('SEK 1,234,567')],
    [123_456_700, 'NOK', 'en', s('NOK 1,234,567')],
    // Swedish writes Norwegian kroner as Nkr.
    [123_456_700, 'NOK', 'sv', s('1 234 567 Nkr')],
    [123_456_750, 'SEK', 'sv', s('1 234 567,50 kr')],
    [123_456_750, 'NOK', 'nb', s('kr 1 234 567,50')],
    [-123_456_700, 'SEK', 'sv', s('−1 234 567 kr')],
    [-123_456_700, 'NOK', 'nb', s('kr −1 234 567')],
    [0, 'SEK', 'sv', s('0 kr')],
    [5, 'SEK', 'sv', s('0,05 kr')],
  ] as const)('%i öre in %s, %s → %s', (minor, currency, language, expected) => {
    expect(formatMoney(minor, currency, language)).toBe(expected);
  });

  it('shows or hides öre on request, rounding half away from zero on the exact value', () => {
    expect(formatMoney(100, 'SEK', 'sv', { decimals: 'always' })).toBe(s('1,00 kr'));
    expect(formatMoney(150, 'SEK', 'sv', { decimals: 'never' })).toBe(s('2 kr'));
    expect(formatMoney(-150, 'SEK', 'sv', { decimals: 'never' })).toBe(s('−2 kr'));
    expect(formatMoney(149, 'SEK', 'sv', { decimals: 'never' })).toBe(s('1 kr'));
  });

  it('is exact for the largest safe amounts (no float division)', () => {
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'SEK', 'sv')).toBe(s('90 071 992 547 409,91 kr'));
  });
});

describe('currencySymbol', () => {
  it.each([
    ['SEK', 'sv', 'kr'],
    ['SEK', 'nb', 'SEK'],
    ['SEK', 'en', 'SEK'],
    ['NOK', 'nb', 'kr'],
  ] as const)('%s in %s is written %s, as formatMoney writes it beside the amount', (currency, language, expected) => {
    expect(currencySymbol(currency, language)).toBe(expected);
    expect(formatMoney(100, currency, language)).toContain(expected);
  });
});

describe('minorUnitsToDecimal', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [-5, '-0.05'],
    [123_456, '1234.56'],
    [-100, '-1.00'],
  ])('%i → %s', (minor, text) => expect(minorUnitsToDecimal(minor)).toBe(text));

  it('refuses what is not a safe integer', () => {
    expect(() => minorUnitsToDecimal(1.5)).toThrow(RangeError);
    expect(() => minorUnitsToDecimal(2 ** 53)).toThrow(RangeError);
  });
});

describe('formatInteger and formatPercent', () => {
  it.each([
    [1_234_567, 'sv', s('1 234 567')],
    [1_234_567, 'nb', s('1 234 567')],
    [1_234_567, 'en', '1,234,567'],
    [-9_089, 'sv', s('−9 089')],
    [999, 'sv', '999'],
  ] as const)('%i in %s → %s', (value, language, expected) => expect(formatInteger(value, language)).toBe(expected));

  it('writes shares the way each language does', () => {
    expect(formatPercent(0.15, 'sv')).toBe(s('15 %'));
    expect(formatPercent(0.85, 'nb')).toBe(s('85 %'));
    expect(formatPercent(0.15, 'en')).toBe('15%');
    expect(formatPercent(0.125, 'sv', 1)).toBe(s('12,5 %'));
  });
});

describe('formatDate', () => {
  it.each([
    ['2024-12-31', 'sv', 'short', '2024-12-31'],
    ['2024-12-31', 'nb', 'short', '31.12.2024'],
    ['2024-12-31', 'en', 'short', '31/12/2024'],
    ['2024-12-31', 'sv', 'long', '31 december 2024'],
    ['2025-01-01', 'nb', 'long', '1. januar 2025'],
    ['2025-01-01', 'en', 'long', '1 January 2025'],
  ] as const)('%s in %s (%s) → %s', (iso, language, style, expected) => expect(formatDate(iso, language, style)).toBe(expected));

  it('never shifts a calendar date, whatever the time zone', () => {
    // Dates are formatted in UTC from their parts; the process zone must not matter.
    const before = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      expect(formatDate('2024-01-01', 'sv')).toBe('2024-01-01');
    } finally {
      process.env.TZ = before;
    }
  });

  it('leaves text that is not an ISO date visible as it is', () => {
    expect(formatDate('31 juni 2017', 'sv')).toBe('31 juni 2017');
  });
});
