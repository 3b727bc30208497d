/**
 * Regression net for the engine's performance work: hundreds of seeded random scenarios using
 * every component type (mid-year joins and leaves with day and month pro rata, subsidies, bands,
 * overrides, caps and floors, BigInt-range pools) are computed by the live engine and by the frozen
 * copy of the engine as it was before the rewrite (./reference-engine). Results must be identical
 * to the öre, trails equal when requested, and errors identical (same message and field). The
 * columnar figures (computeFigures) are read back cell by cell against the same results.
 */
import { describe, expect, it } from 'vitest';
import * as live from '../../../src/shared/calc';
import * as ref from './reference-engine/index';
import { syntheticScenario } from '../../../bench/engine.bench';
import type { GeneratedCase } from './scenario-generator';
import { generateCase, Rng } from './scenario-generator';

type Outcome<T> = { ok: true; value: T } | { ok: false; error: { name: string; message: string; code?: unknown; issues?: unknown } };

function attempt<T>(fn: () => T): Outcome<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    const err = e as { name: string; message: string; code?: unknown; issues?: unknown };
    return { ok: false, error: { name: err.name, message: err.message, code: err.code, issues: err.issues } };
  }
}

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

/**
 * The reference engine predates per-member adjustments: a live result of old rules must carry none
 * (every adjustment list empty, every sum 0); it is compared without those fields.
 */
function withoutAdjustments<T>(outcome: Outcome<T>): Outcome<T> {
  if (!outcome.ok) return outcome;
  const strip = (v: unknown): unknown => {
    const r = v as live.ScenarioResult;
    const totals = r.totals.map(({ adjustments, ...rest }) => {
      expect(adjustments).toBe(0);
      return rest;
    });
    const members = r.members.map((m) => ({
      ...m,
      years: m.years.map(({ adjustments, adjustment, ...rest }) => {
        expect(adjustments).toEqual([]);
        expect(adjustment).toBe(0);
        return rest;
      }),
    }));
    return { ...r, totals, members };
  };
  return { ok: true, value: strip(outcome.value) as T };
}

function stripExplained(y: live.MemberYearCharge): Omit<live.MemberYearCharge, 'adjustments' | 'adjustment'> {
  const { adjustments, adjustment, ...rest } = y;
  expect(adjustments).toEqual([]);
  expect(adjustment).toBe(0);
  return rest;
}

const stats = { cases: 0, computed: 0, resolveErrors: 0, computeErrors: 0, sweeps: 0, explained: 0 };

function check(c: GeneratedCase, seed: number): void {
  stats.cases++;
  const rResolved = attempt(() => ref.resolveScenario(c.definition, c.facts));
  const lResolved = attempt(() => live.resolveScenario(c.definition, c.facts));
  expect(lResolved.ok, c.label).toBe(rResolved.ok);
  if (!rResolved.ok || !lResolved.ok) {
    expect(lResolved.ok ? null : lResolved.error, c.label).toEqual(rResolved.ok ? null : rResolved.error);
    stats.resolveErrors++;
    return;
  }
  const rr = rResolved.value;
  const lr = lResolved.value;

  // With trails (the reference's default) and without.
  const refFull = attempt(() => ref.computeScenario(rr));
  const refBare = attempt(() => ref.computeScenario(rr, { trail: false }));
  const liveFull = withoutAdjustments(attempt(() => live.computeScenario(lr, { trail: true })));
  const liveBareRaw = attempt(() => live.computeScenario(lr));
  const liveBare = withoutAdjustments(liveBareRaw);
  expect(liveBare, c.label).toEqual(refBare);
  expect(liveFull, c.label).toEqual(refFull);
  const liveFigures = attempt(() => live.computeFigures(lr));
  if (liveBareRaw.ok && liveFigures.ok) expectFiguresOf(liveFigures.value, liveBareRaw.value, lr.key.components.map((k) => k.id), c.label);
  else expect(liveFigures.ok ? null : liveFigures.error, c.label).toEqual(refBare.ok ? null : refBare.error);
  if (!refFull.ok) {
    stats.computeErrors++;
    return;
  }
  stats.computed++;

  // The lazy trail of single member-years equals the full computation's.
  const rng = new Rng(seed * 31 + 7);
  const result = refFull.value;
  for (let k = 0; k < 3 && result.members.length > 0; k++) {
    const m = rng.pick(result.members);
    const y = rng.pick(m.years);
    expect(stripExplained(live.explainCharge(lr, m.id, y.year)), `${c.label} explain ${m.id} ${y.year}`).toEqual(y);
    stats.explained++;
  }

  if (c.sweep) {
    const { parameter, values } = c.sweep;
    const rs = attempt(() => ref.sweepParameter(rr, parameter, values));
    const ls = attempt(() => live.sweepParameter(lr, parameter, values));
    expect(ls.ok, c.label).toBe(rs.ok);
    if (rs.ok && ls.ok) {
      expect(ls.value.length).toBe(rs.value.length);
      rs.value.forEach((step, i) => {
        const got = ls.value[i] as live.SweepStep;
        expect(got.value).toBe(step.value);
        expect(got.net, `${c.label} sweep ${step.value}`).toEqual(step.net);
        expect(got.totalNet).toEqual(step.totalNet);
        // The full result of a step (possibly built on demand) is the reference's too.
        expect(withoutAdjustments({ ok: true, value: got.result }), `${c.label} sweep ${step.value} result`).toEqual({ ok: true, value: step.result });
      });
      stats.sweeps++;
    } else {
      expect(ls.ok ? null : ls.error).toEqual(rs.ok ? null : rs.error);
    }
  }
}

