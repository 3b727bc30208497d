import type { ParticipantRow } from '../../shared/api/channels/cooperations.channels';
import type { Db } from '../db/db-handle';
import type { NewParticipation } from '../db/database.types';
import { rowVersionColumn, versionedUpdate } from './row-version';

export interface ParticipationDetailRow {
  id: number;
  cooperationId: number;
  cooperationName: string;
  role: string;
  joinedOn: string | null;
  leftOn: string | null;
  viaOrganisationId: number | null;
  viaOrganisationName: string | null;
  rowVersion: number;
}

function detailQuery(db: Db) {
  return db
    .selectFrom('participations as p')
    .innerJoin('cooperations as c', 'c.id', 'p.cooperationId')
    .leftJoin('organisations as via', 'via.id', 'p.viaOrganisationId')
    .select(['p.id', 'p.cooperationId', 'c.name as cooperationName', 'p.role', 'p.joinedOn', 'p.leftOn', 'p.viaOrganisationId', 'via.name as viaOrganisationName', rowVersionColumn('p')]);
}

export async function listParticipationDetails(db: Db, organisationId: number): Promise<ParticipationDetailRow[]> {
  return detailQuery(db).where('p.organisationId', '=', organisationId).orderBy('c.name').orderBy('p.id').execute();
}

export async function findParticipationDetail(db: Db, id: number): Promise<ParticipationDetailRow | undefined> {
  return detailQuery(db).where('p.id', '=', id).executeTakeFirst();
}

/** Updates the participation and its row version; with `expectedVersion`, refuses a stale write (row-version.ts). */
export async function updateParticipationRow(
  db: Db,
  id: number,
  changes: { role: string; joinedOn: string | null; leftOn: string | null; viaOrganisationId?: number | null },
  expectedVersion?: number,
): Promise<void> {
  await versionedUpdate(db, { table: 'participations', entity: 'participation', id }, expectedVersion, async (trx) => {
    await trx.updateTable('participations').set(changes).where('id', '=', id).execute();
  });
}

/** A participant as the join reads it: the contract's row with the role as stored text (the service narrows it). */
export type ParticipantDetailRow = Omit<ParticipantRow, 'role'> & { role: string };

function participantQuery(db: Db) {
  return db
    .selectFrom('participations as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisationId')
    .leftJoin('organisations as via', 'via.id', 'p.viaOrganisationId')
    .select([
      'p.id', 'p.cooperationId', 'p.organisationId', 'o.name as organisationName', 'o.kind as organisationKind', 'o.officialCode', 'o.countryCode',
      'p.role', 'p.joinedOn', 'p.leftOn', 'p.viaOrganisationId', 'via.name as viaOrganisationName', rowVersionColumn('p'),
    ]);
}

export async function listParticipants(db: Db, cooperationId: number): Promise<ParticipantDetailRow[]> {
  return participantQuery(db).where('p.cooperationId', '=', cooperationId).orderBy('o.name').orderBy('p.id').execute();
}

export async function findParticipant(db: Db, id: number): Promise<ParticipantDetailRow | undefined> {
  return participantQuery(db).where('p.id', '=', id).executeTakeFirst();
}

export async function insertParticipation(db: Db, row: NewParticipation): Promise<number> {
  const inserted = await db.insertInto('participations').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

/** Deletes the participation; with `expectedVersion`, only if it is still the one read (else CONFLICT, naming who changed it). */
export async function deleteParticipation(db: Db, id: number, expectedVersion?: number): Promise<void> {
  await versionedUpdate(db, { table: 'participations', entity: 'participation', id }, expectedVersion, async (trx) => {
    await trx.deleteFrom('participations').where('id', '=', id).execute();
  });
}

/** Participations that name `organisationId` as the party invoicing for them. */
export async function countInvoicedVia(db: Db, cooperationId: number, organisationId: number): Promise<number> {
  const row = await db
    .selectFrom('participations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('cooperationId', '=', cooperationId)
    .where('viaOrganisationId', '=', organisationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
