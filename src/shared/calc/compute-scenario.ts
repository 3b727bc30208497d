/**
 * computeScenario(resolved): every member's charge per year and component, what each funder
 * pays, totals, the funding summary and the balance. Pure and deterministic; no validation
 * or parsing happens here (resolveScenario did it).
 *
 * Two passes. The core walks years, then members (in id order), then components (in key order),
 * exactly as the rules are written, but reads flat tables (plan.ts) and writes plain numbers into
 * typed arrays: no closures, maps or objects per member-year. The second pass builds the result
 * objects. Explanation trails are optional: computeScenario(r) leaves them out (trail: null);
 * explainCharge(r, memberId, year) gives one member-year with its full trail on demand, and
 * computeScenario(r, { trail: true }) gives every trail (for the annex).
 */
import { invalidInput } from '../errors';
import { findBand } from './bands';
import { roundProduct } from './exact';
import { chargeFee } from './fees';
import type { EntryTable, KeyTables, ScenarioPlan, SubsidyTable } from './plan';
import { BANDED, CATEGORY, FIXED, buildPlan, keyTables, releaseBuffers, takeBuffer } from './plan';
import type { PoolScratch } from './pool';
import { allocateYear, poolScratch } from './pool';
import type { ResolvedMember, ResolvedScenario } from './resolved.types';
import type { BalanceYear, ChargeTrail, ComponentCharge, FunderResult, FundingSummary, MemberResult, MemberYearCharge, ScenarioResult, SubsidyCharge, YearTotals } from './result.types';

export interface ComputeOptions {
  /**
   * Build the explanation trail of every charge (default false: `trail` is null). For one
   * member-year, explainCharge is much cheaper.
   */
  readonly trail?: boolean;
}

/** The numbers of a computation, before any result object is built. Index [t * members + i]. */
export interface CoreResult {
  readonly t0: number;
  readonly t1: number;
  /** Per pool component: the rounded amount (charged member-years only). */
  readonly poolAmounts: Float64Array[];
  /** Per year and pool component: the total weight [t * pool components + p]. */
  readonly poolW: Float64Array;
  readonly poolTotal: Float64Array;
  readonly adjustment: Float64Array;
  /** Per entry (fee or override, key order): the amount, NaN where the component is not charged. */
  readonly entryAmounts: Float64Array[];
  /** Per subsidy (key.subsidies order): 0 = none, > 0 paid, < 0 paid and capped (amount = -value). */
  readonly subPay: Float64Array[];
  readonly gross: Float64Array;
  readonly subsidies: Float64Array;
  readonly yearGross: Float64Array;
  readonly yearSubsidies: Float64Array;
  /** [t * components + component index] */
  readonly byComponent: Float64Array;
  /** [funder * years + t] */
  readonly funderTotals: Float64Array;
  /** The [year * members] buffers this computation took (see releaseBuffers); not the reused ones. */
  readonly owned: Float64Array[];
}

/** Blocks whose numbers a sweep step takes from an earlier computation (same inputs, same numbers). */
export interface Reuse {
  readonly base: CoreResult;
  readonly pool: boolean;
  readonly entries: readonly boolean[];
  /** Sums over the reused entries, so a step need not walk them (see reusedSums). */
  readonly sums?: ReusedSums;
}

/**
 * What the reused fee and override entries add per member-year, per year and component, and per
 * funder. Adding them as one sum instead of component by component is exact (and so gives the
 * reference's numbers) while every partial sum stays below 2^53; `abs` lets a step check that.
 */
export interface ReusedSums {
  readonly gross: Float64Array;
  readonly subsidies: Float64Array;
  readonly abs: Float64Array;
  readonly byComponent: Float64Array;
  readonly funderTotals: Float64Array;
}

