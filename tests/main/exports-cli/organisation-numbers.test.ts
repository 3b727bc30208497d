/**
 * The annex and the invoicing basis show each member's organisation number, found through the
 * organisation the engine's facts name (`organisationId`), not read back out of the member's id:
 * a stored scenario and the snapshot adopted from it both carry it.
 */
import { describe, expect, it } from 'vitest';
import { prepareExportSource } from '../../../src/main/services/exports/annex-export.service';
import { memberIdFor, organisationOfMemberId } from '../../../src/main/services/scenarios/scenario-facts.service';
import { useDemoWorkspace } from '../../helpers/demo-workspace';

const f = useDemoWorkspace();
const SKARABORG = 1;
const SKARABORG_SCENARIO = 1;

/** The organisation number of every organisation taking part in the cooperation, by name, read straight from the tables. */
async function numbersByName(): Promise<Map<string, string>> {
  const rows = await f.ctx.session.db
    .selectFrom('participations as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisationId')
    .select(['o.name', 'o.orgNumber'])
    .where('p.cooperationId', '=', SKARABORG)
    .execute();
  return new Map(rows.flatMap((r) => (r.orgNumber === null ? [] : [[r.name, r.orgNumber] as const])));
}

describe('organisation numbers on exports', () => {
  it('come from the facts’ organisationId, for a draft and for its adopted snapshot', async () => {
    // Give every participant a number of its own, so each member's number is told apart.
    const participants = await f.ctx.session.db.selectFrom('participations').select('organisationId').where('cooperationId', '=', SKARABORG).execute();
    for (const { organisationId } of participants) {
      await f.ctx.session.db.updateTable('organisations').set({ orgNumber: `000000-${String(organisationId).padStart(4, '0')}` }).where('id', '=', organisationId).execute();
    }
    const expected = await numbersByName();
    expect(expected.size).toBeGreaterThan(5);

    const draft = await prepareExportSource(f.ctx.session.db, { scenarioId: SKARABORG_SCENARIO }, 'sv', new Date('2026-12-06T08:00:00Z'));
    const byName = (prepared: typeof draft) => new Map(prepared.resolved.members.flatMap((m) => (prepared.metadata.organisationNumbers?.[m.id] ? [[m.name, prepared.metadata.organisationNumbers[m.id]]] : [])));
    expect(draft.resolved.members.every((m) => m.organisationId !== null)).toBe(true);
    expect(byName(draft)).toEqual(expected);

    const decisions = await f.value('decisions:list', { cooperationId: SKARABORG });
    const snapshot = await f.value('scenarios:adopt', { scenarioId: SKARABORG_SCENARIO, decisionId: decisions.rows.find((d) => d.number === 'SG 2017:1')!.id });
    const adopted = await prepareExportSource(f.ctx.session.db, { snapshotId: snapshot.id }, 'sv', new Date('2026-12-06T08:00:00Z'));
    expect(byName(adopted)).toEqual(expected);
  });

  it('come from the member ids of a snapshot adopted before the facts carried organisationId', async () => {
    await f.ctx.session.db.updateTable('organisations').set({ orgNumber: '212000-0001' }).where('name', '=', 'Skövde').execute();
    const decisions = await f.value('decisions:list', { cooperationId: SKARABORG });
    const snapshot = await f.value('scenarios:adopt', { scenarioId: SKARABORG_SCENARIO, decisionId: decisions.rows.find((d) => d.number === 'SG 2017:1')!.id });
    const row = await f.ctx.session.db.selectFrom('snapshots').selectAll().where('id', '=', snapshot.id).executeTakeFirstOrThrow();
    // The same content as an older Andel stored it: members without organisationId.
    const content = JSON.parse(row.content) as { input: { facts: { members: Record<string, unknown>[] } } };
    for (const member of content.input.facts.members) delete member.organisationId;
    const old = await f.ctx.session.db
      .insertInto('snapshots')
      .values({ scenarioId: row.scenarioId, createdAt: '2025-01-01T00:00:00Z', contentHash: 'f'.repeat(64), content: JSON.stringify(content) })
      .returning('id')
      .executeTakeFirstOrThrow();
    const prepared = await prepareExportSource(f.ctx.session.db, { snapshotId: Number(old.id) }, 'sv', new Date('2026-12-06T08:00:00Z'));
    expect(prepared.resolved.members.every((m) => m.organisationId === null)).toBe(true);
    const numbers = await f.ctx.session.db.selectFrom('organisations').select(['id', 'orgNumber']).execute();
    const withNumber = prepared.resolved.members.filter((m) => numbers.find((o) => `org-${o.id}` === m.id)?.orgNumber);
    expect(withNumber.length).toBeGreaterThan(0);
    for (const member of withNumber) {
      expect(prepared.metadata.organisationNumbers?.[member.id]).toBe(numbers.find((o) => `org-${o.id}` === member.id)!.orgNumber);
    }
  });

  it('name a member id that leads back to its organisation, for the first and later participations', () => {
    expect(organisationOfMemberId(memberIdFor(12, 1))).toBe(12);
    expect(organisationOfMemberId(memberIdFor(12, 3))).toBe(12);
    expect(organisationOfMemberId('skovde')).toBeNull();
  });
});
