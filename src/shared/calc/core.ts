/**
 * The numbers of a computation: every member-year's charge per component, its subsidies, the
 * pool's largest remainder, and the sums per year, component and funder, as plain numbers in
 * typed arrays indexed [year * members + member]. No result object is built here; see
 * compute-scenario.ts (the detailed result) and figures.ts (the columnar one).
 *
 * The core reads flat tables (plan.ts). Within a year it goes component by component over all
 * members, one tight loop per component with the same kind of charge each time, rather than
 * member by member. Amounts are integers, so the order of additions does not change a sum;
 * only the order in which errors would surface differs, and when a year fails,
 * walkYearForError finds the error the rules' own order (member by member, component by
 * component) meets first, so messages stay the same.
 */
import { findBand } from './bands';
import { roundProduct } from './exact';
import { MAX_AMOUNT, amountTooLarge, checkAmount } from './limits';
import { chargesInYear, componentInYear } from './year-place';
import { marginalFee } from './fees';
import type { EntryTable, KeyTables, ProRataTable, ScenarioPlan, SubsidyTable } from './plan';
import { BANDED, CATEGORY, FIXED, takeBuffer } from './plan';
import type { PoolScratch } from './pool';
import { allocateYear, poolScratch } from './pool';
import type { ResolvedScenario } from './resolved.types';

/** The numbers of a computation, before any result object is built. Index [t * members + i]. */
export interface CoreResult {
  readonly t0: number;
  readonly t1: number;
  /** Per pool component: the rounded amount; NaN where the member-year is not charged. */
  readonly poolAmounts: Float64Array[];
  /** Per year and pool component: the total weight [t * pool components + p]. */
  readonly poolW: Float64Array;
  /** The member's part of the pool and its rounding adjustment; 0 where the member-year is not charged (so are gross and subsidies). */
  readonly poolTotal: Float64Array;
  readonly adjustment: Float64Array;
  /** Per entry (fee or override, key order): the amount, NaN where the component is not charged. */
  readonly entryAmounts: Float64Array[];
  /** Per subsidy (key.subsidies order): 0 = none, > 0 paid, < 0 paid and capped (amount = -value). */
  readonly subPay: Float64Array[];
  /** Per adjustment (key.adjustments order): the signed amount, NaN where it does not apply. */
  readonly adjPay: Float64Array[];
  /** Per adjustment: 1 where a discount was cut down to what the member pays after subsidies. */
  readonly adjCapped: Uint8Array[];
  /** Sum of the member-year's adjustments (included in gross); 0 where none. */
  readonly memberAdj: Float64Array;
  readonly yearAdjustments: Float64Array;
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
}

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
  } else if (e.marginal) {
    // Marginal bands: floor/cap, pro rata and rounding inside, exactly.
    return marginalFee(e.bands as NonNullable<EntryTable['bands']>, e.marginalDen, e.marginalNum, (e.metric as Float64Array)[idx] as number, e.min, e.max, fn, fd, e.rounding, e.id);
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
      // Rare: a huge metric at a fine rate. Past 2^53 the annual amount is past MAX_AMOUNT, refused unless a cap holds it.
      if (!Number.isSafeInteger(num)) {
        if (e.max === null || BigInt(rate.n) * BigInt(value) <= BigInt(e.max) * BigInt(rate.d)) throw amountTooLarge(`key.components.${e.id}`);
        num = e.max;
        den = 1;
      }
    }
  }
  if (e.min !== null && num < e.min * den) {
    num = e.min;
    den = 1;
  } else if (e.max !== null && num > e.max * den) {
    num = e.max;
    den = 1;
  }
  // The annual amount (after floor and cap, before pro rata) within what the engine accepts (limits.ts).
  if (num > MAX_AMOUNT * den) throw amountTooLarge(`key.components.${e.id}`);
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
      const prorate = st.s.proRata;
      pay = roundProduct(rate.n, units, prorate ? fn : 1, rate.d, prorate ? fd : 1, st.rounding, st.s.id);
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

/** Subsidies of one charge: applied afresh, or taken over from the computation being reused. */
function chargeSubsidies(subs: readonly SubsidyTable[], reused: boolean, plan: ScenarioPlan, out: CoreResult, i: number, idx: number, t: number, year: number, amount: number, pr: ProRataTable | null): number {
  if (reused) return reusedSubsidies(subs, plan, out, idx, t);
  return applySubsidies(subs, plan, out, i, idx, t, year, amount, pr === null ? 1 : (pr.n[idx] as number), pr === null ? 1 : (pr.d[idx] as number));
}

