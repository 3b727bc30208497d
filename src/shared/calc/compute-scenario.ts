/**
 * computeScenario(resolved): the detailed result, one object per member-year and charge, with
 * what each funder pays, totals, the funding summary and the balance. Pure and deterministic; no
 * validation or parsing happens here (resolveScenario did it).
 *
 * Two passes: the core (core.ts) computes the numbers into typed arrays, then the result objects
 * are built from them. Explanation trails are optional: computeScenario(r) leaves them out
 * (trail: null); explainCharge(r, memberId, year) gives one member-year with its full trail on
 * demand, and computeScenario(r, { trail: true }) gives every trail (for the annex). For the same
 * numbers without an object per charge, see computeFigures (figures.ts).
 */
import { invalidField } from '../errors';
import type { CoreResult } from './core';
import { computeCore } from './core';
import { chargeFee } from './fees';
import type { EntryTable, KeyTables, ScenarioPlan, SubsidyTable } from './plan';
import { buildPlan, keyTables, poolPresence, releaseBuffers } from './plan';
import type { ResolvedMember, ResolvedScenario } from './resolved.types';
import type { AdjustmentCharge, BalanceYear, ChargeTrail, ComponentCharge, FunderResult, FundingSummary, MemberResult, MemberYearCharge, ScenarioResult, ScenarioSummary, SubsidyCharge, YearTotals } from './result.types';

const NO_SUBSIDIES: readonly never[] = [];
const NO_ADJUSTMENTS: readonly never[] = [];

export interface ComputeOptions {
  /**
   * Build the explanation trail of every charge (default false: `trail` is null). For one
   * member-year, explainCharge is much cheaper.
   */
  readonly trail?: boolean;
}

// --- Building the result objects ----------------------------------------------------------------

function subsidyCharges(subs: readonly SubsidyTable[], core: CoreResult, m: ResolvedMember, idx: number, t: number, year: number): SubsidyCharge[] {
  const out: SubsidyCharge[] = [];
  for (const st of subs) {
    const v = (core.subPay[st.index] as Float64Array)[idx] as number;
    if (v === 0) continue;
    const s = st.s;
    const capped = v < 0;
    const cy = m.joinYear === null ? null : year - m.joinYear + 1;
    const basis: SubsidyCharge['basis'] = s.share
      ? { sharePercent: s.shareText as string, capped, contractYear: cy }
      : { rate: (s.perUnit as NonNullable<typeof s.perUnit>).rateText, units: m.metrics[(s.perUnit as NonNullable<typeof s.perUnit>).metric.key]?.values[t] as number, capped, contractYear: cy };
    out.push({ subsidyId: s.id, funder: s.funder, amount: capped ? -v : v, basis });
  }
  return out;
}

/** The adjustments applied to member-year idx, in order (empty when none). */
function adjustmentCharges(kt: KeyTables, core: CoreResult, idx: number): readonly AdjustmentCharge[] {
  if (kt.adjustments.length === 0) return NO_ADJUSTMENTS;
  const keyCharge = (core.gross[idx] as number) - (core.memberAdj[idx] as number);
  const out: AdjustmentCharge[] = [];
  kt.adjustments.forEach((at, a) => {
    const v = (core.adjPay[a] as Float64Array)[idx] as number;
    if (v !== v) return;
    const adj = at.a;
    const basis: { -readonly [K in keyof AdjustmentCharge['basis']]: AdjustmentCharge['basis'][K] } = { base: keyCharge, capped: (core.adjCapped[a] as Uint8Array)[idx] === 1, rounding: adj.rounding };
    if (adj.percentText !== null) basis.percent = adj.percentText;
    if (adj.param !== null) basis.param = adj.param;
    if (adj.amount !== null) basis.fixedAmount = adj.amount;
    out.push({ adjustmentId: adj.id, kind: adj.kind, label: adj.label, reason: adj.reason, amount: v, basis });
  });
  return out.length === 0 ? NO_ADJUSTMENTS : out;
}

