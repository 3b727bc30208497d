/**
 * A workspace whose system of record is a PostgreSQL database: the same schema (in its PostgreSQL
 * form), the same repositories and services, reached through the same typed Kysely instance as a
 * workspace file. This is what `andel serve` and the tests open; a consortium's server holds one
 * workspace per database.
 *
 * createPostgresWorkspace fills an empty database (schema, the meta row and optional content, in
 * one transaction); openPostgresWorkspace opens one that holds a workspace, bringing its schema up
 * to date first (several servers may start together: Kysely's migrator takes an advisory lock).
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import { AndelError, ref } from '../../../shared/errors';
import type { WorkspaceInit } from '../create-workspace';
import type { Database } from '../database.types';
import { insertMeta } from '../../repositories/meta.repository';
import { newerVersionError } from '../inspect-workspace-file';
import { postgresMigrations } from '../migrations/pg-migration-provider';
import { createPgKysely, type PgConnectionOptions } from './pg-kysely';

export interface PostgresWorkspaceOptions extends PgConnectionOptions {
  /**
   * A local path standing for the workspace on this machine: its folder receives the exports
   * ("Andel exports" beside it), its base name is what `workspace:info` shows as the file name.
   * Without it the workspace has no local folder and exports are refused.
   */
  path?: string;
  /** Tests only: migrate to this migration instead of the latest. */
  migrateTo?: string;
}

export interface PostgresWorkspaceHandle {
  readonly backend: 'postgres';
  /** The connection string without its password, for messages and logs. */
  readonly label: string;
  /** See PostgresWorkspaceOptions.path; null when none was given. */
  readonly path: string | null;
  readonly db: Kysely<Database>;
  /** Never a backup before migrating: a server database is backed up by its own tools (pg_dump). */
  readonly backupPath: null;
  readonly warning: null;
  close(): Promise<void>;
}

export interface CreatePostgresOptions extends PgConnectionOptions {
  now?: () => Date;
  /** Fills the new workspace; runs inside the same transaction as the meta row. */
  fill?: (trx: Transaction<Database>) => Promise<void>;
  migrateTo?: string;
}

/** The connection string as it may be shown: the password left out. */
export function postgresLabel(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:@/]*):[^@/]*@/iu, '$1@');
}

async function connect(url: string, options: PgConnectionOptions): Promise<Kysely<Database>> {
  const db = createPgKysely(url, options);
  try {
    await sql`SELECT 1`.execute(db);
    return db;
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw new AndelError('FILE_ERROR', ref('error.postgres.cannotConnect', { name: postgresLabel(url), detail: (error as Error).message }));
  }
}

async function tableExists(db: Kysely<Database>, table: string): Promise<boolean> {
  const found = await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ${table}`.execute(db);
  return found.rows.length > 0;
}

async function holdsWorkspace(db: Kysely<Database>): Promise<boolean> {
  if (!(await tableExists(db, 'meta'))) return false;
  return (await db.selectFrom('meta').select('id').where('id', '=', 1).executeTakeFirst()) !== undefined;
}

/** Refuses a database migrated by a newer Andel (a migration name this build does not know). */
async function refuseNewer(db: Kysely<Database>, label: string): Promise<void> {
  if (!(await tableExists(db, 'kysely_migration'))) return;
  const applied = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  const unknown = applied.rows.map((r) => r.name).filter((name) => !(name in postgresMigrations));
  if (unknown.length > 0) throw newerVersionError(label, `unknown schema changes ${unknown.join(', ')}`);
}

/**
 * After rows were written with their own ids (a workspace document keeps its ids), each identity
 * continues after the highest id, so the next insert does not collide.
 */
export async function resetIdentities(db: Kysely<Database> | Transaction<Database>): Promise<void> {
  const tables = await sql<{ table: string }>`
    SELECT table_name AS table FROM information_schema.columns
    WHERE table_schema = current_schema() AND column_name = 'id' AND is_identity = 'YES'`.execute(db);
  for (const { table } of tables.rows) {
    await sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), coalesce((SELECT max(id) FROM ${sql.table(table)}), 0) + 1, false)`.execute(db);
  }
}

/**
 * Makes the empty database at `url` an Andel workspace: migrations, the meta row and `fill`, in
 * one transaction after the schema. Refuses a database that already holds a workspace.
 */
export async function createPostgresWorkspace(url: string, init: WorkspaceInit, options: CreatePostgresOptions = {}): Promise<void> {
  const label = postgresLabel(url);
  const db = await connect(url, { ...options, max: 1 });
  try {
    await refuseNewer(db, label);
    if (await holdsWorkspace(db)) throw new AndelError('FILE_ERROR', ref('error.workspace.alreadyExists', { path: label }));
    await (await import('../run-migrations')).runMigrations(db, options.migrateTo);
    const now = options.now ?? (() => new Date());
    await db.transaction().execute(async (trx) => {
      await insertMeta(trx, init, now());
      if (options.fill) await options.fill(trx);
      await resetIdentities(trx);
    });
  } finally {
    await db.destroy();
  }
}

/** Opens the workspace held by the database at `url`, migrating its schema to this build's first. */
export async function openPostgresWorkspace(url: string, options: PostgresWorkspaceOptions = {}): Promise<PostgresWorkspaceHandle> {
  const label = postgresLabel(url);
  const db = await connect(url, options);
  try {
    await refuseNewer(db, label);
    if (!(await holdsWorkspace(db))) throw new AndelError('FILE_ERROR', ref('error.postgres.noWorkspace', { name: label }));
    await (await import('../run-migrations')).runMigrations(db, options.migrateTo);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  let closed = false;
  return {
    backend: 'postgres',
    label,
    path: options.path ?? null,
    db,
    backupPath: null,
    warning: null,
    close: async () => {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}
