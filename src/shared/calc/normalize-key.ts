/**
 * Turns a parsed key definition (plus a scenario's parameter overrides and extra subsidies)
 * into the normalised key: exact numbers, resolved parameters, checked bands and references.
 * Runs once per scenario (and once per sweep step), never per member.
 */
import { invalidField } from '../errors';
import { checkBands } from './bands';
import { dateKey, parseDate } from './dates';
import { parseAmount, parsePercent, parseRate } from './decimal';
import type { Ratio, RoundingRule } from './exact';
import { addRatio, lcm, ratio, safeMul, ZERO } from './exact';
import type {
  BandDefinition,
  ComponentDefinition,
  FeeComponentDefinition,
  KeyDefinition,
  MetricRefDefinition,
  RoundingDefinition,
  SubsidyDefinition,
} from './key.schema';
import type { Adjustment, Band, Component, FeeComponent, MetricRef, NormalizedKey, OverrideComponent, PoolComponent, ProRata, RateStep, Subsidy } from './key.types';
import type { AdjustmentDefinition } from './scenario.schema';
import { currencyExponent } from './money';

interface Ctx {
  readonly exponent: number;
  readonly parameters: Readonly<Record<string, string>>;
  readonly metrics: Map<string, MetricRef>;
  readonly defaultRounding: RoundingRule;
  readonly defaultProRata: ProRata;
}

export function metricKey(name: string, yearOffset: number, asOf: string | null): string {
  return `${name}@${yearOffset}@${asOf ?? ''}`;
}

function metricRef(def: MetricRefDefinition, ctx: Ctx, path: string): MetricRef {
  const d = typeof def === 'string' ? { name: def, yearOffset: 0, asOf: undefined } : def;
  if (d.asOf !== undefined) parseDate(`2000-${d.asOf}`, `${path}.asOf`);
  const key = metricKey(d.name, d.yearOffset, d.asOf ?? null);
  const found = ctx.metrics.get(key);
  if (found) return found;
  const ref: MetricRef = { name: d.name, yearOffset: d.yearOffset, asOf: d.asOf ?? null, key };
  ctx.metrics.set(key, ref);
  return ref;
}

export function roundingRule(def: RoundingDefinition, exponent: number, path: string): RoundingRule {
  const unit = parseAmount(def.unit, exponent, `${path}.unit`);
  if (unit <= 0) throw invalidField(`${path}.unit`, 'error.engine.roundingUnit');
  return { unit, mode: def.mode };
}

/** A scenario sets a parameter the key does not have: "unknown parameter "x"; the key has a, b" (or none). */
function unknownParameterOf(path: string, name: string, known: readonly string[]) {
  return known.length > 0 ? invalidField(path, 'error.engine.unknownParameterKnown', { name, known: known.join(', ') }) : invalidField(path, 'error.engine.unknownParameterNone', { name });
}

function paramText(value: string | { param: string }, ctx: Ctx, path: string): string {
  if (typeof value === 'string') return value;
  const text = ctx.parameters[value.param];
  if (text === undefined) throw invalidField(`${path}.param`, 'error.engine.unknownParameter', { name: value.param });
  return text;
}

/** Marginal bands: a common denominator of the band rates and each rate over it (den 0 when it would pass 2^53). */
function marginalFactors(bs: readonly Band[]): { den: number; num: number[] } {
  let den = 1;
  for (const b of bs) den = lcm(den, (b.rate as Ratio).d);
  if (!Number.isSafeInteger(den)) return { den: 0, num: [] };
  const num = bs.map((b) => safeMul((b.rate as Ratio).n, den / (b.rate as Ratio).d));
  return num.every(Number.isSafeInteger) ? { den, num } : { den: 0, num: [] };
}

function bands(defs: readonly BandDefinition[], ctx: Ctx, path: string, kind: 'amount' | 'rate-or-amount' | 'rate'): Band[] {
  checkBands(defs, path);
  return defs.map((b, i) => {
    const here = `${path}[${i}]`;
    if (kind === 'amount' && (b.amount === undefined || b.rate !== undefined)) throw invalidField(`${here}.amount`, 'error.engine.bandAmount');
    if (kind === 'rate' && (b.rate === undefined || b.amount !== undefined)) throw invalidField(`${here}.rate`, 'error.engine.marginalBandRates');
    if (kind === 'rate-or-amount' && (b.amount === undefined) === (b.rate === undefined)) throw invalidField(`${here}.rate`, 'error.engine.bandRateOrAmount');
    const rateText = b.rate === undefined ? null : paramText(b.rate, ctx, `${here}.rate`);
    return {
      index: i,
      from: b.from,
      to: b.to ?? null,
      amount: b.amount === undefined ? null : parseAmount(b.amount, ctx.exponent, `${here}.amount`),
      rate: rateText === null ? null : parseRate(rateText, ctx.exponent, `${here}.rate`),
      rateText,
    };
  });
}

