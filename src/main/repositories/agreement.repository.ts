import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../db/db-handle';
import type { AgreementPartyTable, AgreementTable } from '../db/database.types';

export type AgreementRow = Selectable<AgreementTable>;
export type AgreementPartyRow = Selectable<AgreementPartyTable>;

const columns = [
  'id',
  'cooperationId',
  'type',
  'title',
  'counterpartyOrganisationId',
  'signedOn',
  'startDate',
  'initialTermMonths',
  'renewalMonths',
  'noticeMonths',
  'notes',
] as const;
const partyColumns = ['id', 'agreementId', 'organisationId', 'role'] as const;

export async function listAgreements(db: Db, filter: { cooperationId?: number; type?: AgreementRow['type']; ids?: readonly number[] } = {}): Promise<AgreementRow[]> {
  let query = db.selectFrom('agreements').select(columns);
  if (filter.cooperationId !== undefined) query = query.where('cooperationId', '=', filter.cooperationId);
  if (filter.type !== undefined) query = query.where('type', '=', filter.type);
  if (filter.ids !== undefined) {
    if (filter.ids.length === 0) return [];
    query = query.where('id', 'in', [...filter.ids]);
  }
  return query.orderBy('id').execute();
}

export async function findAgreement(db: Db, id: number): Promise<AgreementRow | undefined> {
  return db.selectFrom('agreements').select(columns).where('id', '=', id).executeTakeFirst();
}

export async function insertAgreement(db: Db, values: Insertable<AgreementTable>): Promise<number> {
  const row = await db.insertInto('agreements').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateAgreement(db: Db, id: number, changes: Updateable<AgreementTable>): Promise<void> {
  await db.updateTable('agreements').set(changes).where('id', '=', id).execute();
}

/** A decision adopting an agreement (a decision link of kind adopts_agreement). */
export interface AdoptingDecisionRow {
  agreementId: number | null;
  decisionId: number;
  number: string;
  status: string;
}

/** Ids per query, well below SQLite's limit on bound parameters. */
const ID_CHUNK = 5000;

/**
 * The decisions adopting the given agreements, in the order of their links: only these
 * agreements' links and decisions are read, not every decision of the workspace.
 */
export async function listAdoptingDecisions(db: Db, agreementIds: readonly number[]): Promise<AdoptingDecisionRow[]> {
  const rows: AdoptingDecisionRow[] = [];
  const chunks: { id: number; row: AdoptingDecisionRow }[] = [];
  for (let start = 0; start < agreementIds.length; start += ID_CHUNK) {
    const part = await db
      .selectFrom('decisionLinks as l')
      .innerJoin('decisions as d', 'd.id', 'l.decisionId')
      .select(['l.id', 'l.agreementId', 'l.decisionId', 'd.number', 'd.status'])
      .where('l.kind', '=', 'adopts_agreement')
      .where('l.agreementId', 'in', agreementIds.slice(start, start + ID_CHUNK))
      .orderBy('l.id')
      .execute();
    for (const { id, ...row } of part) chunks.push({ id, row });
  }
  if (agreementIds.length > ID_CHUNK) chunks.sort((a, b) => a.id - b.id);
  for (const c of chunks) rows.push(c.row);
  return rows;
}

export async function listAgreementParties(db: Db, agreementIds?: readonly number[]): Promise<AgreementPartyRow[]> {
  let query = db.selectFrom('agreementParties').select(partyColumns);
  if (agreementIds !== undefined) {
    if (agreementIds.length === 0) return [];
    query = query.where('agreementId', 'in', [...agreementIds]);
  }
  return query.orderBy('agreementId').orderBy('id').execute();
}

/** Replaces an agreement's parties with `parties`, in the order given. */
export async function replaceAgreementParties(
  db: Db,
  agreementId: number,
  parties: readonly { organisationId: number; role: string }[],
): Promise<void> {
  await db.deleteFrom('agreementParties').where('agreementId', '=', agreementId).execute();
  if (parties.length === 0) return;
  await db
    .insertInto('agreementParties')
    .values(parties.map((party) => ({ agreementId, organisationId: party.organisationId, role: party.role })))
    .execute();
}
