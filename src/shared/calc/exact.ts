/**
 * Exact integer arithmetic for money. Amounts are integer minor units held in plain numbers;
 * every product is checked against 2^53 and, only when it would overflow, recomputed with
 * BigInt. Plain numbers keep the hot path fast; the BigInt fallback keeps it exact.
 */
import type { z } from 'zod';
import { invalidField, type AndelError } from '../errors';
import type { roundingModeSchema } from './key.schema';

/** An exact non-negative-denominator fraction of safe integers. */
export interface Ratio {
  readonly n: number;
  readonly d: number;
}

export type RoundingMode = z.output<typeof roundingModeSchema>;

/** A named rounding step: round to a multiple of `unit` minor units using `mode`. */
export interface RoundingRule {
  readonly unit: number;
  readonly mode: RoundingMode;
}

export const overflow = (what: string): AndelError => invalidField(what, 'error.engine.tooLargeExact');

export function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

export function ratio(n: number, d: number): Ratio {
  if (d === 0) throw new Error('ratio: zero denominator');
  if (d < 0) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d) || 1;
  return { n: n / g, d: d / g };
}

/** Safe product of two integers, or NaN when the exact result does not fit in 2^53. */
export function safeMul(a: number, b: number): number {
  const p = a * b;
  // A rounded float product is monotone, so an exact product above 2^53 never lands inside.
  return Number.isSafeInteger(p) ? p : NaN;
}

/** floor(n / d) and n - floor(n / d) * d for safe integers, d > 0, corrected for float error. */
export function divRem(n: number, d: number): [number, number] {
  let q = Math.floor(n / d);
  let r = n - q * d;
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  return [q, r];
}

function bigDivRem(n: bigint, d: bigint): [bigint, bigint] {
  let q = n / d;
  let r = n % d;
  if (r < 0n) {
    q -= 1n;
    r += d;
  }
  return [q, r];
}

/**
 * The rounding step itself: whether a quotient moves up one step, given how the remainder r
 * compares with d - r (`above`: -1, 0 or 1; comparing with d - r rather than 2r with d, so nothing
 * doubles past 2^53) and whether the quotient is odd.
 */
function stepsUp(mode: RoundingMode, above: number, odd: boolean): boolean {
  switch (mode) {
    case 'down':
      return false;
    case 'up':
      return true;
    case 'half-up':
      return above >= 0;
    case 'half-even':
      return above > 0 || (above === 0 && odd);
  }
}

/** Whether quotient q with remainder r over d (0 <= r < d, all safe integers) moves up one step. */
export function roundsUp(q: number, r: number, d: number, mode: RoundingMode): boolean {
  if (r === 0) return false;
  const rest = d - r;
  return stepsUp(mode, r > rest ? 1 : r === rest ? 0 : -1, Math.abs(q % 2) === 1);
}

function roundsUpBig(q: bigint, r: bigint, d: bigint, mode: RoundingMode): boolean {
  if (r === 0n) return false;
  const rest = d - r;
  return stepsUp(mode, r > rest ? 1 : r === rest ? 0 : -1, q % 2n !== 0n);
}

/**
 * Rounds the exact value (a * b * c) / (d1 * d2) to a multiple of rule.unit and returns minor
 * units. All inputs are safe integers, d1, d2 > 0. Plain numbers when every product fits in
 * 2^53; BigInt otherwise, so the answer is exact either way.
 */
export function roundProduct(a: number, b: number, c: number, d1: number, d2: number, rule: RoundingRule, what = 'amount'): number {
  const ab = a * b;
  const abc = ab * c;
  const d12 = d1 * d2;
  const du = d12 * rule.unit;
  if (Number.isSafeInteger(abc) && Number.isSafeInteger(ab) && Number.isSafeInteger(du) && Number.isSafeInteger(d12)) {
    // divRem inlined: no tuple per call on the hot path.
    let q = Math.floor(abc / du);
    let r = abc - q * du;
    if (r < 0) {
      q -= 1;
      r += du;
    } else if (r >= du) {
      q += 1;
      r -= du;
    }
    return (roundsUp(q, r, du, rule.mode) ? q + 1 : q) * rule.unit;
  }
  return roundProductBig(a, b, c, d1, d2, rule, what);
}

