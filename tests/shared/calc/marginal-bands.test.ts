/**
 * Marginal bands (per-unit `bandMode: "marginal"`): each band's rate applies to the part of the
 * value inside the band, like income-tax brackets. The KOMBIT price model (Denmark): 25 kr per
 * inhabitant, and half of that for every inhabitant above 150 000. Expected figures are worked
 * out by hand in the comments, or by an independent BigInt sum in the property tests.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFigures, computeScenario, describeTrail, explainCharge, resolveScenario, sweepParameter } from '../../../src/shared/calc';

interface Band {
  from: number;
  to?: number;
  rate: string;
}

function kombitKey(extra: Record<string, unknown> = {}, bands?: Band[]) {
  return {
    schemaVersion: 1,
    id: 'kombit',
    version: 1,
    name: 'KOMBIT',
    family: 'fee-schedule',
    parameters: { rateBase: '25', rateAbove: '12.50' },
    rounding: { unit: '0.01', mode: 'half-up' },
    components: [
      {
        type: 'per-unit',
        id: 'inhabitants',
        metric: 'population',
        bandMode: 'marginal',
        bands: bands ?? [
          { from: 0, to: 150_000, rate: { param: 'rateBase' } },
          { from: 150_000, rate: { param: 'rateAbove' } },
        ],
        ...extra,
      },
    ],
  };
}

function scenario(values: Record<string, number>, key: unknown = kombitKey(), more: Record<string, unknown> = {}, joined: Record<string, string> = {}) {
  const definition = { schemaVersion: 1, id: 's', name: 's', currency: 'DKK', horizon: { from: 2025, to: 2025 }, key, ...more };
  const facts = {
    members: Object.entries(values).map(([id, value]) => ({ id, name: id, category: 'municipality', ...(joined[id] ? { joined: joined[id] } : {}), metrics: { population: { '2025': { value } } } })),
  };
  return resolveScenario(definition, facts);
}

/** Member charges (øre) of a one-year scenario, by id. */
function charges(values: Record<string, number>, key?: unknown, more?: Record<string, unknown>, joined?: Record<string, string>): Record<string, number> {
  const result = computeScenario(scenario(values, key, more, joined));
  return Object.fromEntries(result.members.map((m) => [m.id, m.years[0]?.gross as number]));
}

