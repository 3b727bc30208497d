/**
 * Budgets of a cooperation: lines per year with totals and each line's share of revenue (the
 * engine's computeBudget), staff cost per year from dated shares of a position (computeStaffCost),
 * funding sources by year and status, and the balance of costs against revenue and funding.
 * Every save and delete is one transaction with an audit entry, and returns what it replaced.
 */
import type { Kysely } from 'kysely';
import type {
  BalanceYear,
  BudgetLineChange,
  BudgetLineView,
  BudgetComputation,
  BudgetOverview,
  BudgetYearTotals,
  FundingChange,
  FundingSourceView,
  FundingStatusName,
  StaffAllocationView,
  StaffChange,
} from '../../../shared/api/channels/budgets.channels';
import { computeBudget, computeStaffCost, exactSum, type BudgetLine } from '../../../shared/calc';
import { AndelError, entityWord, invalidField, issue, notFoundError, ref, unknownReference } from '../../../shared/errors';
import type { Database } from '../../db/database.types';
import type { Db } from '../../db/db-handle';
import { findCooperationName } from '../../repositories/body.repository';
import {
  deleteBudgetLine as deleteBudgetLineRow,
  deleteFundingSource as deleteFundingSourceRow,
  deleteStaff as deleteStaffRow,
  findBudgetLine,
  findFundingSource,
  findStaff,
  insertBudgetLine,
  insertFundingSource,
  insertStaff,
  listAllBudgetLines,
  listFundingAmountsOf,
  listFundingSources,
  listStaff,
  listStaffPeriods,
  nextBudgetLinePosition,
  personExists,
  replaceFundingAmounts,
  replaceStaffPeriods,
  updateBudgetLine,
  updateFundingSource,
  updateStaff,
  type BudgetLineRecordRow,
  type FundingAmountRow,
  type FundingSourceRow,
  type StaffRow,
} from '../../repositories/budget.repository';
import type { StaffPeriodRow } from '../../repositories/document.repository';
import { organisationExists } from '../../repositories/person.repository';
import { audit } from '../audit/audit-entry';
import { scenariosByBudgetSource } from './budget-funding-link';
import type { Clock } from '../clock';
import type { ParsedInputOf } from '../service-types';

type Trx = Parameters<Parameters<ReturnType<Db['transaction']>['execute']>[0]>[0];


async function requireCooperation(db: Db | Trx, id: number): Promise<{ id: number; name: string; currency: string }> {
  const cooperation = await findCooperationName(db, id);
  if (!cooperation) throw notFoundError('cooperation', id);
  return cooperation;
}

/**
 * How the engine counts a stored line: revenue, a direct cost (the line's own flag, set by the user:
 * bought in for resale or passed straight through, so the gross result is revenue less these) or another cost.
 */
export function engineKind(line: Pick<BudgetLineRecordRow, 'kind' | 'direct'>): BudgetLine['kind'] {
  if (line.kind === 'revenue') return 'revenue';
  return line.direct === 1 ? 'direct-cost' : 'other-cost';
}

/** The engine's budget result of a cooperation's year: gross result, costs and each line's share. */
export async function computeCooperationBudget(db: Kysely<Database>, input: ParsedInputOf<'budgets:compute'>): Promise<BudgetComputation> {
  return db.transaction().execute(async (trx) => {
    const cooperation = await requireCooperation(trx, input.cooperationId);
    const lines = await listAllBudgetLines(trx, input.cooperationId, input.year);
    if (lines.length === 0) throw new AndelError('NOT_FOUND', ref('error.budget.noLines', { name: cooperation.name, year: input.year }));
    const engineLines: BudgetLine[] = lines.map((line) => ({ id: String(line.id), label: line.label, kind: engineKind(line), amount: line.amount }));
    return { cooperationId: cooperation.id, year: input.year, currency: cooperation.currency, result: computeBudget(engineLines) };
  });
}

