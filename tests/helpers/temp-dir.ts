/**
 * A fresh folder per test under the OS temp dir, removed after the test. Real files, real SQLite:
 * main-side tests never mock the database.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

export interface TempDir {
  readonly path: string;
  /** An absolute path inside the folder. */
  file(name: string): string;
  /**
   * The file names in the folder, sorted, without the workspace locks' empty companions
   * (`.<name>.andel-lock`, which stay beside a workspace by design: src/main/db/workspace-lock.ts).
   */
  list(): string[];
}

export function createTempDir(prefix = 'andel-test-'): TempDir & { remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return {
    path,
    file: (name) => join(path, name),
    list: () => readdirSync(path).filter((name) => !/^\..+\.andel-lock$/u.test(name)).sort(),
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}

/** Call at the top of a test file: every call of the returned function gives a new folder, removed after the test. */
export function useTempDirs(prefix?: string): () => TempDir {
  const created: { remove(): void }[] = [];
  afterEach(() => {
    for (const dir of created.splice(0)) dir.remove();
  });
  return () => {
    const dir = createTempDir(prefix);
    created.push(dir);
    return dir;
  };
}
