/**
 * streamScenario hands out the members of computeScenario one at a time (for writers that drop
 * each member once written): every member, summary figure and trail must be the same as the whole
 * computation's, and the members can be read only once. scenarioCharges gives the same charges one
 * member-year at a time (the annex). Members are built in blocks (64, or 4 with trails): scenarios of
 * more members check the blocks against explainCharge, which builds one member-year alone.
 */
import { describe, expect, it } from 'vitest';
import { computeScenario, explainCharge, resolveScenario, scenarioCharges, streamScenario } from '../../../src/shared/calc';
import { generateCase } from './scenario-generator';

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** The generated cases of `size` for seeds 1 … `seeds` that the engine computes, resolved and computed (a refused case is skipped). */
function* computedCases(seeds: number, size: { members: number; years: number }, trail: boolean): Generator<{ resolved: ReturnType<typeof resolveScenario>; whole: ReturnType<typeof computeScenario> }> {
  for (let seed = 1; seed <= seeds; seed++) {
    const c = generateCase(seed, size);
    let resolved;
    let whole;
    try {
      resolved = resolveScenario(c.definition, c.facts);
      whole = computeScenario(resolved, { trail });
    } catch {
      continue;
    }
    yield { resolved, whole };
  }
}

describe('streamScenario', () => {
  it('gives the same members, summary and trails as computeScenario, for generated scenarios', () => {
    let compared = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const c = generateCase(seed, { members: 12, years: 4 });
      let resolved;
      try {
        resolved = resolveScenario(c.definition, c.facts);
      } catch {
        continue; // a generated case the engine refuses has nothing to stream
      }
      for (const trail of [false, true]) {
        let whole;
        try {
          whole = computeScenario(resolved, { trail });
        } catch (error) {
          // A refusal while computing (e.g. a cap below the floor found per year) must be the stream's too.
          expect(() => [...streamScenario(resolved, { trail }).members]).toThrow((error as Error).message);
          continue;
        }
        const stream = streamScenario(resolved, { trail });
        const { members, memberCount, ...summary } = stream;
        const { members: wholeMembers, ...wholeSummary } = whole;
        expect(plain(summary)).toEqual(plain(wholeSummary));
        expect(memberCount).toBe(wholeMembers.length);
        const streamed = [...members];
        expect(plain(streamed)).toEqual(plain(wholeMembers));
        compared++;
      }
    }
    // Most generated cases compute: the comparison ran on many of them, not on none.
    expect(compared).toBeGreaterThan(40);
  });

  it('refuses to hand out the members a second time', () => {
    const c = generateCase(7, { members: 5, years: 2 });
    const stream = streamScenario(resolveScenario(c.definition, c.facts));
    expect([...stream.members]).toHaveLength(stream.memberCount);
    expect(() => [...stream.members]).toThrow(/once/);
  });

  it('scenarioCharges gives every member-year and summary figure of computeScenario, across blocks of members', () => {
    let compared = 0;
    for (const { resolved, whole } of computedCases(12, { members: 150, years: 3 }, false)) {
      const { memberIds, charge: _charge, ...summary } = scenarioCharges(resolved);
      const { members: wholeMembers, ...wholeSummary } = whole;
      expect(plain(summary)).toEqual(plain(wholeSummary));
      expect(memberIds).toEqual(wholeMembers.map((m) => m.id));
      const charges = scenarioCharges(resolved);
      wholeMembers.forEach((m, i) => m.years.forEach((y, t) => expect(plain(charges.charge(i, t)), `${m.id} ${y.year}`).toEqual(plain(y))));
      compared++;
    }
    expect(compared).toBeGreaterThan(6);
  });

  it('builds the members of every block as explainCharge builds one member-year alone, trails included', () => {
    let compared = 0;
    for (const { resolved, whole } of computedCases(6, { members: 150, years: 2 }, true)) {
      // Members on both sides of block edges (64 members without trails, 4 with), every year.
      for (const i of [0, 3, 4, 63, 64, 100, 128, whole.members.length - 1]) {
        const m = whole.members[i];
        if (!m) continue;
        for (const y of m.years) {
          expect(plain(y), `${m.id} ${y.year}`).toEqual(plain(explainCharge(resolved, m.id, y.year)));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(20);
  });
});
