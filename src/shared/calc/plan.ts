/**
 * Tables laid out once per resolved scenario (and once per key) so computeScenario's hot loop
 * reads only flat typed arrays indexed [year * members + member]: metric values, presence,
 * pro-rata factors, eligibility, which fees apply to whom. Nothing here depends on a key
 * parameter except what KeyTables holds, which a sweep rebuilds per step (cheaply).
 *
 * Building tables never throws: every error is raised where the reference engine raised it,
 * in resolveScenario or computeScenario, with the same field and message.
 */
import type { Adjustment, Band, Edge, FeeComponent, NormalizedKey, OverrideComponent, PoolComponent, ProRata, ProRataMode, Subsidy } from './key.types';
import type { Ratio, RoundingRule } from './exact';
import { dateKey } from './dates';
import { appliesTo, overrideRelevant, proRataFactor, rateStepFor } from './fees';
import type { ResolvedMember, ResolvedScenario } from './resolved.types';

/** A pro-rata rule's factor n/d per member-year; (1, 1) for a whole year. */
export interface ProRataTable {
  readonly rule: ProRata;
  /** Mode of a part-year factor (the rule's unit). */
  readonly mode: ProRataMode;
  readonly n: Float64Array;
  readonly d: Float64Array;
}

export interface ScenarioPlan {
  readonly nm: number;
  readonly ny: number;
  readonly years: readonly number[];
  readonly daysInYear: readonly number[];
  readonly members: readonly ResolvedMember[];
  readonly ids: readonly string[];
  /** 1 where the member pays in that year: role member and present on some day. [t * nm + i] */
  readonly charged: Uint8Array;
  /** Per year, the indices of the charged members, in id order. */
  readonly chargedList: readonly Int32Array[];
  /** Calendar year of joining; NaN when unknown. */
  readonly joinYear: Float64Array;
  /** Join date as yyyymmdd; NaN when unknown. */
  readonly joinKey: Float64Array;
  readonly metrics: Map<string, Float64Array>;
  readonly proRata: Map<string, ProRataTable>;
  readonly keys: WeakMap<NormalizedKey, KeyTables>;
}

/**
 * Spare [year * members] buffers of finished computations, by length, shared by every plan (their
 * contents undefined). A large scenario computed again (the studio's sweep, a batch, the bench)
 * takes its columns from here instead of new memory outside the heap: V8 counts that memory
 * towards the old generation's limit, so 30 MB of new columns for 10 000 members × 20 years made
 * every computation pay a full collection of everything else the process holds.
 */
const spareByLength = new Map<number, Float64Array[]>();
const pooled = new WeakSet<Float64Array>();
let spareBytes = 0;
// At most this much kept for later: the columns of one scenario of 10 000 members × 20 years.
const MAX_SPARE_BYTES = 32 * 1024 * 1024;

/** A [year * members] buffer, recycled when possible; its contents are undefined. */
export function takeBuffer(plan: ScenarioPlan): Float64Array {
  const spare = spareByLength.get(plan.nm * plan.ny)?.pop();
  if (spare === undefined) return new Float64Array(plan.nm * plan.ny);
  pooled.delete(spare);
  spareBytes -= spare.byteLength;
  return spare;
}

/** Gives buffers back once nothing reads them any more (each at most once: a buffer given back twice is kept once). */
export function releaseBuffers(plan: ScenarioPlan, buffers: readonly Float64Array[]): void {
  for (const b of buffers) {
    if (b.length !== plan.nm * plan.ny || pooled.has(b) || spareBytes + b.byteLength > MAX_SPARE_BYTES) continue;
    let list = spareByLength.get(b.length);
    if (list === undefined) spareByLength.set(b.length, (list = []));
    list.push(b);
    pooled.add(b);
    spareBytes += b.byteLength;
  }
}

export interface SubsidyTable {
  readonly s: Subsidy;
  /** Position in key.subsidies. */
  readonly index: number;
  readonly funder: number;
  readonly eligible: Uint8Array;
  /** 1 where the calendar year is allowed (or no calendar years are given). [t] */
  readonly yearOk: Uint8Array;
  readonly contractYears: readonly number[] | null;
  readonly share: Ratio | null;
  readonly rate: Ratio | null;
  readonly metric: Float64Array | null;
  readonly rounding: RoundingRule;
}

export interface PoolTable {
  readonly c: PoolComponent;
  /** Position in key.components (for the per-component totals). */
  readonly compIndex: number;
  readonly metric: Float64Array | null;
  readonly subs: readonly SubsidyTable[];
}

export interface OverrideTable {
  readonly o: OverrideComponent;
  readonly relevant: Uint8Array;
  readonly metric: Float64Array | null;
  readonly above: number | null;
  readonly atLeast: number | null;
}