describe('marginal bands: the KOMBIT example by hand', () => {
  it('charges 25 kr per inhabitant up to 150 000 and 12.50 kr for each one above', () => {
    const got = charges({ big: 200_000, edge: 150_000, above: 150_001, below: 149_999, small: 1, none: 0 });
    expect(got).toEqual({
      big: 437_500_000, //     150 000 × 25 + 50 000 × 12.50 = 3 750 000 + 625 000 = 4 375 000 kr
      edge: 375_000_000, //    150 000 × 25 = 3 750 000 kr (nothing above the edge)
      above: 375_001_250, //   3 750 000 + 1 × 12.50 = 3 750 012.50 kr
      below: 374_997_500, //   149 999 × 25 = 3 749 975 kr
      small: 2_500, //         1 × 25 = 25 kr
      none: 0,
    });
  });

  it('differs from whole-value bands, where the band the value falls in decides the rate for all of it', () => {
    const whole = kombitKey({ bandMode: 'whole' });
    // 200 000 × 12.50 = 2 500 000 kr: the whole value at the upper band's rate.
    expect(charges({ big: 200_000 }, whole)).toEqual({ big: 250_000_000 });
    expect(charges({ big: 200_000 })).toEqual({ big: 437_500_000 });
  });

  it('does not depend on the edge rule (a slice is the same whichever band owns the edge)', () => {
    const upper = kombitKey({ edge: 'upper-inclusive' });
    expect(charges({ edge: 150_000, above: 150_001 }, upper)).toEqual({ edge: 375_000_000, above: 375_001_250 });
  });

  it('takes its rates from parameters, which a scenario overrides and a sweep varies', () => {
    // rateAbove 10: 3 750 000 + 50 000 × 10 = 4 250 000 kr
    expect(charges({ big: 200_000 }, kombitKey(), { parameters: { rateAbove: '10' } })).toEqual({ big: 425_000_000 });
    const steps = sweepParameter(scenario({ big: 200_000 }), 'rateAbove', ['0', '10', '12.50']);
    // 0: 3 750 000 kr; 10: 4 250 000 kr; 12.50: 4 375 000 kr
    expect(steps.map((s) => s.net[0]?.[0])).toEqual([375_000_000, 425_000_000, 437_500_000]);
  });

  it('rounds once, the sum of the slices, by the component rule (not slice by slice)', () => {
    const key = kombitKey({ rounding: { unit: '1', mode: 'half-up' } }, [
      { from: 0, to: 100, rate: '0.333' },
      { from: 100, rate: '0.125' },
    ]);
    // 103: 100 × 0.333 + 3 × 0.125 = 33.30 + 0.375 = 33.675 kr → 34 kr (slice by slice: 33 + 0 = 33)
    // 101: 33.30 + 0.125 = 33.425 kr → 33 kr
    expect(charges({ a: 103, b: 101 }, key)).toEqual({ a: 3_400, b: 3_300 });
  });

  it('applies floor, cap and pro rata to the marginal annual amount, as for any fee', () => {
    const capped = kombitKey({ max: '4000000' });
    // 4 375 000 kr capped at 4 000 000 kr; 3 750 000 kr stays
    expect(charges({ big: 200_000, edge: 150_000 }, capped)).toEqual({ big: 400_000_000, edge: 375_000_000 });
    const prorated = kombitKey({ proRata: { join: 'month', leave: 'none' } });
    // joined 1 July: 6 of 12 months → 4 375 000 × 6/12 = 2 187 500 kr
    expect(charges({ big: 200_000 }, prorated, {}, { big: '2025-07-01' })).toEqual({ big: 218_750_000 });
  });

  it('is exact beyond 2^53 in its intermediate sums', () => {
    const key = kombitKey({}, [
      { from: 0, to: 1e15, rate: '0.00003' },
      { from: 1e15, rate: '0.000001' },
    ]);
    // 4e15 inhabitants: 1e15 × 0.003 øre + 3e15 × 0.0001 øre = 3e12 + 3e11 = 3 300 000 000 000 øre,
    // within the largest amount (10^13 øre); the common denominator 10 000 makes the first slice
    // 1e15 × 30 = 3e16 > 2^53: the BigInt path.
    expect(charges({ huge: 4e15 }, key)).toEqual({ huge: 3_300_000_000_000 });
    expect(computeFigures(scenario({ huge: 4e15 }, key)).gross[0]).toBe(3_300_000_000_000);
  });

  it('explains the slices in words, in each language', () => {
    const r = scenario({ big: 200_000 });
    const charge = explainCharge(r, 'big', 2025);
    const trail = charge.components[0]?.trail;
    expect(trail?.marginal).toEqual([
      { index: 0, from: 0, to: 150_000, units: 150_000, rate: '25' },
      { index: 1, from: 150_000, to: null, units: 50_000, rate: '12.50' },
    ]);
    expect(trail?.band).toBeUndefined();
    const en = describeTrail(trail as NonNullable<typeof trail>, 'en', 'DKK', charge.components[0]?.amount);
    expect(en).toContain('marginal rates');
    // Rates in the language's currency format (Intl puts a no-break space after the code).
    expect(en).toContain('150,000 within 0–150,000 × DKK\u00a025 + 50,000 within 150,000–and above × DKK\u00a012.50');
    expect(describeTrail(trail as NonNullable<typeof trail>, 'sv', 'DKK')).toContain('marginell taxa');
    expect(describeTrail(trail as NonNullable<typeof trail>, 'nb', 'DKK')).toContain('marginal sats');
  });

  it('refuses a marginal band with a flat amount, and marginal charging without bands, naming the field', () => {
    const withAmount = kombitKey({}, [{ from: 0, to: 10, rate: '1' }, { from: 10, amount: '5' } as unknown as Band]);
    expect(() => scenario({ a: 1 }, withAmount)).toThrow('components[0].bands[1].rate: marginal bands need a rate for each band');
    const noBands = { ...kombitKey(), components: [{ type: 'per-unit', id: 'x', metric: 'population', rate: '1', bandMode: 'marginal' }] };
    expect(() => scenario({ a: 1 }, noBands)).toThrow('components[0].bandMode: marginal charging needs bands');
  });
});