export function reusedSums(plan: ScenarioPlan, kt: KeyTables, base: CoreResult, entries: readonly boolean[]): ReusedSums {
  const size = plan.nm * plan.ny;
  const nc = kt.key.components.length;
  const sums: ReusedSums = {
    gross: new Float64Array(size),
    subsidies: new Float64Array(size),
    abs: new Float64Array(size),
    byComponent: new Float64Array(plan.ny * nc),
    funderTotals: new Float64Array(kt.funders.length * plan.ny),
  };
  kt.entries.forEach((e, k) => {
    if (!entries[k]) return;
    const amounts = base.entryAmounts[k] as Float64Array;
    for (let idx = 0; idx < size; idx++) {
      const amount = amounts[idx] as number;
      if (amount !== amount || plan.charged[idx] === 0) continue;
      sums.gross[idx] = (sums.gross[idx] as number) + amount;
      sums.abs[idx] = (sums.abs[idx] as number) + Math.abs(amount);
      const t = Math.floor(idx / plan.nm);
      sums.byComponent[t * nc + e.compIndex] = (sums.byComponent[t * nc + e.compIndex] as number) + amount;
      for (const st of e.subs) {
        const v = (base.subPay[st.index] as Float64Array)[idx] as number;
        if (v === 0) continue;
        const pay = v < 0 ? -v : v;
        sums.subsidies[idx] = (sums.subsidies[idx] as number) + pay;
        sums.funderTotals[st.funder * plan.ny + t] = (sums.funderTotals[st.funder * plan.ny + t] as number) + pay;
      }
    }
  });
  return sums;
}

const NO_SUBSIDIES: readonly never[] = [];

/** Fee amount of entry e for member i in year index t, or NaN when it is not charged (chargeFee without the trail). */
function feeAmount(e: EntryTable, plan: ScenarioPlan, i: number, idx: number, t: number, year: number): number {
  if (e.applies[i] === 0) return NaN;
  const oneTime = e.oneTime;
  if (oneTime && plan.joinYear[i] !== year) return NaN;
  // One-time fees are never prorated: they are due in full on joining.
  const fn = oneTime ? 1 : (e.pr.n[idx] as number);
  const fd = oneTime ? 1 : (e.pr.d[idx] as number);
  let num = 0;
  let den = 1;
  const kind = e.kind;
  if (kind === BANDED) {
    num = findBand(e.bands as NonNullable<EntryTable['bands']>, e.edge, (e.metric as Float64Array)[idx] as number).amount as number;
  } else if (kind === CATEGORY) {
    const a = e.catAmount[i];
    if (a === undefined) return NaN;
    num = a;
  } else if (kind === FIXED) {
    num = e.amount;
  } else {
    const value = (e.metric as Float64Array)[idx] as number;
    let rate = e.rateByYear[t] ?? null;
    if (e.bands) {
      const band = findBand(e.bands, e.edge, value);
      rate = band.rate;
      if (rate === null) num = band.amount as number;
    }
    if (rate !== null) {
      num = rate.n * value;
      den = rate.d;
      // Rare: a huge metric at a fine rate. Round straight from the factors, exactly (no floor or cap).
      if (!Number.isSafeInteger(num)) return roundProduct(rate.n, value, fn, rate.d, fd, e.rounding, e.id);
    }
  }
  if (e.min !== null && num < e.min * den) {
    num = e.min;
    den = 1;
  } else if (e.max !== null && num > e.max * den) {
    num = e.max;
    den = 1;
  }
  const rounding = e.rounding;
  // Whole year, whole amount, rounding to the minor unit: roundProduct would return num itself.
  if (fd === 1 && fn === 1 && den === 1 && rounding.unit === 1 && Number.isSafeInteger(num)) return num;
  return roundProduct(num, fn, 1, den, fd, rounding, e.id);
}

