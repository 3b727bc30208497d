/**
 * agreements:list and agreements:get read only the listed agreements' adopting decisions (one
 * query joining the links to their decisions) and give them per agreement in the links' order.
 * Real SQLite workspace from the rich fixture: agreements 1 and 2; decisions 1 (SG 2016:1),
 * 2 (SG 2016:2), 3 (SG 2017:1); link 4 says decision 1 adopts agreement 2; the other links are
 * of other kinds (adopts_key, adopts_snapshot, supersedes) and adopt no agreement.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/api/dispatch';
import { createHandlers, type AppContext } from '../../../src/main/handlers/index';
import { WorkspaceSession } from '../../../src/main/workspace/session';
import { useTempDirs } from '../../helpers/temp-dir';
import { fixedClock, loadRichFixture } from '../../helpers/workspace-fixtures';
import { openTestWorkspace } from '../../helpers/pg-workspace';

const tempDir = useTempDirs();
const handlers = createHandlers();
let ctx: AppContext;

type View = { id: number; type: string; adoptedBy: { id: number; number: string; status: string }[]; parties: { organisationId: number }[] };

async function value<T>(channel: string, input: unknown): Promise<T> {
  const result = await dispatch(handlers, ctx, channel, input, () => undefined);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

beforeEach(async () => {
  ctx = { session: new WorkspaceSession({ clock: fixedClock }) };
  await openTestWorkspace(ctx.session, tempDir().file('w.andel'), loadRichFixture());
});
afterEach(async () => ctx.session.close());

describe('adopting decisions of agreements', () => {
  it('lists each agreement\'s adopting decisions in link order, and none of other link kinds', async () => {
    const before = await value<View[]>('agreements:list', { cooperationId: 1 });
    expect(before.map((a) => [a.id, a.adoptedBy.map((d) => d.number)])).toEqual([
      [1, []],
      [2, ['SG 2016:1']],
    ]);
    // Two more links: decision 3 adopts agreement 1, decision 2 adopts agreement 2 (after decision 1's link).
    await value('decisions:addLink', { decisionId: 3, kind: 'adopts_agreement', agreementId: 1 });
    await value('decisions:addLink', { decisionId: 2, kind: 'adopts_agreement', agreementId: 2 });
    const after = await value<View[]>('agreements:list', { cooperationId: 1 });
    expect(after.map((a) => [a.id, a.adoptedBy.map((d) => [d.id, d.number, d.status])])).toEqual([
      [1, [[3, 'SG 2017:1', 'proposed']]],
      [2, [[1, 'SG 2016:1', 'adopted'], [2, 'SG 2016:2', 'superseded']]],
    ]);
    // The same through agreements:get and with a type filter (one agreement's decisions only).
    expect((await value<View>('agreements:get', { id: 2 })).adoptedBy.map((d) => d.number)).toEqual(['SG 2016:1', 'SG 2016:2']);
    const ofType = await value<View[]>('agreements:list', { cooperationId: 1, type: 'cooperation' });
    // The fixture's cooperation 1 has agreement 1 (cooperation) and 2 (operations_support): the filter (in SQL) keeps 1.
    expect(ofType.map((a) => a.id)).toEqual([1]);
    expect(ofType[0]?.adoptedBy.map((d) => d.number)).toEqual(['SG 2017:1']);
  });

  it('gives each agreement its own parties', async () => {
    const fixture = loadRichFixture() as unknown as { agreementParties: { agreementId: number; organisationId: number }[] };
    const views = await value<View[]>('agreements:list', {});
    for (const v of views) {
      const expected = fixture.agreementParties.filter((p) => p.agreementId === v.id).map((p) => p.organisationId);
      expect(v.parties.map((p) => p.organisationId)).toEqual(expected);
    }
  });
});
