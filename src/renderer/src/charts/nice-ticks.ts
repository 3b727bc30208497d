/**
 * Round tick values for a value axis (steps of 1, 2, 2.5 or 5 times a power of ten), the way
 * recharts chooses them, and the domain they span, which always contains zero for bars.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  let lo = Math.min(0, min);
  let hi = Math.max(0, max);
  if (lo === hi) hi = lo + 1;
  const rough = (hi - lo) / Math.max(1, count - 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((s) => s * magnitude >= rough - 1e-9) ?? 10) * magnitude;
  lo = Math.floor(lo / step + 1e-9) * step;
  hi = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let i = 0; i < 50; i++) {
    const v = lo + i * step;
    if (v > hi + step / 2) break;
    ticks.push(Math.abs(v) < step / 1e6 ? 0 : v);
  }
  return ticks;
}
