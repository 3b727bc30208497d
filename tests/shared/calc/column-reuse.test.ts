/**
 * The engine's columns go back to a pool shared by every computation (src/shared/calc/plan.ts) and
 * are taken again by the next computation of the same size, still holding the last one's figures.
 * Here a scenario is computed on columns that held another scenario's figures, after its own first
 * computation on new ones: every member-year, summary figure and trail is the same. A charge asked
 * for after `release` is refused, and giving the columns back twice hands them out once.
 */
import { describe, expect, it } from 'vitest';
import { computeScenario, resolveScenario, scenarioCharges, streamScenario } from '../../../src/shared/calc';
import { generateCase } from './scenario-generator';

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** A size no other engine test uses, so the first computation of it finds no columns in the pool. */
const SIZE = { members: 53, years: 7 };

/** Every charge of `resolved`, a year at a time, then the columns given back. */
function allCharges(resolved: ReturnType<typeof resolveScenario>): unknown {
  const charges = scenarioCharges(resolved);
  const { charge: _charge, release: _release, ...summary } = charges;
  const years = charges.years.map((_, t) => charges.memberIds.map((__, i) => charges.charge(i, t)));
  charges.release();
  return plain({ summary, years });
}

/** The generated cases of SIZE that the engine computes, resolved. */
function resolvedCases(seeds: number): ReturnType<typeof resolveScenario>[] {
  const found: ReturnType<typeof resolveScenario>[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const c = generateCase(seed, SIZE);
    try {
      const resolved = resolveScenario(c.definition, c.facts);
      computeScenario(resolved);
      found.push(resolved);
    } catch {
      continue; // a generated case the engine refuses
    }
  }
  return found;
}

describe('columns reused between computations', () => {
  it('give every figure of a first computation on new columns, whichever scenario held them before', () => {
    const cases = resolvedCases(12);
    expect(cases.length).toBeGreaterThan(5);
    // The first case's figures were computed above on columns the pool did not have yet (this size
    // is this file's own); the others' on the columns the one before gave back.
    const first = cases.map((resolved) => ({ charges: allCharges(resolved), whole: plain(computeScenario(resolved, { trail: true })) }));
    // Again in the opposite order: each now takes columns another scenario filled.
    for (let k = cases.length - 1; k >= 0; k--) {
      const resolved = cases[k]!;
      expect(allCharges(resolved), `case ${k}, charges`).toEqual(first[k]!.charges);
      expect(plain(computeScenario(resolved, { trail: true })), `case ${k}, computeScenario`).toEqual(first[k]!.whole);
      const stream = streamScenario(resolved, { trail: true });
      expect(plain([...stream.members]), `case ${k}, streamScenario`).toEqual((first[k]!.whole as { members: unknown[] }).members);
    }
  });

  it('refuses a charge after release, and hands out columns given back twice only once', () => {
    const [a, b] = resolvedCases(6);
    const charges = scenarioCharges(a!);
    const expected = plain(charges.charge(0, 0));
    charges.release();
    charges.release();
    expect(() => charges.charge(0, 0)).toThrow(/after release/u);
    // Two computations at once after the double release: had a column been pooled twice, both
    // would write into it and one would read the other's figures.
    const one = scenarioCharges(a!);
    const two = scenarioCharges(b!);
    const alone = plain(computeScenario(b!).members.map((m) => m.years));
    expect(plain(one.charge(0, 0))).toEqual(expected);
    expect(plain(two.memberIds.map((_, i) => two.years.map((__, t) => two.charge(i, t))))).toEqual(alone);
    expect(plain(one.charge(0, 0))).toEqual(expected);
    one.release();
    two.release();
  });
});
