import type { Kysely } from 'kysely';
import type { OrganisationView } from '../../../shared/api/channels/organisations.channels';
import type { OrganisationRecord } from '../../../shared/document/workspace-document.schema';
import { AndelError, issue, notFoundError, ref } from '../../../shared/errors';
import type { Database, OrganisationRow, OrganisationUpdate } from '../../db/database.types';
import {
  countOrganisationReferences, deleteOrganisationRow, findOrganisation, insertOrganisation, listOrganisations, listOrganisationsWithCode,
  updateOrganisation as updateOrganisationRow,
} from '../../repositories/organisation.repository';
import { withRowVersion } from '../../repositories/row-version';
import { audit } from '../audit/audit-entry';
import type { Clock } from '../clock';
import type { ParsedInputOf } from '../service-types';

// The kind column is CHECK-constrained to the schema's kinds, so a stored row is a valid record.
const toRecord = (row: OrganisationRow): OrganisationRecord => row as OrganisationRecord;

const notFound = (id: number): AndelError => notFoundError('organisation', id);

export async function getOrganisation(db: Kysely<Database>, id: number): Promise<OrganisationView> {
  const row = await findOrganisation(db, id);
  if (!row) throw notFound(id);
  return withRowVersion(db, 'organisations', toRecord(row));
}

/** Changes the fields given (null clears an optional one) and records before/after in the audit log. */
export async function updateOrganisation(
  db: Kysely<Database>,
  input: ParsedInputOf<'organisations:update'>,
  clock: Clock,
): Promise<OrganisationView> {
  const { id, expectedVersion, ...fields } = input;
  const changes: OrganisationUpdate = {};
  if (fields.name !== undefined) changes.name = fields.name;
  if (fields.kind !== undefined) changes.kind = fields.kind;
  if (fields.orgNumber !== undefined) changes.orgNumber = fields.orgNumber?.trim() || null;
  if (fields.officialCode !== undefined) changes.officialCode = fields.officialCode?.trim() || null;
  if (fields.countryCode !== undefined) changes.countryCode = fields.countryCode;
  if (fields.notes !== undefined) changes.notes = fields.notes?.trim() ? fields.notes : null;

  return db.transaction().execute(async (trx) => {
    const before = await findOrganisation(trx, id);
    if (!before) throw notFound(id);
    if (Object.keys(changes).length === 0) return withRowVersion(trx, 'organisations', toRecord(before));
    await checkCodeFree(trx, { ...before, ...changes }, id);
    await updateOrganisationRow(trx, id, changes, expectedVersion);
    const after = await findOrganisation(trx, id);
    if (!after) throw notFound(id);
    await audit(trx, clock, 'organisation', id, 'update', before, after);
    return withRowVersion(trx, 'organisations', toRecord(after));
  });
}

export async function listAllOrganisations(db: Kysely<Database>): Promise<OrganisationRecord[]> {
  return (await listOrganisations(db)).map(toRecord);
}

/** Two organisations of one country and kind cannot share an official code: codes are how picks and imports match. */
async function checkCodeFree(db: Kysely<Database>, organisation: Pick<OrganisationRow, 'countryCode' | 'kind' | 'officialCode'>, exceptId?: number): Promise<void> {
  if (!organisation.officialCode) return;
  const clash = (await listOrganisationsWithCode(db)).find(
    (o) => o.id !== exceptId && o.countryCode === organisation.countryCode && o.kind === organisation.kind && o.officialCode === organisation.officialCode,
  );
  if (clash) throw new AndelError('CONFLICT', ref('error.organisation.codeTaken', { name: clash.name, code: organisation.officialCode ?? '' }), [issue('officialCode', 'error.organisation.codeTakenField', { name: clash.name })]);
}

export async function createOrganisation(
  db: Kysely<Database>,
  input: ParsedInputOf<'organisations:create'>,
  clock: Clock,
): Promise<OrganisationRecord> {
  const row = {
    name: input.name,
    kind: input.kind,
    orgNumber: input.orgNumber?.trim() || null,
    officialCode: input.officialCode?.trim() || null,
    countryCode: input.countryCode,
    notes: input.notes?.trim() ? input.notes : null,
  };
  return db.transaction().execute(async (trx) => {
    await checkCodeFree(trx, row);
    const id = await insertOrganisation(trx, row);
    const created = await findOrganisation(trx, id);
    if (!created) throw notFound(id);
    await audit(trx, clock, 'organisation', id, 'create', null, created);
    return toRecord(created);
  });
}

/** Deletes organisations nothing refers to (the undo of creating them); refuses the whole step otherwise. */
/** Deletes organisations nothing refers to; each with its `expectedVersions` entry, only as it was read. */
export async function deleteOrganisations(db: Kysely<Database>, input: ParsedInputOf<'organisations:delete'>, clock: Clock): Promise<OrganisationRecord[]> {
  return db.transaction().execute(async (trx) => {
    const deleted: OrganisationRecord[] = [];
    for (const [index, id] of input.ids.entries()) {
      const before = await findOrganisation(trx, id);
      if (!before) throw notFound(id);
      const references = await countOrganisationReferences(trx, id);
      if (references > 0) throw new AndelError('CONFLICT', ref('error.organisation.stillReferred', { name: before.name, count: references }));
      await deleteOrganisationRow(trx, id, input.expectedVersions?.[index]);
      await audit(trx, clock, 'organisation', id, 'delete', before, null);
      deleted.push(toRecord(before));
    }
    return deleted;
  });
}