function yearLines(lines: readonly BudgetLineRecordRow[]): { views: BudgetLineView[]; totals: BudgetYearTotals[] } {
  const years = [...new Set(lines.map((l) => l.year))].sort((a, b) => a - b);
  const views: BudgetLineView[] = [];
  const totals: BudgetYearTotals[] = [];
  for (const year of years) {
    const ofYear = lines.filter((l) => l.year === year);
    const result = computeBudget(ofYear.map((l) => ({ id: String(l.id), label: l.label, kind: engineKind(l), amount: l.amount })), year);
    ofYear.forEach((line, index) => {
      const computed = result.lines[index];
      views.push({
        ...line,
        kind: line.kind === 'revenue' ? 'revenue' : 'cost',
        direct: engineKind(line) === 'direct-cost',
        percentOfRevenue: result.revenue === 0 || !computed ? null : computed.percentOfRevenue,
      });
    });
    totals.push({
      year,
      revenue: result.revenue,
      directCosts: result.directCosts,
      otherCosts: result.otherCosts,
      grossResult: result.grossResult,
      costs: result.costs,
      result: result.result,
    });
  }
  return { views, totals };
}

function lineView(line: BudgetLineRecordRow, all: readonly BudgetLineRecordRow[]): BudgetLineView {
  const { views } = yearLines(all.filter((l) => l.year === line.year));
  const view = views.find((v) => v.id === line.id);
  if (!view) throw new AndelError('INTERNAL', ref('error.budget.notSavedBack', { what: entityWord('budget_line'), id: line.id }));
  return view;
}

function staffView(row: StaffRow, periods: readonly StaffPeriodRow[]): StaffAllocationView {
  const own = periods.filter((p) => p.staffAllocationId === row.id).sort((a, b) => a.position - b.position);
  const view = { ...row, periods: own.map((p) => ({ from: p.fromDate, to: p.toDate, percent: p.percent })) };
  try {
    const cost = computeStaffCost({
      annualCost: row.annualCost,
      periods: view.periods.map((p) => ({ from: p.from, to: p.to, share: String(p.percent) })),
      proRata: 'day',
    });
    return { ...view, costByYear: { ...cost.byYear }, total: cost.total };
  } catch {
    // Stored periods that the engine refuses (imported from an older file) show without a cost.
    return { ...view, costByYear: {}, total: 0 };
  }
}

function fundingView(row: FundingSourceRow, amounts: readonly FundingAmountRow[]): FundingSourceView {
  return {
    ...row,
    amounts: amounts
      .filter((a) => a.fundingSourceId === row.id)
      .map((a) => ({ year: a.year, amount: a.amount, status: a.status as FundingStatusName })),
  };
}

async function loadStaff(db: Db | Trx, cooperationId: number): Promise<StaffAllocationView[]> {
  const rows = await listStaff(db, cooperationId);
  const periods = await listStaffPeriods(db, rows.map((r) => r.id));
  return rows.map((row) => staffView(row, periods));
}

async function loadFunding(db: Db | Trx, cooperationId: number): Promise<FundingSourceView[]> {
  const rows = await listFundingSources(db, cooperationId);
  const amounts = await listFundingAmountsOf(db, rows.map((r) => r.id));
  return rows.map((row) => fundingView(row, amounts));
}

export async function getBudget(db: Db, input: ParsedInputOf<'budgets:get'>): Promise<BudgetOverview> {
  return db.transaction().execute(async (trx) => budgetOverview(trx, input.cooperationId));
}

/** The whole budget of a cooperation; a save calls it too, so a change that makes a sum inexact is refused and rolled back. */
async function budgetOverview(trx: Db | Trx, cooperationId: number): Promise<BudgetOverview> {
  {
    const cooperation = await requireCooperation(trx, cooperationId);
    const lines = await listAllBudgetLines(trx, cooperation.id);
    const staff = await loadStaff(trx, cooperation.id);
    const uses = await scenariosByBudgetSource(trx, cooperation.id);
    const funding = (await loadFunding(trx, cooperation.id)).map((f) => ({ ...f, usedByScenarios: uses.get(f.id) ?? [] }));
    const { views, totals } = yearLines(lines);

    const staffCostByYear: Record<string, number> = {};
    for (const allocation of staff) {
      for (const [year, amount] of Object.entries(allocation.costByYear)) staffCostByYear[year] = exactSum([staffCostByYear[year] ?? 0, amount], Number(year));
    }
    const years = [
      ...new Set([...lines.map((l) => l.year), ...funding.flatMap((f) => f.amounts.map((a) => a.year)), ...Object.keys(staffCostByYear).map(Number)]),
    ].sort((a, b) => a - b);
    const balance: BalanceYear[] = years.map((year) => {
      const ofYear = lines.filter((l) => l.year === year);
      // Exact sums (BigInt), refused when a total leaves the exactly representable range.
      const costs = 0 - exactSum(ofYear.filter((l) => l.kind === 'cost').map((l) => l.amount), year) || 0;
      const revenue = exactSum(ofYear.filter((l) => l.kind === 'revenue').map((l) => l.amount), year);
      const amounts = funding.flatMap((f) => f.amounts.filter((a) => a.year === year));
      const byStatus = (status: FundingStatusName) => exactSum(amounts.filter((a) => a.status === status).map((a) => a.amount), year);
      const secured = byStatus('secured');
      const expected = byStatus('expected');
      const uncertain = byStatus('uncertain');
      return { year, costs, revenue, secured, expected, uncertain, balance: exactSum([revenue, secured, expected, uncertain, -costs], year) };
    });
    return { cooperation, years, lines: views, totals, staff, staffCostByYear, funding, balance };
  }
}

