/**
 * Cooperations and participants through the real handler map on a real SQLite file, from an
 * empty workspace: create, edit, archive; add, change, end and remove participants; pick members
 * from the shipped reference list; and the audit trail each step leaves.
 */
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/api/dispatch';
import { exportDocument } from '../../../src/main/document/export-document';
import { createHandlers, type AppContext } from '../../../src/main/handlers/index';
import { WorkspaceSession } from '../../../src/main/workspace/session';
import type { AddedMembers, CooperationChange, CooperationSummary, CooperationView, ParticipantChange, ParticipantRow } from '../../../src/shared/api/channels/cooperations.channels';
import type { OrganisationRecord } from '../../../src/shared/document/workspace-document.schema';
import type { ApiResult } from '../../../src/shared/api/result';
import { useTempDirs } from '../../helpers/temp-dir';
import { fixedClock } from '../../helpers/workspace-fixtures';
import { openEmptyTestWorkspace } from '../../helpers/pg-workspace';

const tempDir = useTempDirs();
const handlers = createHandlers();
let ctx: AppContext;

const call = (channel: string, input?: unknown): Promise<ApiResult<unknown>> => dispatch(handlers, ctx, channel, input, () => undefined);
async function value<T>(channel: string, input?: unknown): Promise<T> {
  const result = await call(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}
async function auditActions(): Promise<string[]> {
  const rows = await sql<{ entity: string; action: string }>`SELECT entity, action FROM audit_log ORDER BY id`.execute(ctx.session.db);
  return rows.rows.map((r) => `${r.entity}:${r.action}`);
}

beforeEach(async () => {
  ctx = { session: new WorkspaceSession({ clock: fixedClock }) };
  await openEmptyTestWorkspace(ctx.session, tempDir().file('empty.andel'));
});
afterEach(async () => ctx.session.close());

const newCooperation = { name: 'Biblioteken i Väst', kind: 'consortium', currency: 'SEK', countryCode: 'SE', startDate: '2027-01-01' };

describe('cooperations', () => {
  it('creates, edits, archives and brings back a cooperation, each step audited', async () => {
    const host = await value<OrganisationRecord>('organisations:create', { name: 'Skövde', kind: 'municipality', officialCode: '1496', countryCode: 'SE' });
    const created = await value<CooperationView>('cooperations:create', { ...newCooperation, hostOrganisationId: host.id });
    expect(created).toMatchObject({ name: 'Biblioteken i Väst', currency: 'SEK', countryCode: 'SE', hostOrganisationName: 'Skövde', archivedOn: null, endDate: null });

    const edit = await value<CooperationChange>('cooperations:update', { id: created.id, name: 'Bibliotek Väst', endDate: '2029-12-31' });
    expect(edit.previous.name).toBe('Biblioteken i Väst');
    expect(edit.value).toMatchObject({ name: 'Bibliotek Väst', endDate: '2029-12-31', startDate: '2027-01-01' });

    // The fixed clock says 2026-11-21T12:00Z, so the archive is dated that day.
    const archived = await value<CooperationChange>('cooperations:archive', { id: created.id, archived: true });
    expect(archived.value.archivedOn).toBe('2026-11-21');
    expect(await value<CooperationSummary[]>('cooperations:list', {})).toEqual([]);
    expect((await value<CooperationSummary[]>('cooperations:list', { includeArchived: true })).map((c) => c.name)).toEqual(['Bibliotek Väst']);
    const back = await value<CooperationChange>('cooperations:archive', { id: created.id, archived: false });
    expect(back.value.archivedOn).toBeNull();

    expect(await auditActions()).toEqual(['organisation:create', 'cooperation:create', 'cooperation:update', 'cooperation:update', 'cooperation:update']);
    // The new fields survive the workspace document; a cooperation without them leaves them out.
    const doc = await exportDocument(ctx.session.db);
    expect(doc.cooperations[0]).toMatchObject({ countryCode: 'SE', name: 'Bibliotek Väst' });
    expect('archivedOn' in doc.cooperations[0]!).toBe(false);
  });

  it('refuses bad input with INVALID_INPUT and the field path', async () => {
    const bad = async (channel: string, input: unknown, path: string) => {
      const result = await call(channel, input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('INVALID_INPUT');
        expect(result.error.issues?.map((i) => i.path)).toContain(path);
      }
    };
    await bad('cooperations:create', { ...newCooperation, currency: 'EUR' }, 'currency');
    await bad('cooperations:create', { ...newCooperation, countryCode: 'DK' }, 'countryCode');
    await bad('cooperations:create', { ...newCooperation, name: '  ' }, 'name');
    await bad('cooperations:create', { ...newCooperation, endDate: '2026-06-31' }, 'endDate');
    await bad('cooperations:create', { ...newCooperation, endDate: '2026-12-31' }, 'endDate');
    await bad('cooperations:create', { ...newCooperation, hostOrganisationId: 99 }, 'hostOrganisationId');
    await bad('organisations:create', { name: 'X', kind: 'kingdom', countryCode: 'SE' }, 'kind');
    await bad('cooperations:addMembers', { cooperationId: 1, role: 'member', entries: [{ country: 'SE', kind: 'municipality', code: '12' + '3' }] }, 'entries[0].code');
    expect(await auditActions()).toEqual([]);
  });

  it('deletes only an empty cooperation (the undo of create)', async () => {
    const created = await value<CooperationView>('cooperations:create', newCooperation);
    const org = await value<OrganisationRecord>('organisations:create', { name: 'Hjo', kind: 'municipality', countryCode: 'SE' });
    const participant = await value<ParticipantRow>('cooperations:addParticipant', { cooperationId: created.id, organisationId: org.id, role: 'member' });
    expect(await call('cooperations:delete', { id: created.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await value('cooperations:removeParticipants', { ids: [participant.id] });
    await value('cooperations:delete', { id: created.id });
    expect(await value<CooperationSummary[]>('cooperations:list', { includeArchived: true })).toEqual([]);
  });
});

describe('participants', () => {
  it('adds a member, observer and administrative party; invoiced via must be an administrative party', async () => {
    const coop = await value<CooperationView>('cooperations:create', newCooperation);
    const org = (name: string, kind = 'municipality') => value<OrganisationRecord>('organisations:create', { name, kind, countryCode: 'SE' });
    const [hjo, tibro, skaraborg, falkoping] = [await org('Hjo'), await org('Tibro'), await org('Skaraborgs kommunalförbund', 'federation'), await org('Falköping')];

    // Not yet an administrative party: refused.
    const early = await call('cooperations:addParticipant', { cooperationId: coop.id, organisationId: hjo.id, role: 'member', viaOrganisationId: skaraborg.id });
    expect(early).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'viaOrganisationId' }] } });

    await value('cooperations:addParticipant', { cooperationId: coop.id, organisationId: skaraborg.id, role: 'administrative_party', joinedOn: '2027-01-01' });
    const hjoRow = await value<ParticipantRow>('cooperations:addParticipant', { cooperationId: coop.id, organisationId: hjo.id, role: 'member', joinedOn: '2027-01-01', viaOrganisationId: skaraborg.id });
    await value('cooperations:addParticipant', { cooperationId: coop.id, organisationId: tibro.id, role: 'member', joinedOn: '2027-03-01', viaOrganisationId: skaraborg.id });
    await value('cooperations:addParticipant', { cooperationId: coop.id, organisationId: falkoping.id, role: 'observer' });
    expect(hjoRow).toMatchObject({ organisationName: 'Hjo', role: 'member', viaOrganisationName: 'Skaraborgs kommunalförbund' });

    // Twice at the same time: refused.
    expect(await call('cooperations:addParticipant', { cooperationId: coop.id, organisationId: hjo.id, role: 'observer' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const summary = await value<CooperationSummary>('cooperations:get', { id: coop.id });
    expect([summary.memberCount, summary.observerCount, summary.administrativePartyCount]).toEqual([2, 1, 1]);

    // The party invoicing for two cannot stop being an administrative party while it does.
    const rows = await value<ParticipantRow[]>('cooperations:listParticipants', { cooperationId: coop.id });
    const party = rows.find((r) => r.organisationId === skaraborg.id)!;
    expect(await call('cooperations:changeParticipant', { id: party.id, role: 'member' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call('cooperations:removeParticipants', { ids: [party.id] })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    // End Hjo's participation; a leaving date before joining is refused.
    expect(await call('cooperations:endParticipant', { id: hjoRow.id, leftOn: '2026-12-31' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const ended = await value<ParticipantChange>('cooperations:endParticipant', { id: hjoRow.id, leftOn: '2028-12-31' });
    expect(ended.previous.leftOn).toBeNull();
    expect(ended.value.leftOn).toBe('2028-12-31');
    // Undo puts it back with the same channel.
    const undone = await value<ParticipantChange>('cooperations:changeParticipant', { id: hjoRow.id, leftOn: ended.previous.leftOn });
    expect(undone.value.leftOn).toBeNull();

    const actions = await auditActions();
    expect(actions.filter((a) => a === 'participation:create')).toHaveLength(4);
    expect(actions.filter((a) => a === 'participation:update')).toHaveLength(2);
  });

  it('adds picks from the reference list, creating only the organisations missing, in one step', async () => {
    const coop = await value<CooperationView>('cooperations:create', newCooperation);
    // Göteborg exists already (with its kommunkod): it is matched, not created again.
    const goteborg = await value<OrganisationRecord>('organisations:create', { name: 'Göteborgs Stad', kind: 'municipality', officialCode: '1480', countryCode: 'SE' });
    const added = await value<AddedMembers>('cooperations:addMembers', {
      cooperationId: coop.id,
      role: 'member',
      joinedOn: '2027-01-01',
      entries: [
        { country: 'SE', kind: 'municipality', code: '1480' },
        { country: 'SE', kind: 'municipality', code: '1280' },
        { country: 'SE', kind: 'region', code: '14' },
      ],
    });
    expect(added.participants.map((p) => [p.organisationName, p.officialCode, p.organisationKind])).toEqual([
      ['Göteborgs Stad', '1480', 'municipality'],
      ['Malmö', '1280', 'municipality'],
      ['Västra Götalandsregionen', '14', 'region'],
    ]);
    expect(added.createdOrganisationIds).toHaveLength(2);
    expect(added.createdOrganisationIds).not.toContain(goteborg.id);

    // A failing pick (already a participant) leaves nothing behind: one transaction.
    const before = (await value<OrganisationRecord[]>('organisations:list', {})).length;
    const again = await call('cooperations:addMembers', { cooperationId: coop.id, role: 'member', entries: [{ country: 'SE', kind: 'municipality', code: '0180' }, { country: 'SE', kind: 'municipality', code: '1280' }] });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await value<OrganisationRecord[]>('organisations:list', {})).toHaveLength(before);

    // Undo: remove the participations, then delete the organisations the step created.
    await value('cooperations:removeParticipants', { ids: added.participants.map((p) => p.id) });
    await value('organisations:delete', { ids: added.createdOrganisationIds });
    expect((await value<OrganisationRecord[]>('organisations:list', {})).map((o) => o.name)).toEqual(['Göteborgs Stad']);
  });

  it('refuses a second organisation with the same official code, and deleting one still referred to', async () => {
    const first = await value<OrganisationRecord>('organisations:create', { name: 'Oslo', kind: 'municipality', officialCode: '0301', countryCode: 'NO' });
    expect(await call('organisations:create', { name: 'Oslo kommune', kind: 'municipality', officialCode: '0301', countryCode: 'NO' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // The same digits in Sweden are another code.
    await value('organisations:create', { name: 'Annan', kind: 'municipality', officialCode: '0301', countryCode: 'SE' });
    const edited = await value<OrganisationRecord>('organisations:update', { id: first.id, orgNumber: '958 935 420' });
    expect(edited).toMatchObject({ orgNumber: '958 935 420', officialCode: '0301', countryCode: 'NO' });
    // Moving it to Sweden would clash with "Annan" (SE 0301): refused; its own code elsewhere is free.
    expect(await call('organisations:update', { id: first.id, countryCode: 'SE' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call('organisations:update', { id: first.id, countryCode: 'se' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'countryCode' }] } });
    const coop = await value<CooperationView>('cooperations:create', { ...newCooperation, currency: 'NOK', countryCode: 'NO', hostOrganisationId: first.id });
    expect(coop.hostOrganisationName).toBe('Oslo');
    expect(await call('organisations:delete', { ids: [first.id] })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
