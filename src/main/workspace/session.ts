/**
 * The open workspace of one app window or CLI run: at most one file at a time. Handlers reach the
 * database only through `session.db`, which refuses with NO_WORKSPACE when nothing is open.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { AndelError } from '../../shared/errors';
import type { WorkspaceDocument } from '../../shared/document/workspace-document.schema';
import { createWorkspaceFile, type WorkspaceInit } from '../db/create-workspace';
import type { Database } from '../db/database.types';
import { openWorkspace, type WorkspaceHandle } from '../db/open-workspace';
import { importDocument } from '../document/import-document';
import { systemClock, type Clock } from '../services/clock';

export interface WorkspaceSessionOptions {
  /** better-sqlite3 built for Electron; see src/main/native. Node's own build when absent. */
  nativeBinding?: string | undefined;
  clock?: Clock;
}

export interface WorkspaceChange {
  /** The open file after the change, or null when none is open. */
  path: string | null;
  reason: 'opened' | 'created' | 'closed';
  /** The copy made before a schema update on open, if one was made. */
  backupPath: string | null;
}

export type WorkspaceChangeListener = (change: WorkspaceChange) => void;

export const DEFAULT_WORKSPACE_INIT: WorkspaceInit = { name: 'New workspace', defaultCurrency: 'SEK', locale: 'sv' };

export class WorkspaceSession {
  private handle: WorkspaceHandle | null = null;
  private readonly listeners = new Set<WorkspaceChangeListener>();
  readonly clock: Clock;

  constructor(private readonly options: WorkspaceSessionOptions = {}) {
    this.clock = options.clock ?? systemClock;
  }

  /** The path of the open workspace, or null. */
  get current(): string | null {
    return this.handle?.path ?? null;
  }

  get db(): Kysely<Database> {
    if (!this.handle) throw new AndelError('NO_WORKSPACE', 'No workspace is open. Open or create a workspace first.');
    return this.handle.db;
  }

  /** Opens `path` (migrating it after a backup when needed); the previous workspace closes only once the new one is open. */
  async open(path: string): Promise<void> {
    const target = resolve(path);
    if (this.handle?.path === target) return;
    const handle = await openWorkspace(target, { nativeBinding: this.options.nativeBinding, now: this.clock });
    await this.replace(handle, 'opened');
  }

  /** Creates an empty workspace at `path` (refusing an existing file) and opens it. */
  async create(path: string, init: Partial<WorkspaceInit> = {}): Promise<void> {
    const target = resolve(path);
    await createWorkspaceFile(target, { ...DEFAULT_WORKSPACE_INIT, ...init }, { nativeBinding: this.options.nativeBinding, now: this.clock });
    await this.replace(await openWorkspace(target, { nativeBinding: this.options.nativeBinding, now: this.clock }), 'created');
  }

  /** Creates a workspace at `path` from a workspace document (validated completely first) and opens it. */
  async createFromDocument(path: string, document: WorkspaceDocument | unknown): Promise<void> {
    const target = resolve(path);
    await importDocument(target, document, { nativeBinding: this.options.nativeBinding, now: this.clock });
    await this.replace(await openWorkspace(target, { nativeBinding: this.options.nativeBinding, now: this.clock }), 'created');
  }

  async close(): Promise<void> {
    const handle = this.handle;
    if (!handle) return;
    this.handle = null;
    await handle.close();
    this.emit({ path: null, reason: 'closed', backupPath: null });
  }

  /** Writes a consistent copy of the open workspace to a new file (SQLite online backup); the session stays on the original. */
  async saveCopy(path: string): Promise<string> {
    const handle = this.handle;
    if (!handle) throw new AndelError('NO_WORKSPACE', 'No workspace is open, so there is nothing to save a copy of.');
    const target = resolve(path);
    if (target === handle.path) throw new AndelError('FILE_ERROR', 'A copy cannot replace the open workspace itself.');
    if (existsSync(target)) throw new AndelError('FILE_ERROR', `${target} already exists; Andel will not overwrite it.`);
    try {
      await handle.sqlite.backup(target);
    } catch (error) {
      throw new AndelError('FILE_ERROR', `Cannot save a copy to ${target}: ${(error as Error).message}`);
    }
    return target;
  }

  /** Calls `listener` after every open, create and close; returns a function that unsubscribes. */
  onChange(listener: WorkspaceChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async replace(handle: WorkspaceHandle, reason: WorkspaceChange['reason']): Promise<void> {
    const previous = this.handle;
    this.handle = handle;
    if (previous) await previous.close();
    this.emit({ path: handle.path, reason, backupPath: handle.backupPath });
  }

  private emit(change: WorkspaceChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
