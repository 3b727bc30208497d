import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/main/db/database.types';
import { openWorkspace, type WorkspaceHandle } from '../../../src/main/db/open-workspace';
import { importDocument } from '../../../src/main/document/import-document';
import { useTempDirs } from '../../helpers/temp-dir';
import { loadRichFixture } from '../../helpers/workspace-fixtures';

const tempDir = useTempDirs();
let handle: WorkspaceHandle;
let db: Kysely<Database>;

beforeEach(async () => {
  const path = tempDir().file('schema.andel');
  await importDocument(path, loadRichFixture());
  handle = await openWorkspace(path);
  db = handle.db;
});
afterEach(async () => handle.close());

describe('the schema protects the data', () => {
  it('has one table per collection plus meta and the staff periods', async () => {
    const tables = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'kysely_%' ORDER BY name`.execute(db);
    expect(tables.rows.map((r) => r.name)).toEqual([
      'agenda_items', 'agreement_parties', 'agreements', 'attendance', 'audit_log', 'bodies', 'body_voting_rules', 'budget_lines', 'cooperations',
      'decision_links', 'decisions', 'distribution_keys', 'export_log', 'funding_amounts', 'funding_sources', 'meeting_minutes', 'meetings', 'meta',
      'metric_values', 'minutes_adjusters', 'organisations', 'participations', 'persons', 'scenarios', 'seats', 'server_sessions', 'server_users', 'snapshots', 'staff_allocation_periods',
      'staff_allocations', 'votes',
    ]);
  });

  it('keeps snapshots and the export log immutable', async () => {
    await expect(db.updateTable('snapshots').set({ content: '{}' }).where('id', '=', 1).execute()).rejects.toThrow(/immutable/);
    await expect(db.deleteFrom('snapshots').where('id', '=', 1).execute()).rejects.toThrow(/immutable/);
    await expect(db.updateTable('exportLog').set({ fileName: 'x' }).where('id', '=', 1).execute()).rejects.toThrow(/immutable/);
    await expect(db.deleteFrom('exportLog').execute()).rejects.toThrow(/immutable/);
  });

  it('numbers decisions uniquely per body and year', async () => {
    const duplicate = { bodyId: 1, year: 2016, sequence: 1, number: 'SG 2016:1', decidedOn: null, meetingId: null, agendaItemId: null, title: 'Again', text: '', status: 'proposed', ownerPersonId: null, reviewOn: null, tags: '[]' };
    await expect(db.insertInto('decisions').values(duplicate).execute()).rejects.toThrow(/UNIQUE/);
    await db.insertInto('decisions').values({ ...duplicate, sequence: 3 }).execute();
  });

  it('versions keys uniquely per cooperation and name', async () => {
    await expect(db.insertInto('distributionKeys').values({ cooperationId: 1, name: '15/85', version: 2, definition: '{}', note: null }).execute()).rejects.toThrow(/UNIQUE/);
  });

  it('checks enums, signs and JSON', async () => {
    await expect(db.insertInto('budgetLines').values({ cooperationId: 1, year: 2017, kind: 'cost', category: 'x', label: 'Wrong sign', amount: 100, position: 9, direct: 0 }).execute()).rejects.toThrow(/CHECK/);
    // Only a cost can be a direct cost.
    await expect(db.insertInto('budgetLines').values({ cooperationId: 1, year: 2017, kind: 'revenue', category: 'x', label: 'Direct revenue', amount: 100, position: 9, direct: 1 }).execute()).rejects.toThrow(/CHECK/);
    await expect(db.updateTable('participations').set({ role: 'boss' }).where('id', '=', 1).execute()).rejects.toThrow(/CHECK/);
    await expect(db.updateTable('scenarios').set({ definition: '{not json' }).where('id', '=', 1).execute()).rejects.toThrow(/CHECK/);
    await expect(db.updateTable('metricValues').set({ value: -1 }).where('id', '=', 1).execute()).rejects.toThrow(/CHECK/);
  });

  it('enforces references and their ON DELETE rules', async () => {
    await expect(db.insertInto('participations').values({ cooperationId: 1, organisationId: 999, role: 'member', joinedOn: null, leftOn: null, viaOrganisationId: null, notes: null }).execute()).rejects.toThrow(/FOREIGN KEY/);
    // An organisation that takes part in a cooperation cannot simply vanish.
    await expect(db.deleteFrom('organisations').where('id', '=', 1).execute()).rejects.toThrow(/FOREIGN KEY/);
    // Deleting a meeting takes its agenda and attendance with it and clears the decisions' link to it.
    await db.deleteFrom('meetings').where('id', '=', 1).execute();
    expect(await db.selectFrom('agendaItems').select('id').where('meetingId', '=', 1).execute()).toEqual([]);
    expect(await db.selectFrom('decisions').select(['meetingId', 'agendaItemId']).where('id', '=', 1).executeTakeFirst()).toEqual({ meetingId: null, agendaItemId: null });
  });
});
