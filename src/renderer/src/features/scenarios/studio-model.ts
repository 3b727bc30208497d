/**
 * The scenario studio's arithmetic-free glue: what-ifs applied to a stored definition, the key's
 * parameters as controls, and the rows the table and the charts show. Every amount comes from
 * the engine (src/shared/calc), which the renderer runs itself so a slider answers within a frame:
 * it reads the engine's columnar figures (computeFigures), not an object per member-year and charge.
 */
import type { StudioInputs } from '../../../../shared/api/channels/studio.channels';
import {
  compareYear,
  computeFigures,
  parameterUsers,
  resolveScenario,
  withParameters,
  type KeyDefinition,
  type ResolvedScenario,
  type ScenarioDefinitionInput,
  type ScenarioFigures,
  type ScenarioSummary,
} from '../../../../shared/calc';
import { niceTicks } from '../../charts/nice-ticks';
import type { FundingStatus } from '../../charts/FundingChart';

/** What the user changed in the studio; nothing of it is stored until "Save as new version". */
export interface StudioDraft {
  parameters: Record<string, string>;
  horizon: { from: number; to: number };
  /** Yearly cost indexation in percent (only for costs given as base + index). */
  indexRate: string | null;
  /** Costs per year in major units (only for costs given per year). */
  costsByYear: Record<string, string> | null;
  /** Yearly population growth in percent, or null for none. */
  populationGrowth: string | null;
  memberChanges: { member: string; joined?: string | null; left?: string | null }[];
}

type CostsInput = NonNullable<ScenarioDefinitionInput['costs']>;

export function draftOf(definition: ScenarioDefinitionInput, key: KeyDefinition | null): StudioDraft {
  const costs = definition.costs as CostsInput | undefined;
  return {
    parameters: { ...(key?.parameters ?? {}), ...(definition.parameters ?? {}) },
    horizon: { ...definition.horizon },
    indexRate: costs && 'indexRate' in costs ? costs.indexRate : null,
    costsByYear: costs && 'byYear' in costs ? { ...costs.byYear } : null,
    populationGrowth: definition.growth?.['population']?.rate ?? null,
    memberChanges: (definition.memberChanges ?? []).map((c) => ({ member: c.member, joined: c.joined, left: c.left })),
  };
}

/** The stored definition with the draft's structural what-ifs (not the key parameters, which are cheap to apply). */
export function definitionWithDraft(definition: ScenarioDefinitionInput, draft: StudioDraft, withParameterValues = false): ScenarioDefinitionInput {
  const out: ScenarioDefinitionInput = { ...definition, horizon: { ...draft.horizon } };
  const costs = definition.costs as CostsInput | undefined;
  if (costs && 'byYear' in costs && draft.costsByYear) {
    // A longer horizon carries the last known cost forward, so the scenario stays computable.
    const byYear: Record<string, string> = {};
    let last = Object.values(draft.costsByYear)[0] ?? '0';
    for (let year = draft.horizon.from; year <= draft.horizon.to; year++) {
      last = draft.costsByYear[String(year)] ?? last;
      byYear[String(year)] = last;
    }
    out.costs = { byYear };
  } else if (costs && 'indexRate' in costs && draft.indexRate !== null) {
    out.costs = { ...costs, indexRate: draft.indexRate };
  }
  const growth = { ...(definition.growth ?? {}) };
  if (draft.populationGrowth === null) delete growth['population'];
  else growth['population'] = { ...(growth['population'] ?? {}), rate: draft.populationGrowth };
  out.growth = growth;
  out.memberChanges = draft.memberChanges.filter((c) => c.joined !== undefined || c.left !== undefined);
  // Funding outside the horizon would be refused; keep the years that remain.
  if (definition.funding) {
    out.funding = definition.funding.map((f) => ({
      ...f,
      byYear: Object.fromEntries(Object.entries(f.byYear).filter(([year]) => Number(year) >= draft.horizon.from && Number(year) <= draft.horizon.to)),
    }));
  }
  if (withParameterValues) out.parameters = { ...(definition.parameters ?? {}), ...draft.parameters };
  return out;
}

export function resolveInputs(inputs: StudioInputs, definition: ScenarioDefinitionInput = inputs.definition): ResolvedScenario {
  return resolveScenario(definition, inputs.facts, { keys: inputs.keys });
}

export function computeWith(resolved: ResolvedScenario, parameters: Record<string, string>): ScenarioFigures {
  return computeFigures(Object.keys(parameters).length === 0 ? resolved : withParameters(resolved, parameters));
}

export interface ParameterControl {
  name: string;
  /** A share of the pool in percent (a slider 0–50 %), or a rate/amount (a number field). */
  kind: 'share' | 'rate';
  /** The components whose labels use the parameter. */
  labels: string[];
  /** A share given to the equal split (every member the same): the slider is named for that. */
  splitsEqually: boolean;
  defaultValue: string;
}

