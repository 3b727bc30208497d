/**
 * What a file says about its schema, read through a plain connection (no Kysely, no writes), so
 * it works on the immutable probe as well as on the real connection.
 */
import { knownMigrationNames } from './migrations/migration-names';
import type { SqliteDatabase } from './sqlite-connection';

export interface MigrationState {
  applied: string[];
  /** Applied migrations this build does not know: the file comes from a newer Andel. */
  unknown: string[];
  /** Known migrations not yet applied. */
  pending: string[];
}

function hasTable(sqlite: SqliteDatabase, table: string): boolean {
  return sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
}

export function readMigrationState(sqlite: SqliteDatabase): MigrationState {
  const applied = hasTable(sqlite, 'kysely_migration')
    ? sqlite.prepare('SELECT name FROM kysely_migration ORDER BY name').pluck().all().map(String)
    : [];
  const known = new Set(knownMigrationNames);
  const done = new Set(applied);
  return {
    applied,
    unknown: applied.filter((name) => !known.has(name)),
    pending: knownMigrationNames.filter((name) => !done.has(name)),
  };
}

export function hasAndelMeta(sqlite: SqliteDatabase): boolean {
  if (!hasTable(sqlite, 'meta')) return false;
  const row = sqlite.prepare('SELECT format FROM meta WHERE id = 1').get() as { format?: unknown } | undefined;
  return row?.format === 'andel-workspace';
}
