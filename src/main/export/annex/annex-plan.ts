/**
 * The annex's layout, decided once before any cell is written: which members appear on which
 * year's sheet and in which row, and which columns the member tables have. Parameters refer to
 * member-sheet ranges and member rows refer to parameter names, so both sides need it first.
 */
import type { MemberYearCharge, NormalizedKey, ResolvedScenario, ScenarioCharges } from '../../../shared/calc';
import type { Component, FeeComponent, MetricRef, ProRataRule, ResolvedMember, Subsidy } from './annex-input';
import { columnLetter } from '../xlsx/sheet-setup';

/** The title block (title + 2 lines + blank) puts every table header in row 5. */
export const HEADER_ROW = 5;

export interface PresenceFactor {
  readonly n: number;
  readonly d: number;
}

export interface PlannedRow {
  readonly row: number;
  readonly member: ResolvedMember;
  /** The member's index in the scenario (and in the charges). */
  readonly index: number;
}

/** A row being written, with its member-year's charge (built for that row, never kept in the plan). */
export interface ChargedRow extends PlannedRow {
  readonly charge: MemberYearCharge;
}

export interface YearPlan {
  readonly year: number;
  /** Index into the horizon. */
  readonly t: number;
  readonly daysInYear: number;
  readonly sheetName: string;
  readonly rows: readonly PlannedRow[];
  readonly firstRow: number;
  readonly lastRow: number;
  readonly totalRow: number;
}

export type ColumnKind = 'text' | 'integer' | 'money' | 'percent';

export interface PlannedColumn {
  readonly key: string;
  readonly letter: string;
  readonly kind: ColumnKind;
}

export interface AnnexPlan {
  readonly years: readonly YearPlan[];
  readonly metrics: readonly MetricRef[];
  /** Distinct pro-rata rules that need a presence column. */
  readonly presenceRules: readonly ProRataRule[];
  /** Components that charge someone in some year, in key order. */
  readonly components: readonly Component[];
  readonly subsidies: readonly Subsidy[];
  /** Per-member adjustments applied to someone, in the order they apply (one column each). */
  readonly adjustments: readonly NormalizedKey['adjustments'][number][];
  readonly allocation: boolean;
  readonly columns: readonly PlannedColumn[];
  /** The columns by key, with their 1-based index; read once per cell, so a map rather than a search. */
  readonly columnIndex: ReadonlyMap<string, PlannedColumn & { readonly index: number }>;
  readonly notCharged: readonly ResolvedMember[];
}

export const ruleKey = (rule: ProRataRule): string => `${rule.join}/${rule.leave}`;
export const hasProRata = (rule: ProRataRule): boolean => rule.join !== 'none' || rule.leave !== 'none';
export const presenceUnit = (rule: ProRataRule): 'month' | 'day' => (rule.join !== 'none' ? rule.join : rule.leave) === 'day' ? 'day' : 'month';

/**
 * The part of year t a member takes part in under `rule`, as the engine counts it: days present
 * (join and leave days included) out of the year's days, or started months out of 12.
 */
export function presenceFactor(m: ResolvedMember, t: number, rule: ProRataRule, daysInYear: number): PresenceFactor {
  if (presenceUnit(rule) === 'day') {
    const start = rule.join === 'day' ? (m.startDay[t] ?? 1) : 1;
    const end = rule.leave === 'day' ? (m.endDay[t] ?? daysInYear) : daysInYear;
    return { n: end - start + 1, d: daysInYear };
  }
  const start = rule.join === 'month' ? (m.startMonth[t] ?? 1) : 1;
  const end = rule.leave === 'month' ? (m.endMonth[t] ?? 12) : 12;
  return { n: end - start + 1, d: 12 };
}

/** The fee a column charges: an override charges its `with` fee in its own column. */
export function feeOf(component: Component): FeeComponent | null {
  if (component.kind === 'override') return component.with;
  if (component.kind === 'equal' || component.kind === 'proportional') return null;
  return component;
}