function poolTrail(kt: KeyTables, plan: ScenarioPlan, core: CoreResult, p: number, m: ResolvedMember, idx: number, t: number, pool: number): ChargeTrail {
  const pt = kt.pool[p] as KeyTables['pool'][number];
  const c = pt.c;
  const key = kt.key;
  const whole = kt.poolPr.d[idx] === 1;
  const presence = poolPresence(kt, plan, idx, t);
  const w = pt.metric === null ? presence : presence * (pt.metric[idx] as number);
  const tr: { -readonly [K in keyof ChargeTrail]: ChargeTrail[K] } = {
    rounding: key.rounding,
    pool: { amount: pool, sharePercent: c.shareText, weight: w, totalWeight: core.poolW[t * kt.pool.length + p] as number },
  };
  if (c.kind === 'proportional') {
    const s = m.metrics[c.metric.key];
    tr.metric = { name: c.metric.name, year: s?.sourceYears[t] as number, value: s?.values[t] as number, referenceDate: s?.referenceDates[t] ?? null, projected: s?.projected[t] ?? false };
  }
  if (!whole) tr.proRata = { mode: kt.poolPr.mode, numerator: kt.poolPr.n[idx] as number, denominator: kt.poolPr.d[idx] as number };
  return tr;
}

type TrailMetric = NonNullable<ChargeTrail['metric']>;
type TrailProRata = NonNullable<ChargeTrail['proRata']>;
type MutableTrail = { -readonly [K in keyof ChargeTrail]: ChargeTrail[K] };

/**
 * Every trail of a computation (computeScenario with trails) shares its equal parts: one metric
 * and one pro rata object per member-year for all the components reading it (band and override
 * objects are shared from the start: fees.ts makes one per band and per override). The trails read
 * the same (they are never changed after being built); there are several times fewer objects for
 * the collector to trace, which is what made every trail of a large scenario grow faster than its
 * size. Compared within the member-year only, by value, over a list of a few: a map keyed by value
 * across the whole computation cost more than the objects it saved.
 */
class TrailParts {
  private metrics: TrailMetric[] = [];
  private proRatas: TrailProRata[] = [];

  /** A new member-year: its parts are shared within it only. */
  nextMemberYear(): void {
    if (this.metrics.length > 0) this.metrics = [];
    if (this.proRatas.length > 0) this.proRatas = [];
  }

  intern(trail: ChargeTrail | null): ChargeTrail | null {
    if (trail === null) return null;
    const tr = trail as MutableTrail;
    const metric = tr.metric;
    if (metric !== undefined) tr.metric = this.metric(metric);
    const proRata = tr.proRata;
    if (proRata !== undefined) tr.proRata = this.proRata(proRata);
    return tr;
  }

  private metric(m: TrailMetric): TrailMetric {
    for (const x of this.metrics) {
      if (x.name === m.name && x.year === m.year && Object.is(x.value, m.value) && x.referenceDate === m.referenceDate && x.projected === m.projected) return x;
    }
    this.metrics.push(m);
    return m;
  }

  private proRata(p: TrailProRata): TrailProRata {
    for (const x of this.proRatas) if (x.mode === p.mode && x.numerator === p.numerator && x.denominator === p.denominator) return x;
    this.proRatas.push(p);
    return p;
  }
}

