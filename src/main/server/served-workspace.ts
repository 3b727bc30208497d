/**
 * What `andel serve` can serve: a SQLite workspace file (the embedded default), a PostgreSQL
 * database holding a workspace (docs/storage-postgres.md), or a session already open (tests).
 */
import { resolve } from 'node:path';
import type { PostgresWorkspaceOptions } from '../db/postgres/open-postgres-workspace';
import { WorkspaceSession, type WorkspaceSessionOptions } from '../workspace/session';
import type { ServedWorkspace } from './http-server';

export function sqliteWorkspace(path: string, options: WorkspaceSessionOptions = {}): () => Promise<ServedWorkspace> {
  return async () => {
    const session = new WorkspaceSession(options);
    await session.open(path);
    return { ctx: { session }, close: () => session.close() };
  };
}

/**
 * A PostgreSQL database. `options.path` is its local stand-in (the name the app shows, and the
 * folder where server-side exports go); without one it is `<database>.andel` in the current folder,
 * since a workspace without a name reads as none open.
 */
export function postgresWorkspace(url: string, options: PostgresWorkspaceOptions = {}): () => Promise<ServedWorkspace> {
  return async () => {
    const session = new WorkspaceSession();
    await session.openPostgres(url, { ...options, path: options.path ?? standInPath(url) });
    return { ctx: { session }, close: () => session.close() };
  };
}

function standInPath(url: string): string {
  const database = /^[^?]*\/([^/?]+)/u.exec(url.replace(/^postgres(?:ql)?:\/\/[^/]*/iu, ''))?.[1] ?? 'andel';
  return resolve(`${decodeURIComponent(database).replace(/[^\w.-]/gu, '_')}.andel`);
}

/** `postgresql://…` or `postgres://…`: a database; anything else is a file path. */
export const isPostgresUrl = (workspace: string): boolean => /^postgres(?:ql)?:\/\//iu.test(workspace);

/** The opener for what the command line names: a PostgreSQL URL or a workspace file. */
export function workspaceOpener(workspace: string): () => Promise<ServedWorkspace> {
  return isPostgresUrl(workspace) ? postgresWorkspace(workspace) : sqliteWorkspace(workspace);
}