/** Whether entry e is not charged to member i this year: an override that did not match, or a fee an override replaced. */
function skipped(e: EntryTable, matched: readonly Uint8Array[], i: number): boolean {
  const overridePos = e.overridePos;
  if (overridePos >= 0) return (matched[overridePos] as Uint8Array)[i] === 0;
  const replacedBy = e.replacedBy;
  for (let j = 0; j < replacedBy.length; j++) if ((matched[replacedBy[j] as number] as Uint8Array)[i] === 1) return true;
  return false;
}

/** Per computation: which overrides matched each member in the year being computed. */
function matchOverrides(kt: KeyTables, list: Int32Array, base: number, matched: readonly Uint8Array[]): void {
  for (let o = 0; o < kt.overrides.length; o++) {
    const ot = kt.overrides[o] as KeyTables['overrides'][number];
    const row = matched[o] as Uint8Array;
    for (let k = 0; k < list.length; k++) {
      const i = list[k] as number;
      let ok = ot.relevant[i] === 1;
      if (ok && ot.metric !== null) {
        const v = ot.metric[base + i] as number;
        if (ot.above !== null && !(v > ot.above)) ok = false;
        if (ot.atLeast !== null && !(v >= ot.atLeast)) ok = false;
      }
      row[i] = ok ? 1 : 0;
    }
  }
}

/** The numbers for years [t0, t1) of scenario r under the key tables kt (a sweep step may reuse an earlier computation's blocks). */
export function computeCore(r: ResolvedScenario, plan: ScenarioPlan, kt: KeyTables, t0 = 0, t1 = plan.ny, reuse: Reuse | null = null): CoreResult {
  const { nm, ny } = plan;
  const key = kt.key;
  const np = kt.pool.length;
  const nc = key.components.length;
  const reusePool = reuse !== null && reuse.pool;
  const entryReused: boolean[] = kt.entries.map((_, k) => reuse !== null && reuse.entries[k] === true);
  const owned: Float64Array[] = [];
  const take = (): Float64Array => {
    const b = takeBuffer(plan);
    owned.push(b);
    return b;
  };
  const zeroed = (): Float64Array => take().fill(0);
  const subPay: Float64Array[] = kt.subsidies.map(() => new Float64Array(0));
  for (const pt of kt.pool) for (const st of pt.subs) subPay[st.index] = reusePool ? ((reuse as Reuse).base.subPay[st.index] as Float64Array) : zeroed();
  kt.entries.forEach((e, k) => {
    for (const st of e.subs) subPay[st.index] = entryReused[k] ? ((reuse as Reuse).base.subPay[st.index] as Float64Array) : zeroed();
  });
  const out: CoreResult = {
    t0,
    t1,
    // NaN where a component is not charged, 0 for the sums: a member-year nobody charges reads the same in every column.
    poolAmounts: kt.pool.map((_, p) => (reusePool ? ((reuse as Reuse).base.poolAmounts[p] as Float64Array) : take().fill(NaN))),
    poolW: reusePool ? (reuse as Reuse).base.poolW : new Float64Array(ny * np),
    poolTotal: reusePool ? (reuse as Reuse).base.poolTotal : zeroed(),
    adjustment: reusePool ? (reuse as Reuse).base.adjustment : zeroed(),
    entryAmounts: kt.entries.map((_, k) => (entryReused[k] ? ((reuse as Reuse).base.entryAmounts[k] as Float64Array) : take().fill(NaN))),
    subPay,
    adjPay: kt.adjustments.map(() => take().fill(NaN)),
    adjCapped: kt.adjustments.map(() => new Uint8Array(nm * ny)),
    memberAdj: zeroed(),
    yearAdjustments: new Float64Array(ny),
    gross: zeroed(),
    subsidies: zeroed(),
    yearGross: new Float64Array(ny),
    yearSubsidies: new Float64Array(ny),
    byComponent: new Float64Array(ny * nc),
    funderTotals: new Float64Array(kt.funders.length * ny),
    owned,
  };
  const scratch: PoolScratch | null = np > 0 && !reusePool ? poolScratch(plan, np) : null;
  const matched = kt.overrides.map(() => new Uint8Array(nm));
  for (let t = t0; t < t1; t++) {
    const list = plan.chargedList[t] as Int32Array;
    if (r.costs) checkAmount(r.costs[t] as number, `costs.byYear.${plan.years[t] as number}`);
    if (scratch !== null) poolYear(r, plan, kt, out, scratch, t, list);
    try {
      chargeYear(plan, kt, out, entryReused, reusePool, matched, t, list);
    } catch (error) {
      walkYearForError(plan, kt, out, entryReused, reusePool, matched, t);
      throw error;
    }
  }
  return out;
}

