/**
 * The `postgres` vitest project (vitest.config.ts; here, not under tests/, because the config's
 * type check covers scripts/): every test file that opens its workspace
 * through the shared helpers (useDemoWorkspace, openTestWorkspace, openEmptyTestWorkspace,
 * openReopenableTestWorkspace) runs a
 * second time with ANDEL_TEST_BACKEND=postgres, on a real PostgreSQL server. Files that run
 * LibreOffice stay SQLite-only: two LibreOffice runs must never overlap, and vitest runs the two
 * projects' files side by side.
 *
 * Decided when the config loads: with ANDEL_TEST_PG_URL or PostgreSQL's binaries the project is
 * there (pg-global-setup.ts starts a throwaway cluster once for the run); without either it is
 * an error under CI=true, and otherwise one printed line says the PostgreSQL half does not run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TestProjectInlineConfiguration } from 'vitest/config';

/** The bin folder of the newest PostgreSQL installed the Debian way, or from pg_config, or null. */
export function postgresBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return existsSync(join(dir, 'initdb')) ? dir : null;
  } catch {
    return null;
  }
}

// openDemo: tests/main/scenarios/scenario-test-kit.ts, a session of the file's own on openTestWorkspace.
const USES_SHARED_WORKSPACE = /\b(useDemoWorkspace|openTestWorkspace|openEmptyTestWorkspace|openReopenableTestWorkspace|openDemo)\(/u;
const USES_LIBREOFFICE = /helpers\/libreoffice'/u;

/**
 * What stays SQLite-only, and why. Besides these: every file that does not open a workspace at all
 * (the engine, the renderer's logic, the architecture checks), the files that run LibreOffice (two
 * LibreOffice runs must never overlap), and tests/e2e (a renderer build and Chromium per file, too
 * slow to run twice in CI's 90 minutes; tests/e2e/server.e2e.test.ts and stale-write.e2e.test.ts
 * run on PostgreSQL themselves whenever the tests have a server).
 */
export const sqliteOnly: Readonly<Record<string, string>> = {
  'tests/main/db/schema.test.ts': "SQLite's own catalogue (sqlite_master); schema-postgres.test.ts compares both",
  'tests/main/db/schema-postgres.test.ts': 'opens both backends itself',
  'tests/main/db/pg-concurrency.test.ts': 'PostgreSQL only, with 20 connections of its own',
  'tests/main/db/open-workspace.test.ts': 'opening, migrating and refusing SQLite files',
  'tests/main/db/open-without-copy.test.ts': "SQLite's immutable file views",
  'tests/main/db/workspace-lock.test.ts': 'the lock file beside a SQLite workspace',
  'tests/main/db/network-file-system.test.ts': 'a SQLite file on a network share',
  'tests/main/workspace/session.test.ts': "the session's files: open, close, recent, reopen",
  'tests/main/workspace/demo-workspace.test.ts': 'writing the demo workspace file (refused over an existing or open file)',
  'tests/main/files/file-errors-in-language.test.ts': 'file-system errors on workspace files',
  'tests/main/electron/backend-fit.test.ts': "the desktop shell's backend type, with the native SQLite binding",
  'tests/main/document/round-trip.test.ts': 'file → document → file byte for byte; the server round trip has its own test (publish/take-copy)',
  'tests/reliability/crash.test.ts': 'a writer killed mid-transaction, and the SQLite file and WAL after it',
  'tests/reliability/storage-errors.test.ts': 'a full disk and a read-only file under a SQLite workspace',
  'tests/reliability/damaged-workspace.test.ts': 'damaged SQLite files',
  'tests/reliability/backup-restore.test.ts': 'backups are copies of the SQLite file',
  'tests/reliability/backup-restore-faults.test.ts': 'backups are copies of the SQLite file',
  'tests/reliability/restore-through-link.test.ts': 'restoring a SQLite file through a symbolic link',
  'tests/reliability/document-fuzz.test.ts': 'a new file per corrupted document, and no file left on refusal; a database per case would cost minutes of CI',
  'tests/main/scenarios/reference-consortia.test.ts': "one workspace for the whole file (beforeAll); the PostgreSQL helper's databases last one test",
  'tests/reliability/api-fuzz.test.ts': 'resets its file from a pristine copy per case; a database per case would cost minutes of CI',
};

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'e2e' ? [] : testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The test files of the PostgreSQL half, relative to `root`. */
export function postgresSuite(root: string): string[] {
  return testFiles(join(root, 'tests'))
    .filter((path) => {
      const text = readFileSync(path, 'utf8');
      return USES_SHARED_WORKSPACE.test(text) && !USES_LIBREOFFICE.test(text);
    })
    .filter((path) => !(relative(root, path) in sqliteOnly))
    .map((path) => relative(root, path))
    .sort();
}

/** Why the PostgreSQL half cannot run here, or null when it can. */
export function postgresUnavailable(): string | null {
  if (process.env.ANDEL_TEST_PG_URL) return null;
  return postgresBinDir() ? null : "no PostgreSQL server: install Debian's postgresql or set ANDEL_TEST_PG_URL";
}

/** The project, or none (with the reason said once, or thrown under CI=true). */
export function postgresProjects(root: string): TestProjectInlineConfiguration[] {
  const reason = postgresUnavailable();
  if (reason) {
    if (process.env.CI === 'true') throw new Error(`The PostgreSQL half of the tests must run under CI=true: ${reason}`);
    console.warn(`⚠ The PostgreSQL half of the tests does not run: ${reason}.`);
    return [];
  }
  return [
    {
      extends: true,
      // Modules kept from file to file, as in the `sqlite` project (vitest.config.ts says why).
      test: { name: 'postgres', include: postgresSuite(root), env: { ANDEL_TEST_BACKEND: 'postgres' }, globalSetup: ['tests/helpers/pg-global-setup.ts'], isolate: false },
    },
  ];
}
