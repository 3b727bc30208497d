/**
 * Which backend the service and handler tests run on, and a workspace made from a document on it.
 * The `postgres` vitest project sets ANDEL_TEST_BACKEND=postgres (vitest.config.ts); the same test
 * files then run on a fresh PostgreSQL database per workspace instead of a file.
 */
import { createHash } from 'node:crypto';
import { afterEach } from 'vitest';
import { postgresMigrations } from '../../src/main/db/migrations/pg-migration-provider';
import { createPostgresWorkspace } from '../../src/main/db/postgres/open-postgres-workspace';
import { writeDocumentRows } from '../../src/main/document/import-document';
import { assertValidDocument } from '../../src/main/document/validate-document';
import { DEFAULT_WORKSPACE_INIT, type WorkspaceSession } from '../../src/main/workspace/session';
import { createTestDatabase, databaseExists, renameDatabase, testPgAdminUrl } from './pg-server';
import { fixedClock } from './workspace-fixtures';

export type TestBackend = 'sqlite' | 'postgres';

export function testBackend(): TestBackend {
  return process.env.ANDEL_TEST_BACKEND === 'postgres' ? 'postgres' : 'sqlite';
}

const databases: { drop(): Promise<void> }[] = [];
afterEach(async () => {
  for (const database of databases.splice(0)) await database.drop();
});

/**
 * A template database per document, made once per server (schema, meta row, rows): each test's
 * database is a copy of it (CREATE DATABASE … TEMPLATE, a file copy), far quicker than migrating
 * and importing each time. Built under a temporary name and renamed when complete, so no test
 * copies a half-made template and concurrent workers never copy one that is in use.
 */
async function templateFor(adminUrl: string, document: unknown): Promise<string> {
  // Keyed on the document and the migrations' code: a server kept between runs (ANDEL_TEST_PG_URL)
  // never hands out a template of an older schema.
  const schema = Object.entries(postgresMigrations).map(([name, migration]) => `${name}\n${String(migration.up)}`).join('\n');
  const name = `andel_tpl_${process.env.ANDEL_TEST_RUN_ID ?? 'solo'}_${createHash('sha256').update(schema).update(JSON.stringify(document)).digest('hex').slice(0, 16)}`;
  if (await databaseExists(adminUrl, name)) return name;
  const building = await createTestDatabase(adminUrl);
  const doc = assertValidDocument(document);
  await createPostgresWorkspace(building.url, doc.workspace, { now: fixedClock, fill: (trx) => writeDocumentRows(trx, doc) });
  try {
    await renameDatabase(adminUrl, building.name, name);
  } catch (error) {
    await building.drop();
    // Another worker finished the same template first: use theirs. PostgreSQL says so as a duplicate
    // database (42P04), or, when both renames run at the same moment, as the catalogue's unique
    // index refusing the second name (23505).
    if (!['42P04', '23505'].includes((error as { code?: string }).code ?? '')) throw error;
  }
  return name;
}

/** A fresh PostgreSQL database holding `document` as a workspace; dropped after the test. */
export async function createPostgresTestWorkspace(document: unknown): Promise<string> {
  const adminUrl = testPgAdminUrl();
  if (!adminUrl) throw new Error('ANDEL_TEST_BACKEND=postgres, but there is no PostgreSQL server (see the line above)');
  const database = await createTestDatabase(adminUrl, await templateFor(adminUrl, document));
  databases.push(database);
  return database.url;
}

/**
 * Opens, in `session`, a new workspace holding `document`: a file at `path` on SQLite, a fresh
 * database on PostgreSQL (with `path` as its local stand-in, so exports land beside it).
 */
export async function openTestWorkspace(session: WorkspaceSession, path: string, document: unknown): Promise<void> {
  if (testBackend() === 'sqlite') {
    await session.createFromDocument(path, document);
    return;
  }
  await session.openPostgres(await createPostgresTestWorkspace(document), { path, max: 4 });
}

/**
 * Like openTestWorkspace, and gives back how to open the same workspace in another session: the
 * file (once the first session has closed it: a file has one writer at a time), or the same
 * database (at once, as a second server process would).
 */
export async function openReopenableTestWorkspace(session: WorkspaceSession, path: string, document: unknown): Promise<(other: WorkspaceSession) => Promise<void>> {
  if (testBackend() === 'sqlite') {
    await session.createFromDocument(path, document);
    return (other) => other.open(path);
  }
  const url = await createPostgresTestWorkspace(document);
  await session.openPostgres(url, { path, max: 4 });
  return (other) => other.openPostgres(url, { path, max: 4 });
}

/** Opens, in `session`, a new empty workspace: a file at `path` on SQLite, a fresh database on PostgreSQL. */
export async function openEmptyTestWorkspace(session: WorkspaceSession, path: string): Promise<void> {
  if (testBackend() === 'sqlite') {
    await session.create(path);
    return;
  }
  const adminUrl = testPgAdminUrl();
  if (!adminUrl) throw new Error('ANDEL_TEST_BACKEND=postgres, but there is no PostgreSQL server (see the line above)');
  const database = await createTestDatabase(adminUrl);
  databases.push(database);
  await createPostgresWorkspace(database.url, DEFAULT_WORKSPACE_INIT, { now: fixedClock });
  await session.openPostgres(database.url, { path, max: 4 });
}
