/**
 * Axis labels for money: short and locale-correct (`120 tn kr`, `1,2 mn`), where the tooltip
 * shows the exact amount. Chart values arrive in minor units and stay integers until here.
 */
import { intlLocale, type Language } from '../format/locales';

const cache = new Map<string, Intl.NumberFormat>();

function compact(language: Language): Intl.NumberFormat {
  let format = cache.get(language);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(language), { notation: 'compact', maximumFractionDigits: 1 });
    cache.set(language, format);
  }
  return format;
}

/** Minor units → a short axis label in major units, e.g. 12_000_000 öre → "120 tn". */
export function compactMajor(minorUnits: number, language: Language): string {
  return compact(language)
    .format(minorUnits / 100)
    .replace(/[\s\u202f]/gu, '\u00a0');
}

/** The series colours: calm, distinguishable, and readable when printed in grey. */
export const seriesColours = ['#1d6e84', '#d9822b', '#6a5fb5', '#3f9e5a', '#c2415b', '#7a8793', '#b59a2e', '#2b8fd9'];

export const colours = {
  primary: '#1d6e84',
  increase: '#c2415b',
  decrease: '#2f8a57',
  grid: '#e9ecef',
  axis: '#868e96',
  costs: '#212529',
};
