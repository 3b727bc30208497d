// The annex's exact shapes evaluated in IEEE doubles, as a spreadsheet computes them, for thousands
// of random cases near the engine's limits (no LibreOffice, fast): the value of each formula must be
// the engine's rule computed independently in BigInt — X·Y/(M·unit) rounded with the mode — and no
// sum, difference or product of whole numbers inside it may lose exactness. The formulas come from
// the builders (exact-split.ts); their arithmetic is checked by formula-arithmetic.ts, which knows
// only the spreadsheet's rules. fast-check draws the cases from fixed seeds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expansionAmount, expansionSumUnits, FORMULA_MAX, poolShareUnits, ratioUnits, smallRatioAmount, splitBlock, splitDigits } from '../../../../src/main/export/annex/exact-split';
import { marginalClampedUnits, type MarginalBand } from '../../../../src/main/export/annex/marginal-formula';
import { MAX_AMOUNT } from '../../../../src/shared/calc/limits';
import { evaluateFormula, roundRatio } from './formula-arithmetic';

type Mode = 'half-up' | 'half-even' | 'down' | 'up';
const MODES: readonly Mode[] = ['half-up', 'half-even', 'down', 'up'];
const EXCEL_LIMIT = 8_192;

/** A percent text as the fraction s/d of one, reduced (12.34 → 617/5 000), as the engine parses it. */
function shareOf(percent: string): { s: bigint; d: bigint } {
  const [whole = '0', frac = ''] = percent.split('.');
  let s = BigInt(whole + frac);
  let d = 100n * 10n ** BigInt(frac.length);
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
  const g = gcd(s, d);
  s /= g;
  d /= g;
  return { s, d };
}

interface PoolCase {
  readonly pool: number;
  readonly percent: string;
  readonly total: number;
  readonly weight: number;
  readonly unit: 1 | 100;
  readonly mode: Mode;
}

/** Near the largest pool, anywhere below it, or a whole number of öre per unit of weight (many exact ties). */
const poolArb = fc.oneof(
  fc.integer({ min: 0, max: 10 ** 9 }).map((below) => MAX_AMOUNT - below),
  fc.integer({ min: 10 ** 9, max: MAX_AMOUNT }),
);
const percentArb = fc.constantFrom('12.34', '1.23456', '7.25', '85', '15', '0.5', '33.333333', '99.99', '7.123456', '0.0001', '50');

/** A member's pool share as the annex writes it (split shape where a block fits, else expansion), and the BigInt expected value. */
function poolShare(c: PoolCase): { formula: string; vars: Record<string, number>; expected: bigint; split: boolean } {
  const { s, d } = shareOf(c.percent);
  const m = Number(d) * c.total;
  const block = splitBlock(m, Number(s) * c.total);
  const vars: Record<string, number> = { Share: Number(s), W: c.total, D: Number(d), w: c.weight };
  const prefixes: string[] = [];
  const digits = block === null ? 0 : splitDigits(c.pool, block);
  for (let j = 0; j < digits; j += 1) {
    const prefix = Math.floor(c.pool / (block ?? 1) ** (digits - 1 - j));
    prefixes.push(`P${j}`);
    vars[`P${j}`] = prefix;
    // What the parameters sheet holds: Pj × s / M kept to 15 significant digits.
    vars[`Q${j}`] = Number(((prefix * Number(s)) / m).toPrecision(15));
  }
  const formula = poolShareUnits({
    split: block === null ? null : { split: { prefixes, block }, y: 'Share*w', m: 'W*D', quotient: (j) => `Q${j}*w` },
    weight: 'w',
    total: c.total,
    pool: c.pool,
    share: { n: Number(s), d: Number(d) },
    rule: { unit: c.unit, mode: c.mode },
  });
  const expected = roundRatio(BigInt(c.pool) * s * BigInt(c.weight), d * BigInt(c.total) * BigInt(c.unit), c.mode);
  return { formula, vars, expected, split: formula.includes('Q0') };
}

function check(formula: string, vars: Record<string, number>, expected: bigint, what: string): void {
  expect(formula.length, what).toBeLessThanOrEqual(EXCEL_LIMIT);
  const { value, inexact } = evaluateFormula(formula, vars);
  expect(inexact, what).toEqual([]);
  expect(value, what).toBe(Number(expected));
}

