import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { postgresProjects } from './scripts/vitest-postgres-project';

const root = fileURLToPath(new URL('.', import.meta.url));
/** Test files that each get a fresh module graph (see `isolate` below). */
const APART = ['tests/reliability/**/*.test.ts', 'tests/start/**/*.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores on CI: keep forks few so LibreOffice and Chromium tests do not starve each other.
    pool: 'forks',
    maxWorkers: 2,
    // Every test on SQLite; the service and handler tests a second time on PostgreSQL
    // (scripts/vitest-postgres-project.ts says which, and what happens when there is no server).
    // (`include` is per project: a project extending the root would add to the root's list.)
    // A worker keeps the modules it has loaded from one file to the next (isolate: false): loading
    // the app's modules anew for every file was a sixth of the suite's CPU. The files that kill
    // processes, fill disks or start the app (tests/reliability, tests/start) still get fresh ones.
    projects: [
      { extends: true, test: { name: 'sqlite', include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'], exclude: APART, isolate: false } },
      { extends: true, test: { name: 'sqlite-apart', include: APART } },
      ...postgresProjects(root),
    ],
  },
});