export function parameterControls(key: KeyDefinition): ParameterControl[] {
  return Object.entries(key.parameters).map(([name, value]) => {
    const uses = parameterUsers(key, name);
    const shares = uses.filter((u) => u.asShare);
    return {
      name,
      kind: shares.length > 0 ? 'share' : 'rate',
      labels: uses.map((u) => u.component.label ?? u.component.id),
      splitsEqually: shares.length > 0 && shares.every((u) => u.component.type === 'equal'),
      defaultValue: value,
    };
  });
}

export interface ChargeRow {
  id: string;
  name: string;
  role: string;
  /** Per component id, the gross amount. */
  components: Record<string, number>;
  roundingAdjustment: number;
  /** The scenario's surcharges and discounts on this member (already in gross); 0 when none. */
  memberAdjustment: number;
  gross: number;
  subsidies: number;
  net: number;
  /** The baseline's net for the year; null where the baseline does not cover the year. */
  baseline: number | null;
  /** net − baseline; null where there is no baseline for the year (not a change against 0). */
  delta: number | null;
  charged: boolean;
}

/** A change in minor units as text: `±0` when nothing moves, otherwise the amount with `+` on an increase. */
export function signedDelta(minor: number, money: (minor: number) => string): string {
  return minor === 0 ? '±0' : `${minor > 0 ? '+' : ''}${money(minor)}`;
}

export interface ComponentColumn {
  id: string;
  label: string;
}

/** The key's components that some member is charged in some year, in key order. */
export function componentColumns(figures: ScenarioFigures): ComponentColumn[] {
  return figures.components.filter((_, k) => (figures.amounts[k] as Float64Array).some((amount) => amount === amount)).map((c) => ({ id: c.id, label: c.label }));
}

/** One row per member of the scenario for one year, with the baseline's net and the change (compareYear's rule) beside it. */
export function chargeRows(figures: ScenarioFigures, baseline: ScenarioFigures | null, year: number): ChargeRow[] {
  const t = figures.years.indexOf(year);
  if (t < 0) return [];
  const nm = figures.members.length;
  const change = compareYear(baseline, figures, year);
  return figures.members.map((m, i) => {
    const idx = t * nm + i;
    const components: Record<string, number> = {};
    figures.components.forEach((c, k) => {
      const amount = (figures.amounts[k] as Float64Array)[idx] as number;
      if (amount === amount) components[c.id] = amount;
    });
    const d = change.get(m.id);
    return {
      id: m.id,
      name: m.name,
      role: m.role,
      components,
      roundingAdjustment: figures.roundingAdjustment[idx] as number,
      memberAdjustment: figures.adjustment[idx] as number,
      gross: figures.gross[idx] as number,
      subsidies: figures.subsidies[idx] as number,
      net: figures.net[idx] as number,
      baseline: d?.baseline ?? null,
      delta: d?.delta ?? null,
      charged: figures.charged[idx] === 1,
    };
  });
}

export interface CompareRow {
  id: string;
  name: string;
  /** What the member pays under the scenario compared with (the baseline); null where it does not cover the year. */
  other: number | null;
  /** What the member pays under the scenario shown in the studio. */
  current: number | null;
  /** current − other, the sign the studio's own change column uses; null where there is nothing to compare. */
  delta: number | null;
}

/**
 * The Compare tab's rows for one year: the studio's scenario against another one taken as its
 * baseline, so a member who pays less here has a negative change, as in the Distribution tab.
 * Members who pay nothing under either are left out.
 */
export function compareRows(current: ScenarioFigures, other: ScenarioFigures, year: number): CompareRow[] {
  return [...compareYear(other, current, year)]
    .map(([id, d]) => ({ id, name: d.name, other: d.baseline, current: d.scenario, delta: d.delta }))
    .filter((r) => (r.other ?? 0) !== 0 || (r.current ?? 0) !== 0);
}

export interface BarDatum {
  id: string;
  name: string;
  value: number;
}

// `a.localeCompare(b)` builds its collator on every call; one collator, the same order.
const nameOrder = new Intl.Collator();

/**
 * The first `limit` rows in `compare` order, without sorting them all: a slider step asks for
 * the top 14 of 400 members, and a full sort whose ties fall back to comparing names cost more
 * than the engine's run.
 */
function firstBy<T>(rows: readonly T[], limit: number, compare: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  if (limit <= 0) return top;
  for (const row of rows) {
    if (top.length === limit && compare(row, top[limit - 1] as T) >= 0) continue;
    let i = top.length === limit ? limit - 1 : top.length;
    while (i > 0 && compare(row, top[i - 1] as T) < 0) i--;
    top.splice(i, 0, row);
    if (top.length > limit) top.pop();
  }
  return top;
}

