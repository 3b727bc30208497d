/** The annex's words for per-member adjustments (sv, nb, en). */
import type { ExportLanguage } from '../export-language';

export interface AdjustmentLabels {
  /** Column header: the adjustment's label and whether it adds or takes off. */
  readonly column: (label: string, kind: 'surcharge' | 'discount') => string;
  /** Parameter row: what the named cell holds, for whom, and why. */
  readonly percent: (label: string, kind: 'surcharge' | 'discount', members: string, reason: string) => string;
  readonly amount: (label: string, kind: 'surcharge' | 'discount', members: string, reason: string) => string;
  readonly years: (years: string) => string;
}

const sv: AdjustmentLabels = {
  column: (label, kind) => `${label} (${kind === 'surcharge' ? 'påslag' : 'avdrag'})`,
  percent: (label, kind, members, reason) => `${kind === 'surcharge' ? 'Påslag' : 'Avdrag'} ${label}, % av nyckelns avgift för ${members}. Skäl: ${reason}`,
  amount: (label, kind, members, reason) => `${kind === 'surcharge' ? 'Påslag' : 'Avdrag'} ${label}, fast belopp per år för ${members}. Skäl: ${reason}`,
  years: (years) => `gäller ${years}`,
};

const nb: AdjustmentLabels = {
  column: (label, kind) => `${label} (${kind === 'surcharge' ? 'påslag' : 'fradrag'})`,
  percent: (label, kind, members, reason) => `${kind === 'surcharge' ? 'Påslag' : 'Fradrag'} ${label}, % av nøkkelens avgift for ${members}. Begrunnelse: ${reason}`,
  amount: (label, kind, members, reason) => `${kind === 'surcharge' ? 'Påslag' : 'Fradrag'} ${label}, fast beløp per år for ${members}. Begrunnelse: ${reason}`,
  years: (years) => `gjelder ${years}`,
};

const en: AdjustmentLabels = {
  column: (label, kind) => `${label} (${kind})`,
  percent: (label, kind, members, reason) => `${kind === 'surcharge' ? 'Surcharge' : 'Discount'} ${label}, % of the key's charge for ${members}. Reason: ${reason}`,
  amount: (label, kind, members, reason) => `${kind === 'surcharge' ? 'Surcharge' : 'Discount'} ${label}, fixed amount a year for ${members}. Reason: ${reason}`,
  years: (years) => `applies ${years}`,
};

export const ADJUSTMENT_LABELS: Readonly<Record<ExportLanguage, AdjustmentLabels>> = { sv, nb, en };
