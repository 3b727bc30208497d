import type { Kysely, Transaction } from 'kysely';
import type { Database, NewAuditEntry } from '../db/database.types';

type Db = Kysely<Database> | Transaction<Database>;

export async function insertAuditEntry(db: Db, entry: NewAuditEntry): Promise<void> {
  await db.insertInto('auditLog').values(entry).execute();
}
