/**
 * Clear messages for what the user must fix: a read-only file or folder, a full disk, a busy file;
 * and nothing half-written when a write fails.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import type { HandlerMap } from '../../src/main/api/handler-map';
import { reportError } from '../../src/main/cli/cli-error';
import { createWorkspaceFile } from '../../src/main/db/create-workspace';
import { storageError } from '../../src/main/db/sqlite-errors';
import type { AppContext } from '../../src/main/workspace/app-context';
import { membersHandlers } from '../../src/main/handlers/members.handlers';
import { organisationsHandlers } from '../../src/main/handlers/organisations.handlers';
import { importDocument } from '../../src/main/document/import-document';
import { WorkspaceSession } from '../../src/main/workspace/session';
import { AndelError } from '../../src/shared/errors';
import { dbContentHash } from '../helpers/db-content-hash';
import { sha256File } from '../helpers/file-hash';
import { useTempDirs } from '../helpers/temp-dir';
import { loadRichFixture, repoRoot } from '../helpers/workspace-fixtures';

const tempDir = useTempDirs('andel-storage-');
const openAsUser = fileURLToPath(new URL('./open-as-user.ts', import.meta.url));
const NOBODY = 65534;
const handlers = { ...membersHandlers, ...organisationsHandlers } as unknown as HandlerMap<AppContext>;

/**
 * The unprivileged user runs the app's code from this checkout, so it must be able to pass through
 * every folder above it. A clone inside a private folder (mktemp -d makes them 0700, as CI does)
 * would stop it at the door: such folders get "others may pass" (o+x, not read) for these tests
 * and their own mode back afterwards.
 */
function letOthersPassThrough(folder: string): () => void {
  const changed: { path: string; mode: number }[] = [];
  for (let dir = folder; ; dir = dirname(dir)) {
    const mode = statSync(dir).mode & 0o7777;
    if ((mode & 0o001) === 0) {
      chmodSync(dir, mode | 0o001);
      changed.push({ path: dir, mode });
    }
    if (dirname(dir) === dir) break;
  }
  return () => {
    for (const { path, mode } of changed) chmodSync(path, mode);
  };
}

let restoreFolderModes: () => void = () => {};
beforeAll(() => {
  restoreFolderModes = letOthersPassThrough(repoRoot);
});
afterAll(() => restoreFolderModes());

