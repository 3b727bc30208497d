/**
 * Writes the invoicing basis (Excel) of a stored scenario (a draft) or an adopted snapshot and logs
 * it, through the same preparation, file handling and export log as the annex.
 */
import type { Kysely } from 'kysely';
import type { InvoicingFrequency } from '../../../shared/api/channels/exports.channels';
import type { ExportedFile } from '../../../shared/api/channels/exports.channels';
import type { ParsedInput } from '../../../shared/api/contract';
import { computeScenario, type ScenarioResult } from '../../../shared/calc';
import { invalidField } from '../../../shared/errors';
import type { Database } from '../../db/database.types';
import { BIBBLIX_INVOICING, type InvoicingRules } from '../../export/invoicing/invoice-lines';
import { exportInvoicingBasis } from '../../export/invoicing/invoicing.export';
import { exportLabels } from '../../export/export-labels';
import { exportStem, sourceWords } from '../../files/export-naming';
import { saveLoggedExport, type ExportTarget } from '../../files/logged-export';
import { prepareExportSource, type ExportSource } from './annex-export.service';
import type { Clock } from '../clock';

export function invoicingRules(frequency: InvoicingFrequency): InvoicingRules {
  if (frequency === 'standard') return BIBBLIX_INVOICING;
  return { default: frequency };
}

/**
 * The result with every year but `year` left out of invoicing: the invoicing basis invoices only
 * charged member-years, so the workbook then holds that year's invoices alone.
 */
function onlyYear(result: ScenarioResult, year: number): ScenarioResult {
  return { ...result, members: result.members.map((member) => ({ ...member, years: member.years.map((charge) => (charge.year === year ? charge : { ...charge, charged: false })) })) };
}

export async function exportInvoicingFile(
  db: Kysely<Database>,
  workspacePath: string | null,
  input: ParsedInput<'invoicing:export'>,
  clock: Clock,
  target: ExportTarget = {},
): Promise<ExportedFile> {
  const exportedAt = clock();
  const source: ExportSource = input.snapshotId !== undefined ? { snapshotId: input.snapshotId } : { scenarioId: input.scenarioId as number };
  const prepared = await prepareExportSource(db, source, input.language, exportedAt);
  const years = prepared.resolved.years;
  if (input.year !== undefined && !years.includes(input.year)) {
    throw invalidField('year', 'error.export.yearOutsideHorizon', { year: input.year, from: years[0] ?? '', to: years[years.length - 1] ?? '' });
  }
  const computed = computeScenario(prepared.resolved);
  const result = input.year === undefined ? computed : onlyYear(computed, input.year);
  const written = await exportInvoicingBasis({ resolved: prepared.resolved, result, rules: invoicingRules(input.frequency), metadata: prepared.metadata });
  const stem = exportStem(
    [prepared.name, exportLabels(input.language).fileName.invoicingBasis, ...(input.year === undefined ? [] : [String(input.year)]), sourceWords(prepared.snapshotId, input.language)],
    input.language,
    exportedAt,
  );
  return saveLoggedExport(db, workspacePath, { kind: 'invoicing_basis', stem, written, exportedAt, snapshotId: prepared.snapshotId, scenarioId: prepared.scenarioId }, { ...target });
}
