/**
 * The words of the two parameter rows the split shape adds per year (exact-split.ts): the cost
 * to share in whole blocks, and what is left below one block — sv, nb and en.
 */
import type { ExportLanguage } from '../export-language';

export interface SplitLabels {
  /** "Cost to share 2017 in whole blocks of 1 000 000 öre". */
  readonly blocks: (year: number, block: string, unit: string) => string;
  /** "Cost to share 2017, further whole blocks of 10 000 öre" (after the larger blocks). */
  readonly moreBlocks: (year: number, block: string, unit: string) => string;
  /** "Cost to share 2017 beyond the whole blocks (öre)". */
  readonly rest: (year: number, unit: string) => string;
}

const LABELS: Readonly<Record<ExportLanguage, SplitLabels>> = {
  sv: {
    blocks: (year, block, unit) => `Kostnad att fördela ${year} i hela block om ${block} ${unit}`,
    moreBlocks: (year, block, unit) => `Kostnad att fördela ${year}, därutöver hela block om ${block} ${unit}`,
    rest: (year, unit) => `Kostnad att fördela ${year} utöver hela block (${unit})`,
  },
  nb: {
    blocks: (year, block, unit) => `Kostnad som fordeles ${year} i hele blokker på ${block} ${unit}`,
    moreBlocks: (year, block, unit) => `Kostnad som fordeles ${year}, deretter hele blokker på ${block} ${unit}`,
    rest: (year, unit) => `Kostnad som fordeles ${year} utover hele blokker (${unit})`,
  },
  en: {
    blocks: (year, block, unit) => `Cost to share ${year} in whole blocks of ${block} ${unit}`,
    moreBlocks: (year, block, unit) => `Cost to share ${year}, further whole blocks of ${block} ${unit}`,
    rest: (year, unit) => `Cost to share ${year} beyond the whole blocks (${unit})`,
  },
};

export function splitLabels(language: ExportLanguage): SplitLabels {
  return LABELS[language];
}

const LOCALE: Readonly<Record<ExportLanguage, string>> = { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' };

/** A block size as the language writes it: 1 000 000 (sv, nb) or 1,000,000 (en). */
export function blockText(block: number, language: ExportLanguage): string {
  return new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 0 }).format(block);
}
