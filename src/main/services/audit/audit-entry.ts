/** The audit entry every change writes, stamped with the injected clock, inside the change's transaction. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.types';
import { canonicalJson } from '../../document/canonical-json';
import { insertAuditEntry } from '../../repositories/audit.repository';
import type { Clock } from '../clock';

export async function audit(
  db: Kysely<Database> | Transaction<Database>,
  clock: Clock,
  entity: string,
  entityId: number,
  action: 'create' | 'update' | 'delete',
  before: unknown,
  after: unknown,
): Promise<void> {
  await insertAuditEntry(db, {
    at: clock().toISOString(),
    entity,
    entityId,
    action,
    before: canonicalJson(before ?? null),
    after: canonicalJson(after ?? null),
  });
}
