/**
 * The open workspace of one app window or CLI run: at most one file at a time. Handlers reach the
 * database only through `session.db`, which refuses with NO_WORKSPACE when nothing is open.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { AndelError, ref } from '../../shared/errors';
import type { MessageRef } from '../../shared/i18n/translate';
import type { WorkspaceDocument } from '../../shared/document/workspace-document.schema';
import { createWorkspaceFile, type WorkspaceInit } from '../db/create-workspace';
import type { Database } from '../db/database.types';
import { openWorkspace, type OpenOptions, type WorkspaceHandle } from '../db/open-workspace';
import type { PostgresWorkspaceHandle, PostgresWorkspaceOptions } from '../db/postgres/open-postgres-workspace';
import { importDocument } from '../document/import-document';
import { listBackups, type BackupEntry } from '../backup/backup-files';
import { BackupScheduler, DEFAULT_BACKUP_INTERVAL_MS, type BackupTimers } from '../backup/backup-scheduler';
import { restoreWorkspace, type RestoreResult } from '../backup/restore-workspace';
import { takeBackup } from '../backup/take-backup';
import { systemClock, type Clock } from '../services/clock';

export interface WorkspaceSessionOptions {
  /** better-sqlite3 built for Electron; see src/main/native. Node's own build when absent. */
  nativeBinding?: string | undefined;
  clock?: Clock;
  /** Backups on a schedule while a workspace is open and changed (the app turns this on; tests and the CLI leave it off). */
  autoBackup?: AutoBackupOptions;
  /** Which network file system a file lies on (default: the real check; tests stand in for a share). */
  networkFileSystemOf?: (path: string) => string | null;
}

export interface AutoBackupOptions {
  intervalMs?: number;
  timers?: BackupTimers;
  onResult?: (result: { path: string } | { error: unknown }) => void;
}

export interface WorkspaceChange {
  /** The open file after the change, or null when none is open. */
  path: string | null;
  reason: 'opened' | 'created' | 'closed';
  /** The copy made before a schema update on open, if one was made. */
  backupPath: string | null;
  /** What the user should be told about the workspace just opened (a file on a network share), or null. */
  warning?: MessageRef | null;
}

export type WorkspaceChangeListener = (change: WorkspaceChange) => void;

/** A workspace file, or a workspace held by a PostgreSQL database (no file: no backups, no file copy). */
type SessionHandle = WorkspaceHandle | PostgresWorkspaceHandle;

const isFile = (handle: SessionHandle): handle is WorkspaceHandle => !('backend' in handle);

export const DEFAULT_WORKSPACE_INIT: WorkspaceInit = { name: 'New workspace', defaultCurrency: 'SEK', locale: 'sv' };

export class WorkspaceSession {
  private handle: SessionHandle | null = null;
  private scheduler: BackupScheduler | null = null;
  private readonly listeners = new Set<WorkspaceChangeListener>();
  readonly clock: Clock;

  constructor(private readonly options: WorkspaceSessionOptions = {}) {
    this.clock = options.clock ?? systemClock;
  }

  /** The path of the open workspace (for PostgreSQL, its local stand-in path), or null. */
  get current(): string | null {
    return this.handle?.path ?? null;
  }

  /** What the user should know about where the open workspace lies (a file on a network share), or null. */
  get warning(): MessageRef | null {
    return this.handle?.warning ?? null;
  }

  get db(): Kysely<Database> {
    if (!this.handle) throw new AndelError('NO_WORKSPACE', ref('error.workspace.none'));
    return this.handle.db;
  }

  /** Opens `path` (migrating it after a backup when needed); the previous workspace closes only once the new one is open. */
  async open(path: string): Promise<void> {
    const target = resolve(path);
    if (this.handle?.path === target) return;
    const handle = await openWorkspace(target, this.openOptions());
    await this.replace(handle, 'opened');
  }

  /** Opens the workspace held by the PostgreSQL database at `url` (see docs/storage-postgres.md). */
  async openPostgres(url: string, options: PostgresWorkspaceOptions = {}): Promise<void> {
    // Loaded here, not at start-up: pg and its dialect are only for a PostgreSQL workspace, and a
    // file workspace (the app, nearly every command) never loads them.
    const { openPostgresWorkspace } = await import('../db/postgres/open-postgres-workspace');
    await this.replace(await openPostgresWorkspace(url, options), 'opened');
  }

  /** Creates an empty workspace at `path` (refusing an existing file) and opens it. */
  async create(path: string, init: Partial<WorkspaceInit> = {}): Promise<void> {
    const target = resolve(path);
    await createWorkspaceFile(target, { ...DEFAULT_WORKSPACE_INIT, ...init }, { nativeBinding: this.options.nativeBinding, now: this.clock });
    await this.replace(await openWorkspace(target, this.openOptions()), 'created');
  }

