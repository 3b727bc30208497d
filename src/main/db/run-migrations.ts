import { Migrator, sql, type Kysely } from 'kysely';
import { AndelError } from '../../shared/errors';
import { ref } from '../../shared/i18n/translate';
import type { Database } from './database.types';
import { isPostgres } from './dialect';
import { migrationProvider } from './migrations/migration-provider';
import { postgresMigrationProvider } from './migrations/pg-migration-provider';

/**
 * Brings the schema up to `target` (the latest by default) and records the level in
 * `PRAGMA user_version`, which lives in the file header so a newer file can be refused by reading
 * 100 bytes. On PostgreSQL the same names run in their PostgreSQL form (pg-migration-provider.ts)
 * and the level is the kysely_migration table alone.
 */
export async function runMigrations(db: Kysely<Database>, target?: string): Promise<void> {
  // Migrations are frozen snake_case SQL: they run without the camelCase plugin.
  const postgres = isPostgres(db);
  const migrator = new Migrator({ db: db.withoutPlugins(), provider: postgres ? postgresMigrationProvider : migrationProvider });
  const { error } = target ? await migrator.migrateTo(target) : await migrator.migrateToLatest();
  if (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AndelError('INTERNAL', ref('error.workspace.migrationFailed', { reason }));
  }
  if (postgres) return;
  const applied = await sql<{ count: number }>`SELECT count(*) AS count FROM kysely_migration`.execute(db);
  const level = Number(applied.rows[0]?.count ?? 0);
  // Written only when it changes: opening a current workspace must not touch its header.
  const current = await sql<{ user_version: number }>`PRAGMA user_version`.execute(db);
  if (Number(current.rows[0]?.user_version) !== level) await sql.raw(`PRAGMA user_version = ${level}`).execute(db);
}
