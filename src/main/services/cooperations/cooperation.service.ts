/** Cooperations: list, read, create, edit, archive (and delete an empty one, the undo of create). */
import type { Kysely } from 'kysely';
import type { Db } from '../../db/db-handle';
import type { CooperationChange, CooperationView } from '../../../shared/api/channels/cooperations.channels';
import { AndelError, invalidField, notFoundError, ref, unknownReference } from '../../../shared/errors';
import type { CooperationUpdate, Database } from '../../db/database.types';
import {
  countCooperationContents, countParticipantsByRole, deleteCooperationRow, findCooperation, insertCooperation, listCooperations,
  updateCooperationRow, type CooperationWithHost,
} from '../../repositories/cooperation.repository';
import { findOrganisation } from '../../repositories/organisation.repository';
import { listParticipants } from '../../repositories/participation.repository';
import { audit } from '../audit/audit-entry';
import type { Clock } from '../clock';
import type { CooperationSummary, ParsedInputOf } from '../service-types';

// kind and country_code are CHECK-constrained to the contract's values.
const toView = (row: CooperationWithHost): CooperationView => row as CooperationView;

const notFound = (id: number): AndelError => notFoundError('cooperation', id);

async function viewOf(db: Db, id: number): Promise<CooperationView> {
  const row = await findCooperation(db, id);
  if (!row) throw notFound(id);
  return toView(row);
}

async function summaries(db: Db, rows: CooperationWithHost[]): Promise<CooperationSummary[]> {
  const counts = await countParticipantsByRole(db);
  const countOf = (cooperationId: number, role: string): number =>
    counts.find((c) => c.cooperationId === cooperationId && c.role === role)?.count ?? 0;
  return rows.map((row) => ({
    ...toView(row),
    memberCount: countOf(row.id, 'member'),
    observerCount: countOf(row.id, 'observer'),
    administrativePartyCount: countOf(row.id, 'administrative_party'),
  }));
}

export async function listCooperationSummaries(db: Kysely<Database>, input: ParsedInputOf<'cooperations:list'> = {}): Promise<CooperationSummary[]> {
  return db.transaction().execute(async (trx) => {
    const rows = await listCooperations(trx);
    return summaries(trx, input.includeArchived ? rows : rows.filter((row) => row.archivedOn === null));
  });
}

export async function getCooperation(db: Kysely<Database>, id: number): Promise<CooperationSummary> {
  return db.transaction().execute(async (trx) => {
    const row = await findCooperation(trx, id);
    if (!row) throw notFound(id);
    const [summary] = await summaries(trx, [row]);
    return summary!;
  });
}

async function checkHost(db: Db, hostOrganisationId: number | null | undefined): Promise<void> {
  if (hostOrganisationId && !(await findOrganisation(db, hostOrganisationId))) {
    throw unknownReference('hostOrganisationId', 'organisation', hostOrganisationId);
  }
}

const text = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);

export async function createCooperation(db: Kysely<Database>, input: ParsedInputOf<'cooperations:create'>, clock: Clock): Promise<CooperationView> {
  return db.transaction().execute(async (trx) => {
    await checkHost(trx, input.hostOrganisationId);
    const id = await insertCooperation(trx, {
      name: input.name,
      kind: input.kind,
      currency: input.currency,
      countryCode: input.countryCode,
      description: text(input.description),
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      hostOrganisationId: input.hostOrganisationId ?? null,
      archivedOn: null,
    });
    const value = await viewOf(trx, id);
    await audit(trx, clock, 'cooperation', id, 'create', null, value);
    return value;
  });
}

export async function updateCooperation(db: Kysely<Database>, input: ParsedInputOf<'cooperations:update'>, clock: Clock): Promise<CooperationChange> {
  const { id, ...fields } = input;
  return db.transaction().execute(async (trx) => {
    const previous = await viewOf(trx, id);
    const startDate = fields.startDate === undefined ? previous.startDate : fields.startDate;
    const endDate = fields.endDate === undefined ? previous.endDate : fields.endDate;
    if (startDate && endDate && endDate < startDate) throw invalidField('endDate', 'error.cooperation.endsBeforeStart', { endDate, startDate });
    await checkHost(trx, fields.hostOrganisationId);
    const changes: CooperationUpdate = {};
    if (fields.name !== undefined) changes.name = fields.name;
    if (fields.kind !== undefined) changes.kind = fields.kind;
    if (fields.currency !== undefined) changes.currency = fields.currency;
    if (fields.countryCode !== undefined) changes.countryCode = fields.countryCode;
    if (fields.description !== undefined) changes.description = text(fields.description);
    if (fields.startDate !== undefined) changes.startDate = fields.startDate;
    if (fields.endDate !== undefined) changes.endDate = fields.endDate;
    if (fields.hostOrganisationId !== undefined) changes.hostOrganisationId = fields.hostOrganisationId;
    if (Object.keys(changes).length === 0) return { value: previous, previous };
    await updateCooperationRow(trx, id, changes);
    const value = await viewOf(trx, id);
    await audit(trx, clock, 'cooperation', id, 'update', previous, value);
    return { value, previous };
  });
}

/** Archives (dated today) or brings back; archiving twice keeps the first date. */
export async function archiveCooperation(db: Kysely<Database>, input: ParsedInputOf<'cooperations:archive'>, clock: Clock): Promise<CooperationChange> {
  return db.transaction().execute(async (trx) => {
    const previous = await viewOf(trx, input.id);
    const archivedOn = input.archived ? (previous.archivedOn ?? clock().toISOString().slice(0, 10)) : null;
    if (archivedOn === previous.archivedOn) return { value: previous, previous };
    await updateCooperationRow(trx, input.id, { archivedOn });
    const value = await viewOf(trx, input.id);
    await audit(trx, clock, 'cooperation', input.id, 'update', previous, value);
    return { value, previous };
  });
}

/** Deletes a cooperation that holds nothing: no participants, bodies, agreements, budget, keys or scenarios. */
export async function deleteCooperation(db: Kysely<Database>, id: number, clock: Clock): Promise<CooperationView> {
  return db.transaction().execute(async (trx) => {
    const previous = await viewOf(trx, id);
    const contents = (await listParticipants(trx, id)).length + (await countCooperationContents(trx, id));
    if (contents > 0) {
      throw new AndelError('CONFLICT', ref('error.cooperation.notEmpty', { name: previous.name, count: contents }));
    }
    await deleteCooperationRow(trx, id);
    await audit(trx, clock, 'cooperation', id, 'delete', previous, null);
    return previous;
  });
}
