/**
 * Adopting is idempotent: the same scenario (same content) by the same decision returns the snapshot
 * already made — no second row, no second link. The decision picker offers only decisions that can
 * still adopt something: proposals, and adopted decisions of a meeting whose minutes are not recorded.
 */
import { describe, expect, it } from 'vitest';
import { offeredForAdoption } from '../../../src/shared/governance/decision-status';
import { useDemoWorkspace } from '../../helpers/demo-workspace';

const f = useDemoWorkspace();
const SKARABORG = 1;
const SKARABORG_SCENARIO = 1;

async function decisionId(number: string): Promise<number> {
  const list = await f.value('decisions:list', { cooperationId: SKARABORG });
  return list.rows.find((d) => d.number === number)!.id;
}

const count = async (table: 'snapshots' | 'decisionLinks') =>
  Number((await f.ctx.session.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('adopting twice', () => {
  it('returns the existing snapshot by the same decision, with no new row and no new link', async () => {
    const decision = await decisionId('SG 2017:1');
    const [snapshotsBefore, linksBefore] = [await count('snapshots'), await count('decisionLinks')];
    const first = await f.value('scenarios:adopt', { scenarioId: SKARABORG_SCENARIO, decisionId: decision });
    const second = await f.value('scenarios:adopt', { scenarioId: SKARABORG_SCENARIO, decisionId: decision });
    expect(second).toEqual(first);
    // One snapshot and one adopts_snapshot link more than before, not two.
    expect(await count('snapshots')).toBe(snapshotsBefore + 1);
    expect(await count('decisionLinks')).toBe(linksBefore + 1);
    expect(second.decisions.map((d) => d.id)).toEqual([decision]);
  });

  it('links the same snapshot to a second decision instead of copying it', async () => {
    const first = await f.value('scenarios:adopt', { scenarioId: SKARABORG_SCENARIO, decisionId: await decisionId('SG 2017:1') });
    const other = await f.value('scenarios:adopt', { scenarioId: SKARABORG_SCENARIO, decisionId: await decisionId('SG 2017:4') });
    expect(other.id).toBe(first.id);
    expect(other.contentHash).toBe(first.contentHash);
    expect(other.decisions.map((d) => d.number)).toEqual(['SG 2017:1', 'SG 2017:4']);
    expect(await count('snapshots')).toBe(1);
  });

  it('makes a new snapshot when the scenario computes differently', async () => {
    const decision = await decisionId('SG 2017:1');
    const first = await f.value('scenarios:adopt', { scenarioId: SKARABORG_SCENARIO, decisionId: decision });
    const gullspang = (await f.ctx.session.db.selectFrom('organisations').select('id').where('name', '=', 'Gullspång').executeTakeFirstOrThrow()).id;
    await f.ctx.session.db.updateTable('metricValues').set((eb) => ({ value: eb('value', '+', 1) })).where('organisationId', '=', gullspang).execute();
    const second = await f.value('scenarios:adopt', { scenarioId: SKARABORG_SCENARIO, decisionId: decision });
    expect(second.id).not.toBe(first.id);
    expect(second.contentHash).not.toBe(first.contentHash);
  });
});

describe('a decision in a final status', () => {
  it.each(['rejected', 'superseded'] as const)('refuses to adopt when %s, writing nothing', async (status) => {
    const decision = await decisionId('SG 2017:1');
    await f.ctx.session.db.updateTable('decisions').set({ status }).where('id', '=', decision).execute();
    const snapshotsBefore = await count('snapshots');
    const result = await f.call('scenarios:adopt', { scenarioId: SKARABORG_SCENARIO, decisionId: decision });
    expect(result.ok ? 'adopted' : result.error.code).toBe('CONFLICT');
    expect(await count('snapshots')).toBe(snapshotsBefore);
  });

  it.each(['adopted', 'implemented'] as const)('adopts when %s', async (status) => {
    const decision = await decisionId('SG 2017:1');
    await f.ctx.session.db.updateTable('decisions').set({ status }).where('id', '=', decision).execute();
    const snapshot = await f.value('scenarios:adopt', { scenarioId: SKARABORG_SCENARIO, decisionId: decision });
    expect(snapshot.decisions.map((d) => d.id)).toEqual([decision]);
  });
});

describe('the decisions offered for adoption', () => {
  it('are proposals and decisions of a meeting whose minutes are not recorded, never the Koha system choice', async () => {
    const list = await f.value('decisions:list', { cooperationId: SKARABORG });
    const offered = list.rows.filter(offeredForAdoption).map((d) => d.number);
    // Every Skaraborg decision of the demo was recorded at a held meeting: none is offered.
    expect(offered).toEqual([]);
    const koha = list.rows.find((d) => d.title.includes('Koha'))!;
    expect(offeredForAdoption(koha)).toBe(false);
    expect(offeredForAdoption({ ...koha, status: 'proposed' })).toBe(true);
    expect(offeredForAdoption({ ...koha, meetingStatus: 'planned' })).toBe(true);
    expect(offeredForAdoption({ ...koha, meetingStatus: 'planned', status: 'implemented' })).toBe(false);
    expect(offeredForAdoption({ ...koha, meetingStatus: null, meetingId: null })).toBe(false);
  });
});
