import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/api/dispatch';
import { createHandlers, type AppContext } from '../../../src/main/handlers/index';
import { WorkspaceSession } from '../../../src/main/workspace/session';
import { knownMigrationNames } from '../../../src/main/db/migrations/migration-names';
import { channelNameList } from '../../../src/shared/api/channel-names';
import type { ApiResult } from '../../../src/shared/api/result';
import { dbContentHash } from '../../helpers/db-content-hash';
import { useTempDirs } from '../../helpers/temp-dir';
import { fixedClock, loadRichFixture } from '../../helpers/workspace-fixtures';
import { openTestWorkspace } from '../../helpers/pg-workspace';

const tempDir = useTempDirs();
const handlers = createHandlers();
let ctx: AppContext;

const call = (channel: string, input?: unknown): Promise<ApiResult<unknown>> => dispatch(handlers, ctx, channel, input, () => undefined);

async function value<T>(channel: string, input?: unknown): Promise<T> {
  const result = await call(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

beforeEach(async () => {
  ctx = { session: new WorkspaceSession({ clock: fixedClock }) };
  await openTestWorkspace(ctx.session, tempDir().file('w.andel'), loadRichFixture());
});
afterEach(async () => ctx.session.close());

describe('the handler map', () => {
  it('has a handler for every channel of the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...channelNameList].sort());
  });
});

describe('invalid calls write nothing', () => {
  it.each([
    ['members:setPopulation', { organisationId: 1, year: 2017, value: -5, referenceDate: '2016-12-31' }, 'value'],
    ['members:setPopulation', { organisationId: 1, year: 2017, value: 5, referenceDate: '2016-12-31', extra: true }, 'input'],
    ['organisations:update', { id: 1, name: '   ' }, 'name'],
    ['organisations:update', { id: 1, kind: 'kingdom' }, 'kind'],
  ])('%s with %j is INVALID_INPUT', async (channel, input, path) => {
    const before = await dbContentHash(ctx.session.db);
    const result = await call(channel, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!result.ok) expect(result.error.issues?.[0]?.path).toBe(path);
    expect(await dbContentHash(ctx.session.db)).toBe(before);
  });

  it('a date that does not exist is INVALID_INPUT and writes nothing', async () => {
    const before = await dbContentHash(ctx.session.db);
    const result = await call('members:setPopulation', { organisationId: 1, year: 2018, value: 5400, referenceDate: '2018-06-31' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await dbContentHash(ctx.session.db)).toBe(before);
  });

  it('an unknown organisation is NOT_FOUND and writes nothing', async () => {
    const before = await dbContentHash(ctx.session.db);
    expect(await call('members:setPopulation', { organisationId: 999, year: 2018, value: 1, referenceDate: '2017-12-31' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is no organisation with id 999.' },
    });
    expect(await call('organisations:update', { id: 999, name: 'X' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await dbContentHash(ctx.session.db)).toBe(before);
  });

  it('an unknown channel is UNKNOWN_CHANNEL', async () => {
    expect(await call('members:drop', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('without an open workspace calls are NO_WORKSPACE and workspace:info is null', async () => {
    await ctx.session.close();
    expect(await call('workspace:info', {})).toEqual({ ok: true, value: null });
    expect(await call('members:list', {})).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } });
  });
});

describe('workspace and members', () => {
  it('workspace:info gives the file, schema version and counts', async () => {
    const info = await value<{ fileName: string; schemaVersion: string; counts: Record<string, number> }>('workspace:info', {});
    expect(info.fileName).toBe('w.andel');
    expect(info.schemaVersion).toBe(knownMigrationNames.at(-1));
    expect(info.counts).toMatchObject({ organisations: 12, participations: 11, staff_allocation_periods: 4, snapshots: 1 });
  });

  it('members:list gives the latest population with its year and reference date, and the participations, sorted by name', async () => {
    type Row = { organisationId: number; name: string; population: number | null; populationYear: number | null; populationReferenceDate: string | null; participations: { cooperationName: string; role: string }[] };
    const rows = await value<Row[]>('members:list', {});
    expect(rows).toHaveLength(12);
    const skovde = rows.find((r) => r.name === 'Skövde')!;
    expect(skovde).toMatchObject({ population: 54837, populationYear: 2017, populationReferenceDate: '2016-12-31' });
    expect(skovde.participations).toEqual([{ cooperationId: 1, cooperationName: 'Skaraborgs bibliotek (9-gruppen)', role: 'member' }]);
    expect(rows.find((r) => r.name === 'Biblioteksleverantören AB')).toMatchObject({ population: null, populationYear: null, participations: [] });
    // Swedish collation: Å, Ä, Ö after Z.
    const names = rows.map((r) => r.name);
    expect(names.indexOf('Töreboda')).toBeGreaterThan(names.indexOf('Tidaholm'));

    const observers = await value<Row[]>('members:list', { cooperationId: 1, search: 'falk' });
    expect(observers.map((r) => [r.name, r.participations[0]?.role])).toEqual([['Falköping', 'observer']]);
  });

  it('members:setPopulation inserts or replaces the year\'s value and records it in the audit log', async () => {
    expect(await value('members:setPopulation', { organisationId: 2, year: 2018, value: 9200, referenceDate: '2017-12-31', source: 'SCB' })).toEqual({ organisationId: 2, year: 2018, value: 9200 });
    await value('members:setPopulation', { organisationId: 2, year: 2018, value: 9210, referenceDate: '2017-12-31' });
    const values = await value<{ year: number; value: number; source: string | null }[]>('metrics:listForOrganisation', { organisationId: 2, metric: 'population' });
    expect(values.map((v) => [v.year, v.value, v.source])).toEqual([[2016, 9100, 'SCB'], [2017, 9137, 'SCB'], [2018, 9210, 'SCB']]);
    const [member] = await value<{ population: number; populationYear: number }[]>('members:list', { search: 'Hjo' });
    expect(member).toMatchObject({ population: 9210, populationYear: 2018 });
    const audit = await ctx.session.db.selectFrom('auditLog').selectAll().where('entity', '=', 'metric_value').orderBy('id').execute();
    expect(audit.map((a) => [a.action, a.at])).toEqual([['create', '2026-11-21T12:00:00.000Z'], ['update', '2026-11-21T12:00:00.000Z']]);
    expect(JSON.parse(audit[1]!.before)).toMatchObject({ value: 9200 });
  });
});

describe('organisations, metrics, cooperations', () => {
  it('organisations:get and organisations:update (only the given fields; null clears)', async () => {
    expect(await value('organisations:get', { id: 5 })).toMatchObject({ id: 5, name: 'Skövde', officialCode: '1496' });
    const updated = await value('organisations:update', { id: 5, name: 'Skövde kommun', notes: null });
    // Its row version: 1 as stored, 2 after this one update.
    expect(updated).toEqual({ id: 5, name: 'Skövde kommun', kind: 'municipality', orgNumber: '212000-1686', officialCode: '1496', countryCode: 'SE', notes: null, rowVersion: 2 });
    const audit = await ctx.session.db.selectFrom('auditLog').selectAll().where('entity', '=', 'organisation').where('entityId', '=', 5).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after)).toMatchObject({ name: 'Skövde kommun' });
  });

  it('metrics:listForOrganisation lists every metric by name and year', async () => {
    const values = await value<{ metric: string; year: number }[]>('metrics:listForOrganisation', { organisationId: 5 });
    expect(values.map((v) => `${v.metric} ${v.year}`)).toEqual(['branches 2017', 'population 2016', 'population 2017']);
  });

  it('cooperations:list counts participants per role', async () => {
    const list = await value<{ id: number; memberCount: number; observerCount: number; administrativePartyCount: number }[]>('cooperations:list', {});
    expect(list.map((c) => [c.id, c.memberCount, c.observerCount, c.administrativePartyCount])).toEqual([[1, 8, 1, 0], [2, 1, 0, 1]]);
  });
});
