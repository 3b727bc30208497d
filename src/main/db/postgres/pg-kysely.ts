/**
 * Kysely over PostgreSQL (node-postgres pool), with the same camelCase mapping as the SQLite
 * connection. Numbers come back as JavaScript numbers exactly as SQLite gives them: BIGINT (money,
 * counts) and NUMERIC (sums) are parsed to numbers, and a value beyond 2^53 is refused rather than
 * rounded, because money is exact integers everywhere.
 */
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../database.types';

const INT8_OID = 20;
const NUMERIC_OID = 1700;

function exactNumber(text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value))) {
    throw new RangeError(`The database returned ${text}, beyond what a number holds exactly (2^53)`);
  }
  return value;
}

/** Type parsers for this pool only (pg's global parsers stay as they are for anyone else). */
const typeParsers = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID || oid === NUMERIC_OID ? exactNumber : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

export interface PgConnectionOptions {
  /** Connections in the pool (default 10). */
  max?: number;
  /** Name shown in pg_stat_activity. */
  applicationName?: string;
}

/** The pool behind a PostgreSQL Kysely instance, for callers that must close or inspect it. */
export function createPgPool(url: string, options: PgConnectionOptions = {}): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, application_name: options.applicationName ?? 'andel', types: typeParsers });
  // An idle connection the server closed (a restart, an administrator ending it) is dropped from
  // the pool and the next query opens a new one; without a listener it would end the process.
  pool.on('error', () => undefined);
  return pool;
}

/** A typed Kysely instance on the database at `url` (postgres://user:password@host:port/db or ?host=/socket/dir). */
export function createPgKysely(url: string, options: PgConnectionOptions = {}): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: createPgPool(url, options) }), plugins: [new CamelCasePlugin()] });
}
