/**
 * Differential test of the engine against an independent oracle (./oracle): hundreds of seeded
 * random scenarios using every rule of docs/key-format.md (every component type, marginal bands,
 * per-member adjustments, mid-year joins and leaves with day and month pro rata, subsidies, bands,
 * overrides, caps and floors, indexation, growth, funding, BigInt-range pools) are computed by the
 * live engine and by the oracle, a small, slow BigInt program written from the doc alone. Every
 * member-year's components, subsidies, pool total, rounding adjustment, adjustments, gross and net,
 * the totals, funders, funding and balance must agree to the öre. Where the engine refuses an
 * input the oracle must find it invalid too; the only refusals allowed to differ are listed in
 * ENGINE_ONLY_REFUSALS, counted and printed. The engine's other ways of computing (computeFigures,
 * explainCharge, trails, sweepParameter) are read back against the same results.
 */
import { describe, expect, it } from 'vitest';
import * as live from '../../../src/shared/calc';
import { syntheticScenario } from '../../../bench/engine.bench';
import type { GeneratedCase } from './scenario-generator';
import { generateCase, Rng } from './scenario-generator';
import { oracle, OracleInvalid } from './oracle/oracle';
import type { OracleResult } from './oracle/oracle';
import { differences } from './oracle/compare';

type Outcome<T> = { ok: true; value: T } | { ok: false; error: { name: string; message: string } };

function attempt<T>(fn: () => T): Outcome<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    if (e instanceof Error && !(e instanceof OracleInvalid) && e.name !== 'AndelError') throw e; // a crash, not a refusal
    return { ok: false, error: { name: (e as Error).name, message: (e as Error).message } };
  }
}

/**
 * Refusals the engine may make where the oracle computes, on purpose: the engine asks for a metric
 * value in every year a member takes part even where no charge of that year reads it (a one-time
 * fee in a later year, a subsidy the member is not eligible for).
 */
const ENGINE_ONLY_REFUSALS = [/^no [\w-]+ value for \d{4} \(needed by /];

/** The columnar figures hold exactly the detailed result's numbers, read back cell by cell. */
function expectFiguresOf(figures: live.ScenarioFigures, result: live.ScenarioResult, componentIds: readonly string[], label: string): void {
  const { members, ...summary } = result;
  expect({ scenarioId: figures.scenarioId, keyId: figures.keyId, keyVersion: figures.keyVersion, currency: figures.currency, years: figures.years, parameters: figures.parameters, totals: figures.totals, funders: figures.funders, funding: figures.funding, balance: figures.balance }, label).toEqual(summary);
  expect(figures.members, label).toEqual(members.map((m) => ({ id: m.id, name: m.name, category: m.category, role: m.role, invoicedVia: m.invoicedVia })));
  expect(figures.components.map((c) => c.id), label).toEqual(componentIds);
  const nm = members.length;
  const mismatches: string[] = [];
  members.forEach((m, i) => {
    if (figures.totalGross[i] !== m.totalGross || figures.totalNet[i] !== m.totalNet) mismatches.push(`${m.id} totals`);
    m.years.forEach((y, t) => {
      const idx = t * nm + i;
      const got = [figures.charged[idx] === 1, figures.poolTotal[idx], figures.roundingAdjustment[idx], figures.adjustment[idx], figures.gross[idx], figures.subsidies[idx], figures.net[idx]];
      const want = [y.charged, y.poolTotal, y.roundingAdjustment, y.adjustment, y.gross, y.subsidies, y.net];
      if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`${m.id} ${y.year}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`);
      figures.components.forEach((c, k) => {
        const charges = y.components.filter((x) => x.componentId === c.id);
        const amount = (figures.amounts[k] as Float64Array)[idx] as number;
        const expected = charges.length === 0 ? NaN : charges.reduce((sum, x) => sum + x.amount, 0);
        if (!Object.is(amount, expected)) mismatches.push(`${m.id} ${y.year} ${c.id}: ${amount} != ${expected}`);
      });
    });
  });
  expect(mismatches.slice(0, 5), label).toEqual([]);
}

/** The numbers of a result without its trails. */
const numbers = (r: live.ScenarioResult): unknown => ({ ...r, members: r.members.map((m) => ({ ...m, years: m.years.map((y) => ({ ...y, components: y.components.map((c) => ({ ...c, trail: null })) })) })) });

const stats = { cases: 0, agreed: 0, bothRefused: 0, engineOnlyRefusals: [] as string[], sweeps: 0, sweepSteps: 0, explained: 0, marginalCharges: 0, marginalMultiSlice: 0, adjustedMemberYears: 0, cappedDiscounts: 0, surcharges: 0, discounts: 0, subsidised: 0, overridden: 0, prorated: 0 };