function memberYear(r: ResolvedScenario, plan: ScenarioPlan, kt: KeyTables, core: CoreResult, i: number, t: number, withTrail: boolean, parts: TrailParts | null = null): MemberYearCharge {
  const year = plan.years[t] as number;
  const idx = t * plan.nm + i;
  if (plan.charged[idx] === 0) return { year, charged: false, components: [], poolTotal: 0, roundingAdjustment: 0, adjustments: NO_ADJUSTMENTS, adjustment: 0, gross: 0, subsidies: 0, net: 0 };
  const m = plan.members[i] as ResolvedMember;
  const comps: ComponentCharge[] = [];
  const pool = r.pools ? (r.pools[t] as number) : 0;
  if (parts !== null) parts.nextMemberYear();
  for (let p = 0; p < kt.pool.length; p++) {
    const pt = kt.pool[p] as KeyTables['pool'][number];
    const amount = (core.poolAmounts[p] as Float64Array)[idx] as number;
    const subsidies = pt.subs.length > 0 && amount > 0 ? subsidyCharges(pt.subs, core, m, idx, t, year) : NO_SUBSIDIES;
    let trail: ChargeTrail | null = withTrail ? poolTrail(kt, plan, core, p, m, idx, t, pool) : null;
    if (parts !== null) trail = parts.intern(trail);
    comps.push({ componentId: pt.c.id, kind: pt.c.kind, label: pt.c.label, amount, subsidies, trail });
  }
  for (let k = 0; k < kt.entries.length; k++) {
    const amount = (core.entryAmounts[k] as Float64Array)[idx] as number;
    if (amount !== amount) continue;
    const e = kt.entries[k] as EntryTable;
    const c = e.comp;
    const subsidies = e.subs.length > 0 && amount > 0 ? subsidyCharges(e.subs, core, m, idx, t, year) : NO_SUBSIDIES;
    let trail: ChargeTrail | null = null;
    if (withTrail) trail = chargeFee(e.fee, m, t, year, plan.daysInYear[t] as number, true, c.kind === 'override' ? c.replaces : null)?.trail ?? null;
    if (parts !== null) trail = parts.intern(trail);
    comps.push({ componentId: c.id, kind: c.kind, label: c.label, amount, subsidies, trail });
  }
  const hasPool = kt.pool.length > 0;
  const gross = core.gross[idx] as number;
  const subsidies = core.subsidies[idx] as number;
  return {
    year,
    charged: true,
    components: comps,
    poolTotal: hasPool ? (core.poolTotal[idx] as number) : 0,
    roundingAdjustment: hasPool ? (core.adjustment[idx] as number) : 0,
    adjustments: adjustmentCharges(kt, core, idx),
    adjustment: core.memberAdj[idx] as number,
    gross,
    subsidies,
    net: gross - subsidies,
  };
}

/** Builds member i's charge in year t; made once per computation, called for each member-year. */
type YearBuilder = (i: number, t: number) => MemberYearCharge;

/** With every trail; the trails' parts are shared within each member-year (TrailParts). */
function trailYearBuilder(r: ResolvedScenario, plan: ScenarioPlan, kt: KeyTables, core: CoreResult): YearBuilder {
  const parts = new TrailParts();
  return (i, t) => memberYear(r, plan, kt, core, i, t, true, parts);
}

/** What every charge of one component shares, looked up once per computation. */
interface ComponentHead {
  readonly componentId: string;
  readonly kind: ComponentCharge['kind'];
  readonly label: string;
  readonly subs: readonly SubsidyTable[];
  readonly hasSubs: boolean;
  readonly amounts: Float64Array;
}

/** Without trails: memberYear(…, false), with the per-component lookups hoisted out of the member-years. */
function plainYearBuilder(plan: ScenarioPlan, kt: KeyTables, core: CoreResult): YearBuilder {
  const nm = plan.nm;
  const np = kt.pool.length;
  const heads: ComponentHead[] = [];
  for (let p = 0; p < np; p++) {
    const pt = kt.pool[p] as KeyTables['pool'][number];
    heads.push({ componentId: pt.c.id, kind: pt.c.kind, label: pt.c.label, subs: pt.subs, hasSubs: pt.subs.length > 0, amounts: core.poolAmounts[p] as Float64Array });
  }
  for (let k = 0; k < kt.entries.length; k++) {
    const e = kt.entries[k] as EntryTable;
    heads.push({ componentId: e.comp.id, kind: e.comp.kind, label: e.comp.label, subs: e.subs, hasSubs: e.subs.length > 0, amounts: core.entryAmounts[k] as Float64Array });
  }
  const nh = heads.length;
  const hasPool = np > 0;
  const charged = plan.charged;
  const years = plan.years;
  const coreGross = core.gross;
  const coreSubsidies = core.subsidies;
  const poolTotal = core.poolTotal;
  const adjustment = core.adjustment;
  const memberAdj = core.memberAdj;
  const hasAdjustments = kt.adjustments.length > 0;
  return (i, t) => {
    const year = years[t] as number;
    const idx = t * nm + i;
    if (charged[idx] === 0) return { year, charged: false, components: [], poolTotal: 0, roundingAdjustment: 0, adjustments: NO_ADJUSTMENTS, adjustment: 0, gross: 0, subsidies: 0, net: 0 };
    const m = plan.members[i] as ResolvedMember;
    // Pool components are always listed; fee and override entries only where charged (not NaN).
    let count = np;
    for (let h = np; h < nh; h++) {
      const amount = (heads[h] as ComponentHead).amounts[idx] as number;
      if (amount === amount) count++;
    }
    const comps = new Array<ComponentCharge>(count);
    let c = 0;
    for (let h = 0; h < nh; h++) {
      const hd = heads[h] as ComponentHead;
      const amount = hd.amounts[idx] as number;
      if (h >= np && amount !== amount) continue;
      const subsidies = hd.hasSubs && amount > 0 ? subsidyCharges(hd.subs, core, m, idx, t, year) : NO_SUBSIDIES;
      comps[c++] = { componentId: hd.componentId, kind: hd.kind, label: hd.label, amount, subsidies, trail: null };
    }
    const gross = coreGross[idx] as number;
    const subsidies = coreSubsidies[idx] as number;
    return {
      year,
      charged: true,
      components: comps,
      poolTotal: hasPool ? (poolTotal[idx] as number) : 0,
      roundingAdjustment: hasPool ? (adjustment[idx] as number) : 0,
      adjustments: hasAdjustments ? adjustmentCharges(kt, core, idx) : NO_ADJUSTMENTS,
      adjustment: memberAdj[idx] as number,
      gross,
      subsidies,
      net: gross - subsidies,
    };
  };
}

