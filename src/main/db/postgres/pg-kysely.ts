/**
 * Kysely over PostgreSQL (node-postgres pool), with the same camelCase mapping as the SQLite
 * connection. Numbers come back as JavaScript numbers exactly as SQLite gives them: BIGINT (money,
 * counts) and NUMERIC (sums) are parsed to numbers, and a value beyond 2^53 is refused rather than
 * rounded, because money is exact integers everywhere.
 */
import {
  CamelCasePlugin,
  Kysely,
  PostgresDialect,
  PostgresDriver,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type PostgresDialectConfig,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
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

/**
 * One use of a pooled connection. Once its transaction rolls back, or it goes back to the pool,
 * it refuses further queries (until a new transaction begins on it): a query still on its way from a transaction that already
 * failed (one branch of a Promise.all that rejected) would otherwise run after the ROLLBACK, outside
 * the transaction, and be kept, or run inside another request's transaction on the reused client.
 * SQLite's single synchronous connection never meets this; a pool does.
 */
class GuardedConnection implements DatabaseConnection {
  ended = false;

  constructor(readonly inner: DatabaseConnection) {}

  executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    if (this.ended) return Promise.reject(new Error('A query arrived after its transaction had ended; it was not run'));
    return this.inner.executeQuery<R>(compiledQuery);
  }

  streamQuery<R>(compiledQuery: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    if (this.ended) throw new Error('A query arrived after its transaction had ended; it was not run');
    return this.inner.streamQuery<R>(compiledQuery, chunkSize);
  }
}

const innerOf = (connection: DatabaseConnection): DatabaseConnection => (connection instanceof GuardedConnection ? connection.inner : connection);

class AndelPostgresDriver extends PostgresDriver {
  override async acquireConnection(): Promise<DatabaseConnection> {
    return new GuardedConnection(await super.acquireConnection());
  }

  override beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    if (connection instanceof GuardedConnection) connection.ended = false;
    return super.beginTransaction(innerOf(connection), settings);
  }

  // After a COMMIT the connection stays usable: one held by db.connection() (the migrator's) goes on.
  // Nothing can still be on its way from a committed transaction: its callback has settled.
  override commitTransaction(connection: DatabaseConnection): Promise<void> {
    return super.commitTransaction(innerOf(connection));
  }

  override rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (connection instanceof GuardedConnection) connection.ended = true;
    return super.rollbackTransaction(innerOf(connection));
  }

  override savepoint(connection: DatabaseConnection, name: string, compileQuery: QueryCompiler['compileQuery']): Promise<void> {
    return super.savepoint(innerOf(connection), name, compileQuery);
  }

  override rollbackToSavepoint(connection: DatabaseConnection, name: string, compileQuery: QueryCompiler['compileQuery']): Promise<void> {
    return super.rollbackToSavepoint(innerOf(connection), name, compileQuery);
  }

  override releaseSavepoint(connection: DatabaseConnection, name: string, compileQuery: QueryCompiler['compileQuery']): Promise<void> {
    return super.releaseSavepoint(innerOf(connection), name, compileQuery);
  }

  override releaseConnection(connection: DatabaseConnection): Promise<void> {
    if (connection instanceof GuardedConnection) connection.ended = true;
    return super.releaseConnection(innerOf(connection) as Parameters<PostgresDriver['releaseConnection']>[0]);
  }
}

class AndelPostgresDialect extends PostgresDialect {
  constructor(private readonly config: PostgresDialectConfig) {
    super(config);
  }

  override createDriver(): Driver {
    return new AndelPostgresDriver(this.config);
  }
}

/** A typed Kysely instance on the database at `url` (postgres://user:password@host:port/db or ?host=/socket/dir). */
export function createPgKysely(url: string, options: PgConnectionOptions = {}): Kysely<Database> {
  return new Kysely<Database>({ dialect: new AndelPostgresDialect({ pool: createPgPool(url, options) }), plugins: [new CamelCasePlugin()] });
}