/**
 * A generated case rewritten to use the rules the reference engine does not know: every per-unit
 * component with bands charges marginally (a band with a flat amount gets a rate instead), and
 * one to three per-member adjustments (percent surcharges, fixed and percent discounts, some
 * limited to a year) name random members.
 */
function withNewRules(c: GeneratedCase, seed: number): GeneratedCase {
  const rng = new Rng(seed * 17 + 3);
  const def = structuredClone(c.definition) as unknown as Record<string, unknown>;
  const key = def.key as { components: Record<string, unknown>[]; parameters?: Record<string, string> };
  const marginal = (comp: Record<string, unknown>): void => {
    if (comp.type !== 'per-unit' || !Array.isArray(comp.bands)) return;
    comp.bandMode = 'marginal';
    for (const b of comp.bands as Record<string, unknown>[]) {
      if (b.amount !== undefined) {
        delete b.amount;
        b.rate = rng.pick(['0.25', '1.5', '12.50', '0.003']);
      }
    }
  };
  for (const comp of key.components) {
    marginal(comp);
    if (comp.type === 'override') marginal(comp.with as Record<string, unknown>);
  }
  const facts = c.facts as unknown as { members: { id: string }[] };
  const ids = [...facts.members.map((m) => m.id), ...((def.additionalMembers as { id: string }[] | undefined) ?? []).map((m) => m.id)];
  const horizon = def.horizon as { from: number; to: number };
  const adjustments: Record<string, unknown>[] = [];
  const n = ids.length === 0 ? 0 : rng.int(1, 3);
  for (let k = 0; k < n; k++) {
    const members = [...new Set([rng.pick(ids), rng.pick(ids)])];
    const a: Record<string, unknown> = { id: `adj${k}`, kind: rng.chance(0.6) ? 'surcharge' : 'discount', members, reason: `reason ${k}` };
    if (rng.chance(0.6)) a.percent = rng.pick(['20', '7.5', '100', '0', '33.333']);
    else a.amount = rng.pick(['5000', '0.01', '123456.78']);
    if (rng.chance(0.3)) a.years = [rng.int(horizon.from, horizon.to)];
    if (rng.chance(0.3)) a.rounding = { unit: '1', mode: rng.pick(['half-up', 'down', 'up', 'half-even']) };
    adjustments.push(a);
  }
  def.adjustments = adjustments;
  return { ...c, definition: def as unknown as GeneratedCase['definition'], label: `${c.label} (marginal bands, adjustments)` };
}

/** One member-year adds up: components + rounding adjustment + adjustments = gross; net = gross − subsidies. */
function expectAddsUp(result: live.ScenarioResult, label: string): void {
  for (const m of result.members) {
    for (const y of m.years) {
      if (!y.charged) continue;
      const components = y.components.reduce((s, c) => s + c.amount, 0);
      const adjustments = y.adjustments.reduce((s, a) => s + a.amount, 0);
      expect(adjustments, label).toBe(y.adjustment);
      expect(components + y.roundingAdjustment + y.adjustment, `${label} ${m.id} ${y.year}`).toBe(y.gross);
      expect(y.net, label).toBe(y.gross - y.subsidies);
      expect(y.net, `${label} ${m.id} ${y.year}: a discount never leaves less than nothing`).toBeGreaterThanOrEqual(Math.min(0, y.gross - y.adjustment - y.subsidies));
    }
  }
  result.totals.forEach((tot, t) => {
    expect(tot.adjustments, label).toBe(result.members.reduce((s, m) => s + (m.years[t]?.adjustment ?? 0), 0));
  });
}

const newRuleStats = { cases: 0, computed: 0, marginal: 0, adjusted: 0 };