/** The largest payers of a year, sorted, with the rest summed into one bar so 400 members stay legible. Members charged nothing are left out. */
export function topPayers(rows: readonly ChargeRow[], limit: number, othersLabel: (count: number) => string): BarDatum[] {
  const charged = rows.filter((r) => r.charged && r.net !== 0);
  const first = firstBy(charged, limit, (a, b) => b.net - a.net || nameOrder.compare(a.name, b.name));
  const top = first.map((r) => ({ id: r.id, name: r.name, value: r.net }));
  const restCount = charged.length - first.length;
  if (restCount > 0) {
    let rest = 0;
    for (const r of charged) rest += r.net;
    for (const r of first) rest -= r.net;
    top.push({ id: '__others', name: othersLabel(restCount), value: rest });
  }
  return top;
}

/** One band of amounts in the distribution of what members pay: [from, to), the last one closed. */
export interface ChargeBand {
  from: number;
  to: number;
  /** Members whose net charge falls in the band. */
  count: number;
  /** What they pay together (minor units). */
  total: number;
}

/**
 * What the charged members pay, as bands of equal width on the chart's own nice steps (about
 * `bands` of them, from zero or the lowest amount to the highest) with how many members fall in
 * each and what they pay together: for a consortium too large for a bar per member.
 */
export function chargeDistribution(rows: readonly Pick<ChargeRow, 'charged' | 'net'>[], bands = 8): ChargeBand[] {
  const charged = rows.filter((r) => r.charged);
  if (charged.length === 0) return [];
  let min = 0;
  let max = 0;
  for (const r of charged) {
    if (r.net < min) min = r.net;
    if (r.net > max) max = r.net;
  }
  const ticks = niceTicks(min, max, bands + 1);
  const lo = ticks[0] ?? 0;
  const step = (ticks[1] ?? lo + 1) - lo;
  const out: ChargeBand[] = ticks.slice(0, -1).map((from, i) => ({ from, to: ticks[i + 1] ?? from + step, count: 0, total: 0 }));
  for (const r of charged) {
    const band = out[Math.min(out.length - 1, Math.floor((r.net - lo) / step))];
    if (!band) continue;
    band.count += 1;
    band.total += r.net;
  }
  // Bands beyond the lowest or highest amount (nice steps can overshoot) say nothing.
  while (out.length > 1 && out[out.length - 1]!.count === 0) out.pop();
  while (out.length > 1 && out[0]!.count === 0) out.shift();
  return out;
}

/** The members whose charge moves most, largest increase first, largest decrease last. */
export function largestDeltas<T extends Pick<ChargeRow, 'id' | 'name' | 'delta'>>(rows: readonly T[], limit: number): BarDatum[] {
  // A member without a baseline for the year has no change to show.
  const moved = rows.filter((r): r is T & { delta: number } => r.delta !== null && r.delta !== 0);
  return firstBy(moved, limit, (a, b) => Math.abs(b.delta) - Math.abs(a.delta) || nameOrder.compare(a.name, b.name))
    .map((r) => ({ id: r.id, name: r.name, value: r.delta }))
    .sort((a, b) => b.value - a.value);
}

export interface FundingSeries {
  key: string;
  label: string;
  kind: 'members' | 'subsidy' | 'external';
}

export interface FundingDatum {
  year: number;
  costs: number | null;
  /** Per series key: amount and status. */
  values: Record<string, { amount: number; status: FundingStatus }>;
}

/** What pays for each year: the members' computed charges, each subsidising funder and each external source with its status. */
export function fundingByYear(result: ScenarioSummary, membersLabel: string): { series: FundingSeries[]; data: FundingDatum[] } {
  const series: FundingSeries[] = [{ key: 'members', label: membersLabel, kind: 'members' }];
  result.funders.forEach((f, i) => series.push({ key: `funder-${i}`, label: f.funder, kind: 'subsidy' }));
  const external = result.funding.sources.filter((s) => s.kind === 'external');
  external.forEach((s, i) => series.push({ key: `source-${i}`, label: s.source, kind: 'external' }));
  const data = result.years.map((year, t): FundingDatum => {
    const values: FundingDatum['values'] = { members: { amount: result.balance[t]?.memberCharges ?? 0, status: 'computed' } };
    result.funders.forEach((f, i) => (values[`funder-${i}`] = { amount: f.byYear[t] ?? 0, status: 'computed' }));
    external.forEach((s, i) => {
      const entry = s.byYear.find((e) => e.year === year);
      values[`source-${i}`] = { amount: entry?.amount ?? 0, status: entry?.status ?? 'secured' };
    });
    return { year, costs: result.balance[t]?.costs ?? null, values };
  });
  return { series, data };
}

/** Sum of a year's net charges and subsidies: for an allocation key, exactly the pool. */
export function yearTotal(result: ScenarioSummary, year: number): { charged: number; pool: number | null; costs: number | null } {
  const t = result.years.indexOf(year);
  const totals = result.totals[t];
  return { charged: totals ? totals.gross : 0, pool: totals?.pool ?? null, costs: totals?.costs ?? null };
}