export function planAnnex(resolved: ResolvedScenario, charges: ScenarioCharges, sheetName: (year: number) => string): AnnexPlan {
  const key = resolved.key;
  const charging = new Set<string>();
  const paying = new Set<string>();
  const adjusting = new Set<string>();
  // Who is charged each year, and which components, subsidies and adjustments charge anyone: every
  // member-year's charge is built once here and dropped (the member tables build it again per row).
  const chargedByYear = resolved.years.map(() => [] as number[]);
  for (let i = 0; i < resolved.members.length; i++) {
    for (let t = 0; t < resolved.years.length; t++) {
      const charge = charges.charge(i, t);
      if (!charge.charged) continue;
      (chargedByYear[t] as number[]).push(i);
      for (const adjustment of charge.adjustments) adjusting.add(adjustment.adjustmentId);
      for (const component of charge.components) {
        charging.add(component.componentId);
        for (const subsidy of component.subsidies) paying.add(subsidy.subsidyId);
      }
    }
  }
  const components = key.components.filter((c) => charging.has(c.id) || c.kind === 'equal' || c.kind === 'proportional');
  const subsidies = key.subsidies.filter((s) => paying.has(s.id));
  const adjustments = key.adjustments.filter((a) => adjusting.has(a.id));
  const allocation = key.pool.length > 0;

  const rules = new Map<string, ProRataRule>();
  if (allocation && hasProRata(key.proRata)) rules.set(ruleKey(key.proRata), key.proRata);
  for (const component of components) {
    const fee = feeOf(component);
    if (fee && fee.recurrence === 'annual' && hasProRata(fee.proRata)) rules.set(ruleKey(fee.proRata), fee.proRata);
  }
  const presenceRules = [...rules.values()];

  const years: YearPlan[] = resolved.years.map((year, t) => {
    const rows: PlannedRow[] = (chargedByYear[t] as number[]).map((index, k) => ({ row: HEADER_ROW + 1 + k, member: resolved.members[index] as ResolvedMember, index }));
    const firstRow = HEADER_ROW + 1;
    return {
      year,
      t,
      daysInYear: resolved.daysInYear[t] ?? 365,
      sheetName: sheetName(year),
      rows,
      firstRow,
      lastRow: firstRow + rows.length - 1,
      totalRow: firstRow + rows.length,
    };
  });

  const keys: { key: string; kind: ColumnKind }[] = [
    { key: 'name', kind: 'text' },
    { key: 'orgNo', kind: 'text' },
    { key: 'invoicedVia', kind: 'text' },
  ];
  for (const metric of key.metrics) keys.push({ key: `metric:${metric.key}`, kind: 'integer' }, { key: `refdate:${metric.key}`, kind: 'text' });
  for (const rule of presenceRules) keys.push({ key: `presence:${ruleKey(rule)}`, kind: 'integer' }, { key: `factor:${ruleKey(rule)}`, kind: 'percent' });
  for (const component of components) keys.push({ key: `comp:${component.id}`, kind: 'money' });
  if (allocation) keys.push({ key: 'adjustment', kind: 'money' });
  for (const adjustment of adjustments) keys.push({ key: `adj:${adjustment.id}`, kind: 'money' });
  keys.push({ key: 'gross', kind: 'money' });
  for (const subsidy of subsidies) keys.push({ key: `sub:${subsidy.id}`, kind: 'money' });
  if (subsidies.length > 0) keys.push({ key: 'subsidies', kind: 'money' });
  keys.push({ key: 'net', kind: 'money' });
  const columns = keys.map((c, index) => ({ ...c, letter: columnLetter(index + 1) }));
  const columnIndex = new Map(columns.map((c, index) => [c.key, { ...c, index: index + 1 }]));

  const notCharged = resolved.members.filter((m) => m.role !== 'member');
  return { years, metrics: key.metrics, presenceRules, components, subsidies, adjustments, allocation, columns, columnIndex, notCharged };
}

export function columnOf(plan: AnnexPlan, key: string): PlannedColumn & { readonly index: number } {
  const column = plan.columnIndex.get(key);
  if (!column) throw new Error(`the annex has no column ${key}`);
  return column;
}

/** `'Sheet'!$E$6:$E$13` for a column of one year's member rows, or null when nobody is charged. */
export function yearRange(year: YearPlan, letter: string): string | null {
  if (year.rows.length === 0) return null;
  return `'${year.sheetName}'!$${letter}$${year.firstRow}:$${letter}$${year.lastRow}`;
}
