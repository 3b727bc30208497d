import { Migrator, sql, type Kysely } from 'kysely';
import { AndelError } from '../../shared/errors';
import { ref } from '../../shared/i18n/translate';
import type { Database } from './database.types';
import { migrationProvider } from './migrations/migration-provider';

/**
 * Brings the schema up to `target` (the latest by default) and records the level in
 * `PRAGMA user_version`, which lives in the file header so a newer file can be refused by reading
 * 100 bytes.
 */
export async function runMigrations(db: Kysely<Database>, target?: string): Promise<void> {
  // Migrations are frozen snake_case SQL: they run without the camelCase plugin.
  const migrator = new Migrator({ db: db.withoutPlugins(), provider: migrationProvider });
  const { error } = target ? await migrator.migrateTo(target) : await migrator.migrateToLatest();
  if (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AndelError('INTERNAL', ref('error.workspace.migrationFailed', { reason }));
  }
  const applied = await sql<{ count: number }>`SELECT count(*) AS count FROM kysely_migration`.execute(db);
  const level = Number(applied.rows[0]?.count ?? 0);
  // Written only when it changes: opening a current workspace must not touch its header.
  const current = await sql<{ user_version: number }>`PRAGMA user_version`.execute(db);
  if (Number(current.rows[0]?.user_version) !== level) await sql.raw(`PRAGMA user_version = ${level}`).execute(db);
}
