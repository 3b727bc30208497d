/**
 * Marginal bands in the annex (per-unit `bandMode: "marginal"`): the annual amount is the sum over
 * the bands of the part of the member's value inside the band times the band's rate, written as
 * one readable formula per member:
 *
 *   SUM(MIN(D6,150000)*INDEX(Bands_x_rate,1),MAX(D6-150000,0)*INDEX(Bands_x_rate,2))
 *
 * in minor units (the band table holds rates in öre per unit). When a rate is not a whole number of
 * minor units (0.3 öre), every rate is scaled by the key's common denominator D and rounded back to
 * the whole number it is (ROUND(INDEX(…)*D,0)), and the quotient N / D goes to amountFormula, which
 * rounds once as the engine does. Every slice and product is then a whole number, exact in doubles
 * while the sum N (× presence) stays below 2^53. Past DIRECT_LIMIT (2^46, exact-split.ts) a member's
 * cell is written in the split shape instead (marginalSplitUnits), exact for any value the engine
 * accepts as long as a block size fits; with a floor or cap, or where no block fits, member-formulas.ts
 * takes the clamped sum as a whole annual amount in exact-split.ts's ratioUnits.
 */
import type { RoundingRule } from './annex-input';
import { DIRECT_LIMIT, exactRound, SPLIT_LIMIT } from './exact-split';

export interface MarginalBandEdges {
  readonly from: number;
  readonly to: number | null;
}

/** `MIN(MAX(value-from,0),to-from)` with the zero cases written plainly (a value is never negative). */
export function sliceText(metricCell: string, band: MarginalBandEdges): string {
  const over = band.from === 0 ? metricCell : `MAX(${metricCell}-${band.from},0)`;
  return band.to === null ? over : `MIN(${over},${band.to - band.from})`;
}

/**
 * N of the annual amount N / den in minor units: SUM of slices × rate, each rate `rateOf(k)` (a
 * cell or INDEX into the band table's rate column, in minor units) times den, as whole numbers.
 */
export function marginalSumText(metricCell: string, bands: readonly MarginalBandEdges[], rateOf: (k: number) => string, den: number): string {
  const terms = bands.map((band, k) => {
    const rate = den === 1 ? rateOf(k) : `ROUND(${rateOf(k)}*${den},0)`;
    return `${sliceText(metricCell, band)}*${rate}`;
  });
  return `SUM(${terms.join(',')})`;
}


/** What the split shape of one member's marginal charge needs (see marginalSplitUnits). */
export interface MarginalSplitInput {
  readonly metricCell: string;
  readonly bands: readonly MarginalBandEdges[];
  /** Each band's rate × den as a formula giving a whole number, and its value. */
  readonly rateOf: (k: number) => string;
  readonly nums: readonly number[];
  readonly den: number;
  /** The presence cell (pro rata) or null, with the member's presence n / d (1 / 1 for a whole year). */
  readonly presenceCell: string | null;
  readonly presenceN: number;
  readonly presenceD: number;
  readonly value: number;
  readonly rule: RoundingRule;
}

/** N × presence for `value`, exactly. */
export function marginalNumerator(value: number, bands: readonly MarginalBandEdges[], nums: readonly number[], presence: number): bigint {
  let n = 0n;
  bands.forEach((band, k) => {
    if (value <= band.from) return;
    const units = (band.to === null || value < band.to ? value : band.to) - band.from;
    n += BigInt(units) * BigInt(nums[k] ?? 0);
  });
  return n * BigInt(presence);
}

/** Excel refuses formulas longer than 8 192 characters; the split shape stays well below or is not used. */
const MAX_FORMULA = 7_500;

/**
 * The marginal charge past the direct formula's exact range, as a whole number of rounding units,
 * in the split shape of exact-split.ts: each slice s = h·K + l (K a power of ten), so
 * N·p = A·K + B with A = Σ h·c·p and B = Σ l·c·p, both whole and below 2^52; with M = den × d,
 * Q = ROUND(A/M) and T = (A − Q·M + M)·K + B, the amount is (Q − 1)·K + T/M, and T/M is rounded
 * exactly (exactRound). Null when no block keeps every intermediate below 2^52 (or the formula
 * would be too long): member-formulas.ts then writes the sum through ratioUnits.
 */
export function marginalSplitUnits(input: MarginalSplitInput): string | null {
  const { bands, nums, den, presenceN, presenceD, rule, value } = input;
  const m = den * presenceD;
  const c = nums.reduce((sum, n) => sum + n, 0) * presenceN;
  let block: number | null = null;
  for (let k = 1; k <= 15; k += 1) {
    const candidate = 10 ** k;
    if (candidate % rule.unit !== 0) continue;
    if (candidate * (2 * m + c) >= SPLIT_LIMIT) break;
    block = candidate;
  }
  if (block === null) return null;
  const K = block;
  let a = 0n;
  bands.forEach((band, k) => {
    if (value <= band.from) return;
    const units = (band.to === null || value < band.to ? value : band.to) - band.from;
    a += BigInt(Math.floor(units / K)) * BigInt(nums[k] ?? 0);
  });
  if (a * BigInt(presenceN) >= BigInt(SPLIT_LIMIT)) return null;
  const p = input.presenceCell === null ? '' : `*${input.presenceCell}`;
  const slices = bands.map((band) => sliceText(input.metricCell, band));
  const high = slices.map((s) => `ROUND((${s}-${(K - 1) / 2})/${K},0)`);
  const aText = `SUM(${high.map((h, k) => `${h}*${input.rateOf(k)}`).join(',')})${p}`;
  const bText = `SUM(${slices.map((s, k) => `(${s}-${high[k] ?? '0'}*${K})*${input.rateOf(k)}`).join(',')})${p}`;
  const q = `ROUND(${aText}/${m},0)`;
  const t = `(${aText}-${q}*${m}+${m})*${K}+${bText}`;
  const mu = rule.unit === 1 ? String(m) : String(m * rule.unit);
  const text = `(${q}-1)*${K / rule.unit}+${exactRound(t, mu, rule.mode)}`;
  return text.length > MAX_FORMULA ? null : text;
}

/** Whether a member's marginal charge needs the split shape (its N × presence passes DIRECT_LIMIT). */
export function marginalNeedsSplit(value: number, bands: readonly MarginalBandEdges[], nums: readonly number[], presence: number): boolean {
  return marginalNumerator(value, bands, nums, presence) >= BigInt(DIRECT_LIMIT);
}

/**
 * The whole number N / MU rounded with `mode`, for a whole N below 2^52: exactRound's ROUND of
 * (N ∓ (MU − 1)/2) / MU, never ROUNDDOWN / ROUNDUP, which LibreOffice approximates to 15 digits
 * before cutting (ROUNDDOWN(1250374812498.75;0) gives 1250374812500 there).
 */
export function wholeQuotient(n: string, mu: number, mode: RoundingRule['mode']): string {
  return exactRound(n, String(mu), mode);
}
