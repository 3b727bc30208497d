import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWorkspaceFile } from '../../../src/main/db/create-workspace';
import { readFileHeader } from '../../../src/main/db/file-header';
import { knownMigrationNames } from '../../../src/main/db/migrations/migration-names';
import { openWorkspace } from '../../../src/main/db/open-workspace';
import { ANDEL_APPLICATION_ID } from '../../../src/main/db/workspace-format';
import { AndelError } from '../../../src/shared/errors';
import { sha256File } from '../../helpers/file-hash';
import { useTempDirs } from '../../helpers/temp-dir';
import { fixedClock } from '../../helpers/workspace-fixtures';

const tempDir = useTempDirs();
const init = { name: 'Test', defaultCurrency: 'SEK', locale: 'sv' } as const;
const FIRST = '2026-11-21-0001-initial';

async function refusal(promise: Promise<unknown>): Promise<AndelError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AndelError);
  return error as AndelError;
}

describe('creating and opening a workspace', () => {
  it('creates a file marked as Andel, with the current schema, that survives close and reopen', async () => {
    const dir = tempDir();
    const path = dir.file('a.andel');
    await createWorkspaceFile(path, init, { now: fixedClock });
    expect(dir.list()).toEqual(['a.andel']); // no temporary file, WAL or lock left behind

    const header = readFileHeader(path);
    expect(header).toEqual({ kind: 'sqlite', applicationId: ANDEL_APPLICATION_ID, userVersion: knownMigrationNames.length, pageSize: 4096 });

    const first = await openWorkspace(path);
    expect(first.backupPath).toBeNull();
    expect(first.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(first.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(first.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    await first.db.insertInto('organisations').values({ name: 'Hjo', kind: 'municipality', orgNumber: null, officialCode: '1497', countryCode: 'SE', notes: null }).execute();
    await first.close();
    expect(dir.list()).toEqual(['a.andel']);

    const second = await openWorkspace(path);
    expect(await second.db.selectFrom('organisations').select('name').execute()).toEqual([{ name: 'Hjo' }]);
    expect(await second.db.selectFrom('meta').selectAll().executeTakeFirst()).toMatchObject({ workspaceName: 'Test', createdAt: '2026-11-21T12:00:00.000Z' });
    await second.close();
  });

  it('refuses to create over an existing file', async () => {
    const dir = tempDir();
    const path = dir.file('a.andel');
    writeFileSync(path, 'keep me');
    const error = await refusal(createWorkspaceFile(path, init));
    expect(error.code).toBe('FILE_ERROR');
    expect(error.message).toMatch(/already exists/);
    expect(dir.list()).toEqual(['a.andel']);
  });

  it('backs up an older workspace before migrating it, then migrates it to the current schema', async () => {
    const dir = tempDir();
    const path = dir.file('old.andel');
    await createWorkspaceFile(path, init, { migrateTo: FIRST });
    expect(readFileHeader(path)).toMatchObject({ userVersion: 1 });
    const before = sha256File(path);

    const opened = await openWorkspace(path, { now: fixedClock });
    expect(opened.backupPath).toBe(`${path}.backup-20261121T120000Z-v1.andel`);
    const names = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(opened.db);
    expect(names.rows.map((r) => r.name)).toEqual([...knownMigrationNames]);
    await opened.close();

    // The backup is the file exactly as it was before the migration.
    expect(sha256File(opened.backupPath!)).toBe(before);
    expect(readFileHeader(path)).toMatchObject({ userVersion: knownMigrationNames.length });
    const indexes = new BetterSqlite3(path, { readonly: true });
    expect(indexes.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'index' AND name = 'participations_by_cooperation'").get()).toEqual({ n: 1 });
    indexes.close();

    // Already current: no second backup.
    const again = await openWorkspace(path, { now: fixedClock });
    expect(again.backupPath).toBeNull();
    await again.close();
    expect(dir.list()).toEqual(['old.andel', 'old.andel.backup-20261121T120000Z-v1.andel']);
  });
});

describe('files that are refused, unchanged', () => {
  async function expectRefusedUnchanged(path: string, code: string, message: RegExp): Promise<void> {
    const dir = readdirSync(path.slice(0, path.lastIndexOf('/'))).sort();
    const before = sha256File(path);
    const error = await refusal(openWorkspace(path));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(sha256File(path)).toBe(before);
    expect(readdirSync(path.slice(0, path.lastIndexOf('/'))).sort()).toEqual(dir); // no -wal, -shm, lock or backup
  }

  it('refuses a text file', async () => {
    const path = tempDir().file('notes.andel');
    writeFileSync(path, 'This is a text file, not a workspace.\n'.repeat(10));
    await expectRefusedUnchanged(path, 'NOT_A_WORKSPACE', /not a SQLite database/);
  });

  it('refuses an empty file', async () => {
    const path = tempDir().file('empty.andel');
    writeFileSync(path, '');
    await expectRefusedUnchanged(path, 'NOT_A_WORKSPACE', /not a SQLite database/);
  });

  it("refuses another application's SQLite file, even in WAL mode", async () => {
    const path = tempDir().file('foreign.sqlite');
    const foreign = new BetterSqlite3(path);
    foreign.pragma('journal_mode = WAL');
    foreign.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello');");
    foreign.close();
    await expectRefusedUnchanged(path, 'NOT_A_WORKSPACE', /another application/);
  });

  it("refuses a SQLite file with Andel's id but no workspace data", async () => {
    const path = tempDir().file('fake.andel');
    const fake = new BetterSqlite3(path);
    fake.pragma(`application_id = ${ANDEL_APPLICATION_ID}`);
    fake.exec('CREATE TABLE something (id INTEGER PRIMARY KEY)');
    fake.close();
    await expectRefusedUnchanged(path, 'NOT_A_WORKSPACE', /no workspace data/);
  });

  it('refuses a workspace written by a newer Andel (schema level in the header)', async () => {
    const dir = tempDir();
    const path = dir.file('newer.andel');
    await createWorkspaceFile(path, init);
    const raw = new BetterSqlite3(path);
    raw.exec(`INSERT INTO kysely_migration (name, timestamp) VALUES ('2099-01-01-0001-future', '2099-01-01T00:00:00.000Z')`);
    raw.pragma(`user_version = ${knownMigrationNames.length + 1}`);
    raw.close();
    await expectRefusedUnchanged(path, 'NEWER_VERSION', /newer version of Andel/);
  });

  it('refuses a workspace with a migration this build does not know, even when the header level looks current', async () => {
    const path = tempDir().file('newer2.andel');
    await createWorkspaceFile(path, init);
    const raw = new BetterSqlite3(path);
    raw.exec(`INSERT INTO kysely_migration (name, timestamp) VALUES ('2099-01-01-0001-future', '2099-01-01T00:00:00.000Z')`);
    raw.close();
    await expectRefusedUnchanged(path, 'NEWER_VERSION', /2099-01-01-0001-future/);
  });

  it('says so when the file does not exist', async () => {
    const error = await refusal(openWorkspace(tempDir().file('missing.andel')));
    expect(error.code).toBe('FILE_ERROR');
    expect(error.message).toMatch(/does not exist/);
  });

  // A read-only file is tested as an unprivileged user in tests/reliability/storage-errors.test.ts (root ignores permissions).
});
