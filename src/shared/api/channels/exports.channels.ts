/**
 * Exports: the agreement annex and the invoicing basis of a scenario or an adopted snapshot, the
 * decision register, and the export log. Each export writes an .xlsx file and logs it in the
 * workspace's export log (time, snapshot, file name, SHA-256).
 */
import { z } from 'zod';
import { entityId } from '../../domain/ids';
import { defaultLanguage, languages } from '../../domain/languages';
import { command, query } from '../define';
import { keyedRefine } from '../../i18n/zod-issues';
import type { ExportLogRecord } from '../../document/workspace-document.schema';

const language = z.enum(languages).default(defaultLanguage);
// No path or folder comes from the renderer: main writes every export to the "Andel exports"
// folder next to the workspace file (issue 4/9 item 7).

/** One row of the workspace's export log: the document's record (as main's ExportLogTable is), its kind as stored text. */
export interface ExportLogEntry extends Omit<ExportLogRecord, 'kind'> {
  kind: string;
}

export interface ExportedFile extends ExportLogEntry {
  /** Absolute path of the file written. */
  path: string;
  bytes: number;
}

/**
 * How components are invoiced (in advance): `standard` is the Bibblix rule — the management fee
 * quarterly, everything else yearly; `yearly` and `quarterly` apply to every component.
 */
export const invoicingFrequencies = ['standard', 'yearly', 'quarterly'] as const;
export type InvoicingFrequency = (typeof invoicingFrequencies)[number];

/**
 * What a scenario export is computed from: a stored scenario (a draft) or an adopted snapshot (its
 * frozen figures; the annex puts its content hash on the cover) — exactly one of the two.
 */
const scenarioSource = {
  scenarioId: entityId.optional(),
  snapshotId: entityId.optional(),
};
const oneSource = (v: { scenarioId?: number | undefined; snapshotId?: number | undefined }): boolean => (v.scenarioId === undefined) !== (v.snapshotId === undefined);
const oneSourceIssue = { ...keyedRefine('error.field.oneSource'), path: ['scenarioId'] };

const invoicingExportInput = z
  .object({
    ...scenarioSource,
    /** Only this year of the horizon; absent: every year. */
    year: z.number().int().min(1900).max(2200).optional(),
    frequency: z.enum(invoicingFrequencies).default('standard'),
    language,
  })
  .strict()
  .refine(oneSource, oneSourceIssue);

/** The annex and the register as a workbook with live formulas (xlsx) or a printable PDF/A-2b copy. */
export const documentFormats = ['xlsx', 'pdf'] as const;
export type DocumentFormat = (typeof documentFormats)[number];
const format = z.enum(documentFormats).default('xlsx');

const annexExportInput = z
  .object({ ...scenarioSource, language, format })
  .strict()
  .refine(oneSource, oneSourceIssue);

const registerExportInput = z
  .object({
    /** Only the decisions of this cooperation's bodies; absent: the whole workspace. */
    cooperationId: entityId.optional(),
    language,
    format,
  })
  .strict();
const exportsListInput = z.object({}).strict();
// "Show in folder" and "Open" name an export-log entry; main finds its file in the exports folder.
const exportFileInput = z.object({ exportId: entityId }).strict();

/** What "Show in folder" or "Open" acted on. */
export interface ExportFileAction {
  fileName: string;
}

export const exportsChannels = {
  'annex:export': command<typeof annexExportInput, ExportedFile>(annexExportInput),
  'exports:list': query<typeof exportsListInput, ExportLogEntry[]>(exportsListInput),
  'exports:open': query<typeof exportFileInput, ExportFileAction>(exportFileInput),
  'exports:reveal': query<typeof exportFileInput, ExportFileAction>(exportFileInput),
  'invoicing:export': command<typeof invoicingExportInput, ExportedFile>(invoicingExportInput),
  'register:export': command<typeof registerExportInput, ExportedFile>(registerExportInput),
} as const;
