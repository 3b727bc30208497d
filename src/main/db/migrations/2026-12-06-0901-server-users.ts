/**
 * The Andel server's users (see src/main/server): who may sign in to a shared workspace, with which
 * role, and for a member viewer the one organisation it sees. Keyed by the user name (no generated
 * id, so the same statement holds in SQLite and PostgreSQL). Passwords are bcrypt hashes, never the
 * password. Every audit entry also records its actor: the server's signed-in user, or the desktop's
 * operating-system user; older entries have none.
 */
import { sql, type Kysely } from 'kysely';

export const serverRoles = ['administrator', 'treasurer', 'project_manager', 'chair', 'member_viewer'] as const;

const quoted = serverRoles.map((role) => `'${role}'`).join(', ');

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('server_users')
    .addColumn('user_name', 'text', (c) => c.primaryKey())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'integer', (c) => c.references('organisations.id').onDelete('restrict'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('server_users_name', sql.raw(`length(user_name) BETWEEN 1 AND 64`))
    .addCheckConstraint('server_users_role', sql.raw(`role IN (${quoted})`))
    // A member viewer sees one organisation; every other role sees the whole workspace.
    .addCheckConstraint(
      'server_users_organisation',
      sql.raw(`(role = 'member_viewer' AND organisation_id IS NOT NULL) OR (role <> 'member_viewer' AND organisation_id IS NULL)`),
    )
    .execute();
  await db.schema.alterTable('audit_log').addColumn('actor', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_log').dropColumn('actor').execute();
  await db.schema.dropTable('server_users').execute();
}