/** Allocates year t's pool among its charged members and stores each one's parts. */
function poolYear(r: ResolvedScenario, plan: ScenarioPlan, kt: KeyTables, out: CoreResult, scratch: PoolScratch, t: number, list: Int32Array): void {
  const np = kt.pool.length;
  const base = t * plan.nm;
  allocateYear(kt, plan, t, r.pools ? (r.pools[t] as number) : 0, scratch);
  for (let p = 0; p < np; p++) {
    const src = scratch.amounts[p] as Float64Array;
    const dst = out.poolAmounts[p] as Float64Array;
    for (let k = 0; k < list.length; k++) dst[base + (list[k] as number)] = src[k] as number;
    out.poolW[t * np + p] = scratch.W[p] as number;
  }
  const totals = scratch.totals;
  for (let k = 0; k < list.length; k++) out.poolTotal[base + (list[k] as number)] = totals[k] as number;
}

/** Year t's charges, component by component, and the sums over them. */
function chargeYear(plan: ScenarioPlan, kt: KeyTables, out: CoreResult, entryReused: readonly boolean[], reusePool: boolean, matched: readonly Uint8Array[], t: number, list: Int32Array): void {
  const nm = plan.nm;
  const base = t * nm;
  const bc = t * kt.key.components.length;
  const year = plan.years[t] as number;
  const gross = out.gross;
  const subsidies = out.subsidies;
  const byComponent = out.byComponent;
  const n = list.length;

  if (kt.pool.length > 0) {
    const poolTotal = out.poolTotal;
    const adjustment = out.adjustment;
    for (let k = 0; k < n; k++) {
      const idx = base + (list[k] as number);
      gross[idx] = poolTotal[idx] as number;
      if (!reusePool) adjustment[idx] = poolTotal[idx] as number;
    }
    for (let p = 0; p < kt.pool.length; p++) {
      const pt = kt.pool[p] as KeyTables['pool'][number];
      const amounts = out.poolAmounts[p] as Float64Array;
      const hasSubs = pt.subs.length > 0;
      let sum = 0;
      for (let k = 0; k < n; k++) {
        const i = list[k] as number;
        const idx = base + i;
        const amount = amounts[idx] as number;
        sum += amount;
        if (!reusePool) adjustment[idx] = (adjustment[idx] as number) - amount;
        if (hasSubs && amount > 0) subsidies[idx] = (subsidies[idx] as number) + chargeSubsidies(pt.subs, reusePool, plan, out, i, idx, t, year, amount, kt.poolPr);
      }
      byComponent[bc + pt.compIndex] = (byComponent[bc + pt.compIndex] as number) + sum;
    }
  }

  matchOverrides(kt, list, base, matched);
  for (let e = 0; e < kt.entries.length; e++) {
    const entry = kt.entries[e] as EntryTable;
    const amounts = out.entryAmounts[e] as Float64Array;
    const reused = entryReused[e] === true;
    const hasSubs = entry.subs.length > 0;
    const pr = entry.oneTime ? null : entry.pr;
    const check = entry.overridePos >= 0 || entry.replacedBy.length > 0;
    let sum = 0;
    for (let k = 0; k < n; k++) {
      const i = list[k] as number;
      const idx = base + i;
      let amount: number;
      if (reused) {
        amount = amounts[idx] as number;
      } else {
        if (check && skipped(entry, matched, i)) continue;
        amount = feeAmount(entry, plan, i, idx, t, year);
        amounts[idx] = amount;
      }
      if (amount !== amount) continue;
      sum += amount;
      gross[idx] = (gross[idx] as number) + amount;
      if (hasSubs && amount > 0) subsidies[idx] = (subsidies[idx] as number) + chargeSubsidies(entry.subs, reused, plan, out, i, idx, t, year, amount, pr);
    }
    byComponent[bc + entry.compIndex] = (byComponent[bc + entry.compIndex] as number) + sum;
  }

  if (kt.adjustments.length > 0) adjustYear(kt, out, t, base, list);

  let yGross = 0;
  let ySubs = 0;
  for (let k = 0; k < n; k++) {
    const idx = base + (list[k] as number);
    yGross += gross[idx] as number;
    ySubs += subsidies[idx] as number;
  }
  out.yearGross[t] = yGross;
  out.yearSubsidies[t] = ySubs;
  // Every charge, subsidy and total of the year within what the engine accepts (limits.ts); charges are
  // not negative, so a component's or the year's total bounds each member's part of it.
  checkAmount(yGross, chargesInYear(year));
  kt.key.components.forEach((c, k) => checkAmount(byComponent[bc + k] as number, componentInYear(c.index, year)));
}