export const BANDED = 0;
const PER_UNIT = 1;
export const CATEGORY = 2;
export const FIXED = 3;

export interface EntryTable {
  /** The component as it appears in the key (a fee, or an override). */
  readonly comp: FeeComponent | OverrideComponent;
  readonly compIndex: number;
  /** What is charged: the fee itself, or the override's `with`. */
  readonly fee: FeeComponent;
  /** For an override: its position in KeyTables.overrides; -1 for a fee. */
  readonly overridePos: number;
  /** For a fee: the positions of the overrides that replace it when they match. */
  readonly replacedBy: readonly number[];
  readonly applies: Uint8Array;
  readonly kind: number;
  readonly oneTime: boolean;
  readonly pr: ProRataTable;
  readonly metric: Float64Array | null;
  readonly bands: readonly Band[] | null;
  readonly edge: Edge;
  /** Per-unit with marginal bands (each band's rate on the part of the value inside it). */
  readonly marginal: boolean;
  readonly marginalDen: number;
  readonly marginalNum: readonly number[];
  /** Per-unit without bands: the rate in force per year. */
  readonly rateByYear: readonly (Ratio | null)[];
  /** Category fee: the amount for each member's category (undefined when not charged). */
  readonly catAmount: readonly (number | undefined)[];
  readonly amount: number;
  readonly min: number | null;
  readonly max: number | null;
  readonly rounding: RoundingRule;
  readonly id: string;
  readonly subs: readonly SubsidyTable[];
}

export interface AdjustmentTable {
  readonly a: Adjustment;
  /** 1 for the members it names. [member] */
  readonly applies: Uint8Array;
  /** 1 where the calendar year is allowed (or no years are given). [t] */
  readonly yearOk: Uint8Array;
}

export interface KeyTables {
  readonly key: NormalizedKey;
  /** The scenario's per-member adjustments, in the order they apply. */
  readonly adjustments: readonly AdjustmentTable[];
  readonly pool: readonly PoolTable[];
  readonly poolPr: ProRataTable;
  readonly entries: readonly EntryTable[];
  readonly overrides: readonly OverrideTable[];
  /** In key.subsidies order. */
  readonly subsidies: readonly SubsidyTable[];
  /** Funders in order of first appearance in key.subsidies. */
  readonly funders: readonly string[];
}

const plans = new WeakMap<ResolvedScenario, ScenarioPlan>();

/** The plan of a resolved scenario, built on first use (resolveScenario builds it eagerly). */
export function buildPlan(r: ResolvedScenario): ScenarioPlan {
  const cached = plans.get(r);
  if (cached) return cached;
  const nm = r.members.length;
  const ny = r.years.length;
  const charged = new Uint8Array(nm * ny);
  const chargedList: Int32Array[] = [];
  for (let t = 0; t < ny; t++) {
    let count = 0;
    for (let i = 0; i < nm; i++) {
      const m = r.members[i] as ResolvedMember;
      if (m.role === 'member' && (m.startDay[t] as number) > 0) {
        charged[t * nm + i] = 1;
        count++;
      }
    }
    const list = new Int32Array(count);
    for (let i = 0, k = 0; i < nm; i++) if (charged[t * nm + i]) list[k++] = i;
    chargedList.push(list);
  }
  const joinYear = new Float64Array(nm);
  const joinKey = new Float64Array(nm);
  for (let i = 0; i < nm; i++) {
    const m = r.members[i] as ResolvedMember;
    joinYear[i] = m.joinYear === null ? NaN : m.joinYear;
    joinKey[i] = m.joinedDate === null ? NaN : dateKey(m.joinedDate);
  }
  const plan: ScenarioPlan = {
    nm,
    ny,
    years: r.years,
    daysInYear: r.daysInYear,
    members: r.members,
    ids: r.members.map((m) => m.id),
    charged,
    chargedList,
    joinYear,
    joinKey,
    // Laid out by metricTable as the key tables read them (keyTables below, for the plan's own key).
    metrics: new Map(),
    proRata: new Map(),
    keys: new WeakMap(),
  };
  plans.set(r, plan);
  keyTables(plan, r.key);
  return plan;
}

/** Lets a scenario that differs only by its key (withParameters) share the member tables. */
export function sharePlan(from: ResolvedScenario, to: ResolvedScenario): void {
  const plan = plans.get(from);
  if (plan && !plans.has(to)) plans.set(to, plan);
}

