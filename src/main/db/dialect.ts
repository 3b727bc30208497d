/**
 * Which database a Kysely instance (or a transaction of one) talks to. The repositories are written
 * once for both; the few statements whose SQL differs ask here.
 */
import { PostgresAdapter, type Kysely } from 'kysely';

export type Backend = 'sqlite' | 'postgres';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: only the executor is read
export function backendOf(db: Kysely<any>): Backend {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: only the executor is read
export function isPostgres(db: Kysely<any>): boolean {
  return backendOf(db) === 'postgres';
}
