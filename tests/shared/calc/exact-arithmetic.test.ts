import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareProducts, mulDivFloor, mulDivRemainder } from '../../../src/shared/calc/exact';

const MAX = Number.MAX_SAFE_INTEGER;
const big = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 2 ** 31 }), fc.double({ min: 0, max: MAX, noNaN: true }).map(Math.floor), fc.constantFrom(0, 1, MAX, MAX - 1, 2 ** 52, 2 ** 52 + 1));

describe('exact products without BigInt', () => {
  it('mulDivFloor gives floor(a*b/m) and the remainder exactly', () => {
    fc.assert(
      fc.property(big, big, fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.double({ min: 1, max: 2 ** 51 - 1, noNaN: true }).map(Math.floor)), (a, b, m) => {
        const exact = BigInt(a) * BigInt(b);
        const q = exact / BigInt(m);
        fc.pre(q <= BigInt(MAX));
        expect(BigInt(mulDivFloor(a, b, m))).toBe(q);
        expect(BigInt(mulDivRemainder())).toBe(exact - q * BigInt(m));
      }),
      { numRuns: 5_000 },
    );
  });

  it('mulDivFloor near the bounds', () => {
    const cases: [number, number, number][] = [
      [MAX, MAX, 2 ** 51 - 1],
      [2 ** 52 + 1, 2 ** 52 - 1, 2 ** 51 - 3],
      [MAX, 3, 3],
      [MAX, 1, 1],
      [123456789012345, 987654321, 2 ** 50 + 7],
    ];
    for (const [a, b, m] of cases) {
      const exact = BigInt(a) * BigInt(b);
      const q = exact / BigInt(m);
      if (q > BigInt(MAX)) continue;
      expect(BigInt(mulDivFloor(a, b, m))).toBe(q);
      expect(BigInt(mulDivRemainder())).toBe(exact - q * BigInt(m));
    }
  });

  it('compareProducts gives the exact sign of a*b - c*d', () => {
    const signed = fc.oneof(big, big.map((x) => -x));
    fc.assert(
      fc.property(signed, signed, signed, signed, (a, b, c, d) => {
        const diff = BigInt(a) * BigInt(b) - BigInt(c) * BigInt(d);
        expect(compareProducts(a, b, c, d)).toBe(diff > 0n ? 1 : diff < 0n ? -1 : 0);
      }),
      { numRuns: 5_000 },
    );
    // Equal rounded products that differ exactly.
    expect(compareProducts(2 ** 52 + 1, 2 ** 52 - 1, 2 ** 52, 2 ** 52)).toBe(-1);
    expect(compareProducts(2 ** 52, 2 ** 52, 2 ** 52 + 1, 2 ** 52 - 1)).toBe(1);
    expect(compareProducts(6, 4, 3, 8)).toBe(0);
  });
});
