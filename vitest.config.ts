import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores on CI: keep forks few so LibreOffice and Chromium tests do not starve each other.
    pool: 'forks',
    maxWorkers: 2,
  },
});
