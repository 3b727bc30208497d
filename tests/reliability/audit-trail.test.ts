/**
 * The audit trail: organisation and metric changes are recorded old → new in the same
 * transaction, audit:list filters them; adopted snapshots and logged exports cannot be changed or
 * deleted even with SQL written by hand (triggers).
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { createHandlers, type AppContext } from '../../src/main/handlers';
import { WorkspaceSession } from '../../src/main/workspace/session';
import type { AuditPage } from '../../src/shared/api/channels/audit.channels';
import { dbContentHash } from '../helpers/db-content-hash';
import { openTestWorkspace } from '../helpers/pg-workspace';
import { useTempDirs } from '../helpers/temp-dir';
import { loadRichFixture } from '../helpers/workspace-fixtures';

const tempDir = useTempDirs('andel-audit-');

const clock = { now: '2026-03-01T10:00:00.000Z' };

/** The rich fixture in a session with this file's clock: a file, or a PostgreSQL database in the postgres project. */
async function openRich(): Promise<{ session: WorkspaceSession; ctx: AppContext }> {
  const session = new WorkspaceSession({ clock: () => new Date(clock.now) });
  await openTestWorkspace(session, tempDir().file('audit.andel'), loadRichFixture());
  return { session, ctx: { session } };
}

describe('audit trail', () => {
  it('records organisation and metric changes old → new, and audit:list filters them', async () => {
    const { session, ctx } = await openRich();
    const handlers = createHandlers();
    const call = async (channel: string, input: unknown) => {
      const result = await dispatch(handlers, ctx, channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value;
    };
    try {
      const org = (await call('organisations:get', { id: 2 })) as { name: string; notes: string | null };
      clock.now = '2026-03-01T10:00:00.000Z';
      await call('organisations:update', { id: 2, name: 'Renamed kommun', notes: 'merged 2026' });
      clock.now = '2026-03-02T10:00:00.000Z';
      await call('members:setPopulation', { organisationId: 2, year: 2025, value: 12345, referenceDate: '2025-12-31', source: 'SCB' });
      clock.now = '2026-03-03T10:00:00.000Z';
      await call('members:setPopulation', { organisationId: 2, year: 2025, value: 12400, referenceDate: '2025-12-31' });

      const all = (await call('audit:list', { entityId: 2 })) as AuditPage;
      const orgEntry = all.entries.find((entry) => entry.entity === 'organisation');
      expect(orgEntry).toMatchObject({ at: '2026-03-01T10:00:00.000Z', action: 'update', entityId: 2 });
      expect(orgEntry!.changes).toEqual(
        expect.arrayContaining([
          { field: 'name', before: org.name, after: 'Renamed kommun' },
          { field: 'notes', before: org.notes, after: 'merged 2026' },
        ]),
      );
      expect(orgEntry!.changes).toHaveLength(2);

      const metrics = (await call('audit:list', { entity: 'metric_value' })) as AuditPage;
      expect(metrics.entries.map((entry) => [entry.action, entry.at])).toEqual([
        ['update', '2026-03-03T10:00:00.000Z'],
        ['create', '2026-03-02T10:00:00.000Z'],
      ]);
      expect(metrics.entries[0]!.changes).toEqual([{ field: 'value', before: 12345, after: 12400 }]);

      expect(((await call('audit:list', { from: '2026-03-02', to: '2026-03-02' })) as AuditPage).entries.map((e) => e.action)).toEqual(['create']);
      expect(((await call('audit:list', { text: 'renamed KOMMUN' })) as AuditPage).entries.map((e) => e.entity)).toEqual(['organisation']);
      expect(((await call('audit:list', { text: '100%_' })) as AuditPage).entries).toEqual([]);
      const page = (await call('audit:list', { limit: 1 })) as AuditPage;
      expect(page.entries).toHaveLength(1);
      const next = (await call('audit:list', { limit: 1, beforeId: page.nextBeforeId! })) as AuditPage;
      expect(next.entries[0]!.id).toBeLessThan(page.entries[0]!.id);

      const refused = await dispatch(handlers, ctx, 'audit:list', { from: '2026-03-05', to: '2026-03-01' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      const impossible = await dispatch(handlers, ctx, 'audit:list', { from: '2026-02-30' });
      expect(impossible).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'from' }] } });
    } finally {
      await session.close();
    }
  });

  it('adopted snapshots and logged exports can never be altered: UPDATE and DELETE are refused by SQLite itself', async () => {
    const { session } = await openRich();
    try {
      const before = await dbContentHash(session.db);
      const attempts = [
        sql`UPDATE snapshots SET content = '{}'`,
        sql`UPDATE snapshots SET created_at = '2000-01-01'`,
        sql`DELETE FROM snapshots`,
        sql`UPDATE export_log SET file_name = 'other.xlsx'`,
        sql`DELETE FROM export_log`,
      ];
      for (const attempt of attempts) {
        await expect(attempt.execute(session.db)).rejects.toThrow(/rows are immutable/);
      }
      expect(await dbContentHash(session.db)).toBe(before);
      // PostgreSQL's count is a bigint, which its driver hands over as text.
      expect(Number((await sql<{ n: number | string }>`SELECT count(*) AS n FROM snapshots`.execute(session.db)).rows[0]!.n)).toBeGreaterThan(0);
      expect(Number((await sql<{ n: number | string }>`SELECT count(*) AS n FROM export_log`.execute(session.db)).rows[0]!.n)).toBeGreaterThan(0);
    } finally {
      await session.close();
    }
  });
});
