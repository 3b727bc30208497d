/**
 * Decides, without changing a single byte, whether a file may be opened as a workspace:
 * first the 100-byte header (SQLite? Andel's application id? schema level), then a look inside
 * through a read-only immutable view (Andel meta present? migrations this build knows?).
 */
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { AndelError, ref } from '../../shared/errors';
import { damagedWorkspaceError } from './damaged-workspace';
import { readFileHeader } from './file-header';
import { hasAndelMeta, readMigrationState } from './migration-state';
import { knownMigrationNames } from './migrations/migration-names';
import { openImmutable, type ConnectionOptions } from './sqlite-connection';
import { ANDEL_APPLICATION_ID } from './workspace-format';

export function newerVersionError(path: string, detail: string): AndelError {
  return new AndelError('NEWER_VERSION', ref('error.workspace.newerVersion', { name: basename(path), detail }));
}

export function inspectWorkspaceFile(path: string, options: ConnectionOptions): void {
  let isFile: boolean;
  let size = 0;
  try {
    const stat = statSync(path);
    isFile = stat.isFile();
    size = stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AndelError('FILE_ERROR', code === 'ENOENT' ? ref('error.workspace.missing', { path }) : ref('error.workspace.cannotRead', { path, detail: code ?? 'error' }));
  }
  if (!isFile) throw new AndelError('FILE_ERROR', ref('error.workspace.notAFile', { path }));

  let header: ReturnType<typeof readFileHeader>;
  try {
    header = readFileHeader(path);
  } catch (error) {
    throw new AndelError('FILE_ERROR', ref('error.workspace.cannotRead', { path, detail: (error as NodeJS.ErrnoException).code ?? 'error' }));
  }
  const name = basename(path);
  if (header.kind === 'not-sqlite') {
    throw new AndelError('NOT_A_WORKSPACE', ref('error.workspace.notSqlite', { name }));
  }
  if (header.applicationId !== ANDEL_APPLICATION_ID) {
    throw new AndelError('NOT_A_WORKSPACE', ref('error.workspace.foreignSqlite', { name, applicationId: header.applicationId }));
  }
  // A file cut short (a copy that stopped, a disk that filled) is refused before SQLite opens it:
  // SQLite would read the missing end as zeros, and a later write would pad and alter the file.
  if (header.pageSize < 512 || size % header.pageSize !== 0) {
    throw damagedWorkspaceError(path, { truncated: { size, pageSize: header.pageSize } }, options);
  }
  if (header.userVersion > knownMigrationNames.length) {
    throw newerVersionError(path, `schema level ${header.userVersion}, this Andel knows up to ${knownMigrationNames.length}`);
  }

  let probe;
  try {
    probe = openImmutable(path, options);
  } catch (error) {
    throw new AndelError('NOT_A_WORKSPACE', ref('error.workspace.unreadable', { name, detail: (error as Error).message }));
  }
  try {
    const state = readMigrationState(probe);
    if (state.unknown.length > 0) throw newerVersionError(path, `unknown schema changes ${state.unknown.join(', ')}`);
    if (!hasAndelMeta(probe)) {
      throw new AndelError('NOT_A_WORKSPACE', ref('error.workspace.markWithoutData', { name }));
    }
  } catch (error) {
    if (error instanceof AndelError) throw error;
    throw new AndelError('NOT_A_WORKSPACE', ref('error.workspace.unreadable', { name, detail: (error as Error).message }));
  } finally {
    probe.close();
  }
}
