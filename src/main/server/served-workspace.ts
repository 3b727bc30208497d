/** The SQLite workspace file as the server's workspace (the embedded default; PostgreSQL plugs in beside it). */
import { WorkspaceSession, type WorkspaceSessionOptions } from '../workspace/session';
import type { ServedWorkspace } from './http-server';

export function sqliteWorkspace(path: string, options: WorkspaceSessionOptions = {}): () => Promise<ServedWorkspace> {
  return async () => {
    const session = new WorkspaceSession(options);
    await session.open(path);
    return { ctx: { session }, close: () => session.close() };
  };
}