function withParameter(c: GeneratedCase, name: string, value: string): unknown {
  const def = structuredClone(c.definition) as unknown as { parameters?: Record<string, string> };
  return { ...def, parameters: { ...(def.parameters ?? {}), [name]: value } };
}

function tally(full: live.ScenarioResult): void {
  for (const m of full.members) {
    for (const y of m.years) {
      if (y.adjustments.some((a) => a.amount !== 0)) stats.adjustedMemberYears++;
      for (const a of y.adjustments) {
        if (a.basis.capped) stats.cappedDiscounts++;
        if (a.amount > 0) stats.surcharges++;
        if (a.amount < 0) stats.discounts++;
      }
      for (const ch of y.components) {
        if (ch.trail?.marginal) {
          stats.marginalCharges++;
          if (ch.trail.marginal.filter((s) => s.units > 0).length > 1) stats.marginalMultiSlice++;
        }
        if (ch.subsidies.some((s) => s.amount > 0)) stats.subsidised++;
        if (ch.trail?.override) stats.overridden++;
        if (ch.trail?.proRata && ch.trail.proRata.numerator !== ch.trail.proRata.denominator) stats.prorated++;
      }
    }
  }
}

function check(c: GeneratedCase, seed: number): void {
  stats.cases++;
  const lResolved = attempt(() => live.resolveScenario(c.definition, c.facts));
  const bare = lResolved.ok ? attempt(() => live.computeScenario(lResolved.value)) : lResolved;
  const want: Outcome<OracleResult> = attempt(() => oracle(c.definition, c.facts));
  if (!bare.ok) {
    if (want.ok) {
      // The engine refused what the oracle computed: only the listed, deliberate refusals may do that.
      expect(ENGINE_ONLY_REFUSALS.some((r) => r.test(bare.error.message)), `${c.label}: the engine refuses "${bare.error.message}", the oracle computes`).toBe(true);
      stats.engineOnlyRefusals.push(`${c.label}: ${bare.error.message}`);
    } else stats.bothRefused++;
    return;
  }
  expect(want.ok ? null : want.error.message, `${c.label}: the oracle refuses what the engine computes`).toBeNull();
  if (!want.ok) return;
  expect(differences(bare.value, want.value).slice(0, 8), c.label).toEqual([]);
  stats.agreed++;

  // The engine's other ways of computing give the same numbers.
  const r = (lResolved as { value: live.ResolvedScenario }).value;
  const full = live.computeScenario(r, { trail: true });
  expect(JSON.stringify(numbers(full)) === JSON.stringify(numbers(bare.value)), `${c.label}: trails change nothing but the trails`).toBe(true);
  expectFiguresOf(live.computeFigures(r), bare.value, r.key.components.map((k) => k.id), c.label);
  tally(full);
  const rng = new Rng(seed * 31 + 7);
  for (let k = 0; k < 3 && full.members.length > 0; k++) {
    const m = rng.pick(full.members);
    const y = rng.pick(m.years);
    expect(live.explainCharge(r, m.id, y.year), `${c.label} explain ${m.id} ${y.year}`).toEqual(y);
    stats.explained++;
  }

  // A sweep's every step is the oracle's result for the scenario with that parameter value.
  if (c.sweep) {
    const { parameter, values } = c.sweep;
    const steps = attempt(() => live.sweepParameter(r, parameter, values));
    if (!steps.ok) {
      // The engine refuses a sweep when a value makes the key invalid (shares over 100 %): so must the oracle.
      expect(values.some((v) => !attempt(() => oracle(withParameter(c, parameter, v), c.facts)).ok), `${c.label} sweep refused: ${steps.error.message}`).toBe(true);
      return;
    }
    // The oracle is slow: it checks one step (a different one from case to case); every step's net is its result's.
    const checked = new Set([seed % steps.value.length]);
    steps.value.forEach((step, i) => {
      expect(step.net, `${c.label} sweep ${step.value} net`).toEqual(step.result.members.map((m) => m.years.map((y) => y.net)));
      if (!checked.has(i)) return;
      const o = oracle(withParameter(c, parameter, step.value), c.facts);
      expect(differences(step.result, o).slice(0, 5), `${c.label} sweep ${parameter}=${step.value}`).toEqual([]);
      stats.sweepSteps++;
    });
    stats.sweeps++;
  }
}

