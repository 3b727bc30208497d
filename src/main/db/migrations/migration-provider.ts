/**
 * The static list of migrations. A folder scan would not survive bundling (electron-vite writes
 * one file), so every migration is imported here by name. Names sort by date: append, never
 * reorder, and add each name to migration-names.ts too (checked below).
 */
import type { Migration, MigrationProvider } from 'kysely';
import { knownMigrationNames } from './migration-names';
import * as initial from './2026-11-21-0001-initial';
import * as lookupIndexes from './2026-11-21-0002-lookup-indexes';
import * as cooperationCountryArchive from './2026-12-06-0201-cooperation-country-archive';
import * as budgetLineDirect from './2026-12-06-0301-budget-line-direct';
import * as agendaProposalScenario from './2026-12-06-0701-agenda-proposal-scenario';
import * as serverUsers from './2026-12-06-0901-server-users';
import * as votesAndMinutes from './2026-12-06-0702-votes-and-minutes';
import * as rowVersions from './2026-12-06-0801-row-versions';
import * as serverSessions from './2026-12-06-1010-server-sessions';
import * as budgetRowVersions from './2026-12-06-1020-budget-row-versions';

export const migrations: Readonly<Record<string, Migration>> = {
  '2026-11-21-0001-initial': initial,
  '2026-11-21-0002-lookup-indexes': lookupIndexes,
  '2026-12-06-0201-cooperation-country-archive': cooperationCountryArchive,
  '2026-12-06-0301-budget-line-direct': budgetLineDirect,
  '2026-12-06-0701-agenda-proposal-scenario': agendaProposalScenario,
  '2026-12-06-0901-server-users': serverUsers,
  '2026-12-06-0702-votes-and-minutes': votesAndMinutes,
  '2026-12-06-0801-row-versions': rowVersions,
  '2026-12-06-1010-server-sessions': serverSessions,
  '2026-12-06-1020-budget-row-versions': budgetRowVersions,
};

// A migration provided here but not listed in migration-names.ts (or the other way round) would
// leave files half-migrated or refused: a build with such a mistake fails on its first migration.
if (Object.keys(migrations).sort().join('\n') !== knownMigrationNames.join('\n')) {
  throw new Error('migration-provider.ts and migration-names.ts list different migrations');
}

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...migrations }),
};
