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
import { DIRECT_LIMIT, exactRound, expansionSumUnits, ratioUnits, SPLIT_LIMIT } from './exact-split';
import { MAX_AMOUNT } from '../../../shared/calc/limits';

export interface MarginalBandEdges {
  readonly from: number;
  readonly to: number | null;
}

/** A marginal band with its rate n/d in minor units per unit (null: no rate, nothing charged). */
export interface MarginalBand extends MarginalBandEdges {
  readonly rate: { readonly n: number; readonly d: number } | null;
}

const gcdBig = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcdBig(b, a % b));

/** The rates' common denominator L (any size, BigInt) and each rate's numerator over it. */
export function marginalRatesOver(bands: readonly MarginalBand[]): { den: bigint; nums: bigint[] } {
  let den = 1n;
  for (const band of bands) if (band.rate) den = (den / gcdBig(den, BigInt(band.rate.d))) * BigInt(band.rate.d);
  return { den, nums: bands.map((band) => (band.rate ? BigInt(band.rate.n) * (den / BigInt(band.rate.d)) : 0n)) };
}

/**
 * The unclamped marginal charge in whole rounding units, exactly, for rates with any number of decimals
 * (a common denominator L past 2^53, or L × the annual amount past 2^53: 0.12345678 öre per unit): the
 * sum over the bands of slice × rate × presence / (pD × unit) in exact-split.ts's expansion shape, each
 * slice one term with its rate's numerator over L (× the member's presence n, a constant: the formula
 * holds its value). A slice's bound is its band's width, or — where a slice alone would take the sum past
 * `top` (the cap, or without one the largest amount the engine accepts, which no accepted value passes) —
 * the slice held at L = ⌊top / rate⌋ + 1 by MIN: a larger slice leaves the sum past `top` either way, so
 * the cap still decides. So the bound holds for every value the metric cell can hold, not only
 * the member's. A floor and cap are applied by member-formulas.ts to the rounded results (rounding
 * is monotone: R(MIN(MAX(V, Min), Max)) = MIN(MAX(R(V), R(Min)), R(Max))).
 */
export function marginalExpansionUnits(metricCell: string, bands: readonly MarginalBand[], presenceN: number, presenceD: number, rule: RoundingRule, top: number): string {
  const { den, nums } = marginalRatesOver(bands);
  const terms = bands.map((band, k) => {
    const n = nums[k] ?? 0n;
    const width = band.to === null ? Number.MAX_SAFE_INTEGER : Math.min(band.to - band.from, Number.MAX_SAFE_INTEGER);
    // A slice past `top` / rate alone makes the sum pass `top` (the cap, or the largest amount the engine accepts):
    // MIN(slice, L) keeps the sum past it there, and every slice inside its digits' bound.
    const reach = n === 0n ? null : (BigInt(top) * den) / n + 1n;
    const slice = sliceText(metricCell, band);
    if (reach === null || reach >= BigInt(width)) return { a: slice, aMax: width, n: n * BigInt(presenceN) };
    return { a: `MIN(${slice},${reach})`, aMax: Number(reach), n: n * BigInt(presenceN) };
  });
  return expansionSumUnits(terms, den * BigInt(presenceD) * BigInt(rule.unit), rule.mode);
}

/** The member's presence for a marginal fee: its cell ('1' for the whole year), months or days n over d. */
export interface MarginalPresence {
  readonly cell: string;
  readonly n: number;
  readonly d: number;
}

/**
 * The marginal charge in whole rounding units with its floor and cap, exactly, for any rates: the unclamped
 * sum in the expansion shape (marginalExpansionUnits), and a floor or cap (`min`, `max`: formula texts of
 * whole minor units, at most the largest amount) × presence rounded by ratioUnits, then MAX and MIN of the
 * rounded amounts. Rounding is monotone, so R(MIN(MAX(V, Min), Max)) = MIN(MAX(R(V), R(Min)), R(Max)): the
 * engine's clamp before rounding gives the same amount.
 */
export function marginalClampedUnits(metricCell: string, bands: readonly MarginalBand[], presence: MarginalPresence, rule: RoundingRule, min: string | null, max: string | null, maxValue: number | null): string {
  const bound = (amount: string): string => ratioUnits(amount, MAX_AMOUNT, presence.cell, presence.n, presence.d, presence.d * rule.unit, rule.mode);
  // Without a cap the engine accepts no annual amount past MAX_AMOUNT; with one, a larger sum only has to stay past it.
  let units = marginalExpansionUnits(metricCell, bands, presence.n, presence.d, rule, max === null ? MAX_AMOUNT : maxValue ?? MAX_AMOUNT);
  if (min !== null) units = `MAX(${units},${bound(min)})`;
  if (max !== null) units = `MIN(${units},${bound(max)})`;
  return units;
}

/**
 * Whether the marginal formulas over the common denominator (marginalSumText, marginalSplitUnits, a clamped
 * sum through ratioUnits) would pass 2^52 somewhere for `value`: a denominator the engine keeps only in
 * BigInt (den 0), a floor or cap × L past 2^52, or an unclamped sum N = Σ slice × rate × L past 2^52 that no
 * cap below 2^52 holds. Then marginalExpansionUnits is used instead.
 */
export function marginalNeedsExpansion(value: number, bands: readonly MarginalBand[], marginalDen: number, min: number | null, max: number | null): boolean {
  if (marginalDen <= 0) return true;
  const { den, nums } = marginalRatesOver(bands);
  const limit = BigInt(SPLIT_LIMIT);
  const minD = min === null ? 0n : BigInt(min) * den;
  const maxD = max === null ? null : BigInt(max) * den;
  if (minD >= limit || (maxD !== null && maxD >= limit)) return true;
  let exactN = 0n;
  bands.forEach((band, k) => {
    if (value <= band.from) return;
    exactN += BigInt((band.to === null || value < band.to ? value : band.to) - band.from) * (nums[k] ?? 0n);
  });
  return exactN >= limit && !(maxD !== null && exactN > maxD);
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