function feeComponent(def: FeeComponentDefinition, index: number, idOverride: string | null, ctx: Ctx, path: string): FeeComponent {
  const base = {
    index,
    id: idOverride ?? def.id,
    label: def.label ?? def.id,
    recurrence: def.recurrence,
    categories: def.appliesTo?.categories ?? null,
    members: def.appliesTo?.members ?? null,
    membership: def.appliesTo?.membership ?? null,
    proRata: def.proRata ?? ctx.defaultProRata,
    rounding: def.rounding ? roundingRule(def.rounding, ctx.exponent, `${path}.rounding`) : ctx.defaultRounding,
    min: def.min === undefined ? null : parseAmount(def.min, ctx.exponent, `${path}.min`),
    max: def.max === undefined ? null : parseAmount(def.max, ctx.exponent, `${path}.max`),
  };
  checkProRata(base.proRata, `${path}.proRata`);
  if (base.min !== null && base.max !== null && base.min > base.max) throw invalidField(`${path}.min`, 'error.engine.minAboveMax');
  switch (def.type) {
    case 'banded':
      return { ...base, kind: 'banded', metric: metricRef(def.metric, ctx, `${path}.metric`), edge: def.edge, bands: bands(def.bands, ctx, `${path}.bands`, 'amount') };
    case 'per-unit': {
      const rates: RateStep[] = [];
      if (def.rate !== undefined) {
        const text = paramText(def.rate, ctx, `${path}.rate`);
        rates.push({ fromYear: -Infinity, rate: parseRate(text, ctx.exponent, `${path}.rate`), text });
      }
      (def.rateFrom ?? []).forEach((step, i) => {
        const here = `${path}.rateFrom[${i}]`;
        const text = paramText(step.rate, ctx, `${here}.rate`);
        const prev = rates[rates.length - 1];
        if (prev && step.fromYear <= prev.fromYear) throw invalidField(`${here}.fromYear`, 'error.engine.rateStepsAscending');
        rates.push({ fromYear: step.fromYear, rate: parseRate(text, ctx.exponent, `${here}.rate`), text });
      });
      const hasBands = def.bands !== undefined;
      if (hasBands === (rates.length > 0)) throw invalidField(`${path}.rate`, 'error.engine.perUnitRate');
      const bandMode = def.bandMode ?? 'whole';
      if (bandMode === 'marginal' && !hasBands) throw invalidField(`${path}.bandMode`, 'error.engine.marginalNeedsBands');
      const bs = def.bands ? bands(def.bands, ctx, `${path}.bands`, bandMode === 'marginal' ? 'rate' : 'rate-or-amount') : null;
      const marginal = bandMode === 'marginal' && bs !== null ? marginalFactors(bs) : { den: 0, num: [] };
      return {
        ...base,
        kind: 'per-unit',
        metric: metricRef(def.metric, ctx, `${path}.metric`),
        rates,
        bands: bs,
        edge: def.edge,
        bandMode,
        marginalDen: marginal.den,
        marginalNum: marginal.num,
      };
    }
    case 'category': {
      const amounts: Record<string, number> = {};
      for (const [cat, text] of Object.entries(def.amounts)) amounts[cat] = parseAmount(text, ctx.exponent, `${path}.amounts.${cat}`);
      if (Object.keys(amounts).length === 0) throw invalidField(`${path}.amounts`, 'error.engine.atLeastOneCategory');
      return { ...base, kind: 'category', amounts };
    }
    case 'fixed':
      return { ...base, kind: 'fixed', amount: parseAmount(def.amount, ctx.exponent, `${path}.amount`) };
  }
}

function checkProRata(p: ProRata, path: string): void {
  // Mixing day and month in one year has no common unit; refuse it rather than guess.
  if (p.join !== 'none' && p.leave !== 'none' && p.join !== p.leave) throw invalidField(`${path}.leave`, 'error.engine.proRataSameUnit');
}

