import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import type { WorkspaceInfo } from '../../../shared/api/channels/workspace.channels';
import type { MessageRef } from '../../../shared/i18n/translate';
import { workspaceTables, type Database } from '../../db/database.types';
import { countRows, listAppliedMigrations } from '../../repositories/meta.repository';

/** Path, schema version (the last applied migration), row counts per table and the warning about where it lies. */
export async function getWorkspaceInfo(db: Kysely<Database>, path: string, warning: MessageRef | null = null): Promise<WorkspaceInfo> {
  return db.transaction().execute(async (trx) => {
    const migrations = await listAppliedMigrations(trx);
    return {
      path,
      fileName: basename(path),
      schemaVersion: migrations[migrations.length - 1] ?? 'none',
      counts: await countRows(trx, workspaceTables),
      warning,
    };
  });
}
