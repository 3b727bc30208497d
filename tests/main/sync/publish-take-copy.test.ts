/**
 * Moving a workspace between a file and a real PostgreSQL server (issue 8/9, item 4): the demo
 * workspace exported from SQLite, published, taken back and exported again is the same file byte
 * for byte; a copy edited offline shows exactly its edits against the server; publishing into a
 * database that holds anything and taking a copy onto an existing file are refused and change
 * nothing. The commands run as a user runs them (runCli, the program the built CLI runs).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createPostgresWorkspace, openPostgresWorkspace } from '../../../src/main/db/postgres/open-postgres-workspace';
import type { DocumentDifference } from '../../../src/main/document/compare-documents';
import { exportDocument, serializeDocument } from '../../../src/main/document/export-document';
import type { WorkspaceDocument } from '../../../src/shared/document/workspace-document.schema';
import { createTestDatabase, testPgAdminUrl, type TestDatabase } from '../../helpers/pg-server';
import { andelInProcess as andel, andelOk as ok } from '../../helpers/cli-in-process';
import { createTempDir, useTempDirs } from '../../helpers/temp-dir';

const adminUrl = testPgAdminUrl();
const tempDir = useTempDirs();

/** The server's workspace document as text, read apart from the commands under test. */
async function serverText(url: string): Promise<string> {
  const handle = await openPostgresWorkspace(url, { max: 1 });
  try {
    return serializeDocument(await exportDocument(handle.db));
  } finally {
    await handle.close();
  }
}

const databases: TestDatabase[] = [];
async function emptyDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase(adminUrl ?? '');
  databases.push(database);
  return database;
}
afterEach(async () => {
  for (const database of databases.splice(0)) await database.drop();
});

