/**
 * Row versions for what several people edit at once on a shared workspace: members' data
 * (organisations, participations, metric values), keys, scenarios, budget lines and decisions.
 * Each row starts at 1 and every update adds 1; a write made from an older version is refused
 * (src/main/repositories/row-version.ts) instead of silently replacing what someone else saved.
 *
 * Added columns only, with the schema builder; the CHECK is valid in SQLite and PostgreSQL.
 * Frozen in time: never imports app code, never changes once released.
 */
import { sql, type Kysely } from 'kysely';

export const versionedTables = ['organisations', 'participations', 'metric_values', 'distribution_keys', 'scenarios', 'budget_lines', 'decisions'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of versionedTables) {
    await db.schema
      .alterTable(table)
      .addColumn('row_version', 'integer', (col) => col.notNull().defaultTo(1).check(sql`row_version >= 1`))
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...versionedTables].reverse()) await db.schema.alterTable(table).dropColumn('row_version').execute();
}
