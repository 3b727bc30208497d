import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely';
import type { Database } from './database.types';
import type { SqliteDatabase } from './sqlite-connection';

/** Wraps an open connection; destroying the Kysely instance closes the connection. */
export function createKysely(sqlite: SqliteDatabase): Kysely<Database> {
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), plugins: [new CamelCasePlugin()] });
}
