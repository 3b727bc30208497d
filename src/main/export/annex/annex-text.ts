/**
 * Small wording helpers shared by the annex sheets: metric names, money and numbers in the
 * export language, percent text of an exact ratio.
 */
import { metricLabel } from '../../../shared/calc/describe-key';
import type { ExportLanguage } from '../export-language';

export { metricLabel, moneyText, numberText } from '../../../shared/calc/describe-key';

/** A metric name as a column header: capitalised. */
export function metricHeader(name: string, language: ExportLanguage): string {
  const label = metricLabel(name, language);
  return label.charAt(0).toUpperCase() + label.slice(1);
}
