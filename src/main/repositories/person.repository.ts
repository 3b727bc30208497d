import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../db/db-handle';
import type { PersonTable } from '../db/database.types';

export type PersonRow = Selectable<PersonTable>;

const columns = ['id', 'name', 'title', 'organisationId', 'email'] as const;

export async function listPersons(db: Db, organisationId?: number): Promise<PersonRow[]> {
  let query = db.selectFrom('persons').select(columns);
  if (organisationId !== undefined) query = query.where('organisationId', '=', organisationId);
  return query.orderBy('name').orderBy('id').execute();
}

export async function findPerson(db: Db, id: number): Promise<PersonRow | undefined> {
  return db.selectFrom('persons').select(columns).where('id', '=', id).executeTakeFirst();
}

export async function insertPerson(db: Db, values: Insertable<PersonTable>): Promise<number> {
  const row = await db.insertInto('persons').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Names of organisations by id, for labels (organisation ids are shared by seats, parties, persons). */
export async function listOrganisationNames(db: Db, ids: readonly number[]): Promise<{ id: number; name: string; kind: string }[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('organisations').select(['id', 'name', 'kind']).where('id', 'in', [...new Set(ids)]).execute();
}

export async function organisationExists(db: Db, id: number): Promise<boolean> {
  return (await db.selectFrom('organisations').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}
