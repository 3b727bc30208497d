/**
 * The Andel server's sessions, kept in the workspace so a restart does not sign everyone out and
 * several server processes on one PostgreSQL database share them (src/main/server/sessions.ts).
 * Only a SHA-256 hash of the session token is stored: whoever reads the table cannot sign in with
 * it. Times are ISO 8601 UTC strings (as everywhere in the workspace), compared in the server.
 * Removing a user ends its sessions (ON DELETE CASCADE). Portable: the same statements run on
 * SQLite and PostgreSQL.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('server_sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_name', 'text', (c) => c.notNull().references('server_users.user_name').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addCheckConstraint('server_sessions_token_hash', sql.raw(`length(token_hash) = 64`))
    .addCheckConstraint('server_sessions_times', sql.raw(`created_at <= last_seen_at AND last_seen_at <= expires_at`))
    .execute();
  await db.schema.createIndex('server_sessions_user').on('server_sessions').column('user_name').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('server_sessions').execute();
}