function metricTable(plan: ScenarioPlan, key: string): Float64Array {
  let table = plan.metrics.get(key);
  if (!table) {
    // Each metric is laid out once per plan, the first time a key table reads it.
    table = new Float64Array(plan.nm * plan.ny).fill(NaN);
    for (let i = 0; i < plan.nm; i++) {
      const values = (plan.members[i] as ResolvedMember).metrics[key]?.values;
      if (values) for (let t = 0; t < plan.ny; t++) table[t * plan.nm + i] = values[t] as number;
    }
    plan.metrics.set(key, table);
  }
  return table;
}

/** fees.proRataFactor for every member-year at once. */
export function proRataTable(plan: ScenarioPlan, rule: ProRata): ProRataTable {
  const id = `${rule.join}/${rule.leave}`;
  const cached = plan.proRata.get(id);
  if (cached) return cached;
  const { nm, ny } = plan;
  const n = new Float64Array(nm * ny).fill(1);
  const d = new Float64Array(nm * ny).fill(1);
  const mode: ProRataMode = rule.join !== 'none' ? rule.join : rule.leave;
  if (mode !== 'none') {
    for (let t = 0; t < ny; t++) {
      const diy = plan.daysInYear[t] as number;
      for (let i = 0; i < nm; i++) {
        const f = proRataFactor(plan.members[i] as ResolvedMember, t, rule, diy);
        n[t * nm + i] = f.n;
        d[t * nm + i] = f.d;
      }
    }
  }
  const table: ProRataTable = { rule, mode, n, d };
  plan.proRata.set(id, table);
  return table;
}

function subsidyTable(plan: ScenarioPlan, s: Subsidy, index: number, funder: number): SubsidyTable {
  const { nm, ny } = plan;
  const eligible = new Uint8Array(nm);
  const from = s.joinedFrom ? dateKey(s.joinedFrom) : null;
  const to = s.joinedTo ? dateKey(s.joinedTo) : null;
  for (let i = 0; i < nm; i++) {
    const m = plan.members[i] as ResolvedMember;
    let ok = s.categories === null || s.categories.includes(m.category);
    if (ok && (from !== null || to !== null)) {
      const j = plan.joinKey[i] as number;
      if (Number.isNaN(j)) ok = false;
      else if (from !== null && j < from) ok = false;
      else if (to !== null && j > to) ok = false;
    }
    eligible[i] = ok ? 1 : 0;
  }
  const yearOk = new Uint8Array(ny);
  for (let t = 0; t < ny; t++) yearOk[t] = s.calendarYears === null || s.calendarYears.includes(plan.years[t] as number) ? 1 : 0;
  return {
    s,
    index,
    funder,
    eligible,
    yearOk,
    contractYears: s.contractYears,
    share: s.share,
    rate: s.perUnit ? s.perUnit.rate : null,
    metric: s.perUnit ? metricTable(plan, s.perUnit.metric.key) : null,
    rounding: s.rounding,
  };
}

function entryTable(plan: ScenarioPlan, comp: FeeComponent | OverrideComponent, compIndex: number, overridePos: number, replacedBy: number[], subs: SubsidyTable[]): EntryTable {
  const fee = comp.kind === 'override' ? comp.with : comp;
  const { nm, ny } = plan;
  const applies = new Uint8Array(nm);
  for (let i = 0; i < nm; i++) applies[i] = appliesTo(fee, plan.members[i] as ResolvedMember) ? 1 : 0;
  const rateByYear: (Ratio | null)[] = [];
  let catAmount: (number | undefined)[] = [];
  let kind = FIXED;
  let metric: Float64Array | null = null;
  let bands: readonly Band[] | null = null;
  let edge: Edge = 'lower-inclusive';
  let marginal = false;
  let marginalDen = 0;
  let marginalNum: readonly number[] = [];
  let amount = 0;
  switch (fee.kind) {
    case 'banded':
      kind = BANDED;
      metric = metricTable(plan, fee.metric.key);
      bands = fee.bands;
      edge = fee.edge;
      break;
    case 'per-unit':
      kind = PER_UNIT;
      metric = metricTable(plan, fee.metric.key);
      bands = fee.bands;
      edge = fee.edge;
      marginal = fee.bandMode === 'marginal';
      marginalDen = fee.marginalDen;
      marginalNum = fee.marginalNum;
      if (!fee.bands) {
        for (let t = 0; t < ny; t++) rateByYear.push(rateStepFor(fee.rates, plan.years[t] as number).rate);
      }
      break;
    case 'category':
      kind = CATEGORY;
      catAmount = plan.members.map((m) => fee.amounts[m.category]);
      break;
    case 'fixed':
      amount = fee.amount;
      break;
  }
  return {
    comp,
    compIndex,
    fee,
    overridePos,
    replacedBy,
    applies,
    kind,
    oneTime: fee.recurrence === 'on-join',
    pr: proRataTable(plan, fee.proRata),
    metric,
    bands,
    edge,
    marginal,
    marginalDen,
    marginalNum,
    rateByYear,
    catAmount,
    amount,
    min: fee.min,
    max: fee.max,
    rounding: fee.rounding,
    id: comp.id,
    subs,
  };
}

