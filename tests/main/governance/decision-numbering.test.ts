/** Numbers per body and year: 1..n with no gaps or duplicates, also for adds inside one transaction. */
import { describe, expect, it } from 'vitest';
import { createDecisionIn } from '../../../src/main/services/governance/decision.service';
import { checkSequences } from '../../../src/shared/governance/decision-number';
import { dbContentHash } from '../../helpers/db-content-hash';
import { fixedClock } from '../../helpers/workspace-fixtures';
import { useDemoWorkspace } from '../../helpers/demo-workspace';
import { STEERING_GROUP } from './governance-fixture';

const f = useDemoWorkspace();

async function sequencesOf(bodyId: number, year: number): Promise<number[]> {
  const list = await f.value('decisions:list', { bodyId, year });
  return list.rows.map((r) => r.sequence);
}

describe('decision numbering', () => {
  it('continues a body\'s year and starts each new year at 1, through the body\'s pattern', async () => {
    const next2017 = await f.value('decisions:create', { bodyId: STEERING_GROUP, title: 'Late 2017', text: 't', status: 'adopted', decidedOn: '2017-12-20' });
    expect(next2017).toMatchObject({ year: 2017, sequence: 5, number: 'SG 2017:5', status: 'adopted' });
    const first2018 = await f.value('decisions:create', { bodyId: STEERING_GROUP, title: 'First of 2018', text: 't', decidedOn: '2018-01-10' });
    expect(first2018).toMatchObject({ year: 2018, sequence: 1, number: 'SG 2018:1', status: 'proposed' });
    const group = await f.value('bodies:create', { cooperationId: 1, name: 'Prisgrupp', kind: 'working_group', permanent: false, decisionNumberPattern: 'PG-{year}/{n}' });
    const d = await f.value('decisions:create', { bodyId: group.id, title: 'x', text: '', year: 2019 });
    expect(d.number).toBe('PG-2019/1');
    // Zero padding ({n:3}) is stored and used like any other pattern.
    const padded = await f.value('bodies:create', { cooperationId: 1, name: 'Padded', kind: 'working_group', permanent: false, decisionNumberPattern: 'PG-{year}/{n:3}' });
    const p = await f.value('decisions:create', { bodyId: padded.id, title: 'x', text: '', year: 2019 });
    expect(p.number).toBe('PG-2019/001');
  });

  it('gives decisions added concurrently in one transaction gap-free, unique numbers', async () => {
    const db = f.ctx.session.db;
    const ids = await db.transaction().execute((trx) =>
      Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          createDecisionIn(trx, { bodyId: STEERING_GROUP, title: `Concurrent ${i}`, text: '', status: 'adopted', decidedOn: '2019-05-02' }, fixedClock),
        ),
      ),
    );
    expect(new Set(ids).size).toBe(12);
    const sequences = await sequencesOf(STEERING_GROUP, 2019);
    expect(sequences.sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    const numbers = (await f.value('decisions:list', { bodyId: STEERING_GROUP, year: 2019 })).rows.map((r) => r.number);
    expect(new Set(numbers).size).toBe(12);
    expect(numbers.every((n) => /^SG 2019:\d+$/.test(n))).toBe(true);

    // Two bodies and two years interleaved in one transaction keep separate counters.
    await db.transaction().execute((trx) =>
      Promise.all([
        createDecisionIn(trx, { bodyId: STEERING_GROUP, title: 'a', text: '', decidedOn: '2020-01-01', status: 'adopted' }, fixedClock),
        createDecisionIn(trx, { bodyId: 2, title: 'b', text: '', decidedOn: '2020-01-01', status: 'adopted' }, fixedClock),
        createDecisionIn(trx, { bodyId: STEERING_GROUP, title: 'c', text: '', decidedOn: '2020-02-01', status: 'adopted' }, fixedClock),
        createDecisionIn(trx, { bodyId: 2, title: 'd', text: '', decidedOn: '2021-01-01', status: 'adopted' }, fixedClock),
      ]),
    );
    expect(await sequencesOf(STEERING_GROUP, 2020)).toEqual([1, 2]);
    expect(await sequencesOf(2, 2020)).toEqual([1]);
    expect(await sequencesOf(2, 2021)).toEqual([1]);
  });

  it('writes nothing when one of the concurrent adds fails', async () => {
    const db = f.ctx.session.db;
    const before = await dbContentHash(db);
    await expect(
      db.transaction().execute((trx) =>
        Promise.all([
          createDecisionIn(trx, { bodyId: STEERING_GROUP, title: 'ok', text: '', decidedOn: '2019-05-02', status: 'adopted' }, fixedClock),
          createDecisionIn(trx, { bodyId: 999, title: 'no such body', text: '', decidedOn: '2019-05-02', status: 'adopted' }, fixedClock),
        ]),
      ),
    ).rejects.toThrow(/no body with id 999/);
    expect(await dbContentHash(db)).toBe(before);
  });

  it('numbers many decisions added in a loop 1..n', async () => {
    for (let i = 0; i < 60; i += 1) {
      await f.value('decisions:create', { bodyId: STEERING_GROUP, title: `Loop ${i}`, text: '', status: i % 3 === 0 ? 'rejected' : 'adopted', decidedOn: '2022-03-01' });
    }
    const sequences = await sequencesOf(STEERING_GROUP, 2022);
    expect(checkSequences(sequences)).toMatchObject({ ok: true, missing: [], duplicates: [] });
    expect(sequences).toHaveLength(60);
    expect((await f.value('decisions:list', {})).numberingProblems).toEqual([]);
  });

  it('after a gap, numbers one above the highest rather than filling the gap', async () => {
    // The demo's steering group has SG 2017:1..4; with 2017:2 gone the highest is 4, so the next is 5 (not 2).
    const two = (await f.value('decisions:list', { bodyId: STEERING_GROUP, year: 2017 })).rows.find((r) => r.sequence === 2)!;
    await f.ctx.session.db.deleteFrom('decisionLinks').where((eb) => eb.or([eb('decisionId', '=', two.id), eb('targetDecisionId', '=', two.id)])).execute();
    await f.ctx.session.db.deleteFrom('decisions').where('id', '=', two.id).execute();
    const next = await f.value('decisions:create', { bodyId: STEERING_GROUP, title: 'After the gap', text: '', decidedOn: '2017-12-20' });
    expect(next).toMatchObject({ year: 2017, sequence: 5, number: 'SG 2017:5' });
    expect(await sequencesOf(STEERING_GROUP, 2017)).toEqual([1, 3, 4, 5]);
  });

  it('refuses a year that contradicts the decision date, writing nothing', async () => {
    const before = await dbContentHash(f.ctx.session.db);
    const result = await f.call('decisions:create', { bodyId: STEERING_GROUP, title: 'x', text: '', decidedOn: '2018-01-10', year: 2017, status: 'adopted' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'year' }] } });
    expect(await dbContentHash(f.ctx.session.db)).toBe(before);
  });
});
