/**
 * The words of the parameter rows the split shape adds per year (exact-split.ts): the cost to
 * share in whole blocks of a power of ten — sv, nb and en.
 */
import { intlLocale } from '../../../shared/domain/languages';
import type { ExportLanguage } from '../export-language';

export interface SplitLabels {
  /** "Cost to share 2017 in whole blocks of 1 000 000 öre". */
  readonly blocks: (year: number, block: string, unit: string) => string;
  /** "By population: cost to share 2017 in whole blocks of 10 000 öre, per unit of weight" (the quotient the split shape rounds). */
  readonly perWeight: (component: string, year: number, block: string, unit: string) => string;
}

const LABELS: Readonly<Record<ExportLanguage, SplitLabels>> = {
  sv: {
    blocks: (year, block, unit) => `Kostnad att fördela ${year} i hela block om ${block} ${unit}`,
    perWeight: (component, year, block, unit) => `${component}: kostnad att fördela ${year} i hela block om ${block} ${unit}, per viktenhet`,
  },
  nb: {
    blocks: (year, block, unit) => `Kostnad som fordeles ${year} i hele blokker på ${block} ${unit}`,
    perWeight: (component, year, block, unit) => `${component}: kostnad som fordeles ${year} i hele blokker på ${block} ${unit}, per vektenhet`,
  },
  en: {
    blocks: (year, block, unit) => `Cost to share ${year} in whole blocks of ${block} ${unit}`,
    perWeight: (component, year, block, unit) => `${component}: cost to share ${year} in whole blocks of ${block} ${unit}, per unit of weight`,
  },
};

export function splitLabels(language: ExportLanguage): SplitLabels {
  return LABELS[language];
}

/** A block size as the language writes it: 1 000 000 (sv, nb) or 1,000,000 (en). */
export function blockText(block: number, language: ExportLanguage): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 0 }).format(block);
}
