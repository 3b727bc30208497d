/**
 * The participants of one cooperation: add an organisation as member, observer or
 * administrative party, change or end its participation, remove it (the undo of add), and add
 * several from the shipped reference list in one step. "Invoiced via" must name an
 * administrative party of the same cooperation.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Db } from '../../db/db-handle';
import type { AddedMembers, ParticipantChange, ParticipantRow } from '../../../shared/api/channels/cooperations.channels';
import { AndelError, enumParam, invalidField, notFoundError, ref, unknownReference } from '../../../shared/errors';
import { FIRST_ROW_VERSION } from '../../../shared/api/row-version';
import type { Database, OrganisationRow } from '../../db/database.types';
import { findCooperation } from '../../repositories/cooperation.repository';
import { findOrganisation, insertOrganisation, listOrganisationsWithCode } from '../../repositories/organisation.repository';
import {
  countInvoicedVia, deleteParticipation, findParticipant, insertParticipation, listParticipants, updateParticipationRow,
  type ParticipantDetailRow,
} from '../../repositories/participation.repository';
import { findReferenceEntry } from '../../reference/reference-list';
import { audit } from '../audit/audit-entry';
import type { Clock } from '../clock';
import type { ParsedInputOf } from '../service-types';

// The role column is CHECK-constrained to the three roles.
const toRow = (row: ParticipantDetailRow): ParticipantRow => row as ParticipantRow;

async function cooperationName(db: Db, id: number): Promise<string> {
  const cooperation = await findCooperation(db, id);
  if (!cooperation) throw notFoundError('cooperation', id);
  return cooperation.name;
}

async function participantOf(db: Db, id: number): Promise<ParticipantRow> {
  const row = await findParticipant(db, id);
  if (!row) throw notFoundError('participation', id);
  return toRow(row);
}

/** The party invoicing for another must itself take part in the cooperation as administrative party. */
async function checkVia(db: Db, cooperationId: number, organisationId: number, viaOrganisationId: number | null): Promise<void> {
  if (viaOrganisationId === null) return;
  if (viaOrganisationId === organisationId) throw invalidField('viaOrganisationId', 'error.participant.viaItself');
  const parties = await listParticipants(db, cooperationId);
  if (!parties.some((p) => p.organisationId === viaOrganisationId && p.role === 'administrative_party')) {
    // Left unrefused, the engine would ignore the link and charge the group member nothing.
    const via = (await findOrganisation(db, viaOrganisationId))?.name ?? `#${viaOrganisationId}`;
    throw invalidField('viaOrganisationId', 'error.participation.viaNotParty', { via, cooperation: await cooperationName(db, cooperationId) });
  }
}

function checkDates(joinedOn: string | null, leftOn: string | null): void {
  if (joinedOn && leftOn && leftOn < joinedOn) throw invalidField('leftOn', 'error.member.leavesBeforeJoining', { leftOn, joinedOn });
}

export async function listCooperationParticipants(db: Kysely<Database>, cooperationId: number): Promise<ParticipantRow[]> {
  await cooperationName(db, cooperationId);
  return (await listParticipants(db, cooperationId)).map(toRow);
}

/** `participants`, when given, is the cooperation's list as it stands (a batch keeps it up to date instead of reading it per row). */
async function addIn(
  trx: Transaction<Database>,
  input: ParsedInputOf<'cooperations:addParticipant'>,
  clock: Clock,
  participants?: ParticipantDetailRow[],
  known?: OrganisationRow,
): Promise<ParticipantRow> {
  const organisation = known ?? (await findOrganisation(trx, input.organisationId));
  if (!organisation) throw unknownReference('organisationId', 'organisation', input.organisationId);
  const all = participants ?? (await listParticipants(trx, input.cooperationId));
  const current = all.find((p) => p.organisationId === input.organisationId && p.leftOn === null);
  if (current) throw new AndelError('CONFLICT', ref('error.participant.alreadyTakesPart', { name: organisation.name, role: enumParam('participationRole', current.role) }));
  const joinedOn = input.joinedOn ?? null;
  const leftOn = input.leftOn ?? null;
  checkDates(joinedOn, leftOn);
  const viaOrganisationId = input.viaOrganisationId ?? null;
  await checkVia(trx, input.cooperationId, input.organisationId, viaOrganisationId);
  const id = await insertParticipation(trx, {
    cooperationId: input.cooperationId, organisationId: input.organisationId, role: input.role, joinedOn, leftOn, viaOrganisationId, notes: null,
  });
  // With no invoicing party, the row is known without reading it back.
  const value: ParticipantRow =
    viaOrganisationId === null
      ? {
          id, cooperationId: input.cooperationId, organisationId: organisation.id, organisationName: organisation.name, organisationKind: organisation.kind,
          officialCode: organisation.officialCode, countryCode: organisation.countryCode, role: input.role, joinedOn, leftOn, viaOrganisationId: null, viaOrganisationName: null, rowVersion: FIRST_ROW_VERSION,
        }
      : await participantOf(trx, id);
  await audit(trx, clock, 'participation', id, 'create', null, value);
  participants?.push(value);
  return value;
}