function yearBuilder(r: ResolvedScenario, plan: ScenarioPlan, kt: KeyTables, core: CoreResult, withTrail: boolean): YearBuilder {
  return withTrail ? trailYearBuilder(r, plan, kt, core) : plainYearBuilder(plan, kt, core);
}

/**
 * How many members are built together. The core's columns are laid out [year × members + member]:
 * building one member's years jumps a whole year's length between them (80 KB at 10 000 members,
 * for each of a dozen columns); a block's years are built year by year, reading each column in
 * runs of consecutive members. Few enough that a streamed block still dies young.
 */
const MEMBER_BLOCK = 64;

/**
 * The same with every trail: a member-year's trails are some ten objects per component, and 64
 * members × 20 years of them outgrew the young generation while the block was being handed out,
 * so the collector copied and promoted them. Four at a time they die young (10 000 × 20 with
 * trails: 0.3–1.1 s of CPU with blocks of 64, 0.27–0.30 s with blocks of 4, in alternating runs;
 * without trails blocks of 64 stay the cheapest).
 */
const TRAIL_BLOCK = 4;

/** The block size for a computation with or without trails. */
const blockOf = (options: ComputeOptions): number => (options.trail === true ? TRAIL_BLOCK : MEMBER_BLOCK);

/** Members from … to (not included), their member-years built year by year across the block. */
function buildMembers(plan: ScenarioPlan, yearOf: YearBuilder, from: number, to: number): MemberResult[] {
  const ny = plan.ny;
  const years: MemberYearCharge[][] = [];
  for (let i = from; i < to; i++) years.push(new Array<MemberYearCharge>(ny));
  for (let t = 0; t < ny; t++) for (let i = from; i < to; i++) (years[i - from] as MemberYearCharge[])[t] = yearOf(i, t);
  return years.map((ys, k) => {
    const m = plan.members[from + k] as ResolvedMember;
    let totalGross = 0;
    let totalNet = 0;
    for (const y of ys) {
      totalGross += y.gross;
      totalNet += y.net;
    }
    return { id: m.id, name: m.name, category: m.category, role: m.role, invoicedVia: m.invoicedVia, years: ys, totalGross, totalNet };
  });
}

/**
 * Every member's result in the scenario's order, a block of members at a time (blockOf), handed out
 * one by one: few enough to die young. Once the last is built, or the reader leaves (a break), no
 * member is built any more, and the computation's columns go back for the next one.
 */
function* memberResults(plan: ScenarioPlan, core: CoreResult, yearOf: YearBuilder, options: ComputeOptions): Generator<MemberResult> {
  const block = blockOf(options);
  try {
    for (let from = 0; from < plan.nm; from += block) yield* buildMembers(plan, yearOf, from, Math.min(plan.nm, from + block));
  } finally {
    releaseBuffers(plan, core.owned);
  }
}

