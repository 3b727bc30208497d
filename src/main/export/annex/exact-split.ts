/**
 * Exact pool shares at magnitudes where the direct formula is not.
 *
 * A pool share is `Pool × Share × weight / (100 × Σ weights)` in minor units. The direct formula
 * `ROUND(Pool_2017*100*Share_population*D6/(Total_population_2017*100),0)` is exact only while the
 * numerator N stays well inside IEEE doubles (spreadsheets compute in doubles): a pool of
 * 13.9 million kronor, a share of 85 and a municipality of a million inhabitants make N ≈ 1.2·10^17,
 * far past 2^53, and LibreOffice then lands 0.01 below the engine in a dozen rows. Beyond
 * DIRECT_LIMIT (2^46, which also keeps LibreOffice's 15-digit approximations in ROUNDDOWN, ROUNDUP
 * and MOD away from every result) the annex writes the *split* shape instead, a long division over
 * the pool in whole blocks of powers of a block K (splitAmount below has the steps):
 *
 *   prefixes Pj = ⌊X / K^(n−1−j)⌋ (parameters PoolBlocks_2017, PoolBlocks2_2017, …; the last is X),
 *   the share as the fraction s/d of the pool (85 % = 17/20), Y = s × weight, M = d × Σ weights,
 *   per prefix the named quotient Pj·s/M (PoolPerWeight1_population_2017, …), so Gj = ROUND(quotient × weight),
 *   exact remainders E(j+1) = K·Ej + x(j+1)·Y − (G(j+1) − K·Gj)·M, and the amount G + E/M rounded once.
 *
 * Every remainder is a whole number below K·(4M + Y) < 2^52 and the last step's numerator below
 * 4.56·unit·M, so every product, difference and the last division work on exact integers and the
 * final rounding (ROUND for half-up; ROUND of T ∓ (M − 1)/2 for down / up; a written-out tie test for
 * half-even) decides exactly as the engine does. K is the largest power of ten with K·(4M + Y) < 2^52,
 * n the fewest digits that hold the pool, so any pool the engine accepts (at most 10^13 minor units,
 * src/shared/calc/limits.ts) fits; each remainder refers to the one before once, so a formula grows
 * linearly with n and stays below Excel's 8 192 characters. With 12 million inhabitants, a share of
 * 17/20 and pro rata by day, M ≈ 9·10^10, K = 10 000 and n = 4.
 */
import type { RoundingRule } from './annex-input';

/** Below this every numerator of a direct formula is exact and far from LibreOffice's approximations. */
export const DIRECT_LIMIT = 2 ** 46;
/**
 * From this many rounding units LibreOffice's ROUNDDOWN and ROUNDUP misround (measured in 7.4:
 * ROUNDUP(100086322748.15,0) = 100086322748, ROUNDDOWN(100086322748.85,0) = 100086322749), so a
 * direct formula that rounds down or up stays below it; the exact shapes use ROUND only.
 */
export const DIRECT_QUOTIENT = 10 ** 9;
/** Every intermediate of the split shape stays below this. */
export const SPLIT_LIMIT = 2 ** 52;

/**
 * The block K: the largest power of ten with K·(4M + Y) < 2^52 (else 2 when that fits), or null
 * (then the direct shape stays). Every remainder of the split shape stays below K·(4M + Y).
 */
export function splitBlock(m: number, yMax: number): number | null {
  let best: number | null = null;
  for (let k = 1; k <= 15; k += 1) {
    const block = 10 ** k;
    if (block * (4 * m + yMax) >= SPLIT_LIMIT) break;
    best = block;
  }
  if (best === null && 2 * (4 * m + yMax) < SPLIT_LIMIT) best = 2;
  return best;
}

/** Whether the last step's T < 4.56·unit·M stays below 2^52 (checked with 5·unit·M). */
export function splitRoundFits(m: number, unit: number): boolean {
  return 5 * unit * m < SPLIT_LIMIT;
}

/** How many digits x in base `block` the amount needs (at least two: whole blocks and the rest). */
export function splitDigits(x: number, block: number): number {
  let digits = 2;
  while (block ** digits <= x) digits += 1;
  return digits;
}

/** T / MU rounded to a whole number with `mode`, exactly, for whole 0 ≤ T < 2^52 and MU < 2^52 (formula texts). */
export function exactRound(t: string, mu: string, mode: RoundingRule['mode']): string {
  const down = `ROUND((${t}-(${mu}-1)/2)/(${mu}),0)`;
  switch (mode) {
    case 'half-up':
      return `ROUND((${t})/(${mu}),0)`;
    case 'down':
      return down;
    case 'up':
      return `ROUND((${t}+(${mu}-1)/2)/(${mu}),0)`;
    case 'half-even': {
      // R = ROUND(T/MU) rounds a tie up; a tie is exactly 2·T = (2R − 1)·MU, and then an odd R steps back to the even one.
      const r = `ROUND((${t})/(${mu}),0)`;
      return `(${r}-(2*(${t})=(2*${r}-1)*${mu})*MOD(${r},2))`;
    }
  }
}