function subsidy(def: SubsidyDefinition, index: number, ctx: Ctx, path: string, componentIds: ReadonlySet<string>): Subsidy {
  if (!componentIds.has(def.component)) throw invalidField(`${path}.component`, 'error.engine.noComponent', { id: def.component });
  if ((def.share === undefined) === (def.perUnit === undefined)) throw invalidField(`${path}.share`, 'error.engine.subsidyShareOrPerUnit');
  let share: Ratio | null = null;
  let shareText: string | null = null;
  if (def.share !== undefined) {
    shareText = paramText(def.share, ctx, `${path}.share`);
    share = parsePercent(shareText, `${path}.share`);
    if (share.n > share.d) throw invalidField(`${path}.share`, 'error.engine.subsidyOver100');
  }
  let perUnit: Subsidy['perUnit'] = null;
  if (def.perUnit) {
    const rateText = paramText(def.perUnit.rate, ctx, `${path}.perUnit.rate`);
    perUnit = { rate: parseRate(rateText, ctx.exponent, `${path}.perUnit.rate`), rateText, metric: metricRef(def.perUnit.metric, ctx, `${path}.perUnit.metric`) };
  }
  const e = def.eligibility;
  const joinedFrom = e?.joinedFrom ? parseDate(e.joinedFrom, `${path}.eligibility.joinedFrom`) : null;
  const joinedTo = e?.joinedTo ? parseDate(e.joinedTo, `${path}.eligibility.joinedTo`) : null;
  if (joinedFrom && joinedTo && dateKey(joinedFrom) > dateKey(joinedTo)) throw invalidField(`${path}.eligibility.joinedTo`, 'error.engine.windowOrder');
  return {
    index,
    id: def.id,
    funder: def.funder,
    componentId: def.component,
    share,
    shareText,
    perUnit,
    proRata: def.proRata,
    joinedFrom,
    joinedTo,
    categories: e?.categories ?? null,
    calendarYears: def.years?.calendar ?? null,
    contractYears: def.years?.contract ?? null,
    rounding: def.rounding ? roundingRule(def.rounding, ctx.exponent, `${path}.rounding`) : ctx.defaultRounding,
    path,
  };
}

function adjustment(def: AdjustmentDefinition, index: number, ctx: Ctx, path: string): Adjustment {
  if ((def.percent === undefined) === (def.amount === undefined)) throw invalidField(`${path}.percent`, 'error.engine.adjustmentPercentOrAmount');
  let percent: Ratio | null = null;
  let percentText: string | null = null;
  if (def.percent !== undefined) {
    percentText = paramText(def.percent, ctx, `${path}.percent`);
    percent = parsePercent(percentText, `${path}.percent`);
    if (def.kind === 'discount' && percent.n > percent.d) throw invalidField(`${path}.percent`, 'error.engine.discountOver100');
  }
  const members = new Set<string>();
  def.members.forEach((id, i) => {
    if (members.has(id)) throw invalidField(`${path}.members[${i}]`, 'error.engine.namedTwice', { id });
    members.add(id);
  });
  return {
    index,
    id: def.id,
    kind: def.kind,
    members: def.members,
    percent,
    percentText,
    param: def.percent !== undefined && typeof def.percent !== 'string' ? def.percent.param : null,
    amount: def.amount === undefined ? null : parseAmount(def.amount, ctx.exponent, `${path}.amount`),
    reason: def.reason,
    label: def.label ?? def.id,
    years: def.years ?? null,
    rounding: def.rounding ? roundingRule(def.rounding, ctx.exponent, `${path}.rounding`) : ctx.defaultRounding,
    path,
  };
}

export interface NormalizeOptions {
  readonly currency: string;
  readonly parameters?: Readonly<Record<string, string>>;
  readonly extraSubsidies?: readonly SubsidyDefinition[];
  /** The scenario's per-member adjustments (their percent may name a key parameter). */
  readonly adjustments?: readonly AdjustmentDefinition[];
  /** Path prefix for messages, e.g. "key". */
  readonly path?: string;
}

