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
 * the pool's digits in base K:
 *
 *   the pool X (minor units) = x0·K^(n−1) + … + x(n−1)   (parameters PoolBlocks_2017, PoolBlocks2_2017,
 *                                                        …, PoolRest_2017; each digit below K)
 *   the share as the fraction s/d of the pool (85 % = 17/20), Y = s × weight, M = d × Σ weights
 *   T0 = x0·Y,  Qj = ROUND(Tj / M, 0),  T(j+1) = (Tj − Qj·M + M)·K + x(j+1)·Y
 *   X·Y/M = Σ (Qj − 1)·K^(n−1−j) + T(n−1) / M
 *
 * Tj − Qj·M + M lies in [M/2, 3M/2], so every T is a whole number below K·(2M + Y) < 2^52: every
 * product, difference and the last division work on exact integers, and the final rounding (ROUND
 * for half-up; ROUND of T ∓ (M − 1)/2 for down / up; a written-out tie test for half-even) decides
 * exactly as the engine does. Each (Qj − 1)·K^(n−1−j) is a whole, even number of rounding units
 * (K is an even multiple of the unit), so it never changes how T / M rounds. K is the largest power
 * of ten with K·(2M + Y) < 2^52 (else twice the unit), and n the fewest digits that hold the pool,
 * so any pool the engine accepts (at most 10^13 minor units, src/shared/calc/limits.ts) fits. With
 * 12 million inhabitants, a share of 17/20 and pro rata by day, M ≈ 9·10^10, K = 10 000 and n = 4.
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
 * The block K: the largest power of ten that is an even number of rounding units with
 * K·(2M + Y) < 2^52, else 2 × the unit when that fits, or null (then the direct shape stays).
 */
export function splitBlock(m: number, yMax: number, unit: number): number | null {
  let best: number | null = null;
  for (let k = 1; k <= 15; k += 1) {
    const block = 10 ** k;
    // A whole, even number of rounding units, so (Q − 1)·K never changes a rounding (nor a parity).
    if (block % unit !== 0 || (block / unit) % 2 !== 0) continue;
    if (block * (2 * m + yMax) >= SPLIT_LIMIT) break;
    best = block;
  }
  if (best === null && 2 * unit * (2 * m + yMax) < SPLIT_LIMIT) best = 2 * unit;
  return best;
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
    case 'half-even':
      // A tie is exactly 2·(T − F·MU) = MU with F = ⌊T/MU⌋; then the even one of F and F + 1.
      return `IF(2*(${t}-${down}*${mu})=${mu},${down}+MOD(${down},2),ROUND((${t})/(${mu}),0))`;
  }
}

export interface PoolSplit {
  /**
   * Names of the pool's digits in base `block`, most significant first: whole blocks of K^(n−1),
   * further whole blocks of K^(n−2), …, and last what is left below one block (minor units).
   */
  readonly digits: readonly string[];
  readonly block: number;
}

/**
 * X·Y/M rounded to `unit` minor units, as a number of rounding units, by long division over the
 * pool's digits x0 … x(n−1) in base K (X = Σ xj·K^(n−1−j)):
 *
 *   T0 = x0·Y;  Qj = ROUND(Tj / M);  T(j+1) = (Tj − Qj·M + M)·K + x(j+1)·Y
 *   X·Y/M = Σ (Qj − 1)·K^(n−1−j) + T(n−1) / M
 *
 * Tj − Qj·M + M lies in [M/2, 3M/2], so every T stays below K·(2M + Y) < 2^52: each step is an exact
 * integer and the last division rounds exactly (exactRound). `y` and `m` are products of names and
 * cells whose values are whole numbers.
 */
export function splitAmount(split: PoolSplit, y: string, m: string, rule: RoundingRule): string {
  const { digits, block } = split;
  const n = digits.length;
  let t = `${digits[0] ?? '0'}*${y}`;
  const terms: string[] = [];
  for (let j = 1; j < n; j += 1) {
    const q = `ROUND(${j === 1 ? t : `(${t})`}/(${m}),0)`;
    terms.push(`(${q}-1)*${block ** (n - j) / rule.unit}`);
    t = `(${t}-${q}*${m}+${m})*${block}+${digits[j] ?? '0'}*${y}`;
  }
  const mu = rule.unit === 1 ? m : `${m}*${rule.unit}`;
  return `${terms.join('+')}+${exactRound(t, mu, rule.mode)}`;
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
