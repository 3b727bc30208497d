/**
 * Tick values for a bar chart's value axis, chosen the way recharts chooses them for a numeric
 * axis (its getNiceTickValues with five ticks), so a chart drawn here has the axis the recharts
 * one had: e.g. 0, 85, 170, 255, 340 tn for a largest bar of 339 326 kr. The span always
 * includes zero, where the bars start.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  const lo = Math.min(0, min);
  const hi = Math.max(0, max);
  if (lo === hi) return Array.from({ length: count }, (_, i) => i);
  for (let correction = 0; correction < 100; correction++) {
    const step = adaptiveStep((hi - lo) / (count - 1), correction);
    let below = Math.ceil(-lo / step - 1e-9);
    let above = Math.ceil(hi / step - 1e-9);
    const used = below + above + 1;
    if (used > count) continue;
    if (used < count) {
      if (hi > 0) above += count - used;
      else below += count - used;
    }
    const ticks: number[] = [];
    for (let i = -below; i <= above; i++) ticks.push(i * step);
    return ticks;
  }
  return [lo, hi];
}

/** recharts' getAdaptiveStep: the rough step rounded up to a multiple of 5 % (10 % for single digits) of its power of ten. */
function adaptiveStep(rough: number, correction: number): number {
  const digits = Math.floor(Math.log10(rough)) + 1;
  // In integer arithmetic where the amounts are (minor units), so 17 × 0.05 × 10⁷ is exactly 8 500 000.
  const unit = digits !== 1 ? 5 * 10 ** (digits - 2) : 10 ** (digits - 1);
  return (Math.ceil(rough / unit - 1e-9) + correction) * unit;
}
