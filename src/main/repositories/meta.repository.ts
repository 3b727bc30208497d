import type { Db } from '../db/db-handle';
import { sql } from 'kysely';
import type { WorkspaceInit } from '../db/create-workspace';
import type { MetaRow, WorkspaceTableName } from '../db/database.types';

export async function getMeta(db: Db): Promise<MetaRow> {
  return db.selectFrom('meta').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
}

/** The one meta row of a new workspace (a file or a PostgreSQL database). */
export async function insertMeta(db: Db, init: WorkspaceInit, createdAt: Date): Promise<void> {
  await db
    .insertInto('meta')
    .values({ id: 1, format: 'andel-workspace', workspaceName: init.name, defaultCurrency: init.defaultCurrency, locale: init.locale, createdAt: createdAt.toISOString() })
    .execute();
}

/** Applied migration names, oldest first. */
export async function listAppliedMigrations(db: Db): Promise<string[]> {
  const result = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return result.rows.map((row) => row.name);
}

export async function countRows(db: Db, tables: readonly WorkspaceTableName[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    // Table names come from the fixed list in database.types, never from input.
    const result = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db);
    counts[table] = Number(result.rows[0]?.n ?? 0);
  }
  return counts;
}
