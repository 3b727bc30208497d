/**
 * The names of the migrations this build knows, in order; the last one is the current schema
 * version. Kept apart from the migrations themselves (migration-provider.ts) so that opening a
 * workspace that is already current reads this list and loads no migration code (nor the schema
 * builder it uses). Names sort by date: append, never reorder; migration-provider.ts checks that
 * it provides exactly these.
 */
export const knownMigrationNames: readonly string[] = [
  '2026-11-21-0001-initial',
  '2026-11-21-0002-lookup-indexes',
  '2026-12-06-0201-cooperation-country-archive',
  '2026-12-06-0301-budget-line-direct',
  '2026-12-06-0701-agenda-proposal-scenario',
  '2026-12-06-0702-votes-and-minutes',
  '2026-12-06-0801-row-versions',
  '2026-12-06-0901-server-users',
  '2026-12-06-1010-server-sessions',
  '2026-12-06-1020-budget-row-versions',
];
