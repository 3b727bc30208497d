/**
 * The audit trail: every recorded change (time, what, old → new), newest first, filterable. Read
 * only: nothing in the contract changes or deletes an audit entry.
 */
import { z } from 'zod';
import { isoDate } from '../../iso-date';
import { query } from '../define';
import { keyedPattern, keyedRefine } from '../../i18n/zod-issues';

export interface AuditFieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface AuditEntryView {
  id: number;
  /** When (UTC, ISO 8601). */
  at: string;
  /** What: the kind of record (`organisation`, `metric_value`, `scenario`, …) and its id. */
  entity: string;
  entityId: number | null;
  action: 'create' | 'update' | 'delete';
  /** The record before and after the change (null for a create / a delete). */
  before: unknown;
  after: unknown;
  /** The fields that differ, old → new (every field of the record for a create or a delete). */
  changes: AuditFieldChange[];
  /** Who made the change (a server user or the desktop's OS user); null for older entries. */
  actor: string | null;
}

export interface AuditPage {
  entries: AuditEntryView[];
  /** Pass as `beforeId` to get the next (older) page; null when there is none. */
  nextBeforeId: number | null;
}

export const AUDIT_PAGE_MAX = 500;

const auditListInput = z
  .object({
    entity: z.string().regex(keyedPattern(/^[a-z][a-z_]{0,39}$/, 'error.field.pattern.recordKind'), 'expected a record kind such as organisation or metric_value').optional(),
    entityId: z.number().int().positive().optional(),
    /** First and last day (inclusive, UTC). */
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** Found anywhere in the old or new values (case-insensitive for ASCII letters). */
    text: z.string().trim().min(1).max(200).optional(),
    limit: z.number().int().min(1).max(AUDIT_PAGE_MAX).optional(),
    beforeId: z.number().int().positive().optional(),
  })
  .strict()
  .refine((input) => !input.from || !input.to || input.from <= input.to, { ...keyedRefine('error.field.fromAfterTo'), path: ['to'] });

export const auditChannels = {
  'audit:list': query<typeof auditListInput, AuditPage>(auditListInput),
} as const;
