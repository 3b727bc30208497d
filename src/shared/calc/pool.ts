/**
 * One year's allocation of the pool among the charged members, with the same rules, checks and
 * results as allocate() plus roundProduct per pool component, but in plain numbers.
 *
 * Member k's exact entitlement in rounding units is e_k = sum_c N_c * w_kc / M_c, where N_c / M_c
 * = units * share_c / W_c reduced by gcd. Each term is split exactly into quotient and remainder
 * (mulDivFloor, no BigInt), which also gives the component's rounded amount. Largest remainder
 * needs the order of the fractional parts frac(e_k): with one active component they are the
 * integer remainders; with two they are compared by a float estimate and, when two estimates are
 * closer than any rounding error could explain, exactly by cross-multiplication (compareProducts).
 * The tie-break "larger weight" is, for equal remainders, "larger floor". Anything else (three or
 * more active shares, or numbers past these bounds) goes through allocate() as before.
 */
import { invalidField } from '../errors';
import type { PoolPart } from './allocate';
import { allocate } from './allocate';
import { compareProducts, gcd, mulDivFloor, mulDivRemainder, roundProduct, roundsUp } from './exact';
import type { KeyTables, ScenarioPlan } from './plan';
import { poolPresence } from './plan';
import { componentInYear, invalidAt } from './year-place';

/** Per-computation scratch space, sized for the number of members. */
export interface PoolScratch {
  readonly presence: Float64Array;
  readonly weights: Float64Array[];
  readonly q: Float64Array[];
  readonly r: Float64Array[];
  readonly floors: Float64Array;
  readonly frac: Float64Array;
  readonly carry: Float64Array;
  /** Per charged member k: its part of the pool. */
  readonly totals: Float64Array;
  /** Per pool component, per charged member k: the rounded component amount. */
  readonly amounts: Float64Array[];
  /** Per pool component: the total weight this year. */
  readonly W: Float64Array;
  readonly sorted: Float64Array;
  readonly order: number[];
}

const scratches = new WeakMap<ScenarioPlan, PoolScratch>();

/** Scratch space for a plan's allocations, kept between computations (they never overlap). */
export function poolScratch(plan: ScenarioPlan, np: number): PoolScratch {
  const cached = scratches.get(plan);
  if (cached && cached.weights.length === np) return cached;
  const nm = plan.nm;
  const per = (): Float64Array[] => Array.from({ length: np }, () => new Float64Array(nm));
  const scratch: PoolScratch = {
    presence: new Float64Array(nm),
    weights: per(),
    q: per(),
    r: per(),
    floors: new Float64Array(nm),
    frac: new Float64Array(nm),
    carry: new Float64Array(nm),
    totals: new Float64Array(nm),
    amounts: per(),
    W: new Float64Array(np),
    sorted: new Float64Array(nm),
    order: [],
  };
  scratches.set(plan, scratch);
  return scratch;
}

/** Below this, float estimates of fractional parts (error < 1e-15) may not decide an order. */
const TOL = 1e-9;
const M_LIMIT = 2 ** 51;

