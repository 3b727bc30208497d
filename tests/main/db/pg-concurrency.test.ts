/**
 * Twenty clients on one PostgreSQL workspace at once, each with its own connection, as twenty
 * people behind `andel serve` would be: decision numbers are given by the database, with no
 * duplicate and no gap, and no client is refused; edits of one member based on the same version
 * let exactly one through and refuse the rest, so no write is lost.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/api/dispatch';
import { createHandlers } from '../../../src/main/handlers/index';
import { updateOrganisation } from '../../../src/main/repositories/organisation.repository';
import { rowVersionOf } from '../../../src/main/repositories/row-version';
import { WorkspaceSession } from '../../../src/main/workspace/session';
import type { ApiResult } from '../../../src/shared/api/result';
import { testPgAdminUrl } from '../../helpers/pg-server';
import { createPostgresTestWorkspace } from '../../helpers/pg-workspace';
import { demoDocumentPath, fixedClock } from '../../helpers/workspace-fixtures';

const CLIENTS = 20;
const handlers = createHandlers();
const adminUrl = testPgAdminUrl();

// Without a server (and not under CI=true, where testPgAdminUrl throws) the line printed by
// testPgAdminUrl says why this did not run.
describe.runIf(adminUrl !== null)('twenty clients on one PostgreSQL workspace', () => {
  let sessions: WorkspaceSession[] = [];

  beforeEach(async () => {
    const url = await createPostgresTestWorkspace(JSON.parse(readFileSync(demoDocumentPath, 'utf8')));
    sessions = [];
    for (let i = 0; i < CLIENTS; i += 1) {
      const session = new WorkspaceSession({ clock: fixedClock });
      // One connection each: every client's statements interleave with the others' on the server.
      await session.openPostgres(url, { max: 1 });
      sessions.push(session);
    }
  });
  afterEach(async () => {
    for (const session of sessions) await session.close();
  });

  const call = (session: WorkspaceSession, channel: string, input: unknown): Promise<ApiResult<unknown>> =>
    dispatch(handlers, { session }, channel, input, () => undefined);

  it('numbers decisions created at once on one body and year 1..20, each once', async () => {
    // The demo's steering group (body 1) has no decision in 2031: the numbers start at 1.
    const results = await Promise.all(
      sessions.map((session, i) => call(session, 'decisions:create', { bodyId: 1, title: `Samtidigt beslut ${i + 1}`, text: '', status: 'adopted', decidedOn: '2031-03-01' })),
    );
    const refused = results.filter((r) => !r.ok);
    expect(refused).toEqual([]);
    const list = await call(sessions[0] as WorkspaceSession, 'decisions:list', { bodyId: 1, year: 2031 });
    if (!list.ok) throw new Error(list.error.message);
    const rows = (list.value as { rows: { sequence: number; number: string; title: string }[] }).rows;
    expect(rows).toHaveLength(CLIENTS);
    expect(rows.map((r) => r.sequence).sort((a, b) => a - b)).toEqual(Array.from({ length: CLIENTS }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.number)).size).toBe(CLIENTS);
    expect(new Set(rows.map((r) => r.title)).size).toBe(CLIENTS);
  });

  it('lets one of twenty edits of the same member based on the same version through, and refuses the other nineteen', async () => {
    const results = await Promise.allSettled(sessions.map((session, i) => updateOrganisation(session.db, 1, { notes: `client ${i + 1}` }, 1)));
    const saved = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i + 1] : []));
    expect(saved).toHaveLength(1);
    const refusals = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as { code?: string; params?: { expected?: number; current?: number } }] : []));
    expect(refusals).toHaveLength(CLIENTS - 1);
    for (const refusal of refusals) expect(refusal).toMatchObject({ code: 'CONFLICT', params: { expected: 1, current: 2 } });
    // No lost write: what is stored is the one edit that was let through, at version 2.
    const db = (sessions[0] as WorkspaceSession).db;
    expect(await db.selectFrom('organisations').select('notes').where('id', '=', 1).executeTakeFirstOrThrow()).toEqual({ notes: `client ${saved[0]}` });
    expect(await rowVersionOf(db, 'organisations', 1)).toBe(2);
  });
});