/**
 * Year t's per-member adjustments, in order, after the key's charges and their subsidies: a
 * percent of the member's key charge (gross before adjustments, subsidies not deducted) rounded by
 * the adjustment's rule, or a fixed amount. A discount never takes more than the member still pays
 * after subsidies (and earlier adjustments): it is cut down to that and marked capped. Nothing is
 * redistributed to other members; gross (so net, totals and balance) includes the adjustment.
 */
function adjustYear(kt: KeyTables, out: CoreResult, t: number, base: number, list: Int32Array): void {
  const gross = out.gross;
  const subsidies = out.subsidies;
  const memberAdj = out.memberAdj;
  let ySum = 0;
  for (let a = 0; a < kt.adjustments.length; a++) {
    const at = kt.adjustments[a] as KeyTables['adjustments'][number];
    if (at.yearOk[t] === 0) continue;
    const adj = at.a;
    const pay = out.adjPay[a] as Float64Array;
    const capped = out.adjCapped[a] as Uint8Array;
    for (let k = 0; k < list.length; k++) {
      const i = list[k] as number;
      if (at.applies[i] === 0) continue;
      const idx = base + i;
      const keyCharge = (gross[idx] as number) - (memberAdj[idx] as number);
      let v = adj.percent !== null ? roundProduct(keyCharge, adj.percent.n, 1, adj.percent.d, 1, adj.rounding, adj.id) : (adj.amount as number);
      if (adj.kind === 'discount') {
        const left = (gross[idx] as number) - (subsidies[idx] as number);
        if (v > left) {
          v = left > 0 ? left : 0;
          capped[idx] = 1;
        }
        v = v === 0 ? 0 : -v;
      }
      pay[idx] = v;
      memberAdj[idx] = (memberAdj[idx] as number) + v;
      gross[idx] = (gross[idx] as number) + v;
      ySum += v;
    }
  }
  out.yearAdjustments[t] = ySum;
}

/**
 * Year t once more in the rules' own order (member by member; pool subsidies, then fees and
 * overrides in key order) to throw the error that order meets first. Only called after the year
 * failed; what it writes is thrown away with the computation.
 */
function walkYearForError(plan: ScenarioPlan, kt: KeyTables, out: CoreResult, entryReused: readonly boolean[], reusePool: boolean, matched: readonly Uint8Array[], t: number): void {
  const list = plan.chargedList[t] as Int32Array;
  const base = t * plan.nm;
  const year = plan.years[t] as number;
  matchOverrides(kt, list, base, matched);
  for (let k = 0; k < list.length; k++) {
    const i = list[k] as number;
    const idx = base + i;
    kt.pool.forEach((pt, p) => {
      const amount = (out.poolAmounts[p] as Float64Array)[idx] as number;
      if (pt.subs.length > 0 && amount > 0) chargeSubsidies(pt.subs, reusePool, plan, out, i, idx, t, year, amount, kt.poolPr);
    });
    kt.entries.forEach((entry, e) => {
      if (entryReused[e] || skipped(entry, matched, i)) return;
      const amount = feeAmount(entry, plan, i, idx, t, year);
      if (entry.subs.length > 0 && amount > 0) chargeSubsidies(entry.subs, false, plan, out, i, idx, t, year, amount, entry.oneTime ? null : entry.pr);
    });
  }
}
