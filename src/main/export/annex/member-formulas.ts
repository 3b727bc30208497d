/**
 * The formula of each computed cell in a member row, per component type. Each states the
 * engine's rule in minor units (see amount-formula.ts for why) over the member's own cells and
 * the named parameters:
 *
 * - equal / proportional share of the pool: Pool × Share × weight / (100 × Σ weights)
 * - banded: the band's amount, found by counting the band tops below the value (edge rule: `<=`
 *   for lower-inclusive [from, to), `<` for upper-inclusive (from, to])
 * - per-unit: rate (minor units) × metric, or the band's rate × the whole metric, or (marginal
 *   bands) the SUM of each band's slice of the metric × its rate
 * - category / fixed: the named amount
 * - floor / cap: MIN(MAX(annual, Min), Max) before pro rata
 * - pro rata: × presence / 12 (months) or / days in the year
 * - subsidies: share of the rounded charge, or rate × metric (× presence), capped at what is left
 */
import type { ComponentCharge, ResolvedScenario, SubsidyCharge } from '../../../shared/calc';
import type { Component, FeeComponent, PoolComponent, Subsidy } from './annex-input';
import type { Quotient } from './amount-formula';
import { amountFormula, minorOfMoneyCell, unitsToMajor } from './amount-formula';
import { DIRECT_LIMIT, DIRECT_QUOTIENT, expansionSumUnits, poolShareUnits, ratioUnits } from './exact-split';
import type { AnnexPlan, ChargedRow, YearPlan } from './annex-plan';
import { columnOf, feeOf, hasProRata, presenceFactor, ruleKey } from './annex-plan';
import { marginalClampedUnits, marginalNeedsExpansion, marginalNeedsSplit, marginalSplitUnits, marginalSumText, wholeQuotient } from './marginal-formula';
import { MAX_AMOUNT } from '../../../shared/calc/limits';
import type { ParameterNames } from './parameters-sheet';
import { componentWeights } from './parameters-sheet';

export interface RowContext {
  readonly resolved: ResolvedScenario;
  readonly plan: AnnexPlan;
  readonly names: ParameterNames;
  readonly year: YearPlan;
  readonly row: ChargedRow;
}

/** An exact value in minor units: `expr × scale`. */
interface MinorValue {
  readonly expr: string;
  readonly scale: number;
}

