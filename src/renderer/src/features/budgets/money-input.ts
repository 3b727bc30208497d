/**
 * Amounts typed by people into integer minor units, exactly (no float arithmetic): "1 234 567",
 * "1234567,50" (sv, nb) or "1,234,567.50" (en). Null when the text is not an amount.
 */
import type { Language } from '../../format/locales';

export function parseMoneyInput(text: string, language: Language): number | null {
  let compact = text.trim().replace(/[\s\u00a0\u202f]/gu, '').replace(/^−/u, '-');
  if (compact === '') return null;
  if (language === 'en') compact = compact.replaceAll(',', '');
  else {
    // A Nordic decimal comma; points as thousand separators ("1.234.567") are dropped.
    if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/u.test(compact)) compact = compact.replaceAll('.', '');
    compact = compact.replace(',', '.');
  }
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/u.exec(compact);
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const minor = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(minor)) return null;
  return sign === '-' ? -minor : minor;
}

/** Minor units as the text a person would type back: "1234567" or "1234567,50". */
export function moneyInputText(minorUnits: number, language: Language): string {
  const abs = Math.abs(minorUnits);
  const whole = Math.floor(abs / 100);
  const fraction = abs % 100;
  const sign = minorUnits < 0 ? '-' : '';
  return fraction === 0 ? `${sign}${whole}` : `${sign}${whole}${language === 'en' ? '.' : ','}${String(fraction).padStart(2, '0')}`;
}
