/**
 * Every channel that edits members' data, keys, scenarios, budgets or the register takes the
 * version its screen read (`expectedVersion`) and refuses a save based on an older one: CONFLICT
 * naming what changed, who and when, and nothing written. Runs on SQLite and, in the postgres
 * project, on PostgreSQL (the shared demo-workspace helper).
 *
 * Each case reads a row as a screen does, saves it once with the version it read (accepted; the
 * answer carries the version plus one), then saves again with the version first read: the second
 * writer never saw the first save, so it is refused and the workspace's content is unchanged.
 */
import { describe, expect, it } from 'vitest';
import type { Channel, ChannelInput } from '../../../src/shared/api/contract';
import { isStaleWrite } from '../../../src/shared/api/row-version';
import { translate } from '../../../src/shared/i18n/translate';
import type { ApiError } from '../../../src/shared/errors';
import { dbContentHash } from '../../helpers/db-content-hash';
import { useDemoWorkspace, type DemoWorkspaceFixture } from '../../helpers/demo-workspace';
import { fixedClock } from '../../helpers/workspace-fixtures';
import { keyBuilderSave, scenarioEditorSave } from '../../../src/renderer/src/features/scenarios/save-inputs';

const f = useDemoWorkspace();
const SAMBRUK = 2;

/** A row as its screen read it: the version it carries and the save a screen would send. */
interface ReadRow<C extends Channel> {
  version: number;
  save: (expectedVersion: number | undefined) => ChannelInput<C>;
}

/** The version the channel's answer reports for the saved row (undefined where it reports none). */
type AnswerVersion = (answer: unknown) => number | undefined;

const valueVersion: AnswerVersion = (answer) => (answer as { value: { rowVersion: number } }).value.rowVersion;
const ownVersion: AnswerVersion = (answer) => (answer as { rowVersion: number }).rowVersion;

async function refusesStale<C extends Channel>(fixture: DemoWorkspaceFixture, channel: C, row: ReadRow<C>, answerVersion: AnswerVersion | null): Promise<ApiError> {
  const first = await fixture.call(channel, row.save(row.version));
  expect(first.ok, JSON.stringify(first)).toBe(true);
  if (first.ok && answerVersion) expect(answerVersion(first.value)).toBe(row.version + 1);
  const before = await dbContentHash(fixture.ctx.session.db);
  const stale = await fixture.call(channel, row.save(row.version));
  expect(stale.ok).toBe(false);
  if (stale.ok) throw new Error('unreachable');
  expect(isStaleWrite(stale.error)).toBe(true);
  expect(stale.error).toMatchObject({ code: 'CONFLICT', params: { expected: row.version, current: row.version + 1 } });
  expect(await dbContentHash(fixture.ctx.session.db)).toBe(before);
  return stale.error;
}

