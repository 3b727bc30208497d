/**
 * A hash of everything stored in a workspace (every row of every table, in rowid order), to show
 * that a refused call wrote nothing. File bytes would not do: with WAL the main file lags behind.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

/** Accepts any Kysely instance (its table types do not matter here). */
export async function dbContentHash<DB>(db: Kysely<DB>): Promise<string> {
  const k = db as unknown as Kysely<Record<string, never>>;
  const tables = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`.execute(k);
  const hash = createHash('sha256');
  for (const { name } of tables.rows) {
    const rows = await sql`SELECT * FROM ${sql.table(name)} ORDER BY rowid`.execute(k);
    hash.update(`${name}\n${JSON.stringify(rows.rows)}\n`);
  }
  return hash.digest('hex');
}
