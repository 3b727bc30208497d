/**
 * Whether a file may be restored: an Andel workspace this build can open (not foreign, not newer)
 * whose `PRAGMA integrity_check` is ok. Reads it as immutable: the backup itself is never touched, nor copied into memory.
 */
import { resolve } from 'node:path';
import { AndelError, ref } from '../../shared/errors';
import { inspectWorkspaceFile } from '../db/inspect-workspace-file';
import { openImmutable, type ConnectionOptions } from '../db/sqlite-connection';

export interface VerifiedBackup {
  path: string;
  workspaceName: string;
  createdAt: string;
}

export function verifyBackup(pathGiven: string, options: ConnectionOptions = {}): VerifiedBackup {
  const path = resolve(pathGiven);
  inspectWorkspaceFile(path, options);
  const copy = openImmutable(path, options);
  try {
    const problems = copy.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    const messages = problems.map((row) => row.integrity_check);
    if (messages.length !== 1 || messages[0] !== 'ok') {
      throw new AndelError('NOT_A_WORKSPACE', ref('error.backup.damaged', { path, detail: messages.slice(0, 3).join('; ') }));
    }
    const meta = copy.prepare('SELECT workspace_name AS workspaceName, created_at AS createdAt FROM meta WHERE id = 1').get() as
      | { workspaceName: string; createdAt: string }
      | undefined;
    if (!meta) throw new AndelError('NOT_A_WORKSPACE', ref('error.backup.noData', { path }));
    return { path, ...meta };
  } finally {
    copy.close();
  }
}
