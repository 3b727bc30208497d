/** Proposals before the meeting: an agenda item names the scenario its proposal would adopt. */
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src/main/db/open-workspace';
import { exportDocument } from '../../../src/main/document/export-document';
import { importDocument } from '../../../src/main/document/import-document';
import { dbContentHash } from '../../helpers/db-content-hash';
import { useDemoWorkspace } from '../../helpers/demo-workspace';
import { useTempDirs } from '../../helpers/temp-dir';
import { SKARABORG, STEERING_GROUP } from './governance-fixture';

const f = useDemoWorkspace();
const tempDir = useTempDirs();

async function scenarioOfSkaraborg(): Promise<{ id: number; name: string }> {
  const scenarios = await f.value('scenarios:list', { cooperationId: SKARABORG });
  const first = scenarios[0];
  if (!first) throw new Error('the demo workspace has no scenario for Skaraborg');
  return { id: first.id, name: first.name };
}

async function newMeeting() {
  return f.value('meetings:create', { bodyId: STEERING_GROUP, title: 'Styrgruppen maj 2018', startsAt: '2018-05-03T13:00' });
}

describe('agenda items with a proposed scenario', () => {
  it('carries the scenario with the proposal before any decision exists, and lets it be changed or removed', async () => {
    const scenario = await scenarioOfSkaraborg();
    const meeting = await newMeeting();
    const added = await f.value('agenda:addItem', {
      meetingId: meeting.id,
      title: 'Ny fördelningsnyckel',
      kind: 'decision',
      estimatedMinutes: 30,
      proposal: 'Styrgruppen föreslås anta scenariot.',
      proposalScenarioId: scenario.id,
    });
    const item = added.agenda[0];
    expect(item).toMatchObject({ proposal: 'Styrgruppen föreslås anta scenariot.', proposalScenario: scenario, decisions: [] });
    expect(added.pendingDecisionItemIds).toEqual([item?.id]);

    const cleared = await f.value('agenda:updateItem', { id: item?.id ?? 0, proposalScenarioId: null });
    expect(cleared.agenda[0]?.proposalScenario).toBeNull();
    const again = await f.value('agenda:updateItem', { id: item?.id ?? 0, proposalScenarioId: scenario.id });
    expect(again.agenda[0]?.proposalScenario).toEqual(scenario);
    // An item without a scenario shows none.
    const plain = await f.value('agenda:addItem', { meetingId: meeting.id, title: 'Övrigt', kind: 'discussion', estimatedMinutes: 5 });
    expect(plain.agenda[1]?.proposalScenario).toBeNull();
  });

  it('refuses an unknown scenario and one of another cooperation, writing nothing', async () => {
    const meeting = await newMeeting();
    const before = await dbContentHash(f.ctx.session.db);
    expect(await f.call('agenda:addItem', { meetingId: meeting.id, title: 'X', kind: 'decision', estimatedMinutes: 5, proposalScenarioId: 999_999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    // A scenario of another cooperation of the demo workspace.
    const cooperations = await f.value('cooperations:list', {});
    const foreign = (await Promise.all(cooperations.filter((c) => c.id !== SKARABORG).map((c) => f.value('scenarios:list', { cooperationId: c.id })))).flat()[0];
    expect(foreign, 'the demo workspace has a scenario outside Skaraborg').toBeDefined();
    expect(await f.call('agenda:addItem', { meetingId: meeting.id, title: 'X', kind: 'decision', estimatedMinutes: 5, proposalScenarioId: foreign?.id ?? 0 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'proposalScenarioId' }] },
    });
    expect(await dbContentHash(f.ctx.session.db)).toBe(before);
  });

  it('refuses to change the proposed scenario once the minutes are recorded', async () => {
    const scenario = await scenarioOfSkaraborg();
    const meeting = await newMeeting();
    const view = await f.value('agenda:addItem', { meetingId: meeting.id, title: 'Nyckel', kind: 'decision', estimatedMinutes: 10, proposal: 'Scenariot antas.', proposalScenarioId: scenario.id });
    const itemId = view.agenda[0]?.id ?? 0;
    await f.value('meetings:recordMinutes', { meetingId: meeting.id, items: [{ agendaItemId: itemId, outcome: 'adopted' }] });
    const before = await dbContentHash(f.ctx.session.db);
    expect(await f.call('agenda:updateItem', { id: itemId, proposalScenarioId: null })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await dbContentHash(f.ctx.session.db)).toBe(before);
  });

  it('recording the minutes adopts the proposed scenario from the decision, once; a rejected item adopts nothing', async () => {
    const scenario = await scenarioOfSkaraborg();
    const snapshotsBefore = await f.value('snapshots:list', { scenarioId: scenario.id });
    const meeting = await newMeeting();
    await f.value('agenda:addItem', { meetingId: meeting.id, title: 'Nyckel', kind: 'decision', estimatedMinutes: 10, proposal: 'Scenariot antas.', proposalScenarioId: scenario.id });
    const view = await f.value('agenda:addItem', { meetingId: meeting.id, title: 'Alternativ', kind: 'decision', estimatedMinutes: 10, proposal: 'Scenariot antas inte.', proposalScenarioId: scenario.id });
    const [adoptedItem, rejectedItem] = view.agenda.map((i) => i.id);
    const recorded = await f.value('meetings:recordMinutes', {
      meetingId: meeting.id,
      items: [
        { agendaItemId: adoptedItem ?? 0, outcome: 'adopted' },
        { agendaItemId: rejectedItem ?? 0, outcome: 'rejected' },
      ],
    });
    const [adopted, rejected] = recorded.decisions;
    const snapshots = await f.value('snapshots:list', { scenarioId: scenario.id });
    const adopting = snapshots.filter((s) => s.decisions.some((d) => d.id === adopted?.id));
    expect(adopting).toHaveLength(1);
    expect(adopting[0]?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(snapshots.some((s) => s.decisions.some((d) => d.id === rejected?.id))).toBe(false);
    // At most one new snapshot (none when the same content was adopted before).
    expect(snapshots.length - snapshotsBefore.length).toBeLessThanOrEqual(1);
    // Once: recording again is refused and adopts nothing more.
    const before = await dbContentHash(f.ctx.session.db);
    expect(await f.call('meetings:recordMinutes', { meetingId: meeting.id, items: [{ agendaItemId: adoptedItem ?? 0, outcome: 'adopted' }] })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await dbContentHash(f.ctx.session.db)).toBe(before);
  });

  it('puts the proposed scenario\'s figures in the meeting pack before the meeting; the same figures after adoption', async () => {
    const scenario = await scenarioOfSkaraborg();
    const meeting = await newMeeting();
    const view = await f.value('agenda:addItem', { meetingId: meeting.id, title: 'Nyckel', kind: 'decision', estimatedMinutes: 10, proposal: 'Scenariot antas.', proposalScenarioId: scenario.id });
    const before = await f.value('meetings:pack', { meetingId: meeting.id, language: 'sv' });
    const proposed = before.proposals[0]?.scenario;
    expect(proposed).toMatchObject({ snapshotId: null, scenarioId: scenario.id, scenarioName: scenario.name, problem: null });
    expect(proposed?.members.length).toBeGreaterThan(0);
    // Each year's total is the sum of what the members pay that year.
    proposed?.years.forEach((_, t) => expect(proposed.totals.proposed[t]).toBe(proposed.members.reduce((acc, m) => acc + (m.proposed[t] ?? 0), 0)));

    await f.value('meetings:recordMinutes', { meetingId: meeting.id, items: [{ agendaItemId: view.agenda[0]?.id ?? 0, outcome: 'adopted' }] });
    const after = (await f.value('meetings:pack', { meetingId: meeting.id, language: 'sv' })).proposals[0]?.scenario;
    expect(after?.snapshotId).toEqual(expect.any(Number));
    expect({ ...after, snapshotId: null }).toEqual(proposed);
  });

  it('survives the workspace document round trip (agenda items are written before scenarios)', async () => {
    const scenario = await scenarioOfSkaraborg();
    const meeting = await newMeeting();
    await f.value('agenda:addItem', { meetingId: meeting.id, title: 'Nyckel', kind: 'decision', estimatedMinutes: 10, proposalScenarioId: scenario.id });
    const doc = await exportDocument(f.ctx.session.db);
    const exported = doc.agendaItems.filter((i) => i.meetingId === meeting.id);
    expect(exported.map((i) => i.proposalScenarioId)).toEqual([scenario.id]);
    // Items without a scenario leave the field out, so older documents stay byte-identical.
    expect(doc.agendaItems.filter((i) => i.meetingId !== meeting.id).every((i) => !('proposalScenarioId' in i))).toBe(true);

    const path = tempDir().file('copy.andel');
    await importDocument(path, doc);
    const handle = await openWorkspace(path);
    try {
      expect(await exportDocument(handle.db)).toEqual(doc);
    } finally {
      await handle.close();
    }
  });
});