export async function addParticipant(db: Kysely<Database>, input: ParsedInputOf<'cooperations:addParticipant'>, clock: Clock): Promise<ParticipantRow> {
  return db.transaction().execute(async (trx) => {
    await cooperationName(trx, input.cooperationId);
    return addIn(trx, input, clock);
  });
}

export async function changeParticipant(db: Kysely<Database>, input: ParsedInputOf<'cooperations:changeParticipant'>, clock: Clock): Promise<ParticipantChange> {
  return db.transaction().execute(async (trx) => {
    const previous = await participantOf(trx, input.id);
    const changes = {
      role: input.role ?? previous.role,
      joinedOn: input.joinedOn === undefined ? previous.joinedOn : input.joinedOn,
      leftOn: input.leftOn === undefined ? previous.leftOn : input.leftOn,
      viaOrganisationId: input.viaOrganisationId === undefined ? previous.viaOrganisationId : input.viaOrganisationId,
    };
    checkDates(changes.joinedOn, changes.leftOn);
    if (input.viaOrganisationId !== undefined) await checkVia(trx, previous.cooperationId, previous.organisationId, changes.viaOrganisationId);
    if (previous.role === 'administrative_party' && changes.role !== 'administrative_party') {
      const invoiced = await countInvoicedVia(trx, previous.cooperationId, previous.organisationId);
      if (invoiced > 0) throw new AndelError('CONFLICT', ref('error.participant.invoicesFor', { name: previous.organisationName, count: invoiced }));
    }
    await updateParticipationRow(trx, input.id, changes, input.expectedVersion);
    const value = await participantOf(trx, input.id);
    await audit(trx, clock, 'participation', input.id, 'update', previous, value);
    return { value, previous };
  });
}

export async function endParticipant(db: Kysely<Database>, input: ParsedInputOf<'cooperations:endParticipant'>, clock: Clock): Promise<ParticipantChange> {
  return changeParticipant(db, { id: input.id, leftOn: input.leftOn }, clock);
}

/**
 * Removes participations outright (the undo of adding them); a party still invoicing for another
 * that stays is refused, and so is (with `expectedVersions`) one changed since it was read.
 */
export async function removeParticipants(db: Kysely<Database>, input: ParsedInputOf<'cooperations:removeParticipants'>, clock: Clock): Promise<ParticipantRow[]> {
  return db.transaction().execute(async (trx) => {
    const rows = await Promise.all(input.ids.map((id) => participantOf(trx, id)));
    const removing = new Set(input.ids);
    for (const row of rows) {
      const dependants = (await listParticipants(trx, row.cooperationId)).filter((p) => p.viaOrganisationId === row.organisationId && !removing.has(p.id));
      if (dependants.length > 0) throw new AndelError('CONFLICT', ref('error.participant.invoicesForStaying', { name: row.organisationName, count: dependants.length }));
    }
    for (const [index, row] of rows.entries()) {
      await deleteParticipation(trx, row.id, input.expectedVersions?.[index]);
      await audit(trx, clock, 'participation', row.id, 'delete', row, null);
    }
    return rows;
  });
}

/**
 * Adds picks from the reference list as participants in one transaction. An organisation is
 * matched by country, kind and official code; one that does not exist yet is created with the
 * list's name.
 */
export async function addMembersFromReference(db: Kysely<Database>, input: ParsedInputOf<'cooperations:addMembers'>, clock: Clock): Promise<AddedMembers> {
  return db.transaction().execute(async (trx) => {
    await cooperationName(trx, input.cooperationId);
    const existing = await listOrganisationsWithCode(trx);
    const current = await listParticipants(trx, input.cooperationId);
    const createdOrganisationIds: number[] = [];
    const participants: ParticipantRow[] = [];
    for (const [index, pick] of input.entries.entries()) {
      const entry = findReferenceEntry(pick.country, pick.kind, pick.code);
      if (!entry) throw invalidField(`entries[${index}].code`, 'error.participant.notInList', { country: pick.country, kind: enumParam('organisationKind', pick.kind), code: pick.code });
      let organisation = existing.find((o) => o.countryCode === entry.country && o.kind === entry.kind && o.officialCode === entry.code);
      if (!organisation) {
        const row = { name: entry.name, kind: entry.kind, orgNumber: null, officialCode: entry.code, countryCode: entry.country, notes: null };
        const id = await insertOrganisation(trx, row);
        organisation = { id, ...row };
        existing.push(organisation);
        createdOrganisationIds.push(id);
        await audit(trx, clock, 'organisation', id, 'create', null, organisation);
      }
      participants.push(await addIn(trx, { cooperationId: input.cooperationId, organisationId: organisation.id, role: input.role, joinedOn: input.joinedOn ?? null }, clock, current, organisation));
    }
    return { participants, createdOrganisationIds };
  });
}