export interface PoolSplit {
  /**
   * The pool in whole blocks of K^(n−1), of K^(n−2), …, of K (names on the parameters sheet), and
   * last the pool itself in minor units (a formula): Pj = ⌊X / K^(n−1−j)⌋, each below K times the one before.
   */
  readonly prefixes: readonly string[];
  readonly block: number;
}

/**
 * X·Y/M rounded to `unit` minor units, as a number of rounding units, by long division over the
 * pool's prefixes Pj = ⌊X / K^(n−1−j)⌋ (digit x(j+1) = P(j+1) − K·Pj, below K):
 *
 *   Gj = ROUND(Pj·Y/M, 0)   (a float quotient: within 0.56 of Pj·Y/M, as Pj·Y/M ≤ X ≤ 10^13 and
 *                           `quotient(j)` writes it as a named Pj·s/M, kept to 15 significant
 *                           digits, times the member's weight: relative error below 6·10^-15)
 *   Ej = Pj·Y − Gj·M        (exact, |Ej| ≤ 0.56·M), by E0 = x0·Y − G0·M and
 *   E(j+1) = K·Ej + x(j+1)·Y − (G(j+1) − K·Gj)·M   (every term an exact integer below K·(4M + Y))
 *   X·Y/M = G + E/M  with G = G(n−1), E = E(n−1)
 *
 * Then with H = ⌊G / 2u⌋ (so 2H is even) the amount in units is 2H − 2 + T/(M·u) where
 * T = (G − 2u·H)·M + E + 2u·M lies in (0, 4.56·u·M): the last division rounds exactly (exactRound),
 * and 2H − 2, even, never changes a tie's parity. Each E refers to the one before once, so the
 * formula grows linearly with the number of digits. `y` and `m` are products of names and cells
 * whose values are whole numbers.
 */
export function splitAmount(split: PoolSplit, y: string, m: string, rule: RoundingRule, quotient: (j: number) => string): string {
  const { prefixes, block: k } = split;
  const p = (j: number): string => prefixes[j] ?? '0';
  const g = (j: number): string => `ROUND(${quotient(j)},0)`;
  let e = `(${p(0)}*${y}-${g(0)}*${m})`;
  for (let j = 1; j < prefixes.length; j += 1) {
    e = `(${k}*${e}+(${p(j)}-${k}*${p(j - 1)})*${y}-(${g(j)}-${k}*${g(j - 1)})*${m})`;
  }
  const last = g(prefixes.length - 1);
  const u = rule.unit;
  const h = `ROUND((${last}-${(2 * u - 1) / 2})/${2 * u},0)`;
  const t = `(${last}-${2 * u}*${h})*${m}+${e}+${2 * u}*${m}`;
  const mu = u === 1 ? m : `${m}*${u}`;
  return `2*${h}-2+${exactRound(t, mu, rule.mode)}`;
}

/**
 * A · p / D rounded to whole rounding units, exactly, for a whole number A < 2^52 of minor units
 * (a fee, a charge), a small whole multiplier p (presence, a percentage) and a small divisor D
 * (12 or the days of the year, × 100 for a percentage, × the rounding unit): A = F·D + (A − F·D)
 * with F = ⌊A / D⌋, so A·p/D = F·p + (A − F·D)·p / D, where F·p is at most the amount and the
 * rest is a small exact number. `a` and `p` are formula texts, `d` = D.
 */
export function smallRatioAmount(a: string, p: string, d: number, mode: RoundingRule['mode']): string {
  if (d === 1) return p === '1' ? a : `${a}*${p}`;
  const f = `ROUND((${a}-${(d - 1) / 2})/${d},0)`;
  const fp = p === '1' ? f : `${f}*${p}`;
  const b = p === '1' ? `(${a}-${f}*${d})` : `(${a}-${f}*${d})*${p}`;
  switch (mode) {
    case 'half-up':
      return `${fp}+ROUND(${b}/${d},0)`;
    case 'down':
      return `${fp}+ROUNDDOWN(${b}/${d},0)`;
    case 'up':
      return `${fp}+ROUNDUP(${b}/${d},0)`;
    case 'half-even': {
      // The rest is small, so its floor K and the tie 2·(B − K·D) = D are exact; a tie goes to the even total.
      const k = `ROUNDDOWN(${b}/${d},0)`;
      return `IF(2*(${b}-${k}*${d})=${d},${fp}+${k}+MOD(${fp}+${k},2),${fp}+ROUND(${b}/${d},0))`;
    }
  }
}