/** Totals per year, funders, funding and balance: what every result carries besides the members' charges. */
export function summarise(r: ResolvedScenario, plan: ScenarioPlan, kt: KeyTables, core: CoreResult): ScenarioSummary {
  const key = kt.key;
  const years = r.years;
  const ny = plan.ny;
  const nc = key.components.length;
  const totals: YearTotals[] = years.map((year, t) => {
    const byComponent: Record<string, number> = {};
    key.components.forEach((c, k) => (byComponent[c.id] = core.byComponent[t * nc + k] as number));
    const gross = core.yearGross[t] as number;
    const subsidies = core.yearSubsidies[t] as number;
    return {
      year,
      costs: r.costs ? (r.costs[t] as number) : null,
      pool: r.pools ? (r.pools[t] as number) : null,
      gross,
      subsidies,
      net: gross - subsidies,
      adjustments: core.yearAdjustments[t] as number,
      byComponent,
      chargedMembers: (plan.chargedList[t] as Int32Array).length,
    };
  });
  const funders: FunderResult[] = kt.funders
    .map((funder, f) => ({ funder, byYear: Array.from(core.funderTotals.subarray(f * ny, f * ny + ny)) }))
    .sort((a, b) => (a.funder < b.funder ? -1 : a.funder > b.funder ? 1 : 0))
    .map(({ funder, byYear }) => ({ funder, byYear, total: byYear.reduce((s, x) => s + x, 0) }));

  const funding = summariseFunding(r);
  const balance: BalanceYear[] = years.map((year, t) => {
    const tot = totals[t] as YearTotals;
    let external = 0;
    let planned = 0;
    for (const f of r.funding) {
      if (f.kind === 'external') external += f.amounts[t] as number;
      else planned += f.amounts[t] as number;
    }
    const costs = r.costs ? (r.costs[t] as number) : null;
    return {
      year,
      costs,
      memberCharges: tot.net,
      subsidies: tot.subsidies,
      externalFunding: external,
      plannedMemberFunding: planned,
      balance: costs === null ? null : tot.net + tot.subsidies + external - costs,
    };
  });

  return {
    scenarioId: r.id,
    keyId: key.id,
    keyVersion: key.version,
    currency: r.currency,
    years,
    parameters: key.parameters,
    totals,
    funders,
    funding,
    balance,
  };
}

export function computeScenario(r: ResolvedScenario, options: ComputeOptions = {}): ScenarioResult {
  const plan = buildPlan(r);
  const kt = keyTables(plan, r.key);
  const core = computeCore(r, plan, kt);
  const yearOf = yearBuilder(r, plan, kt, core, options.trail === true);
  const summary = summarise(r, plan, kt, core);
  return { ...summary, members: [...memberResults(plan, core, yearOf, options)] };
}

/** The result of computeScenario with its members handed out one at a time (streamScenario). */
export interface ScenarioStream extends ScenarioSummary {
  readonly memberCount: number;
  /** Each member's result, in the scenario's order, built when it is reached; iterate it once. */
  readonly members: Iterable<MemberResult>;
}

/**
 * computeScenario for a reader that writes each member as it comes (the annex, the CLI's JSON and
 * CSV): the same numbers and trails, but a member's objects are built only when it is reached and
 * can be dropped once written. Holding every trail of 10 000 members × 20 years at once is what
 * made the cost per member-year grow with the size: the collector then moves millions of objects
 * into the old generation; one member at a time, they die young and cost almost nothing to free.
 */
export function streamScenario(r: ResolvedScenario, options: ComputeOptions = {}): ScenarioStream {
  const plan = buildPlan(r);
  const kt = keyTables(plan, r.key);
  const core = computeCore(r, plan, kt);
  const yearOf = yearBuilder(r, plan, kt, core, options.trail === true);
  let used = false;
  function* members(): Generator<MemberResult> {
    if (used) throw new Error('streamScenario: the members can be read once');
    used = true;
    yield* memberResults(plan, core, yearOf, options);
  }
  return { ...summarise(r, plan, kt, core), memberCount: plan.nm, members: { [Symbol.iterator]: members } };
}

