/**
 * Import of members and population from a CSV or XLSX file as statistics offices publish them
 * (SCB, SSB). The renderer reads the file and sends its content (base64), never a path. A
 * preview reports what would happen row by row; a commit writes every row in one transaction,
 * or nothing when any row is wrong.
 */
import type { MessageKey, MessageParams } from '../../i18n/translate';
import { z } from 'zod';
import { organisationKinds } from '../../document/workspace-document.schema';
import { isoDate } from '../../iso-date';
import { command, query } from '../define';
import { COUNTRY_CODE } from '../../domain/field-patterns';
import { keyedCheck } from '../../i18n/zod-issues';

/** What a column of the file can stand for. */
export const importRoles = ['officialCode', 'name', 'codeAndName', 'orgNumber', 'population', 'year'] as const;
export type ImportRole = (typeof importRoles)[number];

const columnIndex = z.number().int().min(0).max(999);

export const importMappingSchema = z
  .object({
    officialCode: columnIndex.nullable().optional(),
    name: columnIndex.nullable().optional(),
    /** One column holding "1447 Gullspång" (SCB's and SSB's "region"). */
    codeAndName: columnIndex.nullable().optional(),
    orgNumber: columnIndex.nullable().optional(),
    population: columnIndex.nullable().optional(),
    /** A column with the year of each row; without it every row has `options.year`. */
    year: columnIndex.nullable().optional(),
  })
  .strict();
export type ImportMapping = z.infer<typeof importMappingSchema>;

export const importOptionsSchema = z
  .object({
    /** The statistical year when the file has no year column (a header such as "2024" suggests it). */
    year: z.number().int().min(1900).max(2200).nullable().optional(),
    /** Reference date of the figures; default 31 December of the year. */
    referenceDate: isoDate.nullable().optional(),
    source: z.string().trim().max(500).nullable().optional(),
    /** Create an organisation for a row that matches none; otherwise such a row is an error. */
    createMissing: z.boolean().optional(),
    kindForNew: z.enum(organisationKinds).optional(),
    countryCode: z.string().regex(COUNTRY_CODE, 'expected a two-letter country code such as SE or NO').optional(),
  })
  .strict();
export type ImportOptions = z.infer<typeof importOptionsSchema>;

const importFileInput = {
  fileName: z.string().min(1).max(260),
  /** The file's bytes, base64 (at most about 7 MB of file). */
  contentBase64: z.string().min(1, keyedCheck('error.field.fileEmpty')).max(10_000_000, keyedCheck('error.field.fileTooLarge')),
};

const importPreviewInput = z
  .object({ ...importFileInput, mapping: importMappingSchema.optional(), options: importOptionsSchema.optional() })
  .strict();
const importCommitInput = z.object({ ...importFileInput, mapping: importMappingSchema, options: importOptionsSchema }).strict();

const storedFigure = z.object({ value: z.number().int().min(0), referenceDate: z.string().max(10), source: z.string().max(500).nullable() }).strict();
const importChange = z
  .object({
    metricValueId: z.number().int().positive(),
    organisationId: z.number().int().positive(),
    organisationName: z.string().max(300),
    year: z.number().int().min(1900).max(2200),
    /** What the import replaced; null when it added the figure. */
    before: storedFigure.nullable(),
    after: storedFigure,
  })
  .strict();
/** Undoing an import: what its commit reported; refused when any figure changed since. */
const importRevertInput = z
  .object({ changes: z.array(importChange).max(25_000), createdOrganisationIds: z.array(z.number().int().positive()).max(25_000) })
  .strict();

export type ImportChange = z.infer<typeof importChange>;

export interface ImportRevertResult {
  /** Figures put back to what they were. */
  restored: number;
  /** Figures the import added, removed. */
  removed: number;
  organisationsRemoved: number;
}

export interface ImportColumn {
  index: number;
  header: string;
  /** The first few values, as text. */
  samples: string[];
  /** What the column looks like it holds, or null. */
  detected: ImportRole | null;
}

export interface ImportRowError {
  /** Row number in the file (1-based, as a spreadsheet shows it). */
  row: number;
  /** The column's header, or null when the error concerns the whole row. */
  column: string | null;
  /** In English; `messageKey` and `params` give it in the user's language (shared/i18n). */
  message: string;
  messageKey?: MessageKey;
  params?: MessageParams;
}

/** create: a new organisation and its figure; add: a new figure (none for that year); update: a changed figure. */
export type ImportRowAction = 'create' | 'add' | 'update' | 'unchanged' | 'error';

export interface ImportPreviewRow {
  row: number;
  cells: string[];
  action: ImportRowAction;
  organisationId: number | null;
  organisationName: string | null;
  officialCode: string | null;
  year: number | null;
  population: number | null;
  /** The figure stored for the same year (what an update changes). */
  previousPopulation: number | null;
  /** The figure stored for the year before, to see the change at a glance. */
  previousYearPopulation: number | null;
}

export interface ImportPreview {
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'windows-1252' | null;
  delimiter: string | null;
  /** Row number of the header in the file. */
  headerRow: number;
  columns: ImportColumn[];
  /** The mapping used for this preview: the one given, or the suggested one. */
  mapping: ImportMapping;
  /** The options used, with the year and reference date filled in. */
  options: ImportOptions;
  /** Up to the first 200 rows. */
  rows: ImportPreviewRow[];
  totalRows: number;
  errors: ImportRowError[];
  summary: { create: number; add: number; update: number; unchanged: number; error: number };
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  organisationsCreated: number;
  rows: number;
  /** Every figure written, with what it replaced: what `import:revert` needs to undo the import as one step. */
  changes: ImportChange[];
  createdOrganisationIds: number[];
}

export const importChannels = {
  'import:preview': query<typeof importPreviewInput, ImportPreview>(importPreviewInput),
  'import:commit': command<typeof importCommitInput, ImportResult>(importCommitInput),
  'import:revert': command<typeof importRevertInput, ImportRevertResult>(importRevertInput),
} as const;