/** Applies a component's subsidies (subsidies.applySubsidies); returns what the funders pay. */
function applySubsidies(subs: readonly SubsidyTable[], plan: ScenarioPlan, out: CoreResult, i: number, idx: number, t: number, year: number, amount: number, fn: number, fd: number): number {
  let left = amount;
  let paid = 0;
  const ny = plan.ny;
  for (let k = 0; k < subs.length; k++) {
    const st = subs[k] as SubsidyTable;
    if (st.eligible[i] === 0 || left <= 0) continue;
    if (st.yearOk[t] === 0) continue;
    if (st.contractYears !== null) {
      const jy = plan.joinYear[i] as number;
      if (Number.isNaN(jy) || !st.contractYears.includes(year - jy + 1)) continue;
    }
    let pay: number;
    if (st.share !== null) {
      pay = roundProduct(amount, st.share.n, 1, st.share.d, 1, st.rounding, st.s.id);
    } else {
      const rate = st.rate as NonNullable<SubsidyTable['rate']>;
      const units = (st.metric as Float64Array)[idx] as number;
      pay = st.s.proRata ? roundProduct(rate.n, units, fn, rate.d, fd, st.rounding, st.s.id) : roundProduct(rate.n, units, 1, rate.d, 1, st.rounding, st.s.id);
    }
    let capped = false;
    if (pay > left) {
      pay = left;
      capped = true;
    }
    if (pay === 0) continue;
    left -= pay;
    (out.subPay[st.index] as Float64Array)[idx] = capped ? -pay : pay;
    out.funderTotals[st.funder * ny + t] = (out.funderTotals[st.funder * ny + t] as number) + pay;
    paid += pay;
  }
  return paid;
}

/** Subsidies taken over from an earlier computation: adds them to the funder totals. */
function reusedSubsidies(subs: readonly SubsidyTable[], plan: ScenarioPlan, out: CoreResult, idx: number, t: number): number {
  let paid = 0;
  for (let k = 0; k < subs.length; k++) {
    const st = subs[k] as SubsidyTable;
    const v = (out.subPay[st.index] as Float64Array)[idx] as number;
    if (v === 0) continue;
    const pay = v < 0 ? -v : v;
    const f = st.funder * plan.ny + t;
    out.funderTotals[f] = (out.funderTotals[f] as number) + pay;
    paid += pay;
  }
  return paid;
}

