/**
 * Number format codes per export language.
 *
 * Thousands and decimal separators are written with the format tokens `,` and `.`, never as
 * literal spaces: a literal `# ##0` groups only once ("1234 568"), while `#,##0` is shown with the
 * reader's own separators in every spreadsheet. The locale tag (`[$-41D]` Swedish, `[$-414]`
 * Norwegian Bokmål, `[$-809]` English UK) makes LibreOffice use that language's separators whatever
 * the machine's locale; Excel keeps its system separators, which for a Swedish or Norwegian
 * treasurer are the same ones.
 */
import type { ExportLanguage } from '../export-language';

const LOCALE_TAG: Readonly<Record<ExportLanguage, string>> = { sv: '[$-41D]', nb: '[$-414]', en: '[$-809]' };

function digits(decimals: number): string {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    throw new RangeError(`decimals must be an integer from 0 to 6, not ${decimals}`);
  }
  return decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
}

/** A plain amount without symbol (for tables whose header names the currency). */
export function amountFormat(language: ExportLanguage, decimals = 2): string {
  return `${LOCALE_TAG[language]}${digits(decimals)}`;
}

/** A whole number with thousands separators (population, counts). */
export function integerFormat(language: ExportLanguage): string {
  return `${LOCALE_TAG[language]}#,##0`;
}

/** A fraction shown as percent: 0.15 → `15,00 %` (sv, nb) or `15.00%` (en). */
export function percentFormat(language: ExportLanguage, decimals = 2): string {
  digits(decimals); // validates
  const number = decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`;
  return language === 'en' ? `${LOCALE_TAG[language]}${number}%` : `${LOCALE_TAG[language]}${number} %`;
}

/** A calendar date: ISO in Swedish and English, `dd.mm.yyyy` as Norwegians write it. */
export function dateFormat(language: ExportLanguage): string {
  return language === 'nb' ? `${LOCALE_TAG[language]}dd.mm.yyyy` : `${LOCALE_TAG[language]}yyyy-mm-dd`;
}
