/**
 * Import of members and population from statistics offices' files: a preview that says, row by
 * row, what would happen, and a commit that writes every row in one transaction, or refuses
 * with the row-level errors and writes nothing.
 */
import type { Kysely } from 'kysely';
import type { ImportOptions, ImportPreview, ImportResult } from '../../shared/api/channels/import.channels';
import { AndelError, ref } from '../../shared/errors';
import type { Database } from '../db/database.types';
import { canonicalJson } from '../document/canonical-json';
import { detectColumns, findHeaderRow, guessCountry } from '../import/detect-columns';
import { planImport, type ImportPlan } from '../import/import-plan';
import { readTable, type RawTable } from '../import/read-table';
import { insertAuditEntry } from '../repositories/audit.repository';
import { insertOrganisation, listMetricValuesByKey } from '../repositories/import.repository';
import { getMeta } from '../repositories/meta.repository';
import { findMetricValue, upsertMetricValue } from '../repositories/metric.repository';
import { listOrganisations } from '../repositories/organisation.repository';
import type { Clock } from './clock';
import { POPULATION } from './member.service';
import type { ParsedInputOf } from './service-types';

type Db = Kysely<Database>;
type Trx = Parameters<Parameters<ReturnType<Db['transaction']>['execute']>[0]>[0];

const PREVIEW_ROWS = 200;

function decodeBase64(content: string): Uint8Array {
  const compact = content.replace(/\s+/gu, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/u.test(compact)) throw new AndelError('INVALID_INPUT', ref('error.import.notBase64'));
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

interface Analysis {
  table: RawTable;
  preview: Omit<ImportPreview, 'rows'>;
  plan: ImportPlan;
}

async function analyse(
  db: Db | Trx,
  input: { contentBase64: string; mapping?: ParsedInputOf<'import:preview'>['mapping']; options?: ImportOptions | undefined },
): Promise<Analysis> {
  const table = await readTable(decodeBase64(input.contentBase64));
  if (table.rows.length === 0) throw new AndelError('INVALID_INPUT', ref('error.import.noRows'));
  const headerIndex = findHeaderRow(table.rows);
  const header = table.rows[headerIndex] ?? [];
  const dataRows = table.rows.slice(headerIndex + 1).map((cells, i) => ({ row: headerIndex + i + 2, cells }));
  if (dataRows.length === 0) throw new AndelError('INVALID_INPUT', ref('error.import.noDataRows'));
  const detected = detectColumns(header, dataRows.map((r) => r.cells));
  const mapping = input.mapping ?? detected.mapping;
  const meta = await getMeta(db);
  const countryCode = input.options?.countryCode ?? guessCountry(header) ?? (meta.defaultCurrency === 'NOK' ? 'NO' : 'SE');
  const year = input.options?.year !== undefined ? input.options.year : mapping.year !== undefined && mapping.year !== null ? null : detected.suggestedYear;
  const options: ImportOptions & { countryCode: string } = {
    ...input.options,
    year: year ?? null,
    countryCode,
    createMissing: input.options?.createMissing ?? false,
    kindForNew: input.options?.kindForNew ?? 'municipality',
    source: input.options?.source ?? null,
    referenceDate: input.options?.referenceDate ?? null,
  };
  const organisations = await listOrganisations(db);
  const values = new Map((await listMetricValuesByKey(db, POPULATION)).map((v) => [`${v.organisationId}:${v.year}`, v]));
  const headers = detected.columns.map((c) => c.header);
  const plan = planImport({ rows: dataRows, headerRow: headerIndex + 1, headers, mapping, options, organisations, values });
  return {
    table,
    plan,
    preview: {
      format: table.format,
      encoding: table.encoding,
      delimiter: table.delimiter,
      headerRow: headerIndex + 1,
      columns: detected.columns,
      mapping,
      options,
      totalRows: plan.rows.length,
      errors: plan.errors,
      summary: plan.summary,
    },
  };
}

export async function previewImport(db: Db, input: ParsedInputOf<'import:preview'>): Promise<ImportPreview> {
  return db.transaction().execute(async (trx) => {
    const { preview, plan } = await analyse(trx, input);
    // Rows with errors first would hide the file's shape; keep file order, but make sure every erroneous row is shown.
    const shown = plan.rows.filter((row, index) => index < PREVIEW_ROWS || row.action === 'error');
    return { ...preview, rows: shown.map(({ referenceDate: _r, newName: _n, ...row }) => row) };
  });
}

/** Writes the whole file in one transaction; any row error refuses the import and nothing is written. */
export async function commitImport(db: Db, input: ParsedInputOf<'import:commit'>, clock: Clock): Promise<ImportResult> {
  return db.transaction().execute(async (trx) => {
    const { plan, preview } = await analyse(trx, input);
    if (plan.errors.length > 0) {
      const rowsWithErrors = new Set(plan.errors.map((e) => e.row)).size;
      throw new AndelError(
        'INVALID_INPUT',
        ref(rowsWithErrors === 1 ? 'error.import.rowsRefused_one' : 'error.import.rowsRefused_other', { count: rowsWithErrors }),
        plan.errors.map((e) => ({
          path: e.column ? `row ${e.row}, column "${e.column}"` : `row ${e.row}`,
          message: e.message,
          ...(e.messageKey ? { messageKey: e.messageKey } : {}),
          ...(e.params ? { params: e.params } : {}),
          where: e.column ? ref('error.import.where.rowColumn', { row: e.row, column: e.column }) : ref('error.import.where.row', { row: e.row }),
        })),
      );
    }
    const at = clock().toISOString();
    const source = preview.options.source?.trim() || null;
    let organisationsCreated = 0;
    let created = 0;
    let updated = 0;
    for (const row of plan.rows) {
      if (row.action === 'unchanged') continue;
      let organisationId = row.organisationId;
      if (organisationId === null) {
        const organisation = {
          name: row.newName ?? '',
          kind: preview.options.kindForNew ?? 'municipality',
          orgNumber: null,
          officialCode: row.officialCode,
          countryCode: preview.options.countryCode ?? 'SE',
          notes: null,
        };
        organisationId = await insertOrganisation(trx, organisation);
        organisationsCreated += 1;
        await insertAuditEntry(trx, { at, entity: 'organisation', entityId: organisationId, action: 'create', before: canonicalJson(null), after: canonicalJson({ id: organisationId, ...organisation }) });
      }
      if (row.year === null || row.population === null || row.referenceDate === null) throw new AndelError('INTERNAL', `Row ${row.row} was planned without a year or figure.`);
      const before = await findMetricValue(trx, organisationId, POPULATION, row.year);
      const values = { organisationId, metric: POPULATION, year: row.year, value: row.population, referenceDate: row.referenceDate, source: source ?? before?.source ?? null };
      const id = await upsertMetricValue(trx, values);
      await insertAuditEntry(trx, { at, entity: 'metric_value', entityId: id, action: before ? 'update' : 'create', before: canonicalJson(before ?? null), after: canonicalJson({ id, ...values }) });
      if (before) updated += 1;
      else created += 1;
    }
    return { created, updated, unchanged: plan.summary.unchanged, organisationsCreated, rows: plan.rows.length };
  });
}
