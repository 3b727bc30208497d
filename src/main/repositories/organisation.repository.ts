import type { Kysely, Transaction } from 'kysely';
import type { Database, OrganisationRow, OrganisationUpdate } from '../db/database.types';

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
