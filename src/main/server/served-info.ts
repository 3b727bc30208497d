/**
 * `workspace:info` as the server answers it: never where the workspace lies on the server (its
 * file path, or the local stand-in of a PostgreSQL database, whose name is all the app shows), and
 * for a member viewer only the register's row counts (no counts of meetings, decisions or the
 * audit trail it may not read).
 */
import { basename } from 'node:path';
import type { WorkspaceInfo } from '../../shared/api/channels/workspace.channels';
import type { ServerUser } from './roles';

/** The tables whose rows a member viewer may see counted: the register (see policy.ts). */
const REGISTER_TABLES: ReadonlySet<string> = new Set(['meta', 'organisations', 'metric_values', 'cooperations', 'participations', 'snapshots', 'decisions']);

export function servedWorkspaceInfo(info: WorkspaceInfo | null, user: ServerUser): WorkspaceInfo | null {
  if (!info) return null;
  const name = basename(info.fileName);
  const counts = user.role === 'member_viewer' ? Object.fromEntries(Object.entries(info.counts).filter(([table]) => REGISTER_TABLES.has(table))) : info.counts;
  // The warning about a network file system is the server administrator's, not the reader's.
  return { ...info, path: name, fileName: name, counts, warning: null };
}
