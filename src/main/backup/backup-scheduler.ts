/**
 * Backups on a schedule while a workspace is open: every `intervalMs`, if the workspace changed
 * since the last backup, take one. Plain and testable: the timer functions and the clock are
 * injected, and `tick()` is what the timer calls.
 */
import type { Clock } from '../services/clock';

export interface BackupTimers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface BackupSource {
  /** Grows with every change written to the workspace (SQLite's total_changes() of the connection). */
  changeCounter(): number;
  /** Takes one backup; resolves to its path. */
  backup(now: Date): Promise<string>;
}

export interface BackupSchedulerOptions {
  intervalMs: number;
  clock: Clock;
  timers?: BackupTimers;
  /** Told about each backup taken or failed (the app logs it; a failed backup must not stop work). */
  onResult?: (result: { path: string } | { error: unknown }) => void;
}

/** Every 10 minutes while the workspace changes; kept by age (./retention.ts). */
export const DEFAULT_BACKUP_INTERVAL_MS = 10 * 60 * 1000;

const nodeTimers: BackupTimers = {
  setInterval: (callback, ms) => {
    const handle = setInterval(callback, ms);
    handle.unref(); // a pending backup never keeps the process alive
    return handle;
  },
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};

export class BackupScheduler {
  private handle: unknown = null;
  private lastBackedUp: number;
  private running: Promise<string | null> | null = null;

  constructor(
    private readonly source: BackupSource,
    private readonly options: BackupSchedulerOptions,
  ) {
    // What is on disk when the workspace was opened needs no backup of its own.
    this.lastBackedUp = source.changeCounter();
  }

  get started(): boolean {
    return this.handle !== null;
  }

  start(): void {
    if (this.handle !== null) return;
    const timers = this.options.timers ?? nodeTimers;
    this.handle = timers.setInterval(() => void this.tick(), this.options.intervalMs);
  }

  stop(): void {
    if (this.handle === null) return;
    (this.options.timers ?? nodeTimers).clearInterval(this.handle);
    this.handle = null;
  }

  /** Takes a backup if the workspace changed since the last one; resolves to its path, or null. One at a time. */
  tick(): Promise<string | null> {
    this.running ??= this.backupIfChanged().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Resolves once a backup in progress (if any) has finished, e.g. before closing the connection. */
  async settle(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  private async backupIfChanged(): Promise<string | null> {
    const counter = this.source.changeCounter();
    if (counter === this.lastBackedUp) return null;
    try {
      const path = await this.source.backup(this.options.clock());
      this.lastBackedUp = counter;
      this.options.onResult?.({ path });
      return path;
    } catch (error) {
      this.options.onResult?.({ error });
      return null;
    }
  }
}
