/**
 * Row versions (migration 0801), on SQLite and, in the postgres project, on PostgreSQL: every
 * update adds 1, and a write based on an older version is refused, naming who changed the row and
 * when (the audit trail's last entry), with nothing written.
 */
import { describe, expect, it } from 'vitest';
import { updateDecision } from '../../../src/main/repositories/decision.repository';
import { updateOrganisation } from '../../../src/main/repositories/organisation.repository';
import { rowVersionOf } from '../../../src/main/repositories/row-version';
import { updateScenarioRow } from '../../../src/main/repositories/scenario.repository';
import { translate } from '../../../src/shared/i18n/translate';
import { dbContentHash } from '../../helpers/db-content-hash';
import { useDemoWorkspace } from '../../helpers/demo-workspace';
import { fixedClock } from '../../helpers/workspace-fixtures';

const f = useDemoWorkspace();

describe('row versions', () => {
  it('start at 1 and add 1 on every update, through the channels and the repositories alike', async () => {
    const db = f.ctx.session.db;
    expect(await rowVersionOf(db, 'organisations', 1)).toBe(1);
    await f.value('organisations:update', { id: 1, notes: 'first' });
    expect(await rowVersionOf(db, 'organisations', 1)).toBe(2);
    await updateOrganisation(db, 1, { notes: 'second' }, 2);
    expect(await rowVersionOf(db, 'organisations', 1)).toBe(3);
    expect(await rowVersionOf(db, 'decisions', 1)).toBe(1);
    await updateDecision(db, 1, { reviewOn: '2030-01-01' });
    expect(await rowVersionOf(db, 'decisions', 1)).toBe(2);
    const scenario = await db.selectFrom('scenarios').select(['id', 'name', 'description', 'keyId', 'baselineScenarioId', 'definition']).orderBy('id').executeTakeFirstOrThrow();
    expect(await rowVersionOf(db, 'scenarios', scenario.id)).toBe(1);
    const { id, ...row } = scenario;
    await updateScenarioRow(db, id, { ...row, description: 'edited' });
    expect(await rowVersionOf(db, 'scenarios', id)).toBe(2);
    await expect(updateScenarioRow(db, id, { ...row, description: 'stale' }, 1)).rejects.toMatchObject({ code: 'CONFLICT', params: { expected: 1, current: 2 } });
  });

  it('refuse a write based on an old version, naming who changed the row and when, and write nothing', async () => {
    const db = f.ctx.session.db;
    // Someone saves the member through the app: the audit trail records who and when.
    await f.value('organisations:update', { id: 1, notes: 'saved by someone else' });
    const last = await db.selectFrom('auditLog').select(['actor', 'at']).where('entity', '=', 'organisation').where('entityId', '=', 1).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(last.at).toBe(fixedClock().toISOString());
    const before = await dbContentHash(db);
    // A second person still holds version 1 (read before the save above).
    const error = await updateOrganisation(db, 1, { notes: 'my stale edit' }, 1).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONFLICT', messageKey: 'error.rowVersion.staleBy', params: { id: 1, expected: 1, current: 2, at: last.at } });
    const who = (error as { params: { who: unknown } }).params.who;
    expect(who).toEqual(last.actor ?? { messageKey: 'error.rowVersion.someone' });
    expect(await dbContentHash(db)).toBe(before);
    const message = translate('sv', 'error.rowVersion.staleBy', (error as { params: Record<string, never> }).params);
    // Named by the organisation's name; the time in local form, not the stored ISO timestamp.
    const { name } = await db.selectFrom('organisations').select('name').where('id', '=', 1).executeTakeFirstOrThrow();
    expect(message).toContain(`Organisationen ”${name}” ändrades av`);
    expect(message).not.toContain(last.at);
    expect(message).toContain('Ingenting sparades');
    // With the version it now has, the same write goes through.
    await updateOrganisation(db, 1, { notes: 'my edit, reloaded' }, 2);
    expect(await db.selectFrom('organisations').select('notes').where('id', '=', 1).executeTakeFirstOrThrow()).toEqual({ notes: 'my edit, reloaded' });
  });

  it('refuse a stale decision edit without an audit entry to name, in the plainer words', async () => {
    const db = f.ctx.session.db;
    await updateDecision(db, 2, { reviewOn: '2031-01-01' });
    const error = await updateDecision(db, 2, { reviewOn: '2032-01-01' }, 1).catch((e: unknown) => e);
    // The demo's decision 2 has audit entries only if the demo wrote some; either message names the versions.
    expect(error).toMatchObject({ code: 'CONFLICT', params: { id: 2, expected: 1, current: 2 } });
  });
});
