/**
 * Row versions in the contract (docs/storage-postgres.md, "Row versions"). A screen reads a row
 * with its `rowVersion` and sends it back as `expectedVersion` with its save; main refuses the save
 * with CONFLICT (`error.rowVersion.staleBy`: what changed, who, when) when the row has moved on, and
 * writes nothing. Without `expectedVersion` (the CLI, the scripting API) the last writer wins.
 */
import { z } from 'zod';
import { entityId } from '../domain/ids';
import { keyedCheck, keyedRefine } from '../i18n/zod-issues';

/** A row's version: 1 when the row is made (migration 0801's default), one more with every change. */
const rowVersion = z.number().int().min(1, keyedCheck('error.field.versionAtLeastOne'));
export const FIRST_ROW_VERSION = 1;

/** The version of the row the caller read; absent: write whatever the row's version is now. */
export const expectedVersion = rowVersion.optional();

/**
 * Rows to remove by id, each (optionally) from the version it was read at: `expectedVersions[i]` is
 * `ids[i]`'s. Undo sends the version its own add got, so it never removes a row someone changed since.
 */
export const removalInput = z
  .object({
    ids: z.array(entityId).min(1).max(1000),
    expectedVersions: z.array(rowVersion).max(1000).optional(),
  })
  .strict()
  .refine((input) => input.expectedVersions === undefined || input.expectedVersions.length === input.ids.length, {
    ...keyedRefine('error.field.versionPerId'),
    path: ['expectedVersions'],
  });

/** A row as read for editing: its version, to send back as `expectedVersion`. */
export interface RowVersioned {
  rowVersion: number;
}

const staleKeys: ReadonlySet<string | undefined> = new Set(['error.rowVersion.stale', 'error.rowVersion.staleBy', 'error.rowVersion.deleted']);

/** Whether an API error is a save refused because the row changed, or was deleted, since it was read (the screen offers to reload). */
export function isStaleWrite(error: { code: string; messageKey?: string | undefined }): boolean {
  return error.code === 'CONFLICT' && staleKeys.has(error.messageKey);
}
