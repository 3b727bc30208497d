/**
 * Allocation of a known pool: each member's exact entitlement is a rational; largest remainder
 * is applied once, on the member totals, so the parts add up to the pool exactly and each
 * member gets the floor or the ceiling of its exact share (in rounding units).
 *
 * Tie-break, so results never depend on input order: larger remainder first, then larger
 * weight, then smaller member id (code-unit order).
 */
import { invalidField } from '../errors';
import type { Ratio } from './exact';
import { gcd, mulDivRem } from './exact';
import { invalidAt, type YearPlace } from './year-place';

export interface PoolPart {
  /** Fraction of the pool this part shares out. */
  readonly share: Ratio;
  /** Non-negative integer weight per member (1 or present days/months for equal shares). */
  readonly weights: ArrayLike<number>;
  /** Where to point if the weights sum to zero. */
  readonly path: string | YearPlace;
}

export interface Allocation {
  /** Per member, in minor units; sums to the pool. */
  readonly totals: number[];
  /** Per member, floor of the exact entitlement in rounding units, and remainder over `denominator`. */
  readonly floors: number[];
  readonly remainders: (number | bigint)[];
  readonly denominator: number | bigint;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Shares `pool` (minor units, a multiple of `unit`) among members with ids `ids`.
 * Member i's exact entitlement is pool * sum_c share_c * w_ic / W_c.
 */
export function allocate(pool: number, unit: number, ids: readonly string[], parts: readonly PoolPart[]): Allocation {
  const n = ids.length;
  if (pool % unit !== 0) throw invalidField('pool', 'error.engine.poolNotMultiple', { pool, unit });
  const units = pool / unit;
  const active: { share: Ratio; weights: ArrayLike<number>; total: number }[] = [];
  for (const p of parts) {
    if (p.share.n === 0) continue;
    let total = 0;
    for (let i = 0; i < n; i++) total += p.weights[i] as number;
    if (!Number.isSafeInteger(total)) throw invalidAt(p.path, 'error.engine.weightsTooLarge');
    if (total === 0) {
      if (n === 0 && units === 0) continue;
      throw invalidAt(p.path, 'error.engine.weightsZero');
    }
    active.push({ share: p.share, weights: p.weights, total });
  }
  if (n === 0) {
    if (units !== 0) throw invalidField('members', 'error.engine.noPayingMembers');
    return { totals: [], floors: [], remainders: [], denominator: 1 };
  }

  // Common denominator D = lcm(share.d * W_c); entitlement in units = units * Y_i / D.
  let D = 1;
  let fast = true;
  const scale: number[] = [];
  for (const a of active) {
    const dc = a.share.d * a.total;
    if (!Number.isSafeInteger(dc)) {
      fast = false;
      break;
    }
    const next = (D / gcd(D, dc)) * dc;
    if (!Number.isSafeInteger(next)) {
      fast = false;
      break;
    }
    D = next;
  }
  const Y: number[] = new Array<number>(n);
  if (fast) {
    for (const a of active) scale.push(D / (a.share.d * a.total));
    for (let i = 0; i < n && fast; i++) {
      let y = 0;
      for (let c = 0; c < active.length; c++) {
        const a = active[c] as (typeof active)[number];
        y += a.share.n * (a.weights[i] as number) * (scale[c] as number);
      }
      if (!Number.isSafeInteger(y)) fast = false;
      Y[i] = y;
    }
  }
  if (!fast) return allocateBig(units, unit, ids, active);

  const floors = new Array<number>(n);
  const remainders = new Array<number>(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const [q, r] = mulDivRem(units, Y[i] as number, D);
    floors[i] = q;
    remainders[i] = r;
    given += q;
  }
  const left = units - given;
  const order = Array.from({ length: n }, (_, i) => i);
  if (left > 0) {
    order.sort((a, b) => (remainders[b] as number) - (remainders[a] as number) || (Y[b] as number) - (Y[a] as number) || compareIds(ids[a] as string, ids[b] as string));
  }
  const totals = new Array<number>(n);
  for (let i = 0; i < n; i++) totals[i] = (floors[i] as number) * unit;
  for (let k = 0; k < left; k++) {
    const i = order[k] as number;
    totals[i] = (totals[i] as number) + unit;
  }
  return { totals, floors, remainders, denominator: D };
}

function allocateBig(units: number, unit: number, ids: readonly string[], active: readonly { share: Ratio; weights: ArrayLike<number>; total: number }[]): Allocation {
  const n = ids.length;
  const bgcd = (a: bigint, b: bigint): bigint => {
    while (b !== 0n) [a, b] = [b, a % b];
    return a;
  };
  let D = 1n;
  for (const a of active) {
    const dc = BigInt(a.share.d) * BigInt(a.total);
    D = (D / bgcd(D, dc)) * dc;
  }
  const scale = active.map((a) => D / (BigInt(a.share.d) * BigInt(a.total)));
  const U = BigInt(units);
  const Y: bigint[] = [];
  const floors: number[] = [];
  const remainders: bigint[] = [];
  let given = 0;
  for (let i = 0; i < n; i++) {
    let y = 0n;
    active.forEach((a, c) => {
      y += BigInt(a.share.n) * BigInt(a.weights[i] as number) * (scale[c] as bigint);
    });
    Y.push(y);
    const num = U * y;
    const q = num / D;
    floors.push(Number(q));
    remainders.push(num - q * D);
    given += Number(q);
  }
  const left = units - given;
  const order = Array.from({ length: n }, (_, i) => i);
  const cmp = (x: bigint, y: bigint): number => (x > y ? -1 : x < y ? 1 : 0);
  order.sort((a, b) => cmp(remainders[a] as bigint, remainders[b] as bigint) || cmp(Y[a] as bigint, Y[b] as bigint) || compareIds(ids[a] as string, ids[b] as string));
  const totals = floors.map((f) => f * unit);
  for (let k = 0; k < left; k++) {
    const i = order[k] as number;
    totals[i] = (totals[i] as number) + unit;
  }
  return { totals, floors, remainders, denominator: D };
}
