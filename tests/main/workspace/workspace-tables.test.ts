/**
 * `workspaceTables` (src/main/db/database.types.ts) is what `workspace:info`, `andel info` and the
 * status bar count: every table of workspace content must be in it, including the votes and the
 * minutes' tables (issue 17). Checked against the tables the opened workspace really has.
 */
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { workspaceTables } from '../../../src/main/db/database.types';
import { isPostgres } from '../../../src/main/db/dialect';
import { useDemoWorkspace } from '../../helpers/demo-workspace';
import { SKARABORG } from '../governance/governance-fixture';

const f = useDemoWorkspace();

/** Tables that are not workspace content: the migrator's own, SQLite's, and the server's accounts and sessions (never in a workspace document). */
const NOT_CONTENT = new Set(['kysely_migration', 'kysely_migration_lock', 'sqlite_sequence', 'server_users', 'server_sessions']);

async function tablesOf(db: Kysely<unknown>): Promise<string[]> {
  const k = db as unknown as Kysely<Record<string, never>>;
  const rows = isPostgres(k)
    ? await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`.execute(k)
    : await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table'`.execute(k);
  return rows.rows.map((r) => r.name).sort();
}

describe('workspaceTables', () => {
  it('lists every table of workspace content the workspace has', async () => {
    const tables = await tablesOf(f.ctx.session.db as unknown as Kysely<unknown>);
    const content = tables.filter((name) => !NOT_CONTENT.has(name));
    expect([...workspaceTables].sort()).toEqual(content);
  });

  it('counts the votes, the minutes and their adjusters in workspace:info', async () => {
    const body = await f.value('bodies:create', { cooperationId: SKARABORG, name: 'Styrelse', kind: 'board', permanent: true, decisionNumberPattern: 'ST {year}:{n}' });
    const org = await f.value('organisations:create', { name: 'Kommun A', kind: 'municipality', countryCode: 'SE' });
    const people = [await f.value('persons:create', { name: 'Ada', organisationId: org.id }), await f.value('persons:create', { name: 'Bert', organisationId: org.id })];
    const seats = [];
    for (const person of people) seats.push(await f.value('seats:add', { bodyId: body.id, personId: person.id, organisationId: org.id, role: 'member', fromDate: '2025-01-01' }));
    await f.value('bodies:setVotingRule', { bodyId: body.id, rule: { conditions: [{ measure: 'members', base: 'cast', comparison: 'more_than', num: 1, den: 2 }] }, metric: null, referenceDate: null });
    const meeting = await f.value('meetings:create', { bodyId: body.id, title: 'Möte', startsAt: '2026-03-10T10:00' });
    const withItem = await f.value('agenda:addItem', { meetingId: meeting.id, title: 'Beslut', kind: 'decision', estimatedMinutes: 10, proposal: 'Ja.' });
    await f.value('attendance:setAll', { meetingId: meeting.id, status: 'present' });
    await f.value('votes:set', { agendaItemId: withItem.agenda[0]!.id, seatId: seats[0]!.id, choice: 'yes' });
    await f.value('votes:set', { agendaItemId: withItem.agenda[0]!.id, seatId: seats[1]!.id, choice: 'no' });
    await f.value('meetings:recordMinutes', { meetingId: meeting.id, items: [{ agendaItemId: withItem.agenda[0]!.id, outcome: 'rejected' }] });
    await f.value('minutes:draft', { meetingId: meeting.id, draftedBy: 'Sekreterare', adjusterSeatIds: [seats[0]!.id, seats[1]!.id] });

    const info = await f.value('workspace:info', {});
    // One rule, two votes, one minutes row with two adjusters: written just above.
    expect(info?.counts).toMatchObject({ body_voting_rules: 1, votes: 2, meeting_minutes: 1, minutes_adjusters: 2 });
  });
});