/** The numbers for years [t0, t1) of scenario r under the key tables kt. */
export function computeCore(r: ResolvedScenario, plan: ScenarioPlan, kt: KeyTables, t0 = 0, t1 = plan.ny, reuse: Reuse | null = null): CoreResult {
  const { nm, ny } = plan;
  const key = kt.key;
  const np = kt.pool.length;
  const ne = kt.entries.length;
  const nc = key.components.length;
  const reusePool = reuse !== null && reuse.pool;
  const reuseEntry = (e: number): boolean => reuse !== null && reuse.entries[e] === true;
  const owned: Float64Array[] = [];
  const take = (): Float64Array => {
    const b = takeBuffer(plan);
    owned.push(b);
    return b;
  };
  const zeroed = (): Float64Array => take().fill(0);
  const subPay: Float64Array[] = kt.subsidies.map(() => new Float64Array(0));
  const poolReused = (p: number): Float64Array | null => (reusePool ? ((reuse as Reuse).base.poolAmounts[p] as Float64Array) : null);
  for (const pt of kt.pool) for (const st of pt.subs) subPay[st.index] = reusePool ? ((reuse as Reuse).base.subPay[st.index] as Float64Array) : zeroed();
  kt.entries.forEach((e, k) => {
    for (const st of e.subs) subPay[st.index] = reuseEntry(k) ? ((reuse as Reuse).base.subPay[st.index] as Float64Array) : zeroed();
  });
  const out: CoreResult = {
    t0,
    t1,
    poolAmounts: kt.pool.map((_, p) => poolReused(p) ?? take()),
    poolW: reusePool ? (reuse as Reuse).base.poolW : new Float64Array(ny * np),
    poolTotal: reusePool ? (reuse as Reuse).base.poolTotal : take(),
    adjustment: reusePool ? (reuse as Reuse).base.adjustment : take(),
    entryAmounts: kt.entries.map((_, k) => (reuseEntry(k) ? ((reuse as Reuse).base.entryAmounts[k] as Float64Array) : take())),
    subPay,
    gross: take(),
    subsidies: take(),
    yearGross: new Float64Array(ny),
    yearSubsidies: new Float64Array(ny),
    byComponent: new Float64Array(ny * nc),
    funderTotals: new Float64Array(kt.funders.length * ny),
    owned,
  };
  const entryReused: boolean[] = kt.entries.map((_, k) => reuseEntry(k));
  const sums = reuse?.sums ?? null;
  if (sums) {
    out.byComponent.set(sums.byComponent);
    out.funderTotals.set(sums.funderTotals);
  }
  // With sums, check that adding in another order is still exact: every member-year's absolute
  // total and every funder's total below 2^53. Otherwise recompute in the reference's order.
  let exact = true;
  let payAbs = 0;
  if (sums) for (let k = 0; k < sums.funderTotals.length; k++) payAbs += sums.funderTotals[k] as number;
  const scratch: PoolScratch | null = np > 0 && !reusePool ? poolScratch(plan, np) : null;
  const matched = new Uint8Array(kt.overrides.length);
  const overrides = kt.overrides;
  const entries = kt.entries;
  const charged = plan.charged;
  const poolPrN = kt.poolPr.n;
  const poolPrD = kt.poolPr.d;
  const poolTables = kt.pool;
  const poolAmounts = out.poolAmounts;
  const entryAmounts = out.entryAmounts;
  const byComponent = out.byComponent;
  const adjustments = out.adjustment;
  const poolTotals = out.poolTotal;
  const grossOut = out.gross;
  const subsidiesOut = out.subsidies;
  const nOverrides = overrides.length;
  const anyReusedEntry = entryReused.includes(true);

  for (let t = t0; t < t1; t++) {
    const year = plan.years[t] as number;
    const base = t * nm;
    const bc = t * nc;
    const pool = r.pools ? (r.pools[t] as number) : 0;
    if (np > 0 && scratch !== null) {
      allocateYear(kt, plan, t, pool, scratch);
      const list = plan.chargedList[t] as Int32Array;
      for (let p = 0; p < np; p++) {
        const src = scratch.amounts[p] as Float64Array;
        const dst = out.poolAmounts[p] as Float64Array;
        for (let k = 0; k < list.length; k++) dst[base + (list[k] as number)] = src[k] as number;
        out.poolW[t * np + p] = scratch.W[p] as number;
      }
      for (let k = 0; k < list.length; k++) out.poolTotal[base + (list[k] as number)] = scratch.totals[k] as number;
    }

    let yGross = 0;
    let ySubs = 0;
    for (let i = 0; i < nm; i++) {
      const idx = base + i;
      if (charged[idx] === 0) {
        for (let e = 0; e < ne; e++) if (!entryReused[e]) (entryAmounts[e] as Float64Array)[idx] = NaN;
        continue;
      }
      let gross = 0;
      let subsidies = 0;
      let abs = 0;
      if (np > 0) {
        let sumParts = 0;
        for (let p = 0; p < np; p++) {
          const pt = poolTables[p] as KeyTables['pool'][number];
          const amount = (poolAmounts[p] as Float64Array)[idx] as number;
          sumParts += amount;
          let paid = 0;
          if (pt.subs.length > 0 && amount > 0) {
            paid = reusePool ? reusedSubsidies(pt.subs, plan, out, idx, t) : applySubsidies(pt.subs, plan, out, i, idx, t, year, amount, poolPrN[idx] as number, poolPrD[idx] as number);
          }
          subsidies += paid;
          payAbs += paid;
          gross += amount;
          abs += Math.abs(amount);
          byComponent[bc + pt.compIndex] = (byComponent[bc + pt.compIndex] as number) + amount;
        }
        const adjustment = reusePool ? (adjustments[idx] as number) : (poolTotals[idx] as number) - sumParts;
        if (!reusePool) adjustments[idx] = adjustment;
        gross += adjustment;
        abs += Math.abs(adjustment);
      }

      // Overrides first, to know which fee components they replace for this member and year.
      for (let o = 0; o < nOverrides; o++) {
        const ot = overrides[o] as (typeof overrides)[number];
        let ok = ot.relevant[i] === 1;
        if (ok && ot.metric !== null) {
          const v = ot.metric[idx] as number;
          if (ot.above !== null && !(v > ot.above)) ok = false;
          if (ot.atLeast !== null && !(v >= ot.atLeast)) ok = false;
        }
        matched[o] = ok ? 1 : 0;
      }
      for (let k = 0; k < ne; k++) {
        const e = entries[k] as EntryTable;
        const amounts = entryAmounts[k] as Float64Array;
        let amount: number;
        if (anyReusedEntry && entryReused[k]) {
          if (sums) continue;
          amount = amounts[idx] as number;
          if (amount !== amount) continue;
          const paid = e.subs.length > 0 && amount > 0 ? reusedSubsidies(e.subs, plan, out, idx, t) : 0;
          subsidies += paid;
          gross += amount;
          byComponent[bc + e.compIndex] = (byComponent[bc + e.compIndex] as number) + amount;
          continue;
        }
        let skip = false;
        const overridePos = e.overridePos;
        if (overridePos >= 0) {
          skip = matched[overridePos] === 0;
        } else {
          const replacedBy = e.replacedBy;
          for (let j = 0; j < replacedBy.length; j++) {
            if (matched[replacedBy[j] as number] === 1) {
              skip = true;
              break;
            }
          }
        }
        amount = skip || e.applies[i] === 0 ? NaN : feeAmount(e, plan, i, idx, t, year);
        amounts[idx] = amount;
        if (amount !== amount) continue;
        let paid = 0;
        if (e.subs.length > 0 && amount > 0) {
          const one = e.oneTime;
          paid = applySubsidies(e.subs, plan, out, i, idx, t, year, amount, one ? 1 : (e.pr.n[idx] as number), one ? 1 : (e.pr.d[idx] as number));
        }
        subsidies += paid;
        payAbs += paid;
        gross += amount;
        abs += Math.abs(amount);
        const ci = bc + e.compIndex;
        byComponent[ci] = (byComponent[ci] as number) + amount;
      }
      if (sums) {
        gross += sums.gross[idx] as number;
        subsidies += sums.subsidies[idx] as number;
        if (!((sums.abs[idx] as number) + abs <= Number.MAX_SAFE_INTEGER)) exact = false;
      }
      grossOut[idx] = gross;
      subsidiesOut[idx] = subsidies;
      yGross += gross;
      ySubs += subsidies;
    }
    out.yearGross[t] = yGross;
    out.yearSubsidies[t] = ySubs;
  }
  if (sums && !(exact && payAbs <= Number.MAX_SAFE_INTEGER)) {
    releaseBuffers(plan, owned);
    return computeCore(r, plan, kt, t0, t1, { base: (reuse as Reuse).base, pool: reusePool, entries: (reuse as Reuse).entries });
  }
  return out;
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

function poolTrail(kt: KeyTables, plan: ScenarioPlan, core: CoreResult, p: number, m: ResolvedMember, idx: number, t: number, pool: number): ChargeTrail {
  const pt = kt.pool[p] as KeyTables['pool'][number];
  const c = pt.c;
  const key = kt.key;
  const whole = kt.poolPr.d[idx] === 1;
  const den = kt.poolDen === 'one' ? 1 : kt.poolDen === 'days' ? (plan.daysInYear[t] as number) : 12;
  const presence = whole ? den : (kt.poolPr.n[idx] as number);
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

function memberYear(r: ResolvedScenario, plan: ScenarioPlan, kt: KeyTables, core: CoreResult, i: number, t: number, withTrail: boolean): MemberYearCharge {
  const year = plan.years[t] as number;
  const idx = t * plan.nm + i;
  if (plan.charged[idx] === 0) return { year, charged: false, components: [], poolTotal: 0, roundingAdjustment: 0, gross: 0, subsidies: 0, net: 0 };
  const m = plan.members[i] as ResolvedMember;
  const comps: ComponentCharge[] = [];
  const pool = r.pools ? (r.pools[t] as number) : 0;
  for (let p = 0; p < kt.pool.length; p++) {
    const pt = kt.pool[p] as KeyTables['pool'][number];
    const amount = (core.poolAmounts[p] as Float64Array)[idx] as number;
    const subsidies = pt.subs.length > 0 && amount > 0 ? subsidyCharges(pt.subs, core, m, idx, t, year) : NO_SUBSIDIES;
    comps.push({ componentId: pt.c.id, kind: pt.c.kind, label: pt.c.label, amount, subsidies, trail: withTrail ? poolTrail(kt, plan, core, p, m, idx, t, pool) : null });
  }
  for (let k = 0; k < kt.entries.length; k++) {
    const amount = (core.entryAmounts[k] as Float64Array)[idx] as number;
    if (amount !== amount) continue;
    const e = kt.entries[k] as EntryTable;
    const c = e.comp;
    const subsidies = e.subs.length > 0 && amount > 0 ? subsidyCharges(e.subs, core, m, idx, t, year) : NO_SUBSIDIES;
    let trail: ChargeTrail | null = null;
    if (withTrail) trail = chargeFee(e.fee, m, t, year, plan.daysInYear[t] as number, true, c.kind === 'override' ? c.replaces : null)?.trail ?? null;
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
    gross,
    subsidies,
    net: gross - subsidies,
  };
}

function membersWithTrail(r: ResolvedScenario, plan: ScenarioPlan, kt: KeyTables, core: CoreResult): MemberResult[] {
  const members: MemberResult[] = [];
  for (let i = 0; i < plan.nm; i++) {
    const m = plan.members[i] as ResolvedMember;
    const ys: MemberYearCharge[] = [];
    let totalGross = 0;
    let totalNet = 0;
    for (let t = 0; t < plan.ny; t++) {
      const y = memberYear(r, plan, kt, core, i, t, true);
      totalGross += y.gross;
      totalNet += y.net;
      ys.push(y);
    }
    members.push({ id: m.id, name: m.name, category: m.category, role: m.role, invoicedVia: m.invoicedVia, years: ys, totalGross, totalNet });
  }
  return members;
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

/** The members' results without trails: memberYear(…, false) for every member-year, with the per-component lookups hoisted. */
function memberResults(plan: ScenarioPlan, kt: KeyTables, core: CoreResult): MemberResult[] {
  const nm = plan.nm;
  const ny = plan.ny;
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
  const members = new Array<MemberResult>(nm);
  for (let i = 0; i < nm; i++) {
    const m = plan.members[i] as ResolvedMember;
    const ys = new Array<MemberYearCharge>(ny);
    let totalGross = 0;
    let totalNet = 0;
    for (let t = 0; t < ny; t++) {
      const year = years[t] as number;
      const idx = t * nm + i;
      if (charged[idx] === 0) {
        ys[t] = { year, charged: false, components: [], poolTotal: 0, roundingAdjustment: 0, gross: 0, subsidies: 0, net: 0 };
        continue;
      }
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
      const net = gross - subsidies;
      totalGross += gross;
      totalNet += net;
      ys[t] = {
        year,
        charged: true,
        components: comps,
        poolTotal: hasPool ? (poolTotal[idx] as number) : 0,
        roundingAdjustment: hasPool ? (adjustment[idx] as number) : 0,
        gross,
        subsidies,
        net,
      };
    }
    members[i] = { id: m.id, name: m.name, category: m.category, role: m.role, invoicedVia: m.invoicedVia, years: ys, totalGross, totalNet };
  }
  return members;
}

/** Builds the ScenarioResult from a full computation. */
export function materialize(r: ResolvedScenario, plan: ScenarioPlan, kt: KeyTables, core: CoreResult, withTrail: boolean): ScenarioResult {
  const key = kt.key;
  const years = r.years;
  const ny = plan.ny;
  const nc = key.components.length;
  const members: MemberResult[] = withTrail ? membersWithTrail(r, plan, kt, core) : memberResults(plan, kt, core);
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
    members,
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
  const result = materialize(r, plan, kt, core, options.trail === true);
  releaseBuffers(plan, core.owned);
  return result;
}

/**
 * One member-year with the full explanation trail of each charge ("Why this amount?"). Computes
 * only that year (the pool's largest remainder needs all members of the year).
 */
export function explainCharge(r: ResolvedScenario, memberId: string, year: number): MemberYearCharge {
  const plan = buildPlan(r);
  const i = plan.ids.indexOf(memberId);
  if (i < 0) throw invalidInput('memberId', `no member "${memberId}" in this scenario`);
  const t = plan.years.indexOf(year);
  if (t < 0) throw invalidInput('year', `${year} is outside the horizon ${plan.years[0]}–${plan.years[plan.years.length - 1]}`);
  const kt = keyTables(plan, r.key);
  const core = computeCore(r, plan, kt, t, t + 1);
  const charge = memberYear(r, plan, kt, core, i, t, true);
  releaseBuffers(plan, core.owned);
  return charge;
}

export function summariseFunding(r: ResolvedScenario): FundingSummary {
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
