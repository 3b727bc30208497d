/**
 * A funding line taken from the budget (one source, docs/workspace-document.md "One source for
 * funding"): its name, amounts and statuses are the budget's; the scenario refers to it by id.
 */
import type { FundingSourceView } from '../../../../../shared/api/channels/budgets.channels';
import { minorToText } from '../../../../../shared/calc';
import type { Language } from '../../../format/locales';
import { decimalForInput, type FundingRow } from './editor-form';

export function fundingRowFromBudget(source: FundingSourceView, currency: string, language: Language): FundingRow {
  const years: FundingRow['years'] = {};
  for (const a of source.amounts) years[String(a.year)] = { amount: decimalForInput(minorToText(a.amount, currency).replace(/\.0+$/u, ''), language), status: a.status };
  return { source: source.name, kind: 'external', budgetSource: source.id, years };
}
