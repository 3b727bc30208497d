/**
 * A hash of everything stored in a workspace (every row of every table, in rowid order, or key order on PostgreSQL), to show
 * that a refused call wrote nothing. File bytes would not do: with WAL the main file lags behind.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../../src/main/db/dialect';

/** Accepts any Kysely instance (its table types do not matter here). */
export async function dbContentHash<DB>(db: Kysely<DB>): Promise<string> {
  const k = db as unknown as Kysely<Record<string, never>>;
  const postgres = isPostgres(k);
  const tables = postgres
    ? await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY name`.execute(k)
    : await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`.execute(k);
  const hash = createHash('sha256');
  for (const { name } of tables.rows) {
    // PostgreSQL has no rowid: every table's first column is its key (id, or the migration's name).
    const rows = postgres ? await sql`SELECT * FROM ${sql.table(name)} ORDER BY 1`.execute(k) : await sql`SELECT * FROM ${sql.table(name)} ORDER BY rowid`.execute(k);
    hash.update(`${name}\n${JSON.stringify(rows.rows)}\n`);
  }
  return hash.digest('hex');
}