/** Allocates year t's pool; fills scratch.totals, scratch.amounts and scratch.W for the charged members. */
export function allocateYear(kt: KeyTables, plan: ScenarioPlan, t: number, pool: number, s: PoolScratch): void {
  const key = kt.key;
  const year = plan.years[t] as number;
  const list = plan.chargedList[t] as Int32Array;
  const nc = list.length;
  const base = t * plan.nm;
  if (nc === 0 && pool > 0) throw invalidField(`costs.byYear.${year}`, 'error.engine.noPayingMembersInYear', { year });

  // Weights: presence (days or months when prorated, else 1) times the metric, as the reference does.
  const presence = s.presence;
  for (let k = 0; k < nc; k++) presence[k] = poolPresence(kt, plan, base + (list[k] as number), t);
  const np = kt.pool.length;
  for (let p = 0; p < np; p++) {
    const pt = kt.pool[p] as KeyTables['pool'][number];
    const w = s.weights[p] as Float64Array;
    if (pt.metric === null) {
      for (let k = 0; k < nc; k++) w[k] = presence[k] as number;
    } else {
      const metric = pt.metric;
      for (let k = 0; k < nc; k++) {
        const x = (presence[k] as number) * (metric[base + (list[k] as number)] as number);
        if (!Number.isSafeInteger(x)) throw invalidField(`key.components[${pt.c.index}].metric`, 'error.engine.metricTooLarge');
        w[k] = x;
      }
    }
    let W = 0;
    for (let k = 0; k < nc; k++) W += w[k] as number;
    s.W[p] = W;
  }

  // The checks allocate() makes, in its order.
  const unit = key.rounding.unit;
  if (pool % unit !== 0) throw invalidField('pool', 'error.engine.poolNotMultiple', { pool, unit });
  const units = pool / unit;
  let a0 = -1;
  let a1 = -1;
  let active = 0;
  for (let p = 0; p < np; p++) {
    const c = (kt.pool[p] as KeyTables['pool'][number]).c;
    if (c.share.n === 0) continue;
    const total = s.W[p] as number;
    if (!Number.isSafeInteger(total)) throw invalidAt(componentInYear(c.index, year), 'error.engine.weightsTooLarge');
    if (total === 0) {
      if (nc === 0 && units === 0) continue;
      throw invalidAt(componentInYear(c.index, year), 'error.engine.weightsZero');
    }
    if (active === 0) a0 = p;
    else if (active === 1) a1 = p;
    active++;
  }
  if (nc === 0) {
    if (units !== 0) throw invalidField('members', 'error.engine.noPayingMembers');
    return;
  }

  // N_c / M_c = units * n_c / (d_c * W_c), reduced without forming the products first.
  let N0 = 0;
  let M0 = 1;
  let N1 = 0;
  let M1 = 1;
  let fast = active === 1 || active === 2;
  if (fast) {
    const reduce = (p: number): [number, number] => {
      const share = (kt.pool[p] as KeyTables['pool'][number]).c.share;
      const W = s.W[p] as number;
      const g1 = gcd(share.n, W) || 1;
      const n1 = share.n / g1;
      let w1 = W / g1;
      const g2 = gcd(units, share.d) || 1;
      let u1 = units / g2;
      const d1 = share.d / g2;
      const g3 = gcd(u1, w1) || 1;
      u1 /= g3;
      w1 /= g3;
      return [u1 * n1, d1 * w1];
    };
    [N0, M0] = reduce(a0);
    if (!(N0 <= Number.MAX_SAFE_INTEGER && M0 < M_LIMIT)) fast = false;
    if (fast && active === 2) {
      [N1, M1] = reduce(a1);
      if (!(N1 <= Number.MAX_SAFE_INTEGER && M1 < M_LIMIT)) fast = false;
    }
  }
  if (!fast) {
    fallback(kt, plan, t, pool, s);
    return;
  }

  const mode = key.rounding.mode;
  const w0 = s.weights[a0] as Float64Array;
  const q0 = s.q[a0] as Float64Array;
  const r0 = s.r[a0] as Float64Array;
  const amt0 = s.amounts[a0] as Float64Array;
  const w1 = a1 >= 0 ? (s.weights[a1] as Float64Array) : w0;
  const q1 = a1 >= 0 ? (s.q[a1] as Float64Array) : q0;
  const r1 = a1 >= 0 ? (s.r[a1] as Float64Array) : r0;
  const amt1 = a1 >= 0 ? (s.amounts[a1] as Float64Array) : amt0;
  for (let p = 0; p < np; p++) if (p !== a0 && p !== a1) (s.amounts[p] as Float64Array).fill(0, 0, nc);
  const floors = s.floors;
  const frac = s.frac;
  const carry = s.carry;
  let given = 0;
  for (let k = 0; k < nc; k++) {
    const qa = mulDivFloor(N0, w0[k] as number, M0);
    const ra = mulDivRemainder();
    q0[k] = qa;
    r0[k] = ra;
    amt0[k] = (roundsUp(qa, ra, M0, mode) ? qa + 1 : qa) * unit;
    if (active === 1) {
      floors[k] = qa;
      frac[k] = ra;
      carry[k] = 0;
      given += qa;
      continue;
    }
    const qb = mulDivFloor(N1, w1[k] as number, M1);
    const rb = mulDivRemainder();
    q1[k] = qb;
    r1[k] = rb;
    amt1[k] = (roundsUp(qb, rb, M1, mode) ? qb + 1 : qb) * unit;
    // The fractional parts add up to [0, 2): a carry of one when ra/M0 + rb/M1 >= 1.
    const f = ra / M0 + rb / M1;
    const c = f >= 1 + TOL ? 1 : f <= 1 - TOL ? 0 : compareProducts(ra, M1, M1 - rb, M0) >= 0 ? 1 : 0;
    carry[k] = c;
    frac[k] = f - c;
    const fl = qa + qb + c;
    floors[k] = fl;
    given += fl;
  }

  const totals = s.totals;
  for (let k = 0; k < nc; k++) totals[k] = (floors[k] as number) * unit;
  const left = units - given;
  if (left <= 0) return;
  // Largest remainder without sorting everyone: theta is the left-th largest estimate. Members
  // clearly above it (by more than any estimate error) are in, members clearly below are out;
  // only the few near theta are ordered exactly (fraction, then floor, then id).
  const tol = active === 1 ? 0 : TOL;
  const sorted = s.sorted;
  sorted.set(frac.subarray(0, nc));
  const theta = select(sorted, nc, nc - left);
  const candidates = s.order;
  candidates.length = 0;
  let given2 = 0;
  for (let k = 0; k < nc; k++) {
    const f = frac[k] as number;
    if (f > theta + tol) {
      totals[k] = (totals[k] as number) + unit;
      given2++;
    } else if (f >= theta - tol) candidates.push(k);
  }
  const need = left - given2;
  if (need <= 0) return;
  if (active === 1) {
    candidates.sort((a, b) => (floors[b] as number) - (floors[a] as number) || a - b);
  } else {
    candidates.sort((a, b) => {
      const d = (frac[b] as number) - (frac[a] as number);
      if (d > TOL) return 1;
      if (d < -TOL) return -1;
      // sign(frac_a - frac_b) * M0 * M1 = sign(u * M1 + v * M0), exactly
      const u = (r0[a] as number) - (r0[b] as number) - ((carry[a] as number) - (carry[b] as number)) * M0;
      const v = (r1[a] as number) - (r1[b] as number);
      const c = compareProducts(u, M1, -v, M0);
      if (c !== 0) return -c;
      return (floors[b] as number) - (floors[a] as number) || a - b;
    });
  }
  for (let j = 0; j < need; j++) {
    const k = candidates[j] as number;
    totals[k] = (totals[k] as number) + unit;
  }
}