function checkNewRules(c: GeneratedCase, seed: number): void {
  newRuleStats.cases++;
  const resolved = attempt(() => live.resolveScenario(c.definition, c.facts));
  if (!resolved.ok) return;
  const r = resolved.value;
  const bare = attempt(() => live.computeScenario(r));
  const full = attempt(() => live.computeScenario(r, { trail: true }));
  const figures = attempt(() => live.computeFigures(r));
  expect(full.ok, c.label).toBe(bare.ok);
  expect(figures.ok, c.label).toBe(bare.ok);
  if (!bare.ok || !full.ok || !figures.ok) {
    expect(figures.ok ? null : figures.error, c.label).toEqual(bare.ok ? null : bare.error);
    return;
  }
  newRuleStats.computed++;
  if (r.key.fees.some((f) => f.kind === 'per-unit' && f.bandMode === 'marginal')) newRuleStats.marginal++;
  if (bare.value.members.some((m) => m.years.some((y) => y.adjustments.length > 0))) newRuleStats.adjusted++;
  // Trails change nothing but the trails.
  expect(full.value.members.map((m) => m.years.map((y) => [y.gross, y.net, y.adjustments.map((a) => a.amount), y.components.map((x) => x.amount)])), c.label).toEqual(
    bare.value.members.map((m) => m.years.map((y) => [y.gross, y.net, y.adjustments.map((a) => a.amount), y.components.map((x) => x.amount)])),
  );
  expectFiguresOf(figures.value, bare.value, r.key.components.map((k) => k.id), c.label);
  expectAddsUp(full.value, c.label);
  const rng = new Rng(seed * 13 + 5);
  for (let k = 0; k < 3 && full.value.members.length > 0; k++) {
    const m = rng.pick(full.value.members);
    const y = rng.pick(m.years);
    expect(live.explainCharge(r, m.id, y.year), `${c.label} explain ${m.id} ${y.year}`).toEqual(y);
  }
  if (c.sweep) {
    const steps = attempt(() => live.sweepParameter(r, c.sweep?.parameter as string, c.sweep?.values ?? []));
    // A sweep value may make the key invalid (shares over 100 %): the engine refuses the sweep, as it always has.
    if (!steps.ok) return;
    steps.value.forEach((step) => {
      const direct = live.computeScenario(live.withParameters(r, { [c.sweep?.parameter as string]: step.value }));
      expect(step.result, `${c.label} sweep ${step.value}`).toEqual(direct);
      expect(step.net, `${c.label} sweep ${step.value} net`).toEqual(direct.members.map((m) => m.years.map((y) => y.net)));
    });
  }
}

describe('engine regression against the frozen reference engine', () => {
  const CASES = 600;
  it(`gives identical results, trails and errors for ${CASES} random scenarios`, () => {
    for (let seed = 0; seed < CASES; seed++) check(generateCase(seed), seed);
    // The generator must mostly produce computable scenarios, or the test proves little.
    expect(stats.computed).toBeGreaterThan(CASES * 0.6);
    expect(stats.sweeps).toBeGreaterThan(50);
    console.log('engine regression:', stats);
  });

  it('keeps computeScenario, computeFigures, explainCharge and sweeps in agreement with marginal bands and per-member adjustments', () => {
    // The reference engine knows neither rule: the live engine's ways of computing are read against each other.
    for (let seed = 0; seed < 200; seed++) checkNewRules(withNewRules(generateCase(seed), seed), seed);
    expect(newRuleStats.computed).toBeGreaterThan(100);
    expect(newRuleStats.marginal).toBeGreaterThan(15);
    expect(newRuleStats.adjusted).toBeGreaterThan(70);
    console.log('new rules:', newRuleStats);
  });

  it('gives identical results for larger scenarios (100–400 members, up to 10 years)', () => {
    for (let seed = 10_000; seed < 10_012; seed++) check(generateCase(seed, { members: 100 + (seed % 4) * 100, years: 4 + (seed % 7) }), seed);
  });

  it('orders near-equal fractional parts exactly (they differ by less than a float can tell apart)', () => {
    // 50 % equal + 50 % by population over members a (P) and b (P + 1), pool of one öre: b's exact
    // fractional part is larger by 1 / (4P + 2); only it may get the öre.
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

  it('raises the error the rules meet first when several charges of a year fail (member by member, then component by component)', () => {
    // Member a fails on the second component, member b on the first: the rules' order meets a's first.
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
    check({ definition, facts, sweep: null, label: 'two failing charges' } as unknown as GeneratedCase, 5);
    expect(() => live.computeScenario(live.resolveScenario(definition, facts))).toThrow('by-area: the amount is too large to compute exactly');
    expect(() => live.computeFigures(live.resolveScenario(definition, facts))).toThrow('by-area: the amount is too large to compute exactly');
  });

  it('gives identical results for the benchmark scenario, with and without trails, and its sweep', () => {
    const { definition, facts } = syntheticScenario();
    check({ definition, facts, sweep: { parameter: 'equalShare', values: live.sweepValues(0, 50, 10) }, label: 'bench' }, 1);
  });
});
