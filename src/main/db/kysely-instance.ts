import { CamelCasePlugin, Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from 'kysely';
import type { Database } from './database.types';
import type { SqliteDatabase } from './sqlite-connection';

/**
 * SQLite rolls a transaction back by itself after some errors (SQLITE_FULL, SQLITE_IOERR,
 * SQLITE_NOMEM, a busy COMMIT). Kysely's ROLLBACK would then fail with "cannot rollback - no
 * transaction is active" and replace the real error, so a full disk would surface as an internal
 * error instead of "the disk is full". Roll back only what is still open.
 */
class AndelSqliteDriver extends SqliteDriver {
  constructor(private readonly sqlite: SqliteDatabase) {
    super({ database: sqlite });
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.sqlite.inTransaction) return;
    await super.rollbackTransaction(connection);
  }
}

class AndelSqliteDialect extends SqliteDialect {
  constructor(private readonly sqlite: SqliteDatabase) {
    super({ database: sqlite });
  }

  override createDriver(): Driver {
    return new AndelSqliteDriver(this.sqlite);
  }
}

/**
 * Wraps an open connection; destroying the Kysely instance closes the connection — also when no
 * query ran (Kysely starts its driver lazily and then leaves a never-used connection open, which
 * would keep the file open and its WAL behind).
 */
export function createKysely(sqlite: SqliteDatabase): Kysely<Database> {
  const db = new Kysely<Database>({ dialect: new AndelSqliteDialect(sqlite), plugins: [new CamelCasePlugin()] });
  const destroy = db.destroy.bind(db);
  db.destroy = async () => {
    await destroy();
    if (sqlite.open) sqlite.close();
  };
  return db;
}