/**
 * A member's presence in year t's pool weights: the days or months it takes part when the key
 * prorates, a whole year (days in the year, 12, or 1 without pro rata) otherwise.
 */
export function poolPresence(kt: KeyTables, plan: ScenarioPlan, idx: number, t: number): number {
  if (kt.poolPr.d[idx] !== 1) return kt.poolPr.n[idx] as number;
  const mode = kt.poolPr.mode;
  return mode === 'none' ? 1 : mode === 'day' ? (plan.daysInYear[t] as number) : 12;
}

/** The key-dependent tables of a plan, built once per normalised key. */
export function keyTables(plan: ScenarioPlan, key: NormalizedKey): KeyTables {
  const cached = plan.keys.get(key);
  if (cached) return cached;
  const tables = build(plan, key, null);
  plan.keys.set(key, tables);
  return tables;
}

/** Which parts of a key equal those of an earlier key of the same definition (a sweep step). */
export interface SameAs {
  readonly prev: KeyTables;
  /** Per subsidy (key.subsidies order). */
  readonly subsidies: readonly boolean[];
  /** Per fee or override entry (key order). */
  readonly entries: readonly boolean[];
}

/** Tables for a key that differs from an earlier one only where `same` says so; the rest is shared. */
export function deriveKeyTables(plan: ScenarioPlan, key: NormalizedKey, same: SameAs): KeyTables {
  return build(plan, key, same);
}

function build(plan: ScenarioPlan, key: NormalizedKey, same: SameAs | null): KeyTables {
  const funders: string[] = [];
  const subsidies = key.subsidies.map((s, index) => {
    let f = funders.indexOf(s.funder);
    if (f < 0) f = funders.push(s.funder) - 1;
    return same && same.subsidies[index] ? (same.prev.subsidies[index] as SubsidyTable) : subsidyTable(plan, s, index, f);
  });
  const subsOf = (id: string): SubsidyTable[] => subsidies.filter((s) => s.s.componentId === id);
  const compIndex = new Map<string, number>();
  key.components.forEach((c, i) => compIndex.set(c.id, i));
  const pool: PoolTable[] = key.pool.map((c) => ({ c, compIndex: compIndex.get(c.id) as number, metric: c.kind === 'proportional' ? metricTable(plan, c.metric.key) : null, subs: subsOf(c.id) }));
  // Overrides read no parameter (their `with` is an entry of its own).
  const overrides: OverrideTable[] = same
    ? (same.prev.overrides as OverrideTable[])
    : key.overrides.map((o) => {
        const relevant = new Uint8Array(plan.nm);
        for (let i = 0; i < plan.nm; i++) relevant[i] = overrideRelevant(o, key.fees, plan.members[i] as ResolvedMember) ? 1 : 0;
        return { o, relevant, metric: o.metric ? metricTable(plan, o.metric.key) : null, above: o.above, atLeast: o.atLeast };
      });
  const entries: EntryTable[] = [];
  key.components.forEach((c, i) => {
    if (c.kind === 'equal' || c.kind === 'proportional') return;
    const k = entries.length;
    if (same && same.entries[k]) {
      entries.push(same.prev.entries[k] as EntryTable);
    } else if (c.kind === 'override') {
      entries.push(entryTable(plan, c, i, key.overrides.indexOf(c), [], subsOf(c.id)));
    } else {
      const replacedBy: number[] = [];
      key.overrides.forEach((o, j) => {
        if (o.replaces.includes(c.id)) replacedBy.push(j);
      });
      entries.push(entryTable(plan, c, i, -1, replacedBy, subsOf(c.id)));
    }
  });
  const p = key.proRata;
  const adjustments: AdjustmentTable[] = key.adjustments.map((a) => {
    const applies = new Uint8Array(plan.nm);
    for (let i = 0; i < plan.nm; i++) applies[i] = a.members.includes(plan.ids[i] as string) ? 1 : 0;
    const yearOk = new Uint8Array(plan.ny);
    for (let t = 0; t < plan.ny; t++) yearOk[t] = a.years === null || a.years.includes(plan.years[t] as number) ? 1 : 0;
    return { a, applies, yearOk };
  });
  return {
    key,
    adjustments,
    pool,
    poolPr: proRataTable(plan, p),
    entries,
    overrides,
    subsidies,
    funders,
  };
}