export async function saveBudgetLine(db: Db, input: ParsedInputOf<'budgetLines:save'>, clock: Clock): Promise<BudgetLineChange> {
  return db.transaction().execute(async (trx) => {
    await requireCooperation(trx, input.cooperationId);
    const values = { cooperationId: input.cooperationId, year: input.year, kind: input.kind, category: input.category, label: input.label, amount: input.amount };
    // A revenue is never direct; a cost keeps its flag unless the input sets it (a new line: not direct).
    const direct = (before: BudgetLineRecordRow | undefined): number => (input.kind === 'revenue' ? 0 : input.direct !== undefined ? Number(input.direct) : (before?.direct ?? 0));
    let previous: BudgetLineView | null = null;
    let id: number;
    if (input.id !== undefined) {
      const before = await findBudgetLine(trx, input.id);
      if (!before) throw notFoundError('budget_line', input.id);
      if (before.cooperationId !== input.cooperationId) throw invalidField('cooperationId', 'error.budget.lineMoves');
      previous = lineView(before, await listAllBudgetLines(trx, before.cooperationId));
      id = input.id;
      await updateBudgetLine(trx, id, { ...values, direct: direct(before), position: input.position ?? before.position }, input.expectedVersion);
    } else {
      id = await insertBudgetLine(trx, { ...values, direct: direct(undefined), position: input.position ?? (await nextBudgetLinePosition(trx, input.cooperationId)) });
    }
    const after = await findBudgetLine(trx, id);
    if (!after) throw new AndelError('INTERNAL', ref('error.budget.notSavedBack', { what: entityWord('budget_line'), id }));
    const value = lineView(after, await listAllBudgetLines(trx, input.cooperationId));
    await audit(trx, clock, 'budget_line', id, previous ? 'update' : 'create', previous, after);
    // Every sum of the budget stays exact, or the change is refused and rolled back.
    await budgetOverview(trx, input.cooperationId);
    return { value, previous };
  });
}

export async function deleteBudgetLine(db: Db, input: ParsedInputOf<'budgetLines:delete'>, clock: Clock): Promise<BudgetLineView> {
  return db.transaction().execute(async (trx) => {
    const before = await findBudgetLine(trx, input.id);
    if (!before) throw notFoundError('budget_line', input.id);
    const view = lineView(before, await listAllBudgetLines(trx, before.cooperationId));
    await deleteBudgetLineRow(trx, input.id, input.expectedVersion);
    await audit(trx, clock, 'budget_line', input.id, 'delete', before, null);
    return view;
  });
}

async function loadOneStaff(trx: Trx, id: number): Promise<StaffAllocationView | null> {
  const row = await findStaff(trx, id);
  if (!row) return null;
  return staffView(row, await listStaffPeriods(trx, [id]));
}

export async function saveStaff(db: Db, input: ParsedInputOf<'staff:save'>, clock: Clock): Promise<StaffChange> {
  // The engine checks the periods (order, overlap, dates) before anything is written.
  computeStaffCost({ annualCost: input.annualCost, periods: input.periods.map((p) => ({ from: p.from, to: p.to, share: String(p.percent) })), proRata: 'day' });
  return db.transaction().execute(async (trx) => {
    await requireCooperation(trx, input.cooperationId);
    const personId = input.personId ?? null;
    if (personId !== null && !(await personExists(trx, personId))) throw unknownReference('personId', 'person', personId);
    let previous: StaffAllocationView | null = null;
    let id: number;
    if (input.id !== undefined) {
      previous = await loadOneStaff(trx, input.id);
      if (!previous) throw notFoundError('staff_allocation', input.id);
      if (previous.cooperationId !== input.cooperationId) throw invalidField('cooperationId', 'error.budget.staffMoves');
      id = input.id;
      await updateStaff(trx, id, { role: input.role, personId, annualCost: input.annualCost }, input.expectedVersion);
    } else {
      id = await insertStaff(trx, { cooperationId: input.cooperationId, role: input.role, personId, annualCost: input.annualCost });
    }
    await replaceStaffPeriods(trx, id, input.periods);
    const value = await loadOneStaff(trx, id);
    if (!value) throw new AndelError('INTERNAL', ref('error.budget.notSavedBack', { what: entityWord('staff_allocation'), id }));
    await audit(trx, clock, 'staff_allocation', id, previous ? 'update' : 'create', previous, value);
    // Every sum of the budget stays exact, or the change is refused and rolled back.
    await budgetOverview(trx, input.cooperationId);
    return { value, previous };
  });
}

