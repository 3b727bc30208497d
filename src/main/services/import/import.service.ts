/**
 * Import of members and population from statistics offices' files: a preview that says, row by
 * row, what would happen, and a commit that writes every row in one transaction, or refuses
 * with the row-level errors and writes nothing.
 */
import type { ImportChange, ImportOptions, ImportPreview, ImportResult, ImportRevertResult } from '../../../shared/api/channels/import.channels';
import { AndelError, ref } from '../../../shared/errors';
import type { Db } from '../../db/db-handle';
import { canonicalJson } from '../../document/canonical-json';
import { detectColumns, findHeaderRow, guessCountry } from '../../import/detect-columns';
import { planImport, type ImportPlan } from '../../import/import-plan';
import { readTable, type RawTable } from '../../import/read-table';
import { insertAuditEntry } from '../../repositories/audit.repository';
import { insertOrganisation, listMetricValuesByKey } from '../../repositories/import.repository';
import { getMeta } from '../../repositories/meta.repository';
import { deleteMetricValue, findMetricValue, listMetricValuesForOrganisation } from '../../repositories/metric.repository';
import { countOrganisationReferences, deleteOrganisationRow, findOrganisation, listOrganisations } from '../../repositories/organisation.repository';
import type { Clock } from '../clock';
import { POPULATION } from '../members/member.service';
import { writeMetricValue } from '../members/metric.service';
import type { ParsedInputOf } from '../service-types';
import { faultPoint } from '../../files/fault-point';

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
  const headerWidth = header.reduce((last, cell, index) => (cell.trim() === '' ? last : index + 1), 0);
  const plan = planImport({ rows: dataRows, headerRow: headerIndex + 1, headers, headerWidth, mapping, options, organisations, values });
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
    // Every audit entry of one import carries the same time.
    const stamp: Clock = () => new Date(at);
    const source = preview.options.source?.trim() || null;
    let organisationsCreated = 0;
    let created = 0;
    let updated = 0;
    const changes: ImportChange[] = [];
    const createdOrganisationIds: number[] = [];
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
        createdOrganisationIds.push(organisationId);
        await insertAuditEntry(trx, { at, entity: 'organisation', entityId: organisationId, action: 'create', before: canonicalJson(null), after: canonicalJson({ id: organisationId, ...organisation }) });
      }
      if (row.year === null || row.population === null || row.referenceDate === null) throw new AndelError('INTERNAL', `Row ${row.row} was planned without a year or figure.`);
      const write = { organisationId, metric: POPULATION, year: row.year, value: row.population, referenceDate: row.referenceDate };
      const { value: after, previous: before } = await writeMetricValue(trx, write, (prior) => source ?? prior?.source ?? null, stamp);
      if (before) updated += 1;
      else created += 1;
      changes.push({
        metricValueId: after.id,
        organisationId,
        organisationName: row.organisationName ?? row.newName ?? '',
        year: row.year,
        before: before ? { value: before.value, referenceDate: before.referenceDate, source: before.source } : null,
        after: { value: after.value, referenceDate: after.referenceDate, source: after.source },
      });
    }
    // Every row is written, nothing committed yet: a kill here must leave none of them.
    faultPoint('import:written');
    return { created, updated, unchanged: plan.summary.unchanged, organisationsCreated, rows: plan.rows.length, changes, createdOrganisationIds };
  });
}

/**
 * Undoes an import as one step: every figure it wrote goes back to what it replaced (or away, when
 * it added one) and the organisations it created are removed, in one transaction with audit
 * entries. Refused, writing nothing, when any of those figures has changed since.
 */
export async function revertImport(db: Db, input: ParsedInputOf<'import:revert'>, clock: Clock): Promise<ImportRevertResult> {
  return db.transaction().execute(async (trx) => {
    const at = clock().toISOString();
    const stamp: Clock = () => new Date(at);
    let restored = 0;
    let removed = 0;
    for (const change of input.changes) {
      const current = await findMetricValue(trx, change.organisationId, POPULATION, change.year);
      const same = current && current.value === change.after.value && current.referenceDate === change.after.referenceDate && current.source === change.after.source;
      if (!same) throw new AndelError('CONFLICT', ref('error.import.changedSince', { name: change.organisationName, year: change.year }));
      if (change.before) {
        const { source, ...figure } = change.before;
        await writeMetricValue(trx, { organisationId: change.organisationId, metric: POPULATION, year: change.year, ...figure }, () => source, stamp);
        restored += 1;
      } else {
        await deleteMetricValue(trx, current.id);
        await insertAuditEntry(trx, { at, entity: 'metric_value', entityId: current.id, action: 'delete', before: canonicalJson(current), after: canonicalJson(null) });
        removed += 1;
      }
    }
    let organisationsRemoved = 0;
    for (const id of input.createdOrganisationIds) {
      const organisation = await findOrganisation(trx, id);
      if (!organisation) throw new AndelError('CONFLICT', ref('error.import.alreadyUndone'));
      // Used since (a participation, a figure of another year): keep everything as it is.
      if ((await countOrganisationReferences(trx, id)) > 0 || (await listMetricValuesForOrganisation(trx, id)).length > 0) {
        throw new AndelError('CONFLICT', ref('error.import.changedSince', { name: organisation.name, year: '' }));
      }
      await deleteOrganisationRow(trx, id);
      await insertAuditEntry(trx, { at, entity: 'organisation', entityId: id, action: 'delete', before: canonicalJson(organisation), after: canonicalJson(null) });
      organisationsRemoved += 1;
    }
    return { restored, removed, organisationsRemoved };
  });
}
