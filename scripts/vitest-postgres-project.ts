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

const USES_SHARED_WORKSPACE = /\b(useDemoWorkspace|openTestWorkspace|openEmptyTestWorkspace|openReopenableTestWorkspace)\(/u;
const USES_LIBREOFFICE = /helpers\/libreoffice'/u;

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
      test: { name: 'postgres', include: postgresSuite(root), env: { ANDEL_TEST_BACKEND: 'postgres' }, globalSetup: ['tests/helpers/pg-global-setup.ts'] },
    },
  ];
}