  /** Creates a workspace at `path` from a workspace document (validated completely first) and opens it. */
  async createFromDocument(path: string, document: WorkspaceDocument | unknown): Promise<void> {
    const target = resolve(path);
    await importDocument(target, document, { nativeBinding: this.options.nativeBinding, now: this.clock });
    await this.replace(await openWorkspace(target, this.openOptions()), 'created');
  }

  async close(): Promise<void> {
    const handle = this.handle;
    if (!handle) return;
    this.handle = null;
    await this.stopBackups();
    await handle.close();
    this.emit({ path: null, reason: 'closed', backupPath: null });
  }

  /** Takes a backup of the open workspace now if it changed since the last one (what the schedule does); its path, or null. */
  async backupNow(): Promise<string | null> {
    if (!this.scheduler) throw new AndelError('NO_WORKSPACE', ref('error.workspace.noneForBackups'));
    return this.scheduler.tick();
  }

  /** The backups of the open workspace (scheduled, before-restore, before-migration), newest first. */
  listBackups(): BackupEntry[] {
    if (!this.handle) throw new AndelError('NO_WORKSPACE', ref('error.workspace.noneToListBackups'));
    // A server database is backed up by its own tools (pg_dump), not by Andel.
    return isFile(this.handle) ? listBackups(this.handle.path) : [];
  }

  /**
   * Replaces the open workspace with a backup (verified first; the current file is kept as a
   * before-restore copy) and opens the restored file. With no workspace open, `path` names the file.
   */
  async restoreFromBackup(backupPath: string, options: { path?: string; force?: boolean } = {}): Promise<RestoreResult> {
    const target = options.path ? resolve(options.path) : this.handle?.path;
    if (!target) throw new AndelError('NO_WORKSPACE', ref('error.workspace.noneToRestore'));
    const connection = { nativeBinding: this.options.nativeBinding, now: this.clock, force: options.force ?? false };
    const wasOpen = this.handle?.path === target;
    if (wasOpen) await this.close();
    let result: RestoreResult;
    try {
      result = await restoreWorkspace(target, backupPath, connection);
    } catch (error) {
      // Refused (another process has it, a damaged backup…): the file is unchanged, so go back to it.
      if (wasOpen) await this.open(target).catch(() => undefined);
      throw error;
    }
    await this.open(target);
    return result;
  }

  /** Writes a consistent copy of the open workspace to a new file (SQLite online backup); the session stays on the original. */
  async saveCopy(path: string): Promise<string> {
    const handle = this.handle;
    if (!handle) throw new AndelError('NO_WORKSPACE', ref('error.workspace.noneToCopy'));
    if (!isFile(handle)) throw new AndelError('FILE_ERROR', ref('error.postgres.noFileCopy', { name: handle.label }));
    const target = resolve(path);
    if (target === handle.path) throw new AndelError('FILE_ERROR', ref('error.workspace.copyOverOpen'));
    if (existsSync(target)) throw new AndelError('FILE_ERROR', ref('error.workspace.alreadyExists', { path: target }));
    try {
      await handle.sqlite.backup(target);
    } catch (error) {
      throw new AndelError('FILE_ERROR', ref('error.workspace.copyFailed', { path: target, detail: (error as Error).message }));
    }
    return target;
  }

  private openOptions(): OpenOptions {
    return { nativeBinding: this.options.nativeBinding, now: this.clock, ...(this.options.networkFileSystemOf ? { networkFileSystemOf: this.options.networkFileSystemOf } : {}) };
  }

  /** Calls `listener` after every open, create and close; returns a function that unsubscribes. */
  onChange(listener: WorkspaceChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async replace(handle: SessionHandle, reason: WorkspaceChange['reason']): Promise<void> {
    const previous = this.handle;
    await this.stopBackups();
    this.handle = handle;
    this.startBackups(handle);
    if (previous) await previous.close();
    this.emit({ path: handle.path, reason, backupPath: handle.backupPath, warning: handle.warning });
  }

  private startBackups(handle: SessionHandle): void {
    const auto = this.options.autoBackup;
    if (!auto || !isFile(handle)) return;
    const changes = handle.sqlite.prepare('SELECT total_changes()').pluck();
    this.scheduler = new BackupScheduler(
      {
        changeCounter: () => Number(changes.get()),
        backup: async (now) => (await takeBackup(handle.sqlite, handle.path, now, 'scheduled')).path,
      },
      { intervalMs: auto.intervalMs ?? DEFAULT_BACKUP_INTERVAL_MS, clock: this.clock, ...(auto.timers ? { timers: auto.timers } : {}), ...(auto.onResult ? { onResult: auto.onResult } : {}) },
    );
    this.scheduler.start();
  }

  private async stopBackups(): Promise<void> {
    const scheduler = this.scheduler;
    this.scheduler = null;
    if (!scheduler) return;
    scheduler.stop();
    await scheduler.settle();
  }

  private emit(change: WorkspaceChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