describe('exact shapes, evaluated in doubles, equal the BigInt rule', () => {
  it('the pool share split shape: the issue\'s 12.34 % by day in whole kronor, and random shares near the limits', () => {
    // Hand check of the case the previous annex could not hold: 12.34 % = 617/5 000; 10.7 million inhabitants
    // present 365 days make Σ weights = 365 × 10 732 913 = 3 917 513 245, so M = 5 000 × that ≈ 1.96·10^13 and
    // 5 × 100 × M ≈ 9.8·10^15 ≥ 2^52 (4.5·10^15): the old last step did not fit; a block does (K·(4M + Y) < 2^52).
    const total = 365 * 10_732_913;
    expect(total).toBe(3_917_513_245);
    for (const mode of MODES) {
      for (const weight of [365 * 985_000, 1, 365 * 12_345, 200 * 57_000, total]) {
        const c = poolShare({ pool: MAX_AMOUNT, percent: '12.34', total, weight, unit: 100, mode });
        expect(c.split, 'a block fits').toBe(true);
        check(c.formula, c.vars, c.expected, `12.34 % ${mode} ${weight}`);
      }
    }
    const caseArb = fc
      .record({ pool: poolArb, percent: percentArb, total: fc.oneof(fc.integer({ min: 1, max: 5_000_000_000 }), fc.integer({ min: 1, max: 2 ** 47 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })), part: fc.double({ min: 0, max: 1, noNaN: true }), unit: fc.constantFrom<1 | 100>(1, 100), mode: fc.constantFrom(...MODES) })
      .map((r): PoolCase => ({ ...r, weight: Math.min(r.total, Math.max(0, Math.round(r.part * r.total))) }));
    let split = 0;
    for (const c of fc.sample(caseArb, { seed: 612, numRuns: 3_000 })) {
      const shape = poolShare(c);
      check(shape.formula, shape.vars, shape.expected, JSON.stringify(c));
      if (shape.split) split += 1;
    }
    // Both shapes are exercised: the split where a block fits and the formula stays short, the expansion past it.
    expect(split).toBeGreaterThan(1_000);
    expect(split).toBeLessThan(2_900);
  });

  it('the expansion shape for what no block holds: A·n/d for any divisor and any whole A below 2^53', () => {
    // Hand check: 10^13 öre shared at 1.23456 % (1 929/156 250) among weights adding up to 366 × 12 000 000:
    // M = 156 250 × 4 392 000 000 ≈ 6.9·10^14, past every block (2·(4M + Y) ≥ 2^52); the member with all the
    // weight pays 10^13 × 1 929 / 156 250 = 123 456 000 000 öre exactly, whole kronor 1 234 560 000.
    const total = 366 * 12_000_000;
    const { s, d } = shareOf('1.23456');
    expect([s, d]).toEqual([1_929n, 156_250n]);
    expect(splitBlock(Number(d) * total, Number(s) * total)).toBeNull();
    for (const mode of MODES) {
      const formula = expansionAmount('w', total, BigInt(MAX_AMOUNT) * s, d * BigInt(total) * 100n, mode);
      check(formula, { w: total }, 1_234_560_000n, `all ${mode}`);
    }
    const caseArb = fc.record({
      a: fc.oneof(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 0, max: 10 ** 9 })),
      n: fc.bigInt({ min: 0n, max: 10n ** 28n }),
      d: fc.oneof(fc.bigInt({ min: 1n, max: 10n ** 32n }), fc.bigInt({ min: 1n, max: 1_000n })),
      mode: fc.constantFrom(...MODES),
      tie: fc.boolean(),
    });
    let ties = 0;
    for (const c of fc.sample(caseArb, { seed: 1206, numRuns: 3_000 })) {
      // Keep the amount within the engine's reach (A·n/d ≤ 10^13); half the cases on an exact tie (A·n/d = k + ½).
      const aMax = Math.max(1, c.a);
      let n = c.n;
      let d = c.d;
      if (c.tie) {
        d = 2n * d;
        const k = (BigInt(MAX_AMOUNT) * d) / (2n * d) / BigInt(aMax) + 1n;
        n = ((2n * (c.n % k) + 1n) * d) / 2n;
        if (n * BigInt(aMax) % d === 0n) n += 0n;
      }
      if ((n * BigInt(aMax)) / d > BigInt(MAX_AMOUNT)) n = (BigInt(MAX_AMOUNT) * d) / BigInt(aMax);
      const formula = expansionAmount('A', aMax, n, d, c.mode);
      const expected = roundRatio(n * BigInt(aMax), d, c.mode);
      if (2n * ((n * BigInt(aMax)) % d) === d) ties += 1;
      check(formula, { A: aMax }, expected, JSON.stringify({ a: aMax, n: String(n), d: String(d), mode: c.mode }));
    }
    expect(ties).toBeGreaterThan(100);
  });

  it('a share of a large amount (percent adjustments with many decimals, subsidy shares, pro rata of large fees): ratioUnits', () => {
    // Hand check: a 7.123456 % surcharge (p = 7 123 456 over D = 10^8) on the largest charge, 10^13 öre, in whole
    // kronor (D × 100): 10^13 × 7 123 456 / 10^10 = 7 123 456 000 kr (712 345 600 000 öre) exactly, in every mode.
    for (const mode of MODES) check(ratioUnits('A', MAX_AMOUNT, 'P', 7_123_456, 7_123_456, 10 ** 10, mode), { A: MAX_AMOUNT, P: 7_123_456 }, 7_123_456_000n, `7.123456 % ${mode}`);
    // The shape the annex used before for it: ⌊charge / D⌋ × p plus the rest (below D × p ≈ 7·10^16) × p / D, whose
    // rest × p passes 2^53 — the oracle sees the lost exactness (a charge just below 10^13 with a large rest).
    expect(evaluateFormula(smallRatioAmount('A', 'P', 10 ** 10, 'half-up'), { A: MAX_AMOUNT - 1, P: 7_123_456 }).inexact).not.toEqual([]);
    const caseArb = fc.record({
      a: fc.oneof(fc.integer({ min: 0, max: MAX_AMOUNT }), fc.integer({ min: MAX_AMOUNT - 10 ** 6, max: MAX_AMOUNT }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
      // A percent with up to 12 decimals (p = percent × 10^digits over 100 × 10^digits), a share's numerator, or days present.
      kind: fc.constantFrom('percent', 'share', 'days'),
      digits: fc.integer({ min: 0, max: 12 }),
      numerator: fc.integer({ min: 0, max: 10 ** 6 }),
      unit: fc.constantFrom(1, 100),
      mode: fc.constantFrom(...MODES),
    });
    for (const c of fc.sample(caseArb, { seed: 2026, numRuns: 3_000 })) {
      const aMax = c.kind === 'days' ? c.a : Math.min(c.a, MAX_AMOUNT);
      let p: number;
      let pMax: number;
      let d: number;
      if (c.kind === 'percent') {
        // percent = numerator / 10^6 × 10^(digits − 6)… kept below 1 000 %: p below 10^(digits + 3).
        p = c.numerator * 10 ** Math.max(0, c.digits - 3);
        pMax = p;
        d = 100 * 10 ** c.digits * c.unit;
      } else if (c.kind === 'share') {
        p = c.numerator;
        pMax = p;
        d = 1_000_000 * c.unit;
      } else {
        p = c.numerator % 367;
        pMax = 366;
        d = 366 * 1_000 * c.unit;
      }
      // The engine accepts no amount past 10^13 öre: a surcharge of many thousand percent applies to a smaller charge.
      const a = p === 0 ? aMax : Math.min(aMax, Math.floor((MAX_AMOUNT * d) / c.unit / p));
      const formula = ratioUnits('A', aMax, 'P', p, pMax, d, c.mode);
      check(formula, { A: a, P: p }, roundRatio(BigInt(a) * BigInt(p), BigInt(d), c.mode), JSON.stringify({ ...c, a, p, d }));
    }
  });

  it('marginal bands with rates of 4–8 decimals of an öre, large metrics, floor and cap: the expansion shape', () => {
    // Hand check: bands [0, 1 000 000) at 0.12345678 öre and [1 000 000, ∞) at 3 000.00000001 öre per unit, a metric
    // of 5 000 000, no floor, a cap of 10^11 öre: N = 1 000 000 × 0.12345678 + 4 000 000 × 3 000.00000001
    // = 123 456.78 + 12 000 000 000.04 = 12 000 123 456.82 öre, under the cap; half-up to whole öre 12 000 123 457.
    // The common denominator is 10^8, so N × 10^8 ≈ 1.2·10^18, far past 2^53: the former clamped-sum shape is inexact.
    const hand: MarginalBand[] = [
      { from: 0, to: 1_000_000, rate: { n: 12_345_678, d: 10 ** 8 } },
      { from: 1_000_000, to: null, rate: { n: 300_000_000_001, d: 10 ** 8 } },
    ];
    const one = { cell: '1', n: 1, d: 1 };
    check(marginalClampedUnits('v', hand, one, { unit: 1, mode: 'half-up' }, null, 'Max', 10 ** 11), { v: 5_000_000, Max: 10 ** 11 }, 12_000_123_457n, 'hand');
    // The same metric under a cap of 10^10 öre: the cap holds, 10^10.
    check(marginalClampedUnits('v', hand, one, { unit: 1, mode: 'half-up' }, null, 'Max', 10 ** 10), { v: 5_000_000, Max: 10 ** 10 }, 10n ** 10n, 'hand capped');

    const caseArb = fc.record({
      // Three bands: rates in öre with 4 to 8 decimals (whole öre up to 10^5 per unit), edges up to 10^7.
      decimals: fc.tuple(fc.integer({ min: 4, max: 8 }), fc.integer({ min: 4, max: 8 }), fc.integer({ min: 0, max: 8 })),
      rates: fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 13n }), fc.bigInt({ min: 0n, max: 10n ** 13n }), fc.bigInt({ min: 0n, max: 10n ** 13n })),
      tops: fc.tuple(fc.integer({ min: 1, max: 10 ** 6 }), fc.integer({ min: 1, max: 10 ** 7 })),
      value: fc.oneof(fc.integer({ min: 0, max: 10 ** 7 }), fc.integer({ min: 0, max: 2 * 10 ** 9 })),
      presence: fc.constantFrom('year', 'months', 'days'),
      present: fc.integer({ min: 0, max: 366 }),
      floor: fc.option(fc.integer({ min: 0, max: MAX_AMOUNT }), { freq: 2 }),
      cap: fc.option(fc.oneof(fc.integer({ min: 0, max: MAX_AMOUNT }), fc.integer({ min: MAX_AMOUNT - 10 ** 6, max: MAX_AMOUNT })), { freq: 2 }),
      unit: fc.constantFrom(1, 100),
      mode: fc.constantFrom(...MODES),
    });
    let capped = 0;
    let floored = 0;
    let longest = 0;
    for (const c of fc.sample(caseArb, { seed: 1006, numRuns: 2_000 })) {
      const from = [0, c.tops[0], c.tops[0] + c.tops[1]];
      const bands: MarginalBand[] = [0, 1, 2].map((k) => {
        const d = 10n ** BigInt(c.decimals[k] ?? 0);
        // Each rate below 10^5 öre per unit (its n over 10^decimals), the whole rate text as the engine reads it.
        const n = (c.rates[k] ?? 0n) % (100_000n * d);
        return { from: from[k] ?? 0, to: k === 2 ? null : (from[k + 1] ?? 0), rate: { n: Number(n), d: Number(d) } };
      });
      const den = 10n ** 8n;
      const rateOver = (b: MarginalBand): bigint => BigInt(b.rate?.n ?? 0) * (den / BigInt(b.rate?.d ?? 1));
      const slice = (b: MarginalBand, v: number): bigint => BigInt(v <= b.from ? 0 : (b.to === null || v < b.to ? v : b.to) - b.from);
      const sumAt = (v: number): bigint => bands.reduce((t, b) => t + slice(b, v) * rateOver(b), 0n);
      // The engine refuses an annual amount past 10^13 öre after the floor and cap: a value that passes it with no cap
      // below comes down to the largest one that does not (bisection on the whole value).
      const limitOk = (v: number): boolean => {
        let n = sumAt(v);
        if (c.cap !== null && n > BigInt(c.cap) * den) n = BigInt(c.cap) * den;
        return n <= BigInt(MAX_AMOUNT) * den || (c.floor !== null && c.floor >= MAX_AMOUNT);
      };
      let value = c.value;
      if (!limitOk(value)) {
        let lo = 0;
        let hi = value;
        while (hi - lo > 1) {
          const mid = Math.floor((lo + hi) / 2);
          if (limitOk(mid)) lo = mid;
          else hi = mid;
        }
        value = lo;
      }
      const floor = c.floor !== null && c.cap !== null && c.floor > c.cap ? c.cap : c.floor;
      // The engine's rule, independently: N / 10^8 öre, then floor, then cap, then × presence, rounded once.
      let n = sumAt(value);
      let d = den;
      if (floor !== null && n < BigInt(floor) * den) {
        [n, d] = [BigInt(floor), 1n];
        floored += 1;
      } else if (c.cap !== null && n > BigInt(c.cap) * den) {
        [n, d] = [BigInt(c.cap), 1n];
        capped += 1;
      }
      const pd = c.presence === 'year' ? 1 : c.presence === 'months' ? 12 : 366;
      const pn = c.presence === 'year' ? 1 : c.present % (pd + 1);
      const expected = roundRatio(n * BigInt(pn), d * BigInt(pd) * BigInt(c.unit), c.mode);
      const presence = c.presence === 'year' ? { cell: '1', n: 1, d: 1 } : { cell: 'P', n: pn, d: pd };
      const formula = marginalClampedUnits('v', bands, presence, { unit: c.unit, mode: c.mode }, floor === null ? null : 'Min', c.cap === null ? null : 'Max', c.cap);
      longest = Math.max(longest, formula.length);
      check(formula, { v: value, P: pn, Min: floor ?? 0, Max: c.cap ?? 0 }, expected, JSON.stringify({ ...c, rates: c.rates.map(String), value, floor }));
    }
    // Both the floor and the cap decide in many cases.
    expect(capped).toBeGreaterThan(100);
    expect(floored).toBeGreaterThan(100);
    // Room left for the cell's conversion to major units under Excel's 8 192 characters (measured: 6 909).
    expect(longest).toBeLessThanOrEqual(FORMULA_MAX);
  });

  it('a per-unit subsidy with a rate of many decimals times a large metric: the metric cell as the one term', () => {
    // Hand check: 0.12345678 öre per unit (12 345 678 / 10^8) for 10^12 units, 200 of 366 days: 12 345 678 × 10^12 / 10^8
    // = 123 456 780 000 öre for the year, × 200/366 = 67 462 721 311.475… öre: half-up 67 462 721 311, up …312.
    const one = (mode: Mode): string => expansionSumUnits([{ a: 'v', aMax: Number.MAX_SAFE_INTEGER, n: 12_345_678n * 200n }], 10n ** 8n * 366n, mode);
    check(one('half-up'), { v: 10 ** 12 }, 67_462_721_311n, 'hand half-up');
    check(one('up'), { v: 10 ** 12 }, 67_462_721_312n, 'hand up');
    const caseArb = fc.record({
      rate: fc.bigInt({ min: 1n, max: 10n ** 13n }),
      decimals: fc.integer({ min: 4, max: 10 }),
      metric: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
      days: fc.integer({ min: 0, max: 366 }),
      unit: fc.constantFrom(1n, 100n),
      mode: fc.constantFrom(...MODES),
    });
    for (const c of fc.sample(caseArb, { seed: 2612, numRuns: 1_000 })) {
      const d = 10n ** BigInt(c.decimals);
      // The engine accepts no subsidy past 10^13 öre: the metric comes down to what the rate allows.
      const metric = BigInt(c.metric) * c.rate > BigInt(MAX_AMOUNT) * d ? Number((BigInt(MAX_AMOUNT) * d) / c.rate) : c.metric;
      const formula = expansionSumUnits([{ a: 'v', aMax: Number.MAX_SAFE_INTEGER, n: c.rate * BigInt(c.days) }], d * 366n * c.unit, c.mode);
      check(formula, { v: metric }, roundRatio(c.rate * BigInt(metric) * BigInt(c.days), d * 366n * c.unit, c.mode), JSON.stringify({ ...c, rate: String(c.rate), unit: String(c.unit), metric }));
    }
  });
});
