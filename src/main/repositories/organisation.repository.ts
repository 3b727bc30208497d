import type { Kysely, Transaction } from 'kysely';
import type { Database, NewOrganisation, OrganisationRow, OrganisationUpdate } from '../db/database.types';

type Db = Kysely<Database> | Transaction<Database>;

const columns = ['id', 'name', 'kind', 'orgNumber', 'officialCode', 'countryCode', 'notes'] as const;

export async function findOrganisation(db: Db, id: number): Promise<OrganisationRow | undefined> {
  return db.selectFrom('organisations').select(columns).where('id', '=', id).executeTakeFirst();
}

export async function listOrganisations(db: Db): Promise<OrganisationRow[]> {
  return db.selectFrom('organisations').select(columns).orderBy('id').execute();
}

export async function updateOrganisation(db: Db, id: number, changes: OrganisationUpdate): Promise<void> {
  await db.updateTable('organisations').set(changes).where('id', '=', id).execute();
}

export async function insertOrganisation(db: Db, row: NewOrganisation): Promise<number> {
  const inserted = await db.insertInto('organisations').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function deleteOrganisationRow(db: Db, id: number): Promise<void> {
  await db.deleteFrom('organisations').where('id', '=', id).execute();
}

/** Organisations with an official code, for matching picks from the reference list. */
export async function listOrganisationsWithCode(db: Db): Promise<OrganisationRow[]> {
  return db.selectFrom('organisations').select(columns).where('officialCode', 'is not', null).orderBy('id').execute();
}

/** Where an organisation is referred to, besides its own metric values (which a delete takes along). */
export async function countOrganisationReferences(db: Db, id: number): Promise<number> {
  const checks = [
    db.selectFrom('participations').select((eb) => eb.fn.countAll<number>().as('n')).where((eb) => eb.or([eb('organisationId', '=', id), eb('viaOrganisationId', '=', id)])),
    db.selectFrom('cooperations').select((eb) => eb.fn.countAll<number>().as('n')).where('hostOrganisationId', '=', id),
    db.selectFrom('persons').select((eb) => eb.fn.countAll<number>().as('n')).where('organisationId', '=', id),
    db.selectFrom('seats').select((eb) => eb.fn.countAll<number>().as('n')).where('organisationId', '=', id),
    db.selectFrom('agreementParties').select((eb) => eb.fn.countAll<number>().as('n')).where('organisationId', '=', id),
    db.selectFrom('agreements').select((eb) => eb.fn.countAll<number>().as('n')).where('counterpartyOrganisationId', '=', id),
    db.selectFrom('fundingSources').select((eb) => eb.fn.countAll<number>().as('n')).where('funderOrganisationId', '=', id),
    db.selectFrom('metricValues').select((eb) => eb.fn.countAll<number>().as('n')).where('organisationId', '=', id),
  ];
  let total = 0;
  for (const check of checks) total += Number((await check.executeTakeFirstOrThrow()).n);
  return total;
}