function openAsNobody(path: string): { ok: boolean; code?: string; message?: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', openAsUser, path], {
    cwd: repoRoot,
    encoding: 'utf8',
    uid: NOBODY,
    gid: NOBODY,
    env: { ...process.env, HOME: '/tmp' },
  });
  if (result.status !== 0) throw new Error(`open-as-user failed (${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as { ok: boolean; code?: string; message?: string };
}

async function workspaceIn(dirMode: number): Promise<{ path: string; folder: string }> {
  const dir = tempDir();
  const path = dir.file('budget.andel');
  await createWorkspaceFile(path, { name: 'Budget', defaultCurrency: 'SEK', locale: 'sv' });
  chmodSync(dir.path, dirMode);
  return { path, folder: dir.path };
}

describe('read-only files and folders (checked as an unprivileged user: root ignores permissions)', { timeout: 60_000 }, () => {
  it('refuses a read-only workspace file with a plain message and leaves it untouched', async () => {
    const { path } = await workspaceIn(0o777);
    chmodSync(path, 0o444);
    const before = sha256File(path);
    const result = openAsNobody(path);
    expect(result).toMatchObject({ ok: false, code: 'FILE_ERROR' });
    expect(result.message).toContain('read-only');
    expect(result.message).toContain('The file was not changed');
    expect(sha256File(path)).toBe(before);
    for (const extra of ['-wal', '-shm', '.lock']) expect(existsSync(`${path}${extra}`), extra).toBe(false);
  });

  it('refuses a writable file in a read-only folder (SQLite needs the folder for its journal)', async () => {
    const { path, folder } = await workspaceIn(0o755);
    chmodSync(path, 0o666);
    const before = sha256File(path);
    const result = openAsNobody(path);
    expect(result).toMatchObject({ ok: false, code: 'FILE_ERROR' });
    expect(result.message).toContain(`the folder ${folder} is read-only`);
    expect(sha256File(path)).toBe(before);
  });

  it('opens the same file when the user may write it (the check is not simply refusing everything)', async () => {
    const { path, folder } = await workspaceIn(0o755);
    chownSync(folder, NOBODY, NOBODY);
    chownSync(path, NOBODY, NOBODY);
    expect(openAsNobody(path)).toEqual({ ok: true });
  });
});

describe('a full disk', () => {
  it('refuses the write with a plain message, rolls the transaction back, and works again once there is room', async () => {
    const path = tempDir().file('full.andel');
    await importDocument(path, loadRichFixture());
    const session = new WorkspaceSession({ clock: () => new Date('2026-11-21T12:00:00Z') });
    await session.open(path);
    const ctx: AppContext = { session };
    try {
      // SQLite's own limit stands in for the disk: the file may not grow by a single page.
      // (Kysely's camel-case plugin renames the pragma's column.)
      const pages = (await sql<{ pageCount: number }>`PRAGMA page_count`.execute(session.db)).rows[0]!.pageCount;
      expect(pages).toBeGreaterThan(1);
      await sql.raw(`PRAGMA max_page_count = ${pages}`).execute(session.db);
      const ids = (await session.db.selectFrom('organisations').select('id').execute()).map((row) => row.id);
      let failure: { code: string; message: string } | null = null;
      let hashBefore = '';
      for (let round = 0; round < 50 && !failure; round++) {
        for (const id of ids) {
          hashBefore = await dbContentHash(session.db);
          const result = await dispatch(handlers, ctx, 'organisations:update', { id, notes: `${round}-${'n'.repeat(3990)}` });
          if (!result.ok) {
            failure = result.error;
            break;
          }
        }
      }
      expect(failure, 'the page limit was never reached').not.toBeNull();
      expect(failure!.code).toBe('FILE_ERROR');
      expect(failure!.message).toContain('the disk is full');
      expect(failure!.message).toContain('Nothing was half-written');
      // The failed transaction left nothing: neither the organisation row nor its audit entry.
      expect(await dbContentHash(session.db)).toBe(hashBefore);
      expect((await sql`PRAGMA integrity_check`.execute(session.db)).rows).toEqual([{ integrityCheck: 'ok' }]);

      await sql.raw('PRAGMA max_page_count = 1073741823').execute(session.db);
      const again = await dispatch(handlers, ctx, 'organisations:update', { id: ids[0]!, notes: 'room again' });
      expect(again.ok).toBe(true);
    } finally {
      await session.close();
    }
  });
});

describe('storage errors are mapped to FILE_ERROR in one place', () => {
  function realSqliteError(run: (db: BetterSqlite3.Database) => void, path: string): unknown {
    try {
      run(new BetterSqlite3(path, { readonly: true }));
    } catch (error) {
      return error;
    }
    throw new Error('expected an error');
  }

  it('maps a real SQLITE_READONLY, and the codes of a full disk, a busy file, denied access', async () => {
    const path = tempDir().file('ro.andel');
    await createWorkspaceFile(path, { name: 'Ro', defaultCurrency: 'SEK', locale: 'sv' });
    const readonly = realSqliteError((db) => db.exec("UPDATE meta SET workspace_name = 'x'"), path);
    expect((readonly as { code: string }).code).toBe('SQLITE_READONLY');
    const cases: [unknown, string][] = [
      [readonly, 'read-only'],
      [Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }), 'the disk is full'],
      [Object.assign(new Error('no space'), { code: 'ENOSPC' }), 'the disk is full'],
      [Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }), 'busy'],
      [Object.assign(new Error('denied'), { code: 'EACCES' }), 'permission denied'],
      [Object.assign(new Error('io'), { code: 'SQLITE_IOERR_WRITE' }), 'read or write error'],
    ];
    for (const [error, phrase] of cases) {
      const mapped = storageError(error);
      expect(mapped, phrase).toBeInstanceOf(AndelError);
      expect(mapped!.code).toBe('FILE_ERROR');
      expect(mapped!.message).toContain(phrase);
    }
    expect(storageError(new TypeError('a bug'))).toBeNull();
    expect(storageError(Object.assign(new Error('constraint'), { code: 'SQLITE_CONSTRAINT_CHECK' }))).toBeNull();
  });

  it('dispatch and the CLI say it plainly instead of reporting an internal error', async () => {
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const failing = { 'workspace:info': () => Promise.reject(full) } as unknown as HandlerMap<null>;
    const internal: unknown[] = [];
    const result = await dispatch(failing, null, 'workspace:info', {}, (error) => internal.push(error));
    expect(result).toMatchObject({ ok: false, error: { code: 'FILE_ERROR', message: expect.stringContaining('the disk is full') } });
    expect(internal).toEqual([]);

    let written = '';
    const code = reportError(full, (text) => (written += text), false);
    expect(code).toBe(1);
    expect(written).toContain('the disk is full');
    expect(written).toContain('[FILE_ERROR]');
    expect(written).not.toContain('internal error');
  });
});
