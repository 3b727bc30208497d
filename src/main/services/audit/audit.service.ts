/**
 * Reading the audit trail. Entries are written by the services that change things, in the same
 * transaction as the change (see insertAuditEntry); this only reads and explains them.
 */
import type { Kysely } from 'kysely';
import type { AuditEntryView, AuditFieldChange, AuditPage } from '../../../shared/api/channels/audit.channels';
import type { AuditLogRow, Database } from '../../db/database.types';
import { listAuditEntries } from '../../repositories/audit.repository';
import type { ParsedInputOf } from '../service-types';

export const AUDIT_PAGE_DEFAULT = 200;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The fields that differ between two stored versions of a record, old → new, in field order. */
export function diffRecords(before: unknown, after: unknown): AuditFieldChange[] {
  if (!isRecord(before) && !isRecord(after)) return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ field: '', before, after }];
  const old = isRecord(before) ? before : {};
  const next = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(old), ...Object.keys(next)])];
  return fields
    .filter((field) => JSON.stringify(old[field]) !== JSON.stringify(next[field]))
    .map((field) => ({ field, before: old[field] ?? null, after: next[field] ?? null }));
}

function parse(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json; // the column is CHECK(json_valid), so this is only a guard
  }
}

function toView(row: AuditLogRow): AuditEntryView {
  const before = parse(row.before);
  const after = parse(row.after);
  return {
    id: row.id,
    at: row.at,
    entity: row.entity,
    entityId: row.entityId,
    action: row.action as AuditEntryView['action'],
    before,
    after,
    changes: diffRecords(before, after),
    actor: row.actor,
  };
}

export async function listAudit(db: Kysely<Database>, input: ParsedInputOf<'audit:list'>): Promise<AuditPage> {
  const limit = input.limit ?? AUDIT_PAGE_DEFAULT;
  // One more than asked tells whether an older page exists.
  const rows = await listAuditEntries(db, { ...input, limit: limit + 1 });
  const entries = rows.slice(0, limit).map(toView);
  return { entries, nextBeforeId: rows.length > limit ? (entries[entries.length - 1]?.id ?? null) : null };
}