describe('engine against the independent oracle (docs/key-format.md)', () => {
  const CASES = 600;
  const CHUNK = 150; // a test each, well inside the time limit of one test on a busy machine
  for (let first = 0; first < CASES; first += CHUNK) {
    it(`agrees to the öre on random scenarios ${first}–${first + CHUNK - 1}`, () => {
      for (let seed = first; seed < first + CHUNK; seed++) check(generateCase(seed), seed);
    });
  }

  it(`reached every rule in those ${CASES} scenarios`, () => {
    expect(stats.cases).toBe(CASES);
    console.log('engine vs oracle:', { ...stats, engineOnlyRefusals: stats.engineOnlyRefusals.length });
    if (stats.engineOnlyRefusals.length) console.log('skipped (engine-only refusals):\n' + stats.engineOnlyRefusals.join('\n'));
    // The generator must mostly produce computable scenarios that reach every rule, or the test proves little.
    expect(stats.agreed).toBeGreaterThan(CASES * 0.75);
    expect(stats.engineOnlyRefusals.length).toBeLessThan(CASES * 0.02);
    expect(stats.sweeps).toBeGreaterThan(100);
    expect(stats.marginalCharges).toBeGreaterThan(500);
    expect(stats.marginalMultiSlice).toBeGreaterThan(200);
    expect(stats.adjustedMemberYears).toBeGreaterThan(300);
    expect(stats.cappedDiscounts).toBeGreaterThan(10);
    expect(stats.surcharges).toBeGreaterThan(100);
    expect(stats.discounts).toBeGreaterThan(100);
    expect(stats.subsidised).toBeGreaterThan(500);
    expect(stats.overridden).toBeGreaterThan(100);
    expect(stats.prorated).toBeGreaterThan(500);
  });

  it('agrees on larger scenarios (100–400 members, up to 10 years)', () => {
    for (let seed = 10_000; seed < 10_006; seed++) check(generateCase(seed, { members: 100 + (seed % 4) * 100, years: 4 + (seed % 7) }), seed);
  });

  it('orders near-equal fractional parts exactly (they differ by less than a float can tell apart)', () => {
    // 50 % equal + 50 % by population over members a (P), b (P + 1) and c (0), pool of one öre:
    // a's exact share is 1/6 + P/(2(2P+1)), b's 1/6 + (P+1)/(2(2P+1)); b's is larger by
    // 1/(2(2P+1)), so only b may get the öre (c's 1/6 is the smallest).
    for (const P of [1e6, 1e9, 123_456_789_012, 3e12, 3e14, 1e15]) {
      for (const mode of ['half-up', 'down'] as const) {
        const facts = { members: ['a', 'b', 'c'].map((id, i) => ({ id, name: id, category: 'municipality', metrics: { population: { '2025': { value: i === 2 ? 0 : P + i } } } })) };
        const definition = {
          schemaVersion: 1, id: 'near', name: 'near ties', currency: 'SEK', horizon: { from: 2025, to: 2025 },
          key: { schemaVersion: 1, id: 'k', version: 1, name: 'k', family: 'allocation', rounding: { unit: '0.01', mode }, components: [{ type: 'equal', id: 'e', share: '50' }, { type: 'proportional', id: 'p', share: '50', metric: 'population' }] },
          costs: { byYear: { '2025': '0.01' } },
        };
        const label = `P=${P} ${mode}`;
        check({ definition, facts, sweep: null, label } as unknown as GeneratedCase, 3);
        const got = live.computeScenario(live.resolveScenario(definition, facts));
        expect(got.members.map((m) => m.years[0]?.net), label).toEqual([0, 1, 0]);
      }
    }
  });

  it('refuses an amount too large to compute exactly, as the oracle finds it does not fit', () => {
    // 4e15 × 100 kr = 4e17 kr = 4e19 öre, beyond 2^53 öre and the largest amount (10^13 öre): neither may give a number.
    const facts = {
      members: [
        { id: 'a', name: 'a', category: 'municipality', metrics: { population: { '2025': { value: 10 } }, area: { '2025': { value: 4e15 } } } },
        { id: 'b', name: 'b', category: 'municipality', metrics: { population: { '2025': { value: 4e15 } }, area: { '2025': { value: 10 } } } },
      ],
    };
    const definition = {
      schemaVersion: 1, id: 's', name: 's', currency: 'SEK', horizon: { from: 2025, to: 2025 },
      key: { schemaVersion: 1, id: 'k', version: 1, name: 'k', family: 'fee-schedule', rounding: { unit: '0.01', mode: 'half-up' }, components: [
        { type: 'per-unit', id: 'by-population', metric: 'population', rate: '100' },
        { type: 'per-unit', id: 'by-area', metric: 'area', rate: '100' },
      ] },
    };
    expect(() => oracle(definition, facts)).toThrow(OracleInvalid);
    // The rules' order meets member a's second component before member b's first.
    expect(() => live.computeScenario(live.resolveScenario(definition, facts))).toThrow('key.components.by-area: the amount becomes larger than Andel computes exactly');
    expect(() => live.computeFigures(live.resolveScenario(definition, facts))).toThrow('key.components.by-area: the amount becomes larger than Andel computes exactly');
  });

  it('agrees on the benchmark scenario and its sweep', () => {
    const { definition, facts } = syntheticScenario();
    check({ definition, facts, sweep: { parameter: 'equalShare', values: live.sweepValues(0, 50, 10) }, label: 'bench' }, 1);
  });
});
