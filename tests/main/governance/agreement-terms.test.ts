/**
 * Notice deadlines through the channels: a 2-year term renewed yearly with 6 months' notice,
 * across year ends and leap years (conventions in src/shared/governance/agreement-terms.ts).
 */
import { describe, expect, it } from 'vitest';
import { useDemoWorkspace } from '../../helpers/demo-workspace';
import { SKARABORG } from './governance-fixture';

const f = useDemoWorkspace();

async function agreementFrom(startDate: string): Promise<number> {
  const created = await f.value('agreements:create', {
    cooperationId: SKARABORG,
    type: 'operations_support',
    title: `Support from ${startDate}`,
    counterpartyOrganisationId: 119,
    startDate,
    initialTermMonths: 24,
    renewalMonths: 12,
    noticeMonths: 6,
    parties: [
      { organisationId: 5, role: 'party' },
      { organisationId: 119, role: 'counterparty' },
    ],
  });
  return created.id;
}

describe('notice deadlines for 24 months + 12-month renewals with 6 months notice', () => {
  it.each([
    // start, asOf, current end, notice deadline, renewals
    ['2023-07-01', '2024-06-01', '2025-06-30', '2024-12-30', 0], // deadline falls just before the year end
    ['2023-07-01', '2024-12-30', '2025-06-30', '2024-12-30', 0], // on the deadline day: still in time
    ['2023-07-01', '2024-12-31', '2026-06-30', '2025-12-30', 1], // a day late: renewed, next deadline across the year end
    ['2023-01-01', '2024-06-30', '2024-12-31', '2024-06-30', 0], // ends on New Year's Eve
    ['2023-01-01', '2024-07-01', '2025-12-31', '2025-06-30', 1],
    ['2022-09-01', '2023-01-01', '2024-08-31', '2024-02-29', 0], // deadline on a leap day
    ['2022-09-01', '2024-03-01', '2025-08-31', '2025-02-28', 1], // the next one in a common year
    ['2022-03-01', '2022-03-01', '2024-02-29', '2023-08-29', 0], // term ends on a leap day
    ['2024-02-29', '2024-02-29', '2026-02-28', '2025-08-28', 0], // starts on a leap day
    ['2024-02-29', '2025-08-29', '2027-02-28', '2026-08-28', 1],
    ['2024-02-29', '2027-08-28', '2028-02-28', '2027-08-28', 2], // a leap-day start runs to the 28th even in a leap year
    ['2024-02-29', '2027-08-29', '2029-02-28', '2028-08-28', 3],
  ] as const)('from %s as of %s: ends %s, notice by %s', async (start, asOf, end, deadline, renewals) => {
    const id = await agreementFrom(start);
    const view = await f.value('agreements:get', { id, asOf });
    expect(view.terms).toMatchObject({ initialEndDate: view.terms?.initialEndDate, currentEndDate: end, noticeDeadline: deadline, renewals, renews: true });
    expect(view.parties.map((p) => [p.organisationName.length > 0, p.role])).toEqual([
      [true, 'party'],
      [true, 'counterparty'],
    ]);
  });

  it('lists agreements whose deadline falls within a number of months, earliest first', async () => {
    const a = await agreementFrom('2023-07-01'); // deadline 2024-12-30
    const b = await agreementFrom('2022-09-01'); // deadline 2025-02-28 after 2024-02-29 passed
    const c = await agreementFrom('2023-01-01'); // deadline 2025-06-30
    const within = async (months: number) =>
      (await f.value('agreements:noticeWithin', { months, asOf: '2024-12-01', cooperationId: SKARABORG })).filter((v) => [a, b, c].includes(v.id)).map((v) => v.id);
    expect(await within(0)).toEqual([]);
    expect(await within(1)).toEqual([a]);
    expect(await within(3)).toEqual([a, b]);
    expect(await within(7)).toEqual([a, b, c]);
  });

  it('updates terms and parties, and refuses a renewal without an initial term', async () => {
    const id = await agreementFrom('2023-07-01');
    const updated = await f.value('agreements:update', { id, noticeMonths: 3, parties: [{ organisationId: 4, role: 'party' }] });
    // As of the fixed clock (2026-11-21): the period ending 2027-06-30, notice 3 months before.
    expect(updated.terms).toMatchObject({ currentEndDate: '2027-06-30', noticeDeadline: '2027-03-30' });
    expect(updated.parties.map((p) => p.organisationId)).toEqual([4]);
    expect(await f.call('agreements:update', { id, initialTermMonths: null })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'renewalMonths' }] } });
  });
});
