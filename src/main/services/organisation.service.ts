import type { Kysely } from 'kysely';
import type { OrganisationRecord } from '../../shared/document/workspace-document.schema';
import { AndelError } from '../../shared/errors';
import type { Database, OrganisationRow, OrganisationUpdate } from '../db/database.types';
import { findOrganisation, updateOrganisation as updateOrganisationRow } from '../repositories/organisation.repository';
import { audit } from './audit-entry';
import type { Clock } from './clock';
import type { ParsedInputOf } from './service-types';

// The kind column is CHECK-constrained to the schema's kinds, so a stored row is a valid record.
const toRecord = (row: OrganisationRow): OrganisationRecord => row as OrganisationRecord;

const notFound = (id: number): AndelError => new AndelError('NOT_FOUND', `There is no organisation with id ${id}.`);

export async function getOrganisation(db: Kysely<Database>, id: number): Promise<OrganisationRecord> {
  const row = await findOrganisation(db, id);
  if (!row) throw notFound(id);
  return toRecord(row);
}

/** Changes the fields given (null clears an optional one) and records before/after in the audit log. */
export async function updateOrganisation(
  db: Kysely<Database>,
  input: ParsedInputOf<'organisations:update'>,
  clock: Clock,
): Promise<OrganisationRecord> {
  const { id, ...fields } = input;
  const changes: OrganisationUpdate = {};
  if (fields.name !== undefined) changes.name = fields.name;
  if (fields.kind !== undefined) changes.kind = fields.kind;
  if (fields.orgNumber !== undefined) changes.orgNumber = fields.orgNumber?.trim() || null;
  if (fields.officialCode !== undefined) changes.officialCode = fields.officialCode?.trim() || null;
  if (fields.notes !== undefined) changes.notes = fields.notes?.trim() ? fields.notes : null;

  return db.transaction().execute(async (trx) => {
    const before = await findOrganisation(trx, id);
    if (!before) throw notFound(id);
    if (Object.keys(changes).length === 0) return toRecord(before);
    await updateOrganisationRow(trx, id, changes);
    const after = await findOrganisation(trx, id);
    if (!after) throw notFound(id);
    await audit(trx, clock, 'organisation', id, 'update', before, after);
    return toRecord(after);
  });
}