export function normalizeKey(def: KeyDefinition, options: NormalizeOptions): NormalizedKey {
  const root = options.path ?? 'key';
  const pre = root ? `${root}.` : '';
  const exponent = currencyExponent(options.currency, 'currency');
  for (const name of Object.keys(options.parameters ?? {})) {
    if (!(name in def.parameters)) throw unknownParameterOf(`parameters.${name}`, name, Object.keys(def.parameters));
  }
  const parameters = { ...def.parameters, ...options.parameters };
  const ctx: Ctx = {
    exponent,
    parameters,
    metrics: new Map(),
    defaultRounding: roundingRule(def.rounding, exponent, `${pre}rounding`),
    defaultProRata: def.proRata,
  };
  checkProRata(def.proRata, `${pre}proRata`);

  const ids = new Set<string>();
  const components: Component[] = [];
  const pool: PoolComponent[] = [];
  const fees: FeeComponent[] = [];
  const overrides: OverrideComponent[] = [];
  let restAt = -1;
  let shareSum = ZERO;

  def.components.forEach((c: ComponentDefinition, i) => {
    const path = `${pre}components[${i}]`;
    if (ids.has(c.id)) throw invalidField(`${path}.id`, 'error.engine.duplicateComponentId', { id: c.id });
    ids.add(c.id);
    if (c.type === 'equal' || c.type === 'proportional') {
      if (def.family !== 'allocation') throw invalidField(`${path}.type`, c.type === 'equal' ? 'error.engine.equalShareInFeeSchedule' : 'error.engine.proportionalShareInFeeSchedule');
      let share = ZERO;
      let shareText = '';
      if (c.share === 'rest') {
        if (restAt >= 0) throw invalidField(`${path}.share`, 'error.engine.oneRest');
        restAt = pool.length;
      } else {
        shareText = paramText(c.share, ctx, `${path}.share`);
        share = parsePercent(shareText, `${path}.share`);
        shareSum = addRatio(shareSum, share);
      }
      const comp: PoolComponent =
        c.type === 'equal'
          ? { kind: 'equal', index: i, id: c.id, label: c.label ?? c.id, share, shareText }
          : { kind: 'proportional', index: i, id: c.id, label: c.label ?? c.id, share, shareText, metric: metricRef(c.metric, ctx, `${path}.metric`) };
      pool.push(comp);
      components.push(comp);
    } else if (c.type === 'override') {
      const w = c.when;
      if (w.metric === undefined && w.categories === undefined) throw invalidField(`${path}.when`, 'error.engine.overrideWhen');
      if (w.metric !== undefined && (w.above === undefined) === (w.atLeast === undefined)) throw invalidField(`${path}.when.above`, 'error.engine.overrideComparator');
      const comp: OverrideComponent = {
        kind: 'override',
        index: i,
        id: c.id,
        label: c.label ?? c.id,
        metric: w.metric === undefined ? null : metricRef(w.metric, ctx, `${path}.when.metric`),
        above: w.above ?? null,
        atLeast: w.atLeast ?? null,
        categories: w.categories ?? null,
        replaces: c.replaces,
        with: feeComponent(c.with, i, c.id, ctx, `${path}.with`),
      };
      overrides.push(comp);
      components.push(comp);
    } else {
      const comp = feeComponent(c, i, null, ctx, path);
      fees.push(comp);
      components.push(comp);
    }
  });

  overrides.forEach((o) => {
    o.replaces.forEach((id, j) => {
      if (!fees.some((f) => f.id === id)) throw invalidField(`${pre}components[${o.index}].replaces[${j}]`, 'error.engine.notAFee', { id });
    });
  });

  if (def.family === 'allocation') {
    if (pool.length === 0) throw invalidField(`${pre}components`, 'error.engine.needsPoolShare');
    const last = pool[pool.length - 1] as PoolComponent;
    const lastPath = `${pre}components[${(restAt >= 0 ? (pool[restAt] as PoolComponent) : last).index}].share`;
    if (restAt >= 0) {
      const rest = addRatio({ n: 1, d: 1 }, { n: -shareSum.n, d: shareSum.d });
      if (rest.n < 0) throw invalidField(lastPath, 'error.engine.sharesOver');
      const target = pool[restAt] as PoolComponent;
      const restPercent = ratio(rest.n * 100, rest.d);
      pool[restAt] = { ...target, share: rest, shareText: restPercent.d === 1 ? String(restPercent.n) : `${restPercent.n}/${restPercent.d}` };
      components[target.index] = pool[restAt] as PoolComponent;
    } else if (shareSum.n !== shareSum.d) {
      const pct = ratio(shareSum.n * 100, shareSum.d);
      throw invalidField(lastPath, 'error.engine.sharesSum', { sum: pct.d === 1 ? pct.n : `${pct.n}/${pct.d}` });
    }
  }

  const extra = options.extraSubsidies ?? [];
  const subsidies = [
    ...def.subsidies.map((s, i) => subsidy(s, i, ctx, `${pre}subsidies[${i}]`, ids)),
    ...extra.map((s, i) => subsidy(s, def.subsidies.length + i, ctx, `subsidies[${i}]`, ids)),
  ];
  const subsidyIds = new Set<string>();
  for (const s of subsidies) {
    if (subsidyIds.has(s.id)) throw invalidField(`${s.path}.id`, 'error.engine.duplicateSubsidyId', { id: s.id });
    subsidyIds.add(s.id);
  }

  const adjustments = (options.adjustments ?? []).map((a, i) => adjustment(a, i, ctx, `adjustments[${i}]`));
  const adjustmentIds = new Set<string>();
  for (const a of adjustments) {
    if (adjustmentIds.has(a.id)) throw invalidField(`${a.path}.id`, 'error.engine.duplicateAdjustmentId', { id: a.id });
    adjustmentIds.add(a.id);
  }

  return {
    id: def.id,
    version: def.version,
    name: def.name,
    family: def.family,
    currency: options.currency,
    exponent,
    parameters,
    rounding: ctx.defaultRounding,
    proRata: def.proRata,
    components,
    pool,
    fees,
    overrides,
    subsidies,
    adjustments,
    metrics: [...ctx.metrics.values()],
  };
}