export async function deleteStaff(db: Db, input: ParsedInputOf<'staff:delete'>, clock: Clock): Promise<StaffAllocationView> {
  return db.transaction().execute(async (trx) => {
    const before = await loadOneStaff(trx, input.id);
    if (!before) throw notFoundError('staff_allocation', input.id);
    await deleteStaffRow(trx, input.id, input.expectedVersion);
    await audit(trx, clock, 'staff_allocation', input.id, 'delete', before, null);
    return before;
  });
}

async function loadOneFunding(trx: Trx, id: number): Promise<FundingSourceView | null> {
  const row = await findFundingSource(trx, id);
  if (!row) return null;
  return fundingView(row, await listFundingAmountsOf(trx, [id]));
}

export async function saveFunding(db: Db, input: ParsedInputOf<'funding:save'>, clock: Clock): Promise<FundingChange> {
  const seen = new Set<number>();
  input.amounts.forEach((amount, index) => {
    if (seen.has(amount.year)) throw invalidField(`amounts[${index}].year`, 'error.budget.yearTwice', { year: amount.year });
    seen.add(amount.year);
  });
  return db.transaction().execute(async (trx) => {
    await requireCooperation(trx, input.cooperationId);
    const funderOrganisationId = input.funderOrganisationId ?? null;
    if (funderOrganisationId !== null && !(await organisationExists(trx, funderOrganisationId))) {
      throw unknownReference('funderOrganisationId', 'organisation', funderOrganisationId);
    }
    const purpose = input.purpose?.trim() ? input.purpose.trim() : null;
    let previous: FundingSourceView | null = null;
    let id: number;
    if (input.id !== undefined) {
      previous = await loadOneFunding(trx, input.id);
      if (!previous) throw notFoundError('funding_source', input.id);
      if (previous.cooperationId !== input.cooperationId) throw invalidField('cooperationId', 'error.budget.fundingMoves');
      id = input.id;
      await updateFundingSource(trx, id, { name: input.name, funderOrganisationId, purpose }, input.expectedVersion);
    } else {
      id = await insertFundingSource(trx, { cooperationId: input.cooperationId, name: input.name, funderOrganisationId, purpose });
    }
    await replaceFundingAmounts(trx, id, [...input.amounts].sort((a, b) => a.year - b.year));
    const value = await loadOneFunding(trx, id);
    if (!value) throw new AndelError('INTERNAL', ref('error.budget.notSavedBack', { what: entityWord('funding_source'), id }));
    await audit(trx, clock, 'funding_source', id, previous ? 'update' : 'create', previous, value);
    // Every sum of the budget stays exact, or the change is refused and rolled back.
    await budgetOverview(trx, input.cooperationId);
    return { value, previous };
  });
}

export async function deleteFunding(db: Db, input: ParsedInputOf<'funding:delete'>, clock: Clock): Promise<FundingSourceView> {
  return db.transaction().execute(async (trx) => {
    const before = await loadOneFunding(trx, input.id);
    if (!before) throw notFoundError('funding_source', input.id);
    // A scenario takes its amounts from the source: deleting it would leave the scenario without them.
    const users = (await scenariosByBudgetSource(trx, before.cooperationId)).get(input.id) ?? [];
    if (users.length > 0) {
      const names = users.map((u) => `"${u.name}"`).join(', ');
      throw new AndelError('CONFLICT', ref('error.budget.fundingInUse', { name: before.name, names }), [issue('id', 'error.budget.fundingInUseField', { names })]);
    }
    await deleteFundingSourceRow(trx, input.id, input.expectedVersion);
    await audit(trx, clock, 'funding_source', input.id, 'delete', before, null);
    return before;
  });
}
