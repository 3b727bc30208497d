/**
 * Exact pool shares at magnitudes where the direct formula is not.
 *
 * A pool share is `Pool × Share × weight / (100 × Σ weights)` in minor units. The direct formula
 * `ROUND(Pool_2017*100*Share_population*D6/(Total_population_2017*100),0)` is exact only while the
 * numerator N stays well inside IEEE doubles (spreadsheets compute in doubles): a pool of
 * 13.9 million kronor, a share of 85 and a municipality of a million inhabitants make N ≈ 1.2·10^17,
 * far past 2^53, and LibreOffice then lands 0.01 below the engine in a dozen rows. Beyond
 * DIRECT_LIMIT (2^46, which also keeps LibreOffice's 15-digit approximations in ROUNDDOWN, ROUNDUP
 * and MOD away from every result) the annex writes the *split* shape instead:
 *
 *   the pool X (minor units) = H × K + L   (parameters PoolBlocks_2017 = H and PoolRest_2017 = L,
 *                                          K a power of ten, L < K)
 *   Y = Share × weight, M = 100 × Σ weights,  P = H × Y
 *   Q = ROUND(P / M, 0)                     (P's quotient, to the nearest whole)
 *   X·Y/M = (Q − 1)·K + T / M  where  T = (P − Q·M + M)·K + L·Y,  0 ≤ T < 2^52
 *
 * Every product, difference and the one division T / M then work on exact integers below 2^52,
 * so the final rounding (ROUND for half-up; ROUND of T ∓ (M − 1)/2 for down / up; a written-out
 * tie test for half-even) decides exactly as the engine does. (Q − 1)·K is a whole number of
 * rounding units (K is a multiple of the unit; for half-even K is even), so it never changes how
 * T / M rounds. The block K is the largest power of ten with K·(2M + Y) < 2^52; the split is used
 * when also H·Y < 2^52 for every row — with 400 members of up to 2 million inhabitants that is any
 * pool up to about 2 thousand million kronor, with 11 million inhabitants in all up to about 200
 * thousand million. Beyond that the annex falls back to the direct shape (see docs/exports.md).
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
 * The smallest number of decimals k (up to 12) for which the share in percent times 10^k is a
 * whole number, or null when there is none (a share like 1/3).
 */
export function shareDigits(share: { readonly n: number; readonly d: number }): number | null {
  for (let k = 0; k <= 12; k += 1) {
    const scaled = share.n * 100 * 10 ** k;
    if (!Number.isSafeInteger(scaled)) return null;
    if (scaled % share.d === 0) return k;
  }
  return null;
}

/** The largest power of ten (an even multiple of the rounding unit) with K·(2M + Y) < 2^52, or null. */
export function splitBlock(m: number, yMax: number, unit: number): number | null {
  let best: number | null = null;
  for (let k = 1; k <= 15; k += 1) {
    const block = 10 ** k;
    // A whole, even number of rounding units, so (Q − 1)·K never changes a rounding (nor a parity).
    if (block % unit !== 0 || (block / unit) % 2 !== 0) continue;
    if (block * (2 * m + yMax) >= SPLIT_LIMIT) break;
    best = block;
  }
  return best;
}

/** Whether H·Y stays below 2^52 for the largest Y, with H the whole blocks of x. */
export function splitFits(x: number, block: number, yMax: number): boolean {
  return Math.floor(x / block) * yMax < SPLIT_LIMIT;
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
  /** Names of the pool's whole blocks (H) and of what is left below one block (L), in minor units. */
  readonly high: string;
  readonly low: string;
  readonly block: number;
}

/**
 * X·Y/M rounded to `unit` minor units, as a number of rounding units: `(Q-1)*K/unit + round(T/(M·unit))`.
 * `y` and `m` are products of names and cells whose values are whole numbers.
 */
export function splitAmount(split: PoolSplit, y: string, m: string, rule: RoundingRule): string {
  const { high, low, block } = split;
  const p = `${high}*${y}`;
  const q = `ROUND(${p}/(${m}),0)`;
  const t = `(${p}-${q}*${m}+${m})*${block}+${low}*${y}`;
  const mu = rule.unit === 1 ? m : `${m}*${rule.unit}`;
  return `(${q}-1)*${block / rule.unit}+${exactRound(t, mu, rule.mode)}`;
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
