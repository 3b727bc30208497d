/**
 * The server's users, stored in the workspace (server_users, migration 0901). Passwords are bcrypt
 * hashes (cost 12); a change to a user is written to the audit trail (without the hash).
 */
import bcrypt from 'bcryptjs';
import type { Kysely } from 'kysely';
import { AndelError, entityWord, ref } from '../../shared/errors';
import type { Database } from '../db/database.types';
import { audit } from '../services/audit/audit-entry';
import type { Clock } from '../services/clock';
import { isServerRole, serverRoles, type ServerRole, type ServerUser } from './roles';

export const BCRYPT_COST = 12;
export const MIN_PASSWORD_LENGTH = 10;
const USER_NAME = /^[A-Za-z0-9._@-]{1,64}$/;

interface ServerUserTable {
  userName: string;
  passwordHash: string;
  role: string;
  organisationId: number | null;
  createdAt: string;
}

type UsersDb = Kysely<Database & { serverUsers: ServerUserTable }>;
const users = (db: Kysely<Database>): UsersDb => db.withTables<{ serverUsers: ServerUserTable }>();

export interface ServerUserSummary extends ServerUser {
  createdAt: string;
}

export interface NewServerUser {
  userName: string;
  password: string;
  role: string;
  organisationId?: number | null | undefined;
}

function checkRole(role: string, organisationId: number | null): ServerRole {
  if (!isServerRole(role)) throw new AndelError('INVALID_INPUT', ref('error.server.badRole', { role, roles: serverRoles.join(', ') }));
  if (role === 'member_viewer' && organisationId === null) throw new AndelError('INVALID_INPUT', ref('error.server.viewerNeedsOrganisation'));
  if (role !== 'member_viewer' && organisationId !== null) throw new AndelError('INVALID_INPUT', ref('error.server.organisationOnlyForViewer'));
  return role;
}

const summary = (row: ServerUserTable): ServerUserSummary => ({
  userName: row.userName,
  role: row.role as ServerRole,
  organisationId: row.organisationId,
  createdAt: row.createdAt,
});

export async function listUsers(db: Kysely<Database>): Promise<ServerUserSummary[]> {
  const rows = await users(db).selectFrom('serverUsers').selectAll().orderBy('userName').execute();
  return rows.map(summary);
}

export async function findUser(db: Kysely<Database>, userName: string): Promise<ServerUserSummary | null> {
  const row = await users(db).selectFrom('serverUsers').selectAll().where('userName', '=', userName).executeTakeFirst();
  return row ? summary(row) : null;
}

async function requireOrganisation(db: Kysely<Database>, organisationId: number | null): Promise<void> {
  if (organisationId === null) return;
  const found = await db.selectFrom('organisations').select('id').where('id', '=', organisationId).executeTakeFirst();
  if (!found) throw new AndelError('NOT_FOUND', ref('error.notFound', { what: entityWord('organisation'), id: organisationId }));
}

export async function addUser(db: Kysely<Database>, clock: Clock, input: NewServerUser): Promise<ServerUserSummary> {
  if (!USER_NAME.test(input.userName)) throw new AndelError('INVALID_INPUT', ref('error.server.badUserName', { user: input.userName }));
  if (input.password.length < MIN_PASSWORD_LENGTH) throw new AndelError('INVALID_INPUT', ref('error.server.weakPassword', { min: MIN_PASSWORD_LENGTH }));
  const organisationId = input.organisationId ?? null;
  const role = checkRole(input.role, organisationId);
  await requireOrganisation(db, organisationId);
  if (await findUser(db, input.userName)) throw new AndelError('CONFLICT', ref('error.server.userExists', { user: input.userName }));
  const passwordHash = await bcrypt.hash(input.password, BCRYPT_COST);
  const row: ServerUserTable = { userName: input.userName, passwordHash, role, organisationId, createdAt: clock().toISOString() };
  await db.transaction().execute(async (trx) => {
    await users(trx).insertInto('serverUsers').values(row).execute();
    await audit(trx, clock, 'server_user', 0, 'create', null, { userName: row.userName, role, organisationId });
  });
  return summary(row);
}

async function administrators(db: Kysely<Database>): Promise<number> {
  const rows = await users(db).selectFrom('serverUsers').select('userName').where('role', '=', 'administrator').execute();
  return rows.length;
}

async function requireUser(db: Kysely<Database>, userName: string): Promise<ServerUserSummary> {
  const user = await findUser(db, userName);
  if (!user) throw new AndelError('NOT_FOUND', ref('error.server.userNotFound', { user: userName }));
  return user;
}

export async function setRole(db: Kysely<Database>, clock: Clock, userName: string, role: string, organisationId: number | null = null): Promise<ServerUserSummary> {
  const before = await requireUser(db, userName);
  const checked = checkRole(role, organisationId);
  await requireOrganisation(db, organisationId);
  if (before.role === 'administrator' && checked !== 'administrator' && (await administrators(db)) === 1) {
    throw new AndelError('CONFLICT', ref('error.server.lastAdministrator', { user: userName }));
  }
  await db.transaction().execute(async (trx) => {
    await users(trx).updateTable('serverUsers').set({ role: checked, organisationId }).where('userName', '=', userName).execute();
    await audit(trx, clock, 'server_user', 0, 'update', { userName, role: before.role, organisationId: before.organisationId }, { userName, role: checked, organisationId });
  });
  return { ...before, role: checked, organisationId };
}

export async function removeUser(db: Kysely<Database>, clock: Clock, userName: string): Promise<void> {
  const before = await requireUser(db, userName);
  if (before.role === 'administrator' && (await administrators(db)) === 1) throw new AndelError('CONFLICT', ref('error.server.lastAdministrator', { user: userName }));
  await db.transaction().execute(async (trx) => {
    await users(trx).deleteFrom('serverUsers').where('userName', '=', userName).execute();
    await audit(trx, clock, 'server_user', 0, 'delete', { userName, role: before.role, organisationId: before.organisationId }, null);
  });
}

// Compared against when the user does not exist, so a wrong name costs as long as a wrong password.
const absentUserHash = bcrypt.hashSync('no such user: this hash only spends time', BCRYPT_COST);

/** The user when the name and password match, else null (in about the same time either way). */
export async function verifyPassword(db: Kysely<Database>, userName: string, password: string): Promise<ServerUser | null> {
  const row = USER_NAME.test(userName) ? await users(db).selectFrom('serverUsers').selectAll().where('userName', '=', userName).executeTakeFirst() : undefined;
  const matches = await bcrypt.compare(password, row?.passwordHash ?? absentUserHash);
  if (!row || !matches) return null;
  return { userName: row.userName, role: row.role as ServerRole, organisationId: row.organisationId };
}