function roundProductBig(a: number, b: number, c: number, d1: number, d2: number, rule: RoundingRule, what: string): number {
  return roundRatioBig(BigInt(a) * BigInt(b) * BigInt(c), BigInt(d1) * BigInt(d2), rule, what);
}

/** Rounds the exact value n / d (n >= 0, d > 0) to a multiple of rule.unit, in minor units; refused when it does not fit. */
export function roundRatioBig(n: bigint, d: bigint, rule: RoundingRule, what = 'amount'): number {
  const du = d * BigInt(rule.unit);
  const [q, r] = bigDivRem(n, du);
  const out = (roundsUpBig(q, r, du, rule.mode) ? q + 1n : q) * BigInt(rule.unit);
  const num = Number(out);
  if (!Number.isSafeInteger(num)) throw overflow(what);
  return num;
}

/**
 * floor(a * b / c) and the remainder, exactly, for non-negative safe integers and c > 0.
 * Used by largest remainder: the remainder over c is the member's fractional claim.
 */
export function mulDivRem(a: number, b: number, c: number): [number, number] {
  const p = a * b;
  if (Number.isSafeInteger(p)) return divRem(p, c);
  const [q, r] = bigDivRem(BigInt(a) * BigInt(b), BigInt(c));
  return [Number(q), Number(r)];
}

export function lcm(a: number, b: number): number {
  return safeMul(a / gcd(a, b), b);
}

export function addRatio(x: Ratio, y: Ratio): Ratio {
  const g = gcd(x.d, y.d);
  const n = safeMul(x.n, y.d / g) + safeMul(y.n, x.d / g);
  const d = safeMul(x.d / g, y.d);
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d)) throw overflow('ratio');
  return ratio(n, d);
}

export const ZERO: Ratio = { n: 0, d: 1 };

// --- Exact products of two safe integers without BigInt ----------------------------------------
// Dekker's two-product: for integers |a|, |b| < 2^53, a * b = p + e exactly, where p = fl(a * b)
// and e is a double. Rounding is monotone, so fl(x) > fl(y) implies x > y; when the rounded
// products are equal, the sign of x - y is the sign of e_x - e_y, both exact.

const SPLIT = 134217729; // 2^27 + 1

/** The rounding error e of p = fl(a * b): a * b = p + e exactly (|a|, |b| < 2^53). */
export function productError(a: number, b: number, p: number): number {
  let c = SPLIT * a;
  const ah = c - (c - a);
  const al = a - ah;
  c = SPLIT * b;
  const bh = c - (c - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/** Sign of a * b - c * d, exactly, for integers of magnitude below 2^53. */
export function compareProducts(a: number, b: number, c: number, d: number): number {
  const p1 = a * b;
  const p2 = c * d;
  if (p1 !== p2) return p1 > p2 ? 1 : -1;
  const e1 = productError(a, b, p1);
  const e2 = productError(c, d, p2);
  return e1 > e2 ? 1 : e1 < e2 ? -1 : 0;
}

/** The remainder of the last mulDivFloor call. */
let lastRemainder = 0;
export function mulDivRemainder(): number {
  return lastRemainder;
}

/**
 * floor(a * b / m) for non-negative integers a, b < 2^53 and 0 < m < 2^51 whose quotient is below
 * 2^53, exactly and without BigInt; the remainder is left for mulDivRemainder(). When the product
 * passes 2^53, the float quotient is corrected with the exact remainder a*b - q*m computed from
 * two-products (the rounded products are within a factor of 2, so their difference is exact, and
 * |a*b - q*m| < 2^53 under these bounds, so the sum of the exact parts is exact).
 */
export function mulDivFloor(a: number, b: number, m: number): number {
  const p = a * b;
  let q = Math.floor(p / m);
  let r: number;
  if (p <= Number.MAX_SAFE_INTEGER) {
    r = p - q * m;
  } else {
    const p2 = q * m;
    r = p - p2 + (productError(a, b, p) - productError(q, m, p2));
    if (r < 0 || r >= m) {
      const dq = Math.floor(r / m);
      q += dq;
      r -= dq * m;
    }
  }
  while (r < 0) {
    q -= 1;
    r += m;
  }
  while (r >= m) {
    q += 1;
    r -= m;
  }
  lastRemainder = r;
  return q;
}
