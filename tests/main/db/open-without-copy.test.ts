/**
 * Opening a workspace, and reading one for a read-only command, must not copy the file into
 * memory: SQLite reads the pages it needs. Every read through node:fs by Andel's code is counted
 * (the fs module is wrapped for the code under test); a 50 MB workspace must cost a few header
 * bytes, not its size. Deterministic: bytes counted, not time or heap.
 */
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import type * as nodeFs from 'node:fs';
import { statSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const reads = vi.hoisted(() => ({ bytes: 0, files: [] as string[] }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof nodeFs>();
  const readFileSync = ((...args: Parameters<typeof fs.readFileSync>) => {
    const result = fs.readFileSync(...args);
    reads.bytes += typeof result === 'string' ? Buffer.byteLength(result) : result.length;
    reads.files.push(String(args[0]));
    return result;
  }) as typeof fs.readFileSync;
  const readSync = ((...args: Parameters<typeof fs.readSync>) => {
    const n = fs.readSync(...args);
    reads.bytes += n;
    return n;
  }) as typeof fs.readSync;
  return { ...fs, default: { ...fs, readFileSync, readSync }, readFileSync, readSync };
});

const { createWorkspaceFile } = await import('../../../src/main/db/create-workspace');
const { inspectWorkspaceFile } = await import('../../../src/main/db/inspect-workspace-file');
const { openWorkspace } = await import('../../../src/main/db/open-workspace');
const { readingWorkspace } = await import('../../../src/main/db/read-workspace');
const { verifyBackup } = await import('../../../src/main/backup/verify-backup');
const { useTempDirs } = await import('../../helpers/temp-dir');

const tempDir = useTempDirs();
const init = { name: 'Stor', defaultCurrency: 'SEK', locale: 'sv' } as const;
const FIRST = '2026-11-21-0001-initial';
const MB = 1024 * 1024;

/** A workspace padded with 50 one-megabyte random blobs (random, so no layer could compress them away). */
async function largeWorkspace(path: string, options: { migrateTo?: string } = {}): Promise<number> {
  await createWorkspaceFile(path, init, options);
  const raw = new BetterSqlite3(path);
  raw.exec('CREATE TABLE padding (b BLOB)');
  const insert = raw.prepare('INSERT INTO padding VALUES (randomblob(?))');
  raw.transaction(() => {
    for (let i = 0; i < 50; i++) insert.run(MB);
  })();
  raw.close(); // the last connection checkpoints and removes the WAL
  return statSync(path).size;
}

beforeEach(() => {
  reads.bytes = 0;
  reads.files = [];
});

describe('opening a large workspace reads pages, not the whole file', () => {
  it('inspecting, reading for a command, opening for work and verifying as a backup read under 1 MB through fs', async () => {
    const dir = tempDir();
    // Special characters a URI would misread, to show the path reaches SQLite intact.
    const path = dir.file('Stor #1 ?100% öre.andel');
    const size = await largeWorkspace(path);
    expect(size).toBeGreaterThan(50 * MB);
    reads.bytes = 0;

    inspectWorkspaceFile(path, {});
    const name = await readingWorkspace(path, async (db) => (await db.selectFrom('meta').select('workspaceName').executeTakeFirstOrThrow()).workspaceName);
    expect(name).toBe('Stor');
    const opened = await openWorkspace(path);
    const count = await sql<{ n: number }>`SELECT count(*) AS n FROM padding`.execute(opened.db);
    expect(count.rows[0]?.n).toBe(50);
    await opened.close();
    expect(verifyBackup(path).workspaceName).toBe('Stor');

    // Only the 100-byte headers (and small text files such as /proc/mounts) go through fs.
    expect(reads.files).not.toContain(path);
    expect(reads.bytes).toBeLessThan(MB);
    expect(dir.list()).toEqual(['Stor #1 ?100% öre.andel']);
  });

  it('an older workspace read by a command is migrated in a temporary copy on disk, not in memory, and stays as it was', async () => {
    const dir = tempDir();
    const path = dir.file('old.andel');
    await largeWorkspace(path, { migrateTo: FIRST });
    const before = statSync(path);
    reads.bytes = 0;

    const migrated = await readingWorkspace(path, async (db) => (await sql<{ n: number }>`SELECT count(*) AS n FROM kysely_migration`.execute(db)).rows[0]?.n);
    expect(migrated).toBeGreaterThan(1);

    expect(reads.files).not.toContain(path);
    expect(reads.bytes).toBeLessThan(MB);
    expect(statSync(path).mtimeMs).toBe(before.mtimeMs);
    expect(dir.list()).toEqual(['old.andel']);
  });
});
