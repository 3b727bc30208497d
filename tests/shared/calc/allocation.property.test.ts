import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, computeScenario, resolveScenario } from '../../../src/shared/calc';
import type { Ratio } from '../../../src/shared/calc';

const memberArb = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/), weight: fc.integer({ min: 0, max: 2_000_000 }) }), { minLength: 1, maxLength: 40, selector: (m) => m.id });
const shareArb = fc.integer({ min: 0, max: 100 });

function run(pool: number, unit: number, equal: number, members: { id: string; weight: number }[]) {
  const parts = [
    { share: { n: equal, d: 100 } as Ratio, weights: members.map(() => 1), path: 'equal' },
    { share: { n: 100 - equal, d: 100 } as Ratio, weights: members.map((m) => m.weight), path: 'prop' },
  ];
  return allocate(pool, unit, members.map((m) => m.id), parts);
}

/** Exact share as a BigInt fraction num/den, computed independently. */
function exact(pool: number, equal: number, members: { weight: number }[], i: number): [bigint, bigint] {
  const n = BigInt(members.length);
  const W = BigInt(members.reduce((s, m) => s + m.weight, 0));
  const w = BigInt((members[i] as { weight: number }).weight);
  if (W === 0n) return [BigInt(pool) * BigInt(equal) * 1n, 100n * n];
  return [BigInt(pool) * (BigInt(equal) * W + BigInt(100 - equal) * w * n), 100n * n * W];
}

describe('allocation properties', () => {
  const input = fc.record({ units: fc.integer({ min: 0, max: 1e9 }), unit: fc.constantFrom(1, 100, 1000), equal: shareArb, members: memberArb }).filter((x) => x.equal === 100 || x.members.some((m) => m.weight > 0));

  it('adds up exactly to the pool; each part is the floor or ceiling of the exact share', () => {
    fc.assert(
      fc.property(input, ({ units, unit, equal, members }) => {
        const pool = units * unit;
        const r = run(pool, unit, equal, members);
        expect(r.totals.reduce((s, x) => s + x, 0)).toBe(pool);
        members.forEach((_, i) => {
          const [num, den] = exact(pool, equal, members, i);
          const lo = (num / (den * BigInt(unit))) * BigInt(unit);
          const got = BigInt(r.totals[i] as number);
          expect(got === lo || got === lo + BigInt(unit)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on member order, and the same input gives the same output', () => {
    fc.assert(
      fc.property(input, fc.integer(), ({ units, unit, equal, members }, seed) => {
        const pool = units * unit;
        const a = run(pool, unit, equal, members);
        const shuffled = [...members].sort((x, y) => ((x.id.charCodeAt(0) * seed) % 7) - ((y.id.charCodeAt(0) * seed) % 7) || (x.id < y.id ? 1 : -1));
        const b = run(pool, unit, equal, shuffled);
        const byId = (ms: typeof members, r: typeof a) => Object.fromEntries(ms.map((m, i) => [m.id, r.totals[i]]));
        expect(byId(shuffled, b)).toEqual(byId(members, a));
        expect(run(pool, unit, equal, members)).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  it('when another member joins, no exact share grows and no rounded share grows by more than one unit', () => {
    fc.assert(
      fc.property(input, fc.record({ id: fc.constant('zz-new'), weight: fc.integer({ min: 0, max: 2_000_000 }) }), ({ units, unit, equal, members }, newcomer) => {
        const pool = units * unit;
        const before = run(pool, unit, equal, members);
        const more = [...members, newcomer];
        const after = run(pool, unit, equal, more);
        members.forEach((_, i) => {
          const [n1, d1] = exact(pool, equal, members, i);
          const [n2, d2] = exact(pool, equal, more, i);
          expect(n2 * d1 <= n1 * d2).toBe(true);
          expect((after.totals[i] as number) - (before.totals[i] as number)).toBeLessThanOrEqual(unit);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('takes the exact BigInt path for huge pools and still adds up', () => {
    const members = Array.from({ length: 400 }, (_, i) => ({ id: `m${String(i).padStart(3, '0')}`, weight: 1_000_000 + i * 7919 }));
    const pool = 9_000_000_000_000_000 - (9_000_000_000_000_000 % 100);
    const r = run(pool, 100, 15, members);
    expect(r.totals.reduce((s, x) => s + x, 0)).toBe(pool);
  });
});

describe('scenario determinism', () => {
  it('gives the same result whatever the order of the facts', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z]{1,5}$/), pop: fc.integer({ min: 0, max: 900_000 }) }), { minLength: 2, maxLength: 12, selector: (m) => m.id }).filter((ms) => ms.some((m) => m.pop > 0)), (ms) => {
        const def = {
          schemaVersion: 1, id: 's', name: 's', currency: 'SEK', horizon: { from: 2020, to: 2020 },
          key: { schemaVersion: 1, id: 'k', version: 1, name: 'k', family: 'allocation', rounding: { unit: '1', mode: 'half-up' }, components: [{ type: 'equal', id: 'e', share: '15' }, { type: 'proportional', id: 'p', share: '85', metric: 'pop' }] },
          costs: { byYear: { '2020': '1000001' } },
        };
        const facts = (list: typeof ms) => ({ members: list.map((m) => ({ id: m.id, name: m.id, category: 'municipality', metrics: { pop: { '2020': { value: m.pop } } } })) });
        const a = computeScenario(resolveScenario(def, facts(ms)));
        const b = computeScenario(resolveScenario(def, facts([...ms].reverse())));
        expect(b).toEqual(a);
        expect(a.totals[0]?.gross).toBe(100_000_100);
      }),
      { numRuns: 50 },
    );
  });
});
