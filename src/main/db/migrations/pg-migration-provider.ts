/**
 * The migrations as PostgreSQL runs them: every migration under its own name, in its PostgreSQL
 * form where the SQLite SQL does not run there (GLOB, STRICT, json_valid, RAISE triggers), and as
 * it is where its SQL is portable (Kysely's schema builder, plain ALTER TABLE … ADD COLUMN).
 * What SQLite runs is unchanged: it keeps using migration-provider.ts.
 */
import type { Migration, MigrationProvider } from 'kysely';
import { migrations } from './migration-provider';
import * as initialPg from './pg/2026-11-21-0001-initial.pg';
import * as cooperationCountryArchivePg from './pg/2026-12-06-0201-cooperation-country-archive.pg';
import * as votesAndMinutesPg from './pg/2026-12-06-0702-votes-and-minutes.pg';

/** Migrations whose SQLite SQL does not run on PostgreSQL, or not alike (ids), by name. */
export const postgresForms: Readonly<Record<string, Migration>> = {
  '2026-11-21-0001-initial': initialPg,
  '2026-12-06-0201-cooperation-country-archive': cooperationCountryArchivePg,
  // SQLite's INTEGER PRIMARY KEY numbers votes and adjusters by itself; PostgreSQL needs identities.
  '2026-12-06-0702-votes-and-minutes': votesAndMinutesPg,
};

export const postgresMigrations: Readonly<Record<string, Migration>> = { ...migrations, ...postgresForms };

export const postgresMigrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...postgresMigrations }),
};
