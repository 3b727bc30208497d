/**
 * Small wording helpers shared by the annex sheets: metric names, money and numbers in the
 * export language, percent text of an exact ratio.
 */
import { formatMoney } from '../../../shared/calc';
import type { ExportLanguage } from '../export-language';

const LOCALE: Readonly<Record<ExportLanguage, string>> = { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' };

const METRIC_NAMES: Readonly<Record<string, Readonly<Record<ExportLanguage, string>>>> = {
  population: { sv: 'invånare', nb: 'innbyggere', en: 'population' },
};

export function metricLabel(name: string, language: ExportLanguage): string {
  return METRIC_NAMES[name]?.[language] ?? name;
}

/** A metric name as a column header: capitalised. */
export function metricHeader(name: string, language: ExportLanguage): string {
  const label = metricLabel(name, language);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

export function moneyText(minor: number, currency: string, language: ExportLanguage): string {
  return formatMoney(minor, currency, LOCALE[language]);
}

export function numberText(value: number, language: ExportLanguage): string {
  return new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 6 }).format(value);
}
