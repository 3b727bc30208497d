import { sql } from 'kysely';
import { currentActor } from '../db/audit-actor';
import type { AuditLogRow, NewAuditEntry } from '../db/database.types';
import type { Db } from '../db/db-handle';

export async function insertAuditEntry(db: Db, entry: NewAuditEntry): Promise<void> {
  // Stamped with who is making the change (the server's user, the desktop's OS user) unless given.
  await db.insertInto('auditLog').values({ ...entry, actor: entry.actor ?? currentActor() }).execute();
}

export interface AuditFilter {
  entity?: string | undefined;
  entityId?: number | undefined;
  /** Inclusive UTC days, YYYY-MM-DD. */
  from?: string | undefined;
  to?: string | undefined;
  text?: string | undefined;
  beforeId?: number | undefined;
  limit: number;
}

const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Audit entries matching the filter, newest first (by id: the order they were written). */
export async function listAuditEntries(db: Db, filter: AuditFilter): Promise<AuditLogRow[]> {
  let query = db.selectFrom('auditLog').selectAll();
  if (filter.entity !== undefined) query = query.where('entity', '=', filter.entity);
  if (filter.entityId !== undefined) query = query.where('entityId', '=', filter.entityId);
  if (filter.from !== undefined) query = query.where(sql<string>`substr(at, 1, 10)`, '>=', filter.from);
  if (filter.to !== undefined) query = query.where(sql<string>`substr(at, 1, 10)`, '<=', filter.to);
  if (filter.beforeId !== undefined) query = query.where('id', '<', filter.beforeId);
  if (filter.text !== undefined) {
    // lower() on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not.
    const pattern = likePattern(filter.text);
    query = query.where((eb) =>
      eb.or([sql<boolean>`lower(${eb.ref('before')}) LIKE lower(${pattern}) ESCAPE '\\'`, sql<boolean>`lower(${eb.ref('after')}) LIKE lower(${pattern}) ESCAPE '\\'`]),
    );
  }
  return query.orderBy('id', 'desc').limit(filter.limit).execute();
}
