/**
 * streamScenario hands out the members of computeScenario one at a time (for writers that drop
 * each member once written): every member, summary figure and trail must be the same as the whole
 * computation's, and the members can be read only once.
 */
import { describe, expect, it } from 'vitest';
import { computeScenario, resolveScenario, streamScenario } from '../../../src/shared/calc';
import { generateCase } from './scenario-generator';

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

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
});