/**
 * The charges of a computation, one member-year at a time by index, built when asked and not kept:
 * for a writer that visits each member-year a few times over a long run (the annex, which plans
 * its sheets and then writes their rows). Holding every member's result through that run is what
 * made a large annex's cost per member-year grow: the collector traces millions of held objects
 * again and again.
 */
export interface ScenarioCharges extends ScenarioSummary {
  /** The members' ids, in the scenario's order (index i of `charge`). */
  readonly memberIds: readonly string[];
  /**
   * Member i's charge in the horizon's year t (an index), without trails: a new object each call.
   * Cheapest a year at a time, member after member (the columns' order; see MEMBER_BLOCK).
   */
  charge(i: number, t: number): MemberYearCharge;
  /** Done reading: the columns go back for the next computation, and `charge` refuses after this. */
  release(): void;
}

/** computeScenario's numbers as ScenarioCharges: computed once into columns, each charge built on demand. */
export function scenarioCharges(r: ResolvedScenario): ScenarioCharges {
  const plan = buildPlan(r);
  const kt = keyTables(plan, r.key);
  // The core's buffers stay with the charges (they are read until the last call), as computeFigures' columns do.
  const core = computeCore(r, plan, kt);
  const build = plainYearBuilder(plan, kt, core);
  let released = false;
  return {
    ...summarise(r, plan, kt, core),
    memberIds: plan.ids,
    charge: (i, t) => {
      if (released) throw new Error('scenarioCharges: charge() after release()');
      return build(i, t);
    },
    release: () => {
      if (!released) releaseBuffers(plan, core.owned);
      released = true;
    },
  };
}

/** A held result (computeScenario) seen as ScenarioCharges: its own objects, looked up. */
export function chargesOfResult(result: ScenarioResult): ScenarioCharges {
  const { members, ...summary } = result;
  return {
    ...summary,
    memberIds: members.map((m) => m.id),
    charge: (i, t) => {
      const charge = members[i]?.years[t];
      if (charge === undefined) throw new RangeError(`no member-year ${i}, ${t} in the result`);
      return charge;
    },
    // A held result has no columns to give back.
    release: () => undefined,
  };
}

/**
 * One member-year with the full explanation trail of each charge ("Why this amount?"). Computes
 * only that year (the pool's largest remainder needs all members of the year).
 */
export function explainCharge(r: ResolvedScenario, memberId: string, year: number): MemberYearCharge {
  const plan = buildPlan(r);
  const i = plan.ids.indexOf(memberId);
  if (i < 0) throw invalidField('memberId', 'error.engine.noMemberInScenario', { id: memberId });
  const t = plan.years.indexOf(year);
  if (t < 0) throw invalidField('year', 'error.engine.outsideHorizon', { year, from: plan.years[0]!, to: plan.years[plan.years.length - 1]! });
  const kt = keyTables(plan, r.key);
  const core = computeCore(r, plan, kt, t, t + 1);
  const charge = memberYear(r, plan, kt, core, i, t, true);
  releaseBuffers(plan, core.owned);
  return charge;
}

function summariseFunding(r: ResolvedScenario): FundingSummary {
  const byYear = r.years.map((year) => ({ year, secured: 0, expected: 0, uncertain: 0, total: 0 }));
  const sources = r.funding.map((f) => {
    let total = 0;
    const ys = r.years.map((year, t) => {
      const amount = f.amounts[t] as number;
      const status = f.statuses[t] ?? null;
      const y = byYear[t] as (typeof byYear)[number];
      if (status) y[status] += amount;
      y.total += amount;
      total += amount;
      return { year, amount, status };
    });
    return { source: f.source, kind: f.kind, byYear: ys, total };
  });
  const sum = (k: 'secured' | 'expected' | 'uncertain' | 'total'): number => byYear.reduce((s, y) => s + y[k], 0);
  const expected = sum('expected');
  const uncertain = sum('uncertain');
  return { sources, byYear, secured: sum('secured'), expected, uncertain, total: sum('total'), notSecured: expected + uncertain };
}
