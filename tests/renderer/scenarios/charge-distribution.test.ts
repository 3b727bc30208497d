/**
 * The distribution of what members pay (the studio's chart for a large consortium): bands of equal
 * width on the chart's nice steps, every charged member in exactly one band, the band totals adding
 * up to what the members pay, and empty bands beyond the lowest and highest amount left out.
 */
import { describe, expect, it } from 'vitest';
import { chargeDistribution } from '../../../src/renderer/src/features/scenarios/studio-model';

describe('chargeDistribution', () => {
  it('puts each charged member in one band and adds up what the band pays', () => {
    const rows = [
      { charged: true, net: 0 },
      { charged: true, net: 5_000 },
      { charged: true, net: 12_000 },
      { charged: true, net: 99_000 },
      { charged: true, net: 100_000 },
      // An observer pays nothing and is not counted.
      { charged: false, net: 0 },
    ];
    // By hand: 8 bands over 0…100 000 → a rough step of 12 500, rounded up to a multiple of 5 000
    // (5 % of the power of ten): 15 000. Nine ticks 0, 15 000, …, 120 000; the last band
    // (105 000–120 000) is empty and dropped, leaving seven bands of 15 000.
    // 0, 5 000, 12 000 fall in [0, 15 000): 3 members, 17 000 together.
    // 99 000 and 100 000 fall in [90 000, 105 000): 2 members, 199 000 together.
    const bands = chargeDistribution(rows);
    expect(bands.map((b) => [b.from, b.to])).toEqual([
      [0, 15_000],
      [15_000, 30_000],
      [30_000, 45_000],
      [45_000, 60_000],
      [60_000, 75_000],
      [75_000, 90_000],
      [90_000, 105_000],
    ]);
    expect(bands.map((b) => b.count)).toEqual([3, 0, 0, 0, 0, 0, 2]);
    expect(bands.map((b) => b.total)).toEqual([17_000, 0, 0, 0, 0, 0, 199_000]);
  });

  it('accounts for every member and every öre of a large consortium', () => {
    // 358 members paying 1 000, 2 000, …, 358 000 öre: 358 · 359 / 2 · 1 000 = 64 261 000 together.
    const rows = Array.from({ length: 358 }, (_, i) => ({ charged: true, net: (i + 1) * 1_000 }));
    const bands = chargeDistribution(rows);
    expect(bands.reduce((sum, b) => sum + b.count, 0)).toBe(358);
    expect(bands.reduce((sum, b) => sum + b.total, 0)).toBe(64_261_000);
    expect(bands.length).toBeGreaterThanOrEqual(5);
    expect(bands.length).toBeLessThanOrEqual(8);
    // The highest amount lies in the last band, which includes its upper end.
    expect(bands.at(-1)!.to).toBeGreaterThanOrEqual(358_000);
  });

  it('is empty when nobody is charged', () => {
    expect(chargeDistribution([{ charged: false, net: 0 }])).toEqual([]);
  });
});