describe('marginal bands: properties', () => {
  // Bands of random widths with rates of up to three decimals (so a unit step is exact in øre only sometimes).
  const layout = fc
    .array(fc.record({ width: fc.integer({ min: 1, max: 50_000 }), rate: fc.integer({ min: 0, max: 40_000 }) }), { minLength: 1, maxLength: 5 })
    .map((parts) => {
      let from = 0;
      return parts.map((p, i) => {
        const b: Band = { from, rate: (p.rate / 1000).toFixed(3) };
        if (i < parts.length - 1) b.to = from + p.width;
        from += p.width;
        return b;
      });
    });

  /** Independent: Σ min(max(v − from, 0), to − from) × rate, in thousandths of an øre (BigInt), rounded half-up to øre. */
  function expected(bands: Band[], v: number): number {
    // A rate r kr with three decimals is 1000r thousandths of a kr = 100 000r thousandths of an øre per unit.
    let milli = 0n;
    for (const b of bands) {
      const top = b.to === undefined ? v : Math.min(v, b.to);
      const units = Math.max(0, top - b.from);
      milli += BigInt(units) * BigInt(Math.round(Number(b.rate) * 1000)) * 100n;
    }
    const q = milli / 1000n;
    const r = milli % 1000n;
    return Number(r * 2n >= 1000n ? q + 1n : q);
  }

  it('equals an independent exact sum of slices', () => {
    fc.assert(
      fc.property(layout, fc.array(fc.integer({ min: 0, max: 300_000 }), { minLength: 1, maxLength: 8 }), (bands, values) => {
        const ids = Object.fromEntries(values.map((v, i) => [`m${i}`, v]));
        const got = charges(ids, kombitKey({}, bands));
        values.forEach((v, i) => expect(got[`m${i}`], `value ${v}`).toBe(expected(bands, v)));
      }),
      { numRuns: 60 },
    );
  });

  it('is monotone and continuous in the value: one more unit never costs less, nor more than the top rate (plus one rounding step)', () => {
    fc.assert(
      fc.property(layout, fc.integer({ min: 0, max: 250_000 }), (bands, start) => {
        // Every band edge and its neighbours, plus a run of consecutive values from `start`.
        const values = new Set<number>();
        for (const b of bands) for (const d of [-1, 0, 1]) if (b.from + d >= 0) values.add(b.from + d);
        for (let k = 0; k < 20; k++) values.add(start + k);
        const sorted = [...values].sort((a, b) => a - b);
        const got = charges(Object.fromEntries(sorted.map((v) => [`v${String(v).padStart(7, '0')}`, v])), kombitKey({}, bands));
        const maxRate = Math.max(...bands.map((b) => Number(b.rate) * 100)); // øre per unit
        for (let k = 1; k < sorted.length; k++) {
          const a = sorted[k - 1] as number;
          const b = sorted[k] as number;
          const fa = got[`v${String(a).padStart(7, '0')}`] as number;
          const fb = got[`v${String(b).padStart(7, '0')}`] as number;
          expect(fb, `${a} → ${b}`).toBeGreaterThanOrEqual(fa);
          // Continuous: no jump at an edge; the step is at most the top rate per unit, plus one øre of rounding.
          expect(fb - fa, `${a} → ${b}`).toBeLessThanOrEqual(Math.ceil((b - a) * maxRate) + 1);
        }
      }),
      { numRuns: 60 },
    );
  });
});