/** The k-th smallest (0-based) of a[0..n), rearranging a (Hoare's selection, median-of-three pivot). */
function select(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    const x = a[lo] as number;
    const y = a[mid] as number;
    const z = a[hi] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const tmp = a[i] as number;
        a[i] = a[j] as number;
        a[j] = tmp;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k] as number;
  }
  return a[k] as number;
}

/** The reference path: allocate() (BigInt when needed) and roundProduct per component. */
function fallback(kt: KeyTables, plan: ScenarioPlan, t: number, pool: number, s: PoolScratch): void {
  const key = kt.key;
  const year = plan.years[t] as number;
  const list = plan.chargedList[t] as Int32Array;
  const nc = list.length;
  const ids = Array.from(list, (i) => plan.ids[i] as string);
  const parts: PoolPart[] = kt.pool.map((pt, p) => ({ share: pt.c.share, weights: s.weights[p] as Float64Array, path: componentInYear(pt.c.index, year) }));
  const totals = allocate(pool, key.rounding.unit, ids, parts).totals;
  for (let k = 0; k < nc; k++) s.totals[k] = totals[k] as number;
  kt.pool.forEach((pt, p) => {
    const c = pt.c;
    const W = s.W[p] as number;
    const w = s.weights[p] as Float64Array;
    const out = s.amounts[p] as Float64Array;
    for (let k = 0; k < nc; k++) out[k] = c.share.n === 0 || W === 0 ? 0 : roundProduct(pool, c.share.n, w[k] as number, c.share.d, W, key.rounding, c.id);
  });
}
