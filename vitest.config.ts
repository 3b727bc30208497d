import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { postgresProjects } from './scripts/vitest-postgres-project';

const root = fileURLToPath(new URL('.', import.meta.url));

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
    projects: [{ extends: true, test: { name: 'sqlite', include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'] } }, ...postgresProjects(root)],
  },
});
