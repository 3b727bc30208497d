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
 * while the sum N (× presence) stays below 2^53 — the same bound as the engine's plain-number path,
 * beyond which the engine computes with BigInt and the annex's formula is no longer exact.
 */

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

