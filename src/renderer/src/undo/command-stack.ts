/**
 * Undo and redo as a stack of commands. Every edit in Andel is a command whose `run` calls a
 * channel with the new values and whose `revert` calls channels with the old ones: the database
 * stays the one truth, and undo is just another edit the audit log records. Pure (no React, no
 * API), so it is tested without a browser.
 */
import { AndelError, ref } from '../../../shared/errors';

export interface Command {
  /** What the user sees: "population of Skövde 2017". Called when shown, so it follows the language. */
  label: () => string;
  /** Does the edit (again, for redo). Throws when the API refuses it. */
  run: () => Promise<void>;
  /** Puts back what was there before. Throws when the API refuses it. */
  revert: () => Promise<void>;
}

export interface CommandStackState {
  undoLabel: string | null;
  redoLabel: string | null;
  busy: boolean;
  /** The last failure of an undo or redo, as the API worded it. */
  error: string | null;
}

export class CommandStack {
  private readonly done: Command[] = [];
  private readonly undone: Command[] = [];
  private readonly listeners = new Set<() => void>();
  private busy = false;
  private error: string | null = null;
  private snapshot: CommandStackState = { undoLabel: null, redoLabel: null, busy: false, error: null };

  constructor(private readonly limit = 200) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A stable object between changes, as useSyncExternalStore wants. */
  getState = (): CommandStackState => this.snapshot;

  get canUndo(): boolean {
    return this.done.length > 0 && !this.busy;
  }

  get canRedo(): boolean {
    return this.undone.length > 0 && !this.busy;
  }

  /** Runs a new edit; once it succeeded it can be undone, and what was undone before can no longer be redone. */
  async execute(command: Command): Promise<void> {
    await this.exclusive(async () => {
      await command.run();
      this.done.push(command);
      if (this.done.length > this.limit) this.done.shift();
      this.undone.length = 0;
    }, false);
  }

  /** Records an edit that has already been made (e.g. by a form that saved it itself). */
  record(command: Command): void {
    this.done.push(command);
    if (this.done.length > this.limit) this.done.shift();
    this.undone.length = 0;
    this.error = null;
    this.emit();
  }

  /** Reverts the last edit; false when there was nothing to undo or it failed (the edit then stays undoable). */
  async undo(): Promise<boolean> {
    const command = this.done[this.done.length - 1];
    if (!command || this.busy) return false;
    return this.exclusive(async () => {
      await command.revert();
      this.done.pop();
      this.undone.push(command);
    }, true);
  }

  async redo(): Promise<boolean> {
    const command = this.undone[this.undone.length - 1];
    if (!command || this.busy) return false;
    return this.exclusive(async () => {
      await command.run();
      this.undone.pop();
      this.done.push(command);
    }, true);
  }

  /** Forgets everything (another workspace was opened). */
  clear(): void {
    this.done.length = 0;
    this.undone.length = 0;
    this.error = null;
    this.emit();
  }

  private async exclusive(task: () => Promise<void>, swallow: boolean): Promise<boolean> {
    if (this.busy) {
      if (swallow) return false;
      // A refusal in the catalogue's words (the form shows it in the reader's language).
      throw new AndelError('CONFLICT', ref('error.undo.busy'));
    }
    this.busy = true;
    this.error = null;
    this.emit();
    try {
      await task();
      return true;
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      if (!swallow) throw error;
      return false;
    } finally {
      this.busy = false;
      this.emit();
    }
  }

  private emit(): void {
    const top = this.done[this.done.length - 1];
    const next = this.undone[this.undone.length - 1];
    this.snapshot = { undoLabel: top ? top.label() : null, redoLabel: next ? next.label() : null, busy: this.busy, error: this.error };
    for (const listener of this.listeners) listener();
  }
}
