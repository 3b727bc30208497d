/**
 * A look at a workspace file without opening it for work: no lock, no migration written, no write
 * (src/main/db/read-workspace.ts), so it works while the file is open in the app and counts what
 * the app has committed.
 */
import { workspaceTables } from '../db/database.types';
import { knownMigrationNames } from '../db/migrations/migration-names';
import { readingWorkspace } from '../db/read-workspace';
import type { ConnectionOptions } from '../db/sqlite-connection';
import { countRows, getMeta, listAppliedMigrations } from '../repositories/meta.repository';

export interface WorkspaceSummary {
  path: string;
  workspaceName: string;
  defaultCurrency: string;
  locale: string;
  createdAt: string;
  /** The last applied migration. */
  schemaVersion: string;
  schemaLevel: number;
  /** Migrations this build would apply on the next open (after a backup). */
  pendingMigrations: string[];
  counts: Record<string, number>;
}

export async function readWorkspaceSummary(pathGiven: string, options: ConnectionOptions = {}): Promise<WorkspaceSummary> {
  return readingWorkspace(pathGiven, async (db, path) => {
    const applied = await listAppliedMigrations(db);
    const meta = await getMeta(db);
    const counts = await countRows(db, workspaceTables);
    return {
      path,
      workspaceName: meta.workspaceName,
      defaultCurrency: meta.defaultCurrency,
      locale: meta.locale,
      createdAt: meta.createdAt,
      schemaVersion: applied[applied.length - 1] ?? 'none',
      schemaLevel: applied.length,
      pendingMigrations: knownMigrationNames.filter((name) => !applied.includes(name)),
      counts,
    };
  }, options);
}
