/**
 * Exact rationals on BigInt, for the test oracle: slow and obvious. A value is n/d with d > 0,
 * always reduced. No floats anywhere.
 */
export interface Q {
  readonly n: bigint;
  readonly d: bigint;
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);
function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function q(n: bigint | number, d: bigint | number = 1n): Q {
  let nn = BigInt(n);
  let dd = BigInt(d);
  if (dd === 0n) throw new Error('oracle: division by zero');
  if (dd < 0n) [nn, dd] = [-nn, -dd];
  const g = gcd(nn, dd) || 1n;
  return { n: nn / g, d: dd / g };
}

export const ZERO = q(0);
export const ONE = q(1);
export const add = (a: Q, b: Q): Q => q(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Q, b: Q): Q => q(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Q, b: Q): Q => q(a.n * b.n, a.d * b.d);
export const div = (a: Q, b: Q): Q => q(a.n * b.d, a.d * b.n);
export const cmp = (a: Q, b: Q): number => {
  const x = a.n * b.d - b.n * a.d;
  return x < 0n ? -1 : x > 0n ? 1 : 0;
};
export const min = (a: Q, b: Q): Q => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Q, b: Q): Q => (cmp(a, b) >= 0 ? a : b);

/** Largest integer ≤ x. */
export function floor(x: Q): bigint {
  const f = x.n / x.d; // truncates toward zero
  return x.n < 0n && f * x.d !== x.n ? f - 1n : f;
}

/** "12.345" (optionally signed) → 12345/1000. Refuses anything that is not plain decimal text. */
export function parseDecimal(text: string): Q {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new Error(`oracle: not a decimal: ${text}`);
  const frac = m[3] ?? '';
  const v = q(BigInt((m[2] as string) + frac), 10n ** BigInt(frac.length));
  return m[1] ? q(-v.n, v.d) : v;
}

export function decimalPlaces(text: string): number {
  return (text.split('.')[1] ?? '').length;
}

export type Mode = 'half-up' | 'half-even' | 'down' | 'up';

/** x rounded to a whole multiple of `unit` (both in the same units) by `mode`; x ≥ 0 in practice. */
export function roundTo(x: Q, unit: bigint, mode: Mode): bigint {
  const k = div(x, q(unit)); // how many units
  const f = floor(k);
  const rest = sub(k, q(f)); // in [0, 1)
  let units: bigint;
  if (rest.n === 0n) units = f;
  else if (mode === 'down') units = f; // toward zero for x ≥ 0
  else if (mode === 'up') units = f + 1n;
  else {
    const c = cmp(rest, q(1, 2));
    if (c < 0) units = f;
    else if (c > 0) units = f + 1n;
    else units = mode === 'half-up' ? f + 1n : f % 2n === 0n ? f : f + 1n;
  }
  return units * unit;
}
