import type { HandlerMap } from '../api/handler-map';
import type { Language } from '../../shared/domain/languages';

/**
 * What the shell needs from the workspace layer. Declared here, structurally, so the shell does
 * not depend on src/main/workspace's concrete class: `WorkspaceSession` and `createHandlers()`
 * from the DB layer satisfy it as they are (extra members and richer return types are fine).
 */
export interface WorkspaceSessionLike {
  /** The open workspace's path, or null. */
  readonly current: string | null;
  /** Opens an existing workspace (migrating it). Throws AndelError with a user-readable message. */
  open(path: string): unknown;
  /** Creates a new, empty workspace at `path` and opens it. */
  create(path: string): unknown;
  close(): unknown;
  /** Writes a consistent copy of the open workspace to `path`; the open one stays open. */
  saveCopy(path: string): unknown;
  /** Replaces the open workspace with a backup (checked first; the current file is kept) and reopens it. */
  restoreFromBackup(backupPath: string): unknown;
  /** Called whenever `current` changes; the shell updates the title, menu and recent list. */
  onChange(listener: () => void): unknown;
}

export interface ShellBackend<Ctx> {
  session: WorkspaceSessionLike;
  handlers: HandlerMap<Ctx>;
  /** The handlers' context, read for each API call. */
  context: () => Ctx;
  /** From src/main/demo: writes the demo workspace (the five reference consortia) to `path`. */
  createDemoWorkspace(path: string): unknown;
  /** The language chosen in the window (workspace:setLanguage); the menu and dialogs follow it. */
  uiLanguage?: { readonly current: Language | null; onChange(listener: () => void): unknown };
}
