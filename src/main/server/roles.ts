/** The Andel server's roles (stored in server_users.role; see docs/server.md). */
import { serverRoles } from '../db/migrations/2026-12-06-0901-server-users';

export { serverRoles };
export type ServerRole = (typeof serverRoles)[number];
/** Every role but the member viewer: they see the whole workspace. */
export type StaffRole = Exclude<ServerRole, 'member_viewer'>;

export function isServerRole(value: string): value is ServerRole {
  return (serverRoles as readonly string[]).includes(value);
}

/** The signed-in user a request runs as. */
export interface ServerUser {
  userName: string;
  role: ServerRole;
  /** The one organisation a member viewer sees; null for every other role. */
  organisationId: number | null;
}
