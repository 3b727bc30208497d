import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { addRecentFile, normalizeRecentFiles, removeRecentFile, serializeRecentFiles } from './policy/recent-files';

/**
 * recent.json in the user-data folder. Plain Node (no Electron) so it is tested in a temp
 * folder. Failures to read or write are never fatal: a recent list is a convenience.
 */
export class RecentFilesStore {
  private files: string[];

  constructor(
    private readonly filePath: string,
    private readonly exists: (path: string) => boolean = existsSync,
    private readonly log: (message: string) => void = (message) => console.warn(message),
  ) {
    this.files = this.load();
  }

  static inFolder(userDataDir: string): RecentFilesStore {
    return new RecentFilesStore(join(userDataDir, 'recent.json'));
  }

  /** The list, re-checked against the disk: files moved or deleted since are dropped. */
  list(): string[] {
    const pruned = normalizeRecentFiles(this.files, this.exists);
    if (pruned.length !== this.files.length) this.replace(pruned);
    return [...this.files];
  }

  add(path: string): string[] {
    this.replace(addRecentFile(normalizeRecentFiles(this.files, this.exists), path));
    return this.list();
  }

  remove(path: string): string[] {
    this.replace(removeRecentFile(this.files, path));
    return this.list();
  }

  clear(): void {
    this.replace([]);
  }

  private load(): string[] {
    try {
      return normalizeRecentFiles(JSON.parse(readFileSync(this.filePath, 'utf8')), this.exists);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.log(`Ignoring unreadable ${this.filePath}: ${String(error)}`);
      return [];
    }
  }

  private replace(files: string[]): void {
    this.files = files;
    try {
      mkdirSync(dirname(this.filePath), { recursive: true });
      // Write then rename, so a crash mid-write never leaves a half file behind.
      const temp = `${this.filePath}.tmp`;
      writeFileSync(temp, serializeRecentFiles(files), 'utf8');
      renameSync(temp, this.filePath);
    } catch (error) {
      this.log(`Could not save the recent files list to ${this.filePath}: ${String(error)}`);
    }
  }
}