const cellOf = (ctx: RowContext, key: string): string => `${columnOf(ctx.plan, key).letter}${String(ctx.row.row)}`;

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the annex has no parameter for ${what}`);
  return value;
}

/** A money name in major units as minor units; whole amounts stay a plain name times 10^exponent. */
function moneyName(name: string, whole: boolean, exponent: number): MinorValue {
  return whole ? { expr: name, scale: 10 ** exponent } : { expr: minorOfMoneyCell(name, exponent), scale: 1 };
}

const asMinor = (v: MinorValue): string => (v.scale === 1 ? v.expr : `${v.expr}*${v.scale}`);

function bandIndex(to: string, edge: 'lower-inclusive' | 'upper-inclusive', metricCell: string): string {
  return `COUNTIF(${to},"${edge === 'lower-inclusive' ? '<=' : '<'}"&${metricCell})+1`;
}

/** The fee's annual amount in minor units, before floor/cap and pro rata. */
function annualValue(ctx: RowContext, columnId: string, fee: FeeComponent): MinorValue {
  const exponent = ctx.resolved.exponent;
  const { names } = ctx;
  switch (fee.kind) {
    case 'banded': {
      const bands = need(names.bands.get(columnId), `${columnId} bands`);
      const index = bandIndex(bands.to, fee.edge, cellOf(ctx, `metric:${fee.metric.key}`));
      return moneyName(`INDEX(${need(bands.amount ?? undefined, `${columnId} band amounts`)},${index})`, bands.wholeAmounts, exponent);
    }
    case 'per-unit': {
      const metric = cellOf(ctx, `metric:${fee.metric.key}`);
      if (fee.bands) {
        const bands = need(names.bands.get(columnId), `${columnId} bands`);
        const index = bandIndex(bands.to, fee.edge, metric);
        const parts: string[] = [];
        if (bands.rate) parts.push(`INDEX(${bands.rate},${index})*${metric}`);
        if (bands.amount) parts.push(asMinor(moneyName(`INDEX(${bands.amount},${index})`, bands.wholeAmounts, exponent)));
        return { expr: parts.length === 1 ? (parts[0] ?? '0') : `(${parts.join('+')})`, scale: 1 };
      }
      const steps = need(names.rates.get(columnId), `${columnId} rates`);
      const step = steps.reduce((chosen, s) => (s.fromYear <= ctx.year.year ? s : chosen), steps[0] ?? { fromYear: 0, name: '0' });
      return { expr: `${step.name}*${metric}`, scale: 1 };
    }
    case 'category': {
      const name = need(names.category.get(columnId)?.get(ctx.row.member.category), `${columnId} ${ctx.row.member.category}`);
      // An amount with öre is not exact times 100 in binary (2705035749.95 × 100 ≠ 270503574995): then ROUND(…×100,0).
      return moneyName(name, (fee.amounts[ctx.row.member.category] ?? 0) % 10 ** exponent === 0, exponent);
    }
    case 'fixed':
      return moneyName(need(names.fixed.get(columnId), columnId), fee.amount % 10 ** exponent === 0, exponent);
  }
}

/**
 * Whether an amount of about `amount` minor units, whose direct numerator is at most (amount + unit) ×
 * `factor`, needs an exact shape: past DIRECT_LIMIT, or — rounding down, up or half-even — from
 * DIRECT_QUOTIENT rounding units, where LibreOffice's ROUNDDOWN / ROUNDUP (and MOD) misround (exact-split.ts).
 */
function beyondDirect(amount: number, factor: number, rule: { unit: number; mode: string }): boolean {
  if ((amount + rule.unit) * factor >= DIRECT_LIMIT) return true;
  return rule.mode !== 'half-up' && amount / rule.unit >= DIRECT_QUOTIENT;
}

/** The common denominator of a per-unit fee's rates this year (1 when every rate is whole minor units). */
function rateDen(ctx: RowContext, fee: FeeComponent): number {
  if (fee.kind !== 'per-unit') return 1;
  if (fee.bands) return fee.bands.reduce((l, band) => (band.rate === null ? l : (l / gcdOf(l, band.rate.d)) * band.rate.d), 1);
  const chosen = fee.rates.reduce((c, s) => (s.fromYear <= ctx.year.year ? s : c), fee.rates[0]);
  return chosen?.rate.d ?? 1;
}

function gcdOf(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/**
 * The fee's annual amount in minor units times `den`, as a formula whose value is a whole number
 * in every row: the annual amount itself when every rate is whole minor units, or — for rates
 * with fractions of a minor unit (70.5 öre, a band's 123.45 öre) — each rate's own numerator over
 * the common denominator (ROUND(Rate×den)) times the metric, clamped by floor and cap × den.
 */
function scaledAnnual(ctx: RowContext, columnId: string, fee: FeeComponent, annual: MinorValue): { expr: string; den: number } {
  const den = rateDen(ctx, fee);
  if (fee.kind !== 'per-unit' || den === 1) return { expr: asMinor(annual), den: 1 };
  const exponent = ctx.resolved.exponent;
  const metric = cellOf(ctx, `metric:${fee.metric.key}`);
  let expr: string;
  if (fee.bands) {
    const bands = need(ctx.names.bands.get(columnId), `${columnId} bands`);
    const index = bandIndex(bands.to, fee.edge, metric);
    const parts: string[] = [];
    if (bands.rate) parts.push(`ROUND(INDEX(${bands.rate},${index})*${den},0)*${metric}`);
    if (bands.amount) parts.push(`${asMinor(moneyName(`INDEX(${bands.amount},${index})`, bands.wholeAmounts, exponent))}*${den}`);
    expr = parts.length === 1 ? (parts[0] ?? '0') : `(${parts.join('+')})`;
  } else {
    const steps = need(ctx.names.rates.get(columnId), `${columnId} rates`);
    const step = steps.reduce((c, s) => (s.fromYear <= ctx.year.year ? s : c), steps[0] ?? { fromYear: 0, name: '0' });
    expr = `ROUND(${step.name}*${den},0)*${metric}`;
  }
  const min = ctx.names.min.get(columnId);
  const max = ctx.names.max.get(columnId);
  if (min !== undefined) expr = `MAX(${expr},${asMinor(moneyName(min, (fee.min ?? 0) % 10 ** exponent === 0, exponent))}*${den})`;
  if (max !== undefined) expr = `MIN(${expr},${asMinor(moneyName(max, (fee.max ?? 0) % 10 ** exponent === 0, exponent))}*${den})`;
  return { expr, den };
}

/** The row's presence (months or days) for a fee, 1 when the charge is for the whole year. */
function feePresence(ctx: RowContext, fee: FeeComponent): number {
  if (fee.recurrence === 'on-join' || !hasProRata(fee.proRata)) return 1;
  return presenceFactor(ctx.row.member, ctx.year.t, fee.proRata, ctx.year.daysInYear).n;
}

/** The row's presence for a component's subsidies: the fee's own, or the pool's. */
function subsidyPresence(ctx: RowContext, component: Component): number {
  const fee = feeOf(component);
  if (fee) return feePresence(ctx, fee);
  const rule = ctx.resolved.key.proRata;
  return hasProRata(rule) ? presenceFactor(ctx.row.member, ctx.year.t, rule, ctx.year.daysInYear).n : 1;
}

/** Presence as `[cell]` over the denominator, or nothing when the charge is for the whole year. */
function feeFactor(ctx: RowContext, fee: FeeComponent): { num: string[]; d: number } {
  if (fee.recurrence === 'on-join' || !hasProRata(fee.proRata)) return { num: [], d: 1 };
  const f = presenceFactor(ctx.row.member, ctx.year.t, fee.proRata, ctx.year.daysInYear);
  return { num: [cellOf(ctx, `presence:${ruleKey(fee.proRata)}`)], d: f.d };
}

function poolFactor(ctx: RowContext): { num: string[]; d: number } {
  const rule = ctx.resolved.key.proRata;
  if (!hasProRata(rule)) return { num: [], d: 1 };
  return { num: [cellOf(ctx, `presence:${ruleKey(rule)}`)], d: 1 };
}

/** Σ weights of a pool component in the row's year (presence × metric, or presence), summed once per year. */
const weightTotals = new WeakMap<YearPlan, Map<string, number>>();
function poolWeightTotal(ctx: RowContext, component: PoolComponent): number {
  let totals = weightTotals.get(ctx.year);
  if (!totals) {
    totals = new Map();
    weightTotals.set(ctx.year, totals);
  }
  let total = totals.get(component.id);
  if (total === undefined) {
    total = componentWeights(ctx.resolved, ctx.year, component).reduce((a, b) => a + b, 0);
    totals.set(component.id, total);
  }
  return total;
}

/** The row's own weight for a pool component. */
function poolMemberWeight(ctx: RowContext, component: PoolComponent): number {
  const rule = ctx.resolved.key.proRata;
  const presence = hasProRata(rule) ? presenceFactor(ctx.row.member, ctx.year.t, rule, ctx.year.daysInYear).n : 1;
  if (component.kind === 'equal') return presence;
  const value = ctx.row.member.metrics[component.metric.key]?.values[ctx.year.t];
  return value === undefined || Number.isNaN(value) ? 0 : presence * value;
}

export function componentFormula(ctx: RowContext, component: Component): string {
  const { resolved, names } = ctx;
  const exponent = resolved.exponent;
  if (component.kind === 'equal' || component.kind === 'proportional') {
    const pool = resolved.pools?.[ctx.year.t] ?? 0;
    const poolName = need(names.pool.get(ctx.year.year), `pool ${ctx.year.year}`);
    const poolValue = moneyName(poolName, pool % 10 ** exponent === 0, exponent);
    const weight = [...poolFactor(ctx).num];
    if (component.kind === 'proportional') weight.push(cellOf(ctx, `metric:${component.metric.key}`));
    const split = names.poolSplit.get(ctx.year.year);
    const quotients = names.splitComponents.get(`${component.id}:${ctx.year.year}`);
    const { n, d } = component.share;
    const shareName = need(names.share.get(component.id), component.id);
    const weights = need(names.weight.get(`${component.id}:${ctx.year.year}`), `${component.id} weights`);
    const rule = resolved.key.rounding;
    // The share as the fraction n/d of the pool (85 % = 17/20): n = ROUND(Share × d / 100); a percent such as
    // 12.34 is no exact number in a cell, so its whole numerator is used wherever it is not a binary fraction.
    const share = d === 100 ? shareName : `ROUND(${shareName}*${d}/100,0)`;
    const binaryPercent = Number.isInteger((n * 100 * 2 ** 20) / d);
    const total = poolWeightTotal(ctx, component);
    const memberWeight = poolMemberWeight(ctx, component);
    // The direct formula's numerator as written, Pool × (×100 left after cancelling against the unit) × share ×
    // weight (amount-formula.ts): exact while below DIRECT_LIMIT (exact-split.ts).
    const denConst = (binaryPercent ? 100 : d) * rule.unit;
    const g = gcdOf(poolValue.scale, denConst);
    const numConst = g === poolValue.scale || g === denConst ? poolValue.scale / g : poolValue.scale;
    const numerator = (poolValue.scale === 1 ? pool : pool / poolValue.scale) * numConst * (binaryPercent ? (n * 100) / d : n) * memberWeight;
    const direct = numerator < DIRECT_LIMIT && !(rule.mode !== 'half-up' && pool / rule.unit >= DIRECT_QUOTIENT);
    if ((split && quotients) || !direct) {
      // Past the direct formula's exact range: the split shape, or where no block holds it the expansion
      // shape (exact-split.ts), all in whole numbers. Y = n × weight, M = Σ weights × d.
      const y = n === d ? weight : [share, ...weight];
      // Gj = ROUND(Pj·s/M × the member's weight): the named quotient times the row's presence and metric.
      const quotient = (j: number): string => [quotients?.[j] ?? '0', ...weight].join('*');
      const units = poolShareUnits({
        split: split && quotients ? { split, y: y.length === 0 ? '1' : y.join('*'), m: d === 1 ? weights : `${weights}*${d}`, quotient } : null,
        weight: weight.length === 0 ? '1' : weight.join('*'),
        total,
        pool,
        share: { n, d },
        rule,
      });
      return unitsToMajor(`(${units})`, rule.unit, exponent);
    }
    const q: Quotient = binaryPercent
      ? { num: [poolValue.expr, shareName, ...weight], den: [weights], numConst: poolValue.scale, denConst: 100 }
      : { num: [poolValue.expr, share, ...weight], den: [weights], numConst: poolValue.scale, denConst: d };
    return amountFormula(q, resolved.key.rounding, exponent);
  }
  const fee = feeOf(component) as FeeComponent;
  if (fee.kind === 'per-unit' && fee.bandMode === 'marginal') return marginalFormula(ctx, component.id, fee);
  let annual = annualValue(ctx, component.id, fee);
  const min = names.min.get(component.id);
  const max = names.max.get(component.id);
  if (min !== undefined || max !== undefined) {
    let clamped = asMinor(annual);
    if (min !== undefined) clamped = `MAX(${clamped},${asMinor(moneyName(min, (fee.min ?? 0) % 10 ** exponent === 0, exponent))})`;
    if (max !== undefined) clamped = `MIN(${clamped},${asMinor(moneyName(max, (fee.max ?? 0) % 10 ** exponent === 0, exponent))})`;
    annual = { expr: clamped, scale: 1 };
  }
  const factor = feeFactor(ctx, fee);
  // A whole flat amount without pro rata needs no rounding; a clamp or rate may give a fraction.
  const whole = factor.num.length === 0 && min === undefined && max === undefined && annual.scale === 10 ** exponent;
  const amount = ctx.row.charge.components.find((c) => c.componentId === component.id)?.amount ?? 0;
  // Rates with fractions of a minor unit are not exact numbers in a cell (123.45 öre): always their whole numerators.
  const scaled = whole || (!beyondDirect(amount, factor.d * 100, fee.rounding) && rateDen(ctx, fee) === 1) ? null : scaledAnnual(ctx, component.id, fee, annual);
  if (scaled) {
    // A large annual amount (× den, a whole number, at most the largest amount × den): ⌊annual / D⌋ × presence
    // plus a small exact rest, or the expansion shape where that rest could pass 10^14 (exact-split.ts).
    const presence = feePresence(ctx, fee);
    const units = ratioUnits(scaled.expr, Math.min(MAX_AMOUNT * scaled.den, Number.MAX_SAFE_INTEGER), factor.num[0] ?? '1', presence, factor.d, factor.d * scaled.den * fee.rounding.unit, fee.rounding.mode);
    return unitsToMajor(`(${units})`, fee.rounding.unit, exponent);
  }
  const q: Quotient = { num: [annual.expr, ...factor.num], den: [], numConst: annual.scale, denConst: factor.d, whole };
  return amountFormula(q, fee.rounding, exponent);
}

/**
 * Marginal bands: SUM of MIN/MAX slices × the band table's rates (over the rates' common
 * denominator), then floor/cap, pro rata and the fee's rounding, once (see marginal-formula.ts).
 */
function marginalFormula(ctx: RowContext, columnId: string, fee: Extract<FeeComponent, { kind: 'per-unit' }>): string {
  const { names } = ctx;
  const exponent = ctx.resolved.exponent;
  const bands = need(names.bands.get(columnId), `${columnId} bands`);
  const rates = need(bands.rate ?? undefined, `${columnId} band rates`);
  const den = fee.marginalDen > 0 ? fee.marginalDen : 1;
  const metricCell = cellOf(ctx, `metric:${fee.metric.key}`);
  const rateOf = (k: number): string => (den === 1 ? `INDEX(${rates},${k + 1})` : `ROUND(INDEX(${rates},${k + 1})*${den},0)`);
  let sum = marginalSumText(metricCell, fee.bands ?? [], (k) => `INDEX(${rates},${k + 1})`, den);
  const times = den === 1 ? '' : `*${den}`;
  const min = names.min.get(columnId);
  const max = names.max.get(columnId);
  const value = ctx.row.member.metrics[fee.metric.key]?.values[ctx.year.t] ?? 0;
  const prorated = fee.recurrence === 'annual' && hasProRata(fee.proRata);
  const presence = prorated ? presenceFactor(ctx.row.member, ctx.year.t, fee.proRata, ctx.year.daysInYear) : { n: 1, d: 1 };
  if (min === undefined && max === undefined && fee.marginalDen > 0 && marginalNeedsSplit(value, fee.bands ?? [], fee.marginalNum, presence.n)) {
    // Past the direct formula's exact range: the split shape (marginal-formula.ts), all in whole numbers.
    const presenceCell = prorated ? cellOf(ctx, `presence:${ruleKey(fee.proRata)}`) : null;
    const units = marginalSplitUnits({ metricCell, bands: fee.bands ?? [], rateOf, nums: fee.marginalNum, den, presenceCell, presenceN: presence.n, presenceD: presence.d, value, rule: fee.rounding });
    if (units !== null) return unitsToMajor(`(${units})`, fee.rounding.unit, exponent);
  }
  if (marginalNeedsExpansion(value, fee.bands ?? [], fee.marginalDen, fee.min, fee.max)) {
    // Rates with many decimals (a denominator × amount past 2^52): the expansion shape of the unclamped sum, then the
    // floor and cap as their own rounded amounts (rounding is monotone, so clamping after it is the engine's result).
    const presenceCell = prorated ? cellOf(ctx, `presence:${ruleKey(fee.proRata)}`) : '1';
    const bound = (name: string | undefined, amount: number | null): string | null => (name === undefined ? null : asMinor(moneyName(name, (amount ?? 0) % 10 ** exponent === 0, exponent)));
    const units = marginalClampedUnits(metricCell, fee.bands ?? [], { cell: presenceCell, n: presence.n, d: presence.d }, fee.rounding, bound(min, fee.min), bound(max, fee.max), fee.max);
    return unitsToMajor(`(${units})`, fee.rounding.unit, exponent);
  }
  if (min !== undefined) sum = `MAX(${sum},${asMinor(moneyName(min, (fee.min ?? 0) % 10 ** exponent === 0, exponent))}${times})`;
  if (max !== undefined) sum = `MIN(${sum},${asMinor(moneyName(max, (fee.max ?? 0) % 10 ** exponent === 0, exponent))}${times})`;
  const factor = feeFactor(ctx, fee);
  const amount = ctx.row.charge.components.find((c) => c.componentId === columnId)?.amount ?? 0;
  const clampedMax = Math.min(MAX_AMOUNT * den, Number.MAX_SAFE_INTEGER);
  if ((amount + fee.rounding.unit) * den * factor.d >= DIRECT_LIMIT && (fee.marginalDen > 0 || min !== undefined || max !== undefined)) {
    // A large annual amount after floor and cap (× den, whole, at most the largest amount × den; a slice sum
    // past 2^53 is far above any cap, so the clamp still picks the cap): ⌊annual / D⌋ × presence plus a small
    // exact rest, or the expansion shape (exact-split.ts).
    const units = ratioUnits(sum, clampedMax, factor.num[0] ?? '1', presence.n, factor.d, den * factor.d * fee.rounding.unit, fee.rounding.mode);
    return unitsToMajor(`(${units})`, fee.rounding.unit, exponent);
  }
  // N is a whole number: exactRound's ROUND of (N ∓ (MU − 1)/2) / MU decides exactly where
  // LibreOffice's ROUNDDOWN / ROUNDUP approximate to 15 digits first (wrong by units from ~10^11).
  const n = [sum, ...factor.num].join('*');
  return unitsToMajor(wholeQuotient(n, den * factor.d * fee.rounding.unit, fee.rounding.mode), fee.rounding.unit, exponent);
}

/** The factor the engine passed to a component's subsidies: the fee's own, or the pool's. */
function subsidyFactor(ctx: RowContext, component: Component): { num: string[]; d: number } {
  const fee = feeOf(component);
  if (fee) return feeFactor(ctx, fee);
  const rule = ctx.resolved.key.proRata;
  if (!hasProRata(rule)) return { num: [], d: 1 };
  const f = presenceFactor(ctx.row.member, ctx.year.t, rule, ctx.year.daysInYear);
  return { num: [cellOf(ctx, `presence:${ruleKey(rule)}`)], d: f.d };
}

/**
 * A subsidy cell: its own rule, then capped at what is left of the charge after the subsidies
 * applied before it (the engine's order), so the cap is part of the formula, not a typed value.
 */
export function subsidyFormula(ctx: RowContext, subsidy: Subsidy, component: Component, charge: ComponentCharge, applied: SubsidyCharge): string {
  const { names, resolved } = ctx;
  const exponent = resolved.exponent;
  const componentCell = cellOf(ctx, `comp:${component.id}`);
  let q: Quotient;
  const before = charge.subsidies.slice(0, charge.subsidies.indexOf(applied)).map((s) => cellOf(ctx, `sub:${s.subsidyId}`));
  const left = before.length === 0 ? componentCell : `ROUND(${componentCell}-${before.join('-')},${exponent})`;
  // A percent such as 99.99 is no exact number in a cell: its whole numerator is used then, as for a large charge.
  const binaryShare = subsidy.share ? Number.isInteger((subsidy.share.n * 100 * 2 ** 20) / subsidy.share.d) : true;
  if (subsidy.share && (beyondDirect(charge.amount, 100 * subsidy.share.d, subsidy.rounding) || !binaryShare)) {
    // A share of a large charge: ⌊charge / D⌋ × n plus a small exact rest, the share as the fraction n/d (exact-split.ts).
    const shareName = need(names.subsidyShare.get(subsidy.id), subsidy.id);
    const { n, d } = subsidy.share;
    const share = d === 100 ? shareName : n === d ? '1' : `ROUND(${shareName}*${d}/100,0)`;
    const units = ratioUnits(minorOfMoneyCell(componentCell, exponent), MAX_AMOUNT, share, n, n, d * subsidy.rounding.unit, subsidy.rounding.mode);
    return `MIN(${unitsToMajor(`(${units})`, subsidy.rounding.unit, exponent)},${left})`;
  }
  const perUnit = subsidy.perUnit;
  // Large, or a rate with fractions of a minor unit (not an exact number in a cell): the rate's whole numerator.
  if (!subsidy.share && perUnit && (beyondDirect(applied.amount, 366 * 100, subsidy.rounding) || perUnit.rate.d > 1)) {
    // A large per-unit subsidy: the rate's numerator × metric, then ⌊… / D⌋ × presence plus a small exact rest.
    const factor = subsidy.proRata ? subsidyFactor(ctx, component) : { num: [], d: 1 };
    const den = perUnit.rate.d;
    const rateName = need(names.subsidyRate.get(subsidy.id), subsidy.id);
    const a = `${den === 1 ? rateName : `ROUND(${rateName}*${den},0)`}*${cellOf(ctx, `metric:${perUnit.metric.key}`)}`;
    const metricValue = ctx.row.member.metrics[perUnit.metric.key]?.values[ctx.year.t] ?? 0;
    const presence = factor.num.length === 0 ? 1 : subsidyPresence(ctx, component);
    const product = BigInt(perUnit.rate.n) * BigInt(Number.isNaN(metricValue) ? 0 : metricValue);
    // The bound of A = rate's numerator × metric is the member's own value: the metric cell is a constant the annex
    // writes (no formula feeds it), so it is every value A takes. Where that product could pass 2^51 (a rate with many
    // decimals times a large metric), the expansion shape takes the metric cell itself as A, bounded by 2^53 − 1: any
    // whole value a cell holds exactly, with the rate's numerator × presence over rate.d × pD × unit as α's digits.
    const units =
      product >= 2n ** 51n
        ? expansionSumUnits([{ a: cellOf(ctx, `metric:${perUnit.metric.key}`), aMax: Number.MAX_SAFE_INTEGER, n: BigInt(perUnit.rate.n) * BigInt(presence) }], BigInt(den) * BigInt(factor.d) * BigInt(subsidy.rounding.unit), subsidy.rounding.mode)
        : ratioUnits(a, Math.max(1, Number(product)), factor.num[0] ?? '1', presence, factor.d, factor.d * den * subsidy.rounding.unit, subsidy.rounding.mode);
    return `MIN(${unitsToMajor(`(${units})`, subsidy.rounding.unit, exponent)},${left})`;
  }
  if (subsidy.share) {
    q = { num: [minorOfMoneyCell(componentCell, exponent), need(names.subsidyShare.get(subsidy.id), subsidy.id)], den: [], numConst: 1, denConst: 100 };
  } else {
    const perUnit = subsidy.perUnit;
    if (!perUnit) throw new Error(`subsidy ${subsidy.id} has neither share nor rate`);
    const factor = subsidy.proRata ? subsidyFactor(ctx, component) : { num: [], d: 1 };
    q = {
      num: [need(names.subsidyRate.get(subsidy.id), subsidy.id), cellOf(ctx, `metric:${perUnit.metric.key}`), ...factor.num],
      den: [],
      numConst: 1,
      denConst: factor.d,
    };
  }
  const pay = amountFormula(q, subsidy.rounding, exponent);
  return `MIN(${pay},${left})`;
}
