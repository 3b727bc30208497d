/**
 * Budgets through the API on the demo workspace: the Sambruk budget (result 67 715 kr for 2026,
 * each line's share of revenue), staff cost per year from dated shares of a position, funding
 * by status, and saves that are validated and atomic.
 */
import { describe, expect, it } from 'vitest';
import { dbContentHash } from '../../helpers/db-content-hash';
import { useDemoWorkspace } from '../../helpers/demo-workspace';

const f = useDemoWorkspace();
const SKARABORG = 1;
const SAMBRUK = 2;
const FFL = 4;

describe('budgets:get', () => {
  it('gives the Sambruk budget 2026 against 2025 with the result and each line’s share of revenue', async () => {
    const budget = await f.value('budgets:get', { cooperationId: SAMBRUK });
    expect(budget.cooperation).toMatchObject({ name: 'Föreningen Sambruk', currency: 'SEK' });
    expect(budget.years).toEqual([2025, 2026]);
    const y2026 = budget.totals.find((t) => t.year === 2026);
    expect(y2026).toMatchObject({ revenue: 1_954_366_100, grossResult: 870_743_200, result: 6_771_500 });
    const shares = budget.lines.filter((l) => l.year === 2026 && l.kind === 'revenue').map((l) => l.percentOfRevenue);
    expect(shares).toEqual([21, 67, 12]);
    expect(budget.balance.find((b) => b.year === 2026)?.balance).toBe(6_771_500);
  });

  it('computes staff cost per year from the dated shares (Skaraborg’s project manager 50 %, 30 %, 20 %)', async () => {
    const budget = await f.value('budgets:get', { cooperationId: SKARABORG });
    const manager = budget.staff.find((s) => s.role === 'Projektledare');
    expect(manager?.periods.map((p) => p.percent)).toEqual([50, 30, 20]);
    // 600 000 kr a year at 50 % from 1 Sep to 31 Dec 2016: 122 of 366 days.
    expect(manager?.costByYear['2016']).toBe(10_000_000);
    // The staff budget line of 2016 is what the allocations cost.
    expect(budget.lines.find((l) => l.year === 2016 && l.category === 'staff')?.amount).toBe(-budget.staffCostByYear['2016']!);
  });

  it('marks the state’s unsecured funding of the national platform as uncertain', async () => {
    const budget = await f.value('budgets:get', { cooperationId: FFL });
    expect(budget.cooperation.currency).toBe('NOK');
    expect(budget.balance.find((b) => b.year === 2027)).toMatchObject({ secured: 1_100_000_000, uncertain: 1_000_000_000 });
  });
});

describe('saving budgets', () => {
  it('adds, changes and deletes a line, each returning what was there before', async () => {
    const added = await f.value('budgetLines:save', { cooperationId: SAMBRUK, year: 2026, kind: 'cost', category: 'travel', label: 'Resor', amount: -5_000_000 });
    expect(added.previous).toBeNull();
    const { direct: _direct, percentOfRevenue: _percent, rowVersion, ...line } = added.value;
    const changed = await f.value('budgetLines:save', { ...line, amount: -6_000_000, expectedVersion: rowVersion });
    expect(changed.previous?.amount).toBe(-5_000_000);
    const budget = await f.value('budgets:get', { cooperationId: SAMBRUK });
    expect(budget.totals.find((t) => t.year === 2026)?.result).toBe(6_771_500 - 6_000_000);
    await f.value('budgetLines:delete', { id: added.value.id });
    const after = await f.value('budgets:get', { cooperationId: SAMBRUK });
    expect(after.totals.find((t) => t.year === 2026)?.result).toBe(6_771_500);
  });

  it('refuses a cost written as a positive amount, and a period ending on 31 June, writing nothing', async () => {
    const before = await dbContentHash(f.ctx.session.db);
    const line = await f.call('budgetLines:save', { cooperationId: SAMBRUK, year: 2026, kind: 'cost', category: 'travel', label: 'Resor', amount: 100 });
    expect(line.ok).toBe(false);
    const staff = await f.call('staff:save', {
      cooperationId: SKARABORG,
      role: 'Projektledare',
      annualCost: 60_000_000,
      periods: [{ from: '2018-01-01', to: '2018-06-31', percent: 20 }],
    });
    expect(staff).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'periods[0].to', message: '"2018-06-31" is not a date that exists (expected YYYY-MM-DD)' }] } });
    const overlapping = await f.call('staff:save', {
      cooperationId: SKARABORG,
      role: 'Projektledare',
      annualCost: 60_000_000,
      periods: [
        { from: '2018-01-01', to: '2018-06-30', percent: 20 },
        { from: '2018-06-01', to: '2018-12-31', percent: 20 },
      ],
    });
    expect(overlapping).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await dbContentHash(f.ctx.session.db)).toBe(before);
  });

  it('saves staff and funding with their cost and amounts per year', async () => {
    const staff = await f.value('staff:save', {
      cooperationId: SAMBRUK,
      role: 'Verksamhetsledare',
      annualCost: 90_000_000,
      periods: [{ from: '2026-01-01', to: '2026-06-30', percent: 50 }],
    });
    expect(staff.value.costByYear['2026']).toBe(Math.round((90_000_000 * 0.5 * 181) / 365));
    const funding = await f.value('funding:save', {
      cooperationId: SAMBRUK,
      name: 'Vinnova',
      amounts: [
        { year: 2026, amount: 50_000_000, status: 'expected' },
        { year: 2027, amount: 50_000_000, status: 'uncertain' },
      ],
    });
    expect(funding.value.amounts).toHaveLength(2);
    const budget = await f.value('budgets:get', { cooperationId: SAMBRUK });
    expect(budget.balance.find((b) => b.year === 2027)).toMatchObject({ uncertain: 50_000_000, costs: 0 });
    const twice = await f.call('funding:save', { cooperationId: SAMBRUK, name: 'X', amounts: [{ year: 2026, amount: 1, status: 'secured' }, { year: 2026, amount: 2, status: 'secured' }] });
    expect(twice.ok).toBe(false);
  });
});