describe('channels refuse a save based on an old row version', () => {
  it('organisations:update, naming who saved since and when, in sv/nb/en', async () => {
    const organisation = await f.value('organisations:get', { id: 1 });
    const error = await refusesStale(
      f,
      'organisations:update',
      { version: organisation.rowVersion, save: (expectedVersion) => ({ id: 1, notes: `from version ${expectedVersion}`, expectedVersion }) },
      ownVersion,
    );
    expect(error.messageKey).toBe('error.rowVersion.staleBy');
    const last = await f.ctx.session.db.selectFrom('auditLog').select(['actor', 'at']).where('entity', '=', 'organisation').where('entityId', '=', 1).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(last.at).toBe(fixedClock().toISOString());
    for (const language of ['sv', 'nb', 'en'] as const) {
      const message = translate(language, 'error.rowVersion.staleBy', error.params as never);
      expect(message).not.toContain(last.at);
      if (last.actor) expect(message).toContain(last.actor);
    }
    expect(translate('sv', 'error.rowVersion.staleBy', error.params as never)).toContain('Ingenting sparades');
    // Named by its name, the time in the reader's zone and format: the audit entry is
    // 2026-11-21T12:00Z; in Stockholm/Oslo (CET, UTC+1 in November) that is 13:00 local.
    const name = organisation.name;
    const zone = process.env.TZ;
    process.env.TZ = 'Europe/Stockholm';
    try {
      expect(translate('sv', 'error.rowVersion.staleBy', error.params as never)).toMatch(new RegExp(`^Organisationen ”${name}” ändrades av .+ 2026-11-21 13:00, efter`, 'u'));
      expect(translate('nb', 'error.rowVersion.staleBy', error.params as never)).toMatch(new RegExp(`^Organisasjonen ”${name}” ble endret av .+ 21\\.11\\.2026,? 13:00, etter`, 'u'));
      expect(translate('en', 'error.rowVersion.staleBy', error.params as never)).toMatch(new RegExp(`^The organisation ”${name}” was changed by .+ at 21/11/2026,? 13:00, after`, 'u'));
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('metrics:upsert (a member population figure)', async () => {
    const figures = await f.value('metrics:listForOrganisation', { organisationId: 1, metric: 'population' });
    const figure = figures[0]!;
    await refusesStale(
      f,
      'metrics:upsert',
      {
        version: figure.rowVersion,
        save: (expectedVersion) => ({ organisationId: 1, metric: 'population', year: figure.year, value: figure.value + 1, referenceDate: figure.referenceDate, expectedVersion }),
      },
      valueVersion,
    );
  });

  it('participations:update and cooperations:changeParticipant (one row, two screens)', async () => {
    const [participation] = await f.value('participations:listForOrganisation', { organisationId: 1 });
    await refusesStale(
      f,
      'participations:update',
      { version: participation!.rowVersion, save: (expectedVersion) => ({ id: participation!.id, joinedOn: '2015-01-01', expectedVersion }) },
      valueVersion,
    );
    const participants = await f.value('cooperations:listParticipants', { cooperationId: participation!.cooperationId });
    const same = participants.find((p) => p.id === participation!.id)!;
    // The first save above moved it on by one.
    expect(same.rowVersion).toBe(participation!.rowVersion + 1);
    await refusesStale(
      f,
      'cooperations:changeParticipant',
      { version: same.rowVersion, save: (expectedVersion) => ({ id: same.id, joinedOn: '2014-01-01', expectedVersion }) },
      valueVersion,
    );
  });

  it('budgetLines:save, staff:save and funding:save', async () => {
    // The demo's Sambruk has lines but no staff or funding source: one of each is added first, as the budgets view does.
    await f.value('staff:save', { cooperationId: SAMBRUK, role: 'Samordnare', personId: null, annualCost: 60_000_000, periods: [{ from: '2026-01-01', to: '2026-12-31', percent: 50 }] });
    await f.value('funding:save', { cooperationId: SAMBRUK, name: 'Regionbidrag', funderOrganisationId: null, purpose: null, amounts: [{ year: 2026, amount: 10_000_000, status: 'expected' }] });
    const budget = await f.value('budgets:get', { cooperationId: SAMBRUK });
    expect([budget.staff[0]?.rowVersion, budget.funding[0]?.rowVersion]).toEqual([1, 1]);
    const line = budget.lines[0]!;
    await refusesStale(
      f,
      'budgetLines:save',
      {
        version: line.rowVersion,
        save: (expectedVersion) => ({ id: line.id, cooperationId: SAMBRUK, year: line.year, kind: line.kind, category: line.category, label: `${line.label} (v${expectedVersion})`, amount: line.amount, expectedVersion }),
      },
      valueVersion,
    );
    const staff = budget.staff[0]!;
    await refusesStale(
      f,
      'staff:save',
      {
        version: staff.rowVersion,
        save: (expectedVersion) => ({ id: staff.id, cooperationId: SAMBRUK, role: `${staff.role} (v${expectedVersion})`, personId: staff.personId, annualCost: staff.annualCost, periods: staff.periods, expectedVersion }),
      },
      valueVersion,
    );
    const funding = budget.funding[0]!;
    await refusesStale(
      f,
      'funding:save',
      {
        version: funding.rowVersion,
        save: (expectedVersion) => ({ id: funding.id, cooperationId: SAMBRUK, name: `${funding.name} (v${expectedVersion})`, funderOrganisationId: funding.funderOrganisationId, purpose: funding.purpose, amounts: funding.amounts, expectedVersion }),
      },
      valueVersion,
    );
  });

  it('scenarios:save and decisions:update', async () => {
    const [summary] = await f.value('scenarios:list', { cooperationId: SAMBRUK });
    const scenario = await f.value('scenarios:get', { id: summary!.id });
    await refusesStale(
      f,
      'scenarios:save',
      { version: scenario.rowVersion, save: (expectedVersion) => ({ id: scenario.id, cooperationId: SAMBRUK, description: `v${expectedVersion}`, definition: scenario.definition as never, expectedVersion }) },
      ownVersion,
    );
    const decision = await f.value('decisions:get', { id: 1 });
    await refusesStale(
      f,
      'decisions:update',
      { version: decision.rowVersion, save: (expectedVersion) => ({ id: 1, reviewOn: `20${30 + (expectedVersion ?? 0)}-01-01`, expectedVersion }) },
      ownVersion,
    );
  });

  it('scenarios:save as the scenario editor sends it: studio:inputs carries the row version the form is read at', async () => {
    const [summary] = await f.value('scenarios:list', { cooperationId: SAMBRUK });
    const inputs = await f.value('studio:inputs', { scenarioId: summary!.id });
    expect(inputs.rowVersion).toBe((await f.value('scenarios:get', { id: summary!.id })).rowVersion);
    await refusesStale(
      f,
      'scenarios:save',
      { version: inputs.rowVersion, save: (version) => scenarioEditorSave(inputs, { name: inputs.name, description: `v${version}` }, inputs.definition as never, version!) },
      ownVersion,
    );
    // Read again after the save, the editor's inputs carry the new version.
    expect((await f.value('studio:inputs', { scenarioId: summary!.id })).rowVersion).toBe(inputs.rowVersion + 1);
  });

  it('keys:save as the key builder sends it: from the newest version in the list it read', async () => {
    const keys = await f.value('keys:list', { cooperationId: SAMBRUK });
    const latest = keys.find((k) => k.latest)!;
    const key = await f.value('keys:get', { id: latest.id });
    // The builder's list as first read; the second save uses it again, not knowing the first one's version.
    const known = keys.map((k) => ({ ref: k.ref, version: k.version }));
    await refusesStale(f, 'keys:save', { version: latest.version, save: () => keyBuilderSave(SAMBRUK, key.definition as never, 'builder', known) }, (answer) => (answer as { version: number }).version);
  });

  it('keys:save: a newer version of the key saved since the editor read it', async () => {
    const keys = await f.value('keys:list', { cooperationId: SAMBRUK });
    const latest = keys.find((k) => k.latest)!;
    const key = await f.value('keys:get', { id: latest.id });
    // A key is never changed in place: a save adds version + 1, so the version is the key's own.
    await refusesStale(f, 'keys:save', { version: key.version, save: (expectedVersion) => ({ cooperationId: SAMBRUK, definition: key.definition as never, note: `from v${expectedVersion}`, expectedVersion }) }, (answer) => (answer as { version: number }).version);
  });

  it('keys:save twice at once from the same version: one saved, the other refused as stale (not a UNIQUE error)', async () => {
    const keys = await f.value('keys:list', { cooperationId: SAMBRUK });
    const key = await f.value('keys:get', { id: keys.find((k) => k.latest)!.id });
    // On PostgreSQL the two run on two pooled connections: both read version n and build n + 1,
    // the second waits on the first's unique index entry. On SQLite they run one after the other.
    const save = (note: string) => f.call('keys:save', { cooperationId: SAMBRUK, definition: key.definition as never, note, expectedVersion: key.version });
    const answers = await Promise.all([save('first'), save('second')]);
    const saved = answers.filter((a) => a.ok);
    expect(saved).toHaveLength(1);
    const refused = answers.find((a) => !a.ok);
    if (!refused || refused.ok) throw new Error('one save must be refused');
    expect(isStaleWrite(refused.error)).toBe(true);
    expect(refused.error).toMatchObject({ code: 'CONFLICT', params: { expected: key.version, current: key.version + 1 } });
    const after = await f.value('keys:list', { cooperationId: SAMBRUK });
    expect(after.filter((k) => k.name === key.name).map((k) => k.version).sort((a, b) => a - b).at(-1)).toBe(key.version + 1);
  });

  it('budgetLines:delete, staff:delete and funding:delete: a delete based on an old version is refused, nothing deleted', async () => {
    await f.value('staff:save', { cooperationId: SAMBRUK, role: 'Samordnare', personId: null, annualCost: 60_000_000, periods: [{ from: '2026-01-01', to: '2026-12-31', percent: 50 }] });
    await f.value('funding:save', { cooperationId: SAMBRUK, name: 'Regionbidrag', funderOrganisationId: null, purpose: null, amounts: [{ year: 2026, amount: 10_000_000, status: 'expected' }] });
    const read = await f.value('budgets:get', { cooperationId: SAMBRUK });
    const line = read.lines[0]!;
    const staff = read.staff[0]!;
    const funding = read.funding[0]!;
    // Someone else saves each row once (version + 1) ...
    await f.value('budgetLines:save', { id: line.id, cooperationId: SAMBRUK, year: line.year, kind: line.kind, category: line.category, label: `${line.label} (edited)`, amount: line.amount, expectedVersion: line.rowVersion });
    await f.value('staff:save', { id: staff.id, cooperationId: SAMBRUK, role: 'Ny roll', personId: staff.personId, annualCost: staff.annualCost, periods: staff.periods, expectedVersion: staff.rowVersion });
    await f.value('funding:save', { id: funding.id, cooperationId: SAMBRUK, name: 'Nytt namn', funderOrganisationId: funding.funderOrganisationId, purpose: funding.purpose, amounts: funding.amounts, expectedVersion: funding.rowVersion });
    // ... then the first screen deletes from what it read: each refused, the workspace unchanged.
    const before = await dbContentHash(f.ctx.session.db);
    for (const [channel, row] of [['budgetLines:delete', line], ['staff:delete', staff], ['funding:delete', funding]] as const) {
      const stale = await f.call(channel, { id: row.id, expectedVersion: row.rowVersion });
      if (stale.ok) throw new Error(`${channel} deleted a row changed since it was read`);
      expect(isStaleWrite(stale.error), channel).toBe(true);
      expect(stale.error).toMatchObject({ code: 'CONFLICT', params: { expected: row.rowVersion, current: row.rowVersion + 1 } });
    }
    expect(await dbContentHash(f.ctx.session.db)).toBe(before);
    // From the version now stored, the delete goes through.
    const now = await f.value('budgets:get', { cooperationId: SAMBRUK });
    const current = now.lines.find((l) => l.id === line.id)!;
    expect(current.rowVersion).toBe(line.rowVersion + 1);
    await f.value('budgetLines:delete', { id: line.id, expectedVersion: current.rowVersion });
    expect((await f.value('budgets:get', { cooperationId: SAMBRUK })).lines.some((l) => l.id === line.id)).toBe(false);
  });

  it('metrics:delete and members:setPopulation: stale ones refused; a figure deleted since is not created anew', async () => {
    const [figure] = await f.value('metrics:listForOrganisation', { organisationId: 1, metric: 'population' });
    const { year, value, referenceDate, rowVersion } = figure!;
    // members:setPopulation from the version read: accepted once, then stale (the figure is now at version + 1).
    await refusesStale(
      f,
      'members:setPopulation',
      { version: rowVersion, save: (expectedVersion) => ({ organisationId: 1, year, value: value + 1, referenceDate, expectedVersion }) },
      null,
    );
    const before = await dbContentHash(f.ctx.session.db);
    const staleDelete = await f.call('metrics:delete', { organisationId: 1, metric: 'population', year, expectedVersion: rowVersion });
    if (staleDelete.ok) throw new Error('a stale delete went through');
    expect(isStaleWrite(staleDelete.error)).toBe(true);
    expect(staleDelete.error).toMatchObject({ code: 'CONFLICT', params: { expected: rowVersion, current: rowVersion + 1 } });
    expect(await dbContentHash(f.ctx.session.db)).toBe(before);
    // Someone deletes it from the current version; a save from the version first read does not re-create it.
    await f.value('metrics:delete', { organisationId: 1, metric: 'population', year, expectedVersion: rowVersion + 1 });
    const afterDelete = await dbContentHash(f.ctx.session.db);
    for (const attempt of [
      () => f.call('metrics:upsert', { organisationId: 1, metric: 'population', year, value: value + 2, referenceDate, expectedVersion: rowVersion }),
      () => f.call('members:setPopulation', { organisationId: 1, year, value: value + 2, referenceDate, expectedVersion: rowVersion }),
    ]) {
      const refused = await attempt();
      if (refused.ok) throw new Error('a figure deleted since was created anew');
      expect(isStaleWrite(refused.error)).toBe(true);
      expect(refused.error).toMatchObject({ code: 'CONFLICT', messageKey: 'error.rowVersion.deleted', params: { expected: rowVersion } });
    }
    expect(await dbContentHash(f.ctx.session.db)).toBe(afterDelete);
    const organisation = await f.value('organisations:get', { id: 1 });
    const deleted = await f.call('metrics:upsert', { organisationId: 1, metric: 'population', year, value, referenceDate, expectedVersion: rowVersion });
    if (deleted.ok) throw new Error('unreachable');
    expect(translate('sv', 'error.rowVersion.deleted', deleted.error.params as never)).toBe(
      `Uppgiften för ”${organisation.name}” har tagits bort sedan du öppnade den (version ${rowVersion}). Ingenting sparades: läs in igen och gör ändringen på nytt.`,
    );
    // Without a version (the CLI, undo of the delete) it is stored anew.
    await f.value('metrics:upsert', { organisationId: 1, metric: 'population', year, value, referenceDate });
  });

  it('cooperations:removeParticipants and organisations:delete (the undo of an add): a row changed since is not removed', async () => {
    // A new organisation added as a participant, as the cooperation screen does; both at version 1.
    const organisation = await f.value('organisations:create', { name: 'Nyby', kind: 'municipality', orgNumber: null, officialCode: null, countryCode: 'SE', notes: null });
    const participant = await f.value('cooperations:addParticipant', { cooperationId: SAMBRUK, organisationId: organisation.id, role: 'member', joinedOn: null, leftOn: null });
    expect(participant.rowVersion).toBe(1);
    // Someone else changes both before the undo.
    await f.value('cooperations:changeParticipant', { id: participant.id, role: 'observer', expectedVersion: 1 });
    await f.value('organisations:update', { id: organisation.id, notes: 'ändrad', expectedVersion: 1 });
    // The participation first (the organisation is still referred to while it stands), then the organisation.
    for (const [channel, id] of [['cooperations:removeParticipants', participant.id], ['organisations:delete', organisation.id]] as const) {
      const before = await dbContentHash(f.ctx.session.db);
      const stale = await f.call(channel, { ids: [id], expectedVersions: [1] });
      if (stale.ok) throw new Error(`${channel}: a stale removal went through`);
      expect(isStaleWrite(stale.error), channel).toBe(true);
      expect(stale.error, channel).toMatchObject({ code: 'CONFLICT', params: { expected: 1, current: 2 } });
      // One version per id, or none.
      const uneven = await f.call(channel, { ids: [id], expectedVersions: [2, 2] });
      expect(uneven.ok ? null : uneven.error, channel).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'expectedVersions', messageKey: 'error.field.versionPerId' }] });
      expect(await dbContentHash(f.ctx.session.db)).toBe(before);
      // From the version now: removed.
      await f.value(channel, { ids: [id], expectedVersions: [2] });
    }
    expect((await f.value('cooperations:listParticipants', { cooperationId: SAMBRUK })).some((p) => p.id === participant.id)).toBe(false);
    expect((await f.call('organisations:get', { id: organisation.id })).ok).toBe(false);
  });

  it('without expectedVersion (the CLI, the scripting API) the last writer wins', async () => {
    const organisation = await f.value('organisations:get', { id: 1 });
    await f.value('organisations:update', { id: 1, notes: 'first', expectedVersion: organisation.rowVersion });
    const last = await f.value('organisations:update', { id: 1, notes: 'second, without a version' });
    expect(last).toMatchObject({ notes: 'second, without a version', rowVersion: organisation.rowVersion + 2 });
  });
});