// Without a server (and not under CI=true, where testPgAdminUrl throws) the line printed by
// testPgAdminUrl says why this file did not run.
describe.runIf(adminUrl !== null)('publish and take-copy through a real PostgreSQL server', { timeout: 180_000 }, () => {
  // The demo workspace (five consortia, an adopted snapshot), made once by `andel demo`.
  const shared = createTempDir('andel-sync-');
  const demoFile = shared.file('demo.andel');
  const demoJson = shared.file('demo.json');
  beforeAll(async () => {
    await ok('demo', demoFile);
    await ok('export-json', demoFile, '--out', demoJson);
    return () => shared.remove();
  });

  it('round-trips the demo: SQLite → server → SQLite gives the same workspace document, byte for byte', async () => {
    const dir = tempDir();
    const database = await emptyDatabase();
    expect(await ok('publish', demoFile, '--database', database.url, '--lang', 'en')).toMatch(/^Published .*demo\.andel to .* \(\d+ records\)/u);
    // The server holds the document as it was exported from the file.
    const first = readFileSync(demoJson);
    expect(Buffer.from(await serverText(database.url), 'utf8').equals(first)).toBe(true);

    const copy = dir.file('copy.andel');
    expect(await ok('take-copy', '--database', database.url, copy, '--lang', 'en')).toContain(`to ${copy}`);
    await ok('export-json', copy, '--out', dir.file('copy.json'));
    const again = readFileSync(dir.file('copy.json'));
    expect(again.length).toBe(first.length);
    expect(again.equals(first)).toBe(true);

    // And diff says so, with exit code 0, whichever way the sides are named.
    const same = await andel('diff', copy, '--database', database.url, '--lang', 'en');
    expect(same.status).toBe(0);
    expect(same.stdout).toContain('hold the same');
    expect((await andel('diff', demoFile, copy)).status).toBe(0);
  });

  it('shows a copy edited offline: exactly the changed population, the new decision and their audit entries', async () => {
    const dir = tempDir();
    const database = await emptyDatabase();
    await ok('publish', demoFile, '--database', database.url);
    const copy = dir.file('chair.andel');
    await ok('take-copy', '--database', database.url, copy);

    const doc = JSON.parse(readFileSync(demoJson, 'utf8')) as WorkspaceDocument;
    const hjo = doc.organisations.find((o) => o.name === 'Hjo')!;
    const figure = doc.metricValues.find((m) => m.organisationId === hjo.id && m.year === 2017 && m.metric === 'population')!;
    // Offline: Hjo's 2017 population 100 higher (same reference date and source, so only the value changes) …
    const csv = dir.file('hjo.csv');
    writeFileSync(csv, `Kommun;Folkmängd\nHjo;${figure.value + 100}\n`);
    await ok('import-population', copy, '--from', csv, '--year', '2017', '--reference-date', figure.referenceDate, '--source', figure.source ?? '');
    // … and a decision of the Systemgrupp, decided in 2026: the body's first that year.
    const body = doc.bodies.find((b) => b.name === 'Systemgrupp')!;
    const sameYear = doc.decisions.filter((d) => d.bodyId === body.id && d.year === 2026).length;
    await ok('decision', 'create', copy, '--body', 'Systemgrupp', '--title', 'Offline beslut', '--status', 'adopted', '--decided', '2026-11-15');
    const expectedNumber = `SYS 2026:${sameYear + 1}`;

    // From the server to the copy: what the chair did.
    const result = await andel('diff', copy, '--database', database.url, '--format', 'json');
    expect(result.status, result.stderr).toBe(1);
    const difference = JSON.parse(result.stdout) as DocumentDifference;
    expect(difference.equal).toBe(false);
    expect(difference.workspace).toEqual([]);
    expect(difference.collections.map((c) => c.collection)).toEqual(['metricValues', 'decisions', 'auditLog']);
    const [metrics, decisions, audit] = difference.collections;
    expect(metrics).toEqual({
      collection: 'metricValues', added: [], removed: [],
      changed: [{ id: figure.id, label: 'population 2017', changes: [{ field: 'value', before: figure.value, after: figure.value + 100 }] }],
    });
    expect(decisions!.removed).toEqual([]);
    expect(decisions!.changed).toEqual([]);
    expect(decisions!.added.map((d) => [d.label, d.record.title, d.record.bodyId])).toEqual([[expectedNumber, 'Offline beslut', body.id]]);
    // The copy's audit trail grew by one entry per write (nothing in it removed or rewritten): the figure updated, the decision created.
    const decisionId = decisions!.added[0]!.id;
    expect(audit!.removed).toEqual([]);
    expect(audit!.changed).toEqual([]);
    expect(audit!.added.map((entry) => entry.label)).toEqual([`update metric_value ${figure.id}`, `create decision ${decisionId}`]);

    // The same in words, in Swedish: the collection, the record and the field with old → new.
    const swedish = await andel('diff', copy, '--database', database.url, '--lang', 'sv');
    expect(swedish.status).toBe(1);
    expect(swedish.stdout).toContain('Mätvärden (folkmängd m.m.) (tillagda 0, borttagna 0, ändrade 1):');
    expect(swedish.stdout).toContain(`~ ändrad #${figure.id} "population 2017"\n      value: ${figure.value} → ${figure.value + 100}`);
    expect(swedish.stdout).toContain(`+ tillagd #${decisionId} "${expectedNumber}"`);
  });

  it('refuses to publish into a database that holds a workspace, or anything else, and leaves it as it was', async () => {
    const dir = tempDir();
    const database = await emptyDatabase();
    await ok('publish', demoFile, '--database', database.url);
    const before = await serverText(database.url);
    const other = dir.file('other.andel');
    await ok('create-workspace', other, '--name', 'Annan', '--currency', 'NOK', '--locale', 'nb');
    const refused = await andel('publish', other, '--database', database.url, '--lang', 'en');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/already holds a workspace \(".+"\)\. Andel publishes only to an empty database/u);
    expect(refused.stderr).toContain('[CONFLICT]');
    expect(await serverText(database.url)).toBe(before);

    // A database with someone else's table: refused, and no table of Andel's is added.
    const foreign = await emptyDatabase();
    const client = new pg.Client({ connectionString: foreign.url });
    await client.connect();
    try {
      await client.query('CREATE TABLE ledger (id integer PRIMARY KEY)');
      const norwegian = await andel('publish', other, '--database', foreign.url, '--lang', 'nb');
      expect(norwegian.status).toBe(1);
      expect(norwegian.stderr).toContain('er ikke tom (tabeller: ledger)');
      const tables = await client.query<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'");
      expect(tables.rows.map((row) => row.name)).toEqual(['ledger']);
    } finally {
      await client.end();
    }
  });

  it('publishes again into a database where an earlier publish failed in its transaction (Andel\'s empty schema left)', async () => {
    const database = await emptyDatabase();
    // A publish that failed after the schema was made: its rows rolled back, the empty schema stays.
    await expect(createPostgresWorkspace(database.url, { name: 'x', defaultCurrency: 'SEK', locale: 'sv' }, { fill: () => Promise.reject(new Error('connection lost')) })).rejects.toThrow('connection lost');
    await ok('publish', demoFile, '--database', database.url);
    expect(await serverText(database.url)).toBe(readFileSync(demoJson, 'utf8'));
  });

  it('refuses to take a copy onto an existing file, leaving it byte for byte; --force replaces it and keeps a copy', async () => {
    const dir = tempDir();
    const database = await emptyDatabase();
    await ok('publish', demoFile, '--database', database.url);
    const existing = dir.file('mine.andel');
    await ok('create-workspace', existing, '--name', 'Mitt', '--currency', 'SEK', '--locale', 'sv');
    const bytes = readFileSync(existing);
    const refused = await andel('take-copy', '--database', database.url, existing, '--lang', 'en');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${existing} already exists; Andel will not overwrite it.`);
    expect(readFileSync(existing).equals(bytes)).toBe(true);

    const forced = await ok('take-copy', '--database', database.url, existing, '--force', '--lang', 'en');
    const kept = /Kept a copy of the file it replaced at (.+)\n/u.exec(forced)?.[1];
    expect(kept).toBeDefined();
    expect(readFileSync(kept!).equals(bytes)).toBe(true);
    expect(await ok('export-json', existing, '--out', '-')).toBe(readFileSync(demoJson, 'utf8'));
  });

  it('says plainly when the server cannot be reached, naming it without its password', async () => {
    const dir = tempDir();
    // No server listens on a socket in a fresh empty folder.
    const nowhere = `postgresql://andel:secret@localhost/andel_x?host=${encodeURIComponent(dir.path)}`;
    const result = await andel('publish', demoFile, '--database', nowhere, '--lang', 'en');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('postgresql://andel@localhost/andel_x');
    expect(result.stderr).not.toContain('secret');
    expect(result.stderr).toContain('[FILE_ERROR]');
    const copy = await andel('take-copy', '--database', nowhere, dir.file('copy.andel'), '--lang', 'en');
    expect(copy.status).toBe(1);
    expect(dir.list()).toEqual([]);
  });

  it('refuses a --database that is not a PostgreSQL address as a command-line mistake (exit 2)', async () => {
    const result = await andel('diff', demoFile, '--database', demoFile, '--lang', 'en');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--database takes the address of a PostgreSQL database');
    const oneSide = await andel('diff', demoFile, '--lang', 'en');
    expect(oneSide.status).toBe(2);
  });
});
