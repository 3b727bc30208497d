/**
 * The schema on PostgreSQL is the schema on SQLite: the same tables, columns (type family and
 * NOT NULL), primary keys, UNIQUE constraints, foreign keys with their ON DELETE rules, CHECK
 * constraints per table and indexes, read from each database's own catalogue (sqlite_master and
 * PRAGMAs; information_schema and pg_catalog). And the constraints hold in PostgreSQL as they do
 * in SQLite (the same cases as schema.test.ts).
 */
import { readFileSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/main/db/database.types';
import { openWorkspace } from '../../../src/main/db/open-workspace';
import { openPostgresWorkspace, type PostgresWorkspaceHandle } from '../../../src/main/db/postgres/open-postgres-workspace';
import { knownMigrationNames } from '../../../src/main/db/migrations/migration-names';
import { importDocument } from '../../../src/main/document/import-document';
import { createTestDatabase, testPgAdminUrl, type TestDatabase } from '../../helpers/pg-server';
import { createPostgresTestWorkspace } from '../../helpers/pg-workspace';
import { createTempDir } from '../../helpers/temp-dir';
import { richFixturePath } from '../../helpers/workspace-fixtures';

interface TableShape {
  columns: string[];
  primaryKey: string[];
  unique: string[];
  foreignKeys: string[];
  checks: number;
  indexes: string[];
}
type SchemaShape = Record<string, TableShape>;

/** Type families: what a value of the column can hold, whatever the database calls it. */
function family(type: string): string {
  const t = type.toLowerCase();
  if (t === 'integer' || t === 'bigint') return 'integer';
  if (t === 'real' || t === 'double precision') return 'real';
  if (t === 'text') return 'text';
  return `other:${t}`;
}

const onDeleteWord: Record<string, string> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };

async function sqliteShape(db: Kysely<Database>): Promise<SchemaShape> {
  const shape: SchemaShape = {};
  const tables = await sql<{ name: string; sql: string }>`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'kysely_%' ORDER BY name`.execute(db);
  for (const { name, sql: text } of tables.rows) {
    const columns = await sql<{ name: string; type: string; notnull: number; pk: number }>`SELECT * FROM pragma_table_info(${name})`.execute(db);
    const fks = await sql<{ from: string; table: string; on_delete: string }>`SELECT * FROM pragma_foreign_key_list(${name})`.execute(db);
    const indexList = await sql<{ name: string; unique: number; origin: string }>`SELECT * FROM pragma_index_list(${name})`.execute(db);
    const unique: string[] = [];
    const indexes: string[] = [];
    for (const index of indexList.rows) {
      const cols = await sql<{ name: string }>`SELECT name FROM pragma_index_info(${index.name}) ORDER BY seqno`.execute(db);
      const list = cols.rows.map((c) => c.name).join(',');
      if (index.origin === 'u') unique.push(list);
      else if (index.origin === 'c') indexes.push(`${index.name}(${list})`);
    }
    // Columns added by ALTER TABLE are appended to the CREATE text, so every CHECK is in it.
    const alters = (text.match(/\bcheck\s*\(/giu) ?? []).length;
    shape[name] = {
      columns: columns.rows.map((c) => `${c.name} ${family(c.type)}${c.notnull || c.pk ? ' not null' : ''}`),
      primaryKey: columns.rows.filter((c) => c.pk > 0).map((c) => c.name),
      unique: unique.sort(),
      foreignKeys: fks.rows.map((f) => `${f.from} -> ${f.table} ON DELETE ${f.on_delete}`).sort(),
      checks: alters,
      indexes: indexes.sort(),
    };
  }
  return shape;
}

async function postgresShape(db: Kysely<Database>): Promise<SchemaShape> {
  const shape: SchemaShape = {};
  const tables = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'kysely_%' ORDER BY name`.execute(db);
  for (const { name } of tables.rows) {
    const columns = await sql<{ name: string; type: string; nullable: string }>`
      SELECT column_name AS name, data_type AS type, is_nullable AS nullable FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = ${name} ORDER BY ordinal_position`.execute(db);
    const constraints = await sql<{ type: string; columns: string; target: string | null; on_delete: string }>`
      SELECT c.contype AS type, c.confdeltype AS on_delete, f.relname AS target,
        (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, n)
          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns
      FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid LEFT JOIN pg_class f ON f.oid = c.confrelid
      WHERE t.relname = ${name} AND t.relnamespace = current_schema()::regnamespace`.execute(db);
    const indexes = await sql<{ name: string; columns: string }>`
      SELECT i.relname AS name, (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
          JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum) AS columns
      FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
      WHERE t.relname = ${name} AND t.relnamespace = current_schema()::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)`.execute(db);
    const of = (type: string) => constraints.rows.filter((c) => c.type === type);
    shape[name] = {
      columns: columns.rows.map((c) => `${c.name} ${family(c.type)}${c.nullable === 'NO' ? ' not null' : ''}`),
      primaryKey: (of('p')[0]?.columns ?? '').split(',').filter(Boolean),
      unique: of('u').map((c) => c.columns).sort(),
      foreignKeys: of('f').map((c) => `${c.columns} -> ${c.target} ON DELETE ${onDeleteWord[c.on_delete] ?? c.on_delete}`).sort(),
      checks: of('c').length,
      indexes: indexes.rows.map((i) => `${i.name}(${i.columns})`).sort(),
    };
  }
  return shape;
}

const adminUrl = testPgAdminUrl();

// Without a server (and not under CI=true, where testPgAdminUrl throws) the line printed by
// testPgAdminUrl says why this half did not run.
describe.runIf(adminUrl !== null)('the schema on PostgreSQL', () => {
  let pgHandle: PostgresWorkspaceHandle;
  let pg: Kysely<Database>;
  let sqliteShapeOfFile: SchemaShape;

  beforeAll(async () => {
    const dir = createTempDir();
    try {
      const path = dir.file('schema.andel');
      await importDocument(path, JSON.parse(readFileSync(richFixturePath, 'utf8')));
      const file = await openWorkspace(path);
      sqliteShapeOfFile = await sqliteShape(file.db);
      await file.close();
    } finally {
      dir.remove();
    }
  });

  beforeEach(async () => {
    pgHandle = await openPostgresWorkspace(await createPostgresTestWorkspace(JSON.parse(readFileSync(richFixturePath, 'utf8'))), { max: 2 });
    pg = pgHandle.db;
  });
  afterEach(async () => pgHandle.close());

  it('has the same tables, columns, keys, references, checks and indexes as SQLite', async () => {
    const shape = await postgresShape(pg);
    expect(Object.keys(shape)).toEqual(Object.keys(sqliteShapeOfFile));
    for (const table of Object.keys(shape)) expect({ table, ...shape[table] }).toEqual({ table, ...sqliteShapeOfFile[table] });
    // Money is BIGINT where a sum passes 2^31.
    const money = await sql<{ column: string }>`
      SELECT table_name || '.' || column_name AS column FROM information_schema.columns
      WHERE table_schema = current_schema() AND data_type = 'bigint' ORDER BY 1`.execute(pg);
    expect(money.rows.map((r) => r.column)).toEqual(['budget_lines.amount', 'funding_amounts.amount', 'metric_values.value', 'staff_allocations.annual_cost']);
  });

  it('records the same migration names as SQLite', async () => {
    const applied = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(pg);
    expect(applied.rows.map((r) => r.name)).toEqual([...knownMigrationNames]);
  });

  it('keeps snapshots and the export log immutable', async () => {
    await expect(pg.updateTable('snapshots').set({ content: '{}' }).where('id', '=', 1).execute()).rejects.toThrow(/immutable/);
    await expect(pg.deleteFrom('snapshots').where('id', '=', 1).execute()).rejects.toThrow(/immutable/);
    await expect(pg.updateTable('exportLog').set({ fileName: 'x' }).where('id', '=', 1).execute()).rejects.toThrow(/immutable/);
    await expect(pg.deleteFrom('exportLog').execute()).rejects.toThrow(/immutable/);
    await expect(sql`TRUNCATE snapshots CASCADE`.execute(pg)).rejects.toThrow(/immutable/);
  });

  it('numbers decisions uniquely per body and year and versions keys uniquely', async () => {
    const duplicate = { bodyId: 1, year: 2016, sequence: 1, number: 'SG 2016:1', decidedOn: null, meetingId: null, agendaItemId: null, title: 'Again', text: '', status: 'proposed', ownerPersonId: null, reviewOn: null, tags: '[]' };
    await expect(pg.insertInto('decisions').values(duplicate).execute()).rejects.toThrow(/unique constraint/);
    await pg.insertInto('decisions').values({ ...duplicate, sequence: 3 }).execute();
    await expect(pg.insertInto('distributionKeys').values({ cooperationId: 1, name: '15/85', version: 2, definition: '{}', note: null }).execute()).rejects.toThrow(/unique constraint/);
  });

  it('checks enums, signs, dates and JSON', async () => {
    await expect(pg.insertInto('budgetLines').values({ cooperationId: 1, year: 2017, kind: 'cost', category: 'x', label: 'Wrong sign', amount: 100, position: 9, direct: 0 }).execute()).rejects.toThrow(/check constraint/);
    await expect(pg.insertInto('budgetLines').values({ cooperationId: 1, year: 2017, kind: 'revenue', category: 'x', label: 'Direct revenue', amount: 100, position: 9, direct: 1 }).execute()).rejects.toThrow(/check constraint/);
    await expect(pg.updateTable('participations').set({ role: 'boss' }).where('id', '=', 1).execute()).rejects.toThrow(/check constraint/);
    await expect(pg.updateTable('scenarios').set({ definition: '{not json' }).where('id', '=', 1).execute()).rejects.toThrow(/check constraint/);
    await expect(pg.updateTable('metricValues').set({ value: -1 }).where('id', '=', 1).execute()).rejects.toThrow(/check constraint/);
    await expect(pg.updateTable('cooperations').set({ archivedOn: '2027-1-01' }).where('id', '=', 1).execute()).rejects.toThrow(/check constraint/);
    await expect(pg.updateTable('bodies').set({ decisionNumberPattern: 'no year here {n}' }).where('id', '=', 1).execute()).rejects.toThrow(/check constraint/);
  });

  it('holds amounts past 2^31 exactly and refuses to return one past 2^53 rounded', async () => {
    // 2^31 = 2 147 483 648 öre; a national pool of 30 000 000 000 öre (300 million kr) is far past it.
    await pg.insertInto('budgetLines').values({ cooperationId: 1, year: 2030, kind: 'revenue', category: 'x', label: 'National pool', amount: 30_000_000_000, position: 90, direct: 0 }).execute();
    const back = await pg.selectFrom('budgetLines').select('amount').where('label', '=', 'National pool').executeTakeFirstOrThrow();
    expect(back.amount).toBe(30_000_000_000);
    // 2^53 + 1 = 9 007 199 254 740 993 is not a double: the parser refuses it instead of rounding to …992.
    await expect(sql`SELECT 9007199254740993::bigint AS n`.execute(pg)).rejects.toThrow(/2\^53/);
  });

  it('enforces references and their ON DELETE rules', async () => {
    await expect(pg.insertInto('participations').values({ cooperationId: 1, organisationId: 999, role: 'member', joinedOn: null, leftOn: null, viaOrganisationId: null, notes: null }).execute()).rejects.toThrow(/foreign key/);
    await expect(pg.deleteFrom('organisations').where('id', '=', 1).execute()).rejects.toThrow(/foreign key/);
    await pg.deleteFrom('meetings').where('id', '=', 1).execute();
    expect(await pg.selectFrom('agendaItems').select('id').where('meetingId', '=', 1).execute()).toEqual([]);
    expect(await pg.selectFrom('decisions').select(['meetingId', 'agendaItemId']).where('id', '=', 1).executeTakeFirst()).toEqual({ meetingId: null, agendaItemId: null });
  });
});

describe.runIf(adminUrl !== null)('opening a PostgreSQL database', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(adminUrl ?? '');
  });
  afterEach(async () => database.drop());

  it('refuses a database without a workspace, and one written by a newer Andel', async () => {
    await expect(openPostgresWorkspace(database.url)).rejects.toMatchObject({ code: 'FILE_ERROR', messageKey: 'error.postgres.noWorkspace' });
    const url = await createPostgresTestWorkspace(JSON.parse(readFileSync(richFixturePath, 'utf8')));
    const handle = await openPostgresWorkspace(url, { max: 1 });
    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('2099-01-01-0001-future', '2099-01-01')`.execute(handle.db);
    await handle.close();
    await expect(openPostgresWorkspace(url)).rejects.toMatchObject({ code: 'NEWER_VERSION' });
  });

  it('names an unreachable server without its password', async () => {
    const error = await openPostgresWorkspace('postgresql://andel:s3cret@127.0.0.1:1/none').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'FILE_ERROR' });
    expect(String((error as Error).message)).not.toContain('s3cret');
  });
});

