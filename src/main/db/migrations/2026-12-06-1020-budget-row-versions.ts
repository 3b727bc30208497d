/**
 * Row versions for the rest of a budget: staff allocations and funding sources (budget lines have
 * theirs since 0801). Each row starts at 1 and every update adds 1; a write made from an older
 * version is refused (src/main/repositories/row-version.ts).
 *
 * Added columns only, with the schema builder; the CHECK is valid in SQLite and PostgreSQL.
 * Frozen in time: never imports app code, never changes once released.
 */
import { sql, type Kysely } from 'kysely';

const tables = ['staff_allocations', 'funding_sources'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of tables) {
    await db.schema
      .alterTable(table)
      .addColumn('row_version', 'integer', (col) => col.notNull().defaultTo(1).check(sql`row_version >= 1`))
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...tables].reverse()) await db.schema.alterTable(table).dropColumn('row_version').execute();
}
