/**
 * Benchmarks of the cost-sharing engine: one scenario of 400 synthetic members over 10 years
 * using every component type, and a 50-step sweep of the equal share over it (0 to 50 %).
 *
 * The engine is measured as the app runs it: bundled by esbuild into one plain ES module (tsx
 * would otherwise wrap functions with its own helpers). If esbuild cannot be loaded, the source
 * is imported through tsx and the notes say so.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { BenchResult } from './bench-result';
import type { ScenarioDefinitionInput, ScenarioFactsInput } from '../src/shared/calc';
import type * as EngineModule from '../src/shared/calc';

type Engine = typeof EngineModule;

async function loadEngine(): Promise<{ engine: Engine; how: string }> {
  try {
    const esbuild = await import('esbuild');
    const built = await esbuild.build({ entryPoints: [resolve(import.meta.dirname ?? '.', '../src/shared/calc/index.ts')], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
    const file = join(tmpdir(), `andel-engine-bench-${process.pid}.mjs`);
    writeFileSync(file, built.outputFiles[0]?.text ?? '');
    return { engine: (await import(pathToFileURL(file).href)) as Engine, how: 'esbuild bundle' };
  } catch {
    return { engine: await import('../src/shared/calc'), how: 'source via tsx' };
  }
}

const MEMBERS = 400;
const FROM = 2025;
const TO = 2034;

/** The benchmark scenario; by default 400 members over 2025–2034 (the figures and tests use that one), else any size. */
export function syntheticScenario(size: { members: number; from: number; to: number } = { members: MEMBERS, from: FROM, to: TO }): { definition: ScenarioDefinitionInput; facts: ScenarioFactsInput } {
  const { members: MEMBERS, from: FROM, to: TO } = size;
  const pop = { name: 'population', yearOffset: -1, asOf: '12-31' };
  const bands = [
    { from: 0, to: 15000, amount: '5000' },
    { from: 15000, to: 50000, amount: '10000' },
    { from: 50000, amount: '25000' },
  ];
  const definition: ScenarioDefinitionInput = {
    schemaVersion: 1,
    id: 'bench',
    name: `Benchmark: ${MEMBERS} members x ${TO - FROM + 1} years, every component type`,
    currency: 'SEK',
    horizon: { from: FROM, to: TO },
    key: {
      schemaVersion: 1,
      id: 'bench-key',
      version: 1,
      name: 'Every component type',
      family: 'allocation',
      parameters: { equalShare: '15' },
      rounding: { unit: '0.01', mode: 'half-up' },
      proRata: { join: 'day', leave: 'day' },
      components: [
        { type: 'equal', id: 'equal', share: { param: 'equalShare' } },
        { type: 'proportional', id: 'population', share: 'rest', metric: pop },
        { type: 'banded', id: 'connection', recurrence: 'on-join', metric: pop, bands },
        { type: 'banded', id: 'annual', metric: pop, bands, appliesTo: { categories: ['municipality'] } },
        { type: 'per-unit', id: 'group', metric: pop, edge: 'upper-inclusive', bands: [{ from: 0, to: 50000, rate: '0.70' }, { from: 50000, rate: '0.50' }], appliesTo: { categories: ['municipality'] } },
        { type: 'per-unit', id: 'media', metric: pop, rate: '1.00', rateFrom: [{ fromYear: 2030, rate: '1.10' }], min: '2000', max: '150000' },
        { type: 'category', id: 'other', amounts: { other: '25000' } },
        { type: 'fixed', id: 'base', amount: '1000', rounding: { unit: '1', mode: 'half-even' } },
        { type: 'override', id: 'large', when: { metric: pop, above: 250000 }, replaces: ['group'], with: { type: 'fixed', id: 'x', amount: '80000' } },
      ],
      subsidies: [
        { id: 'half-connection', funder: 'Region A', component: 'connection', share: '50', eligibility: { joinedFrom: '2025-01-01', joinedTo: '2027-12-31' } },
        { id: 'year1', funder: 'Region B', component: 'media', perUnit: { rate: '0.32', metric: pop }, years: { contract: [1] } },
      ],
    },
    costs: { base: { year: FROM, amount: '25000000' }, indexRate: '2.5', rounding: { unit: '0.01', mode: 'half-up' } },
    growth: { population: { rate: '0.7' } },
    funding: [{ source: 'State', byYear: { '2025': { amount: '1000000', status: 'secured' }, '2026': { amount: '1000000', status: 'expected' } } }],
  };
  const members: NonNullable<ScenarioFactsInput['members']> = [];
  for (let i = 0; i < MEMBERS; i++) {
    // Deterministic spread of sizes, categories, roles, joins and leaves.
    const population = 2000 + ((i * 7919) % 300000);
    const joinYear = i % 10 === 0 ? FROM + (i % 7) : null;
    members.push({
      id: `m${String(i).padStart(3, '0')}`,
      name: `Member ${i}`,
      category: i % 25 === 0 ? 'other' : 'municipality',
      role: i % 50 === 7 ? 'observer' : 'member',
      joined: joinYear ? `${joinYear}-0${1 + (i % 9)}-1${i % 9}` : '2010-01-01',
      left: i % 40 === 3 ? `${FROM + 5}-06-30` : null,
      metrics: { population: { [String(FROM - 1)]: { value: population, referenceDate: `${FROM - 1}-12-31` } } },
    });
  }
  return { definition, facts: { members } };
}

/** Median wall time and CPU time (this process, user + system) per run, in ms. */
function medianWithCpu(fn: () => unknown, runs: number, warmup: number): { wall: number; cpu: number } {
  for (let i = 0; i < warmup; i++) fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    fn();
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  const mid = (values: number[]): number => {
    const sorted = [...values].sort((a, b) => a - b);
    const m = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
  };
  return { wall: mid(walls), cpu: mid(cpus) };
}

/**
 * The engine from 10 members x 5 years to 10 000 members x 20 years, five ways: scenarioCharges
 * (each member-year's charge built when asked: what the annex and the CLI's scenario tables read),
 * streamScenario without trails (a member at a time, as a writer drops each one), streamScenario
 * with every trail (what an adoption writes into its snapshot), and beside them the alternatives,
 * computeScenario holding every member's result (what invoicing, the PDF and compare read, and
 * what the annex read before) and holding every trail (what adoption did before). For each: CPU
 * time per member-year, its ratio to the 400 x 10 size, and the growth exponent k of CPU time ~
 * (members x years)^k from the size before (1 = linear). CPU time rather than wall time: on a
 * shared machine the wall clock also counts the other processes' turns.
 */
function growth(engine: Engine, how: string): BenchResult[] {
  const sizes = [
    { members: 10, years: 5, runs: 200 },
    { members: 100, years: 10, runs: 100 },
    { members: 400, years: 10, runs: 30 },
    { members: 1000, years: 10, runs: 15 },
    { members: 10000, years: 20, runs: 7 },
  ];
  const ways: { label: string; target?: (cells: number) => number | undefined; alternative?: true; run: (r: ReturnType<Engine['resolveScenario']>) => unknown }[] = [
    {
      label: 'scenarioCharges, each member-year built when asked, a year at a time (the annex, the CLI’s scenario tables)',
      run: (r) => {
        const charges = engine.scenarioCharges(r);
        let net = 0;
        for (let t = 0; t < charges.years.length; t++) for (let i = 0; i < charges.memberIds.length; i++) net += charges.charge(i, t).net;
        // As the annex and the CLI do when they have written the last row.
        charges.release();
        return net;
      },
    },
    {
      label: 'streamScenario, a member at a time',
      run: (r) => {
        let years = 0;
        for (const m of engine.streamScenario(r).members) years += m.years.length;
        return years;
      },
    },
    {
      label: 'streamScenario with every trail (an adoption’s snapshot)',
      target: (cells) => (cells === 200000 ? 500 : undefined),
      run: (r) => {
        let years = 0;
        for (const m of engine.streamScenario(r, { trail: true }).members) years += m.years.length;
        return years;
      },
    },
    // The alternatives, in the same run: every member's result held at once.
    { label: 'computeScenario, every member held (invoicing, the PDF, compare; the alternative for the annex)', alternative: true, run: (r) => engine.computeScenario(r) },
    { label: 'computeScenario with every trail, every member held (the alternative to streaming)', alternative: true, run: (r) => engine.computeScenario(r, { trail: true }) },
  ];
  const results: BenchResult[] = [];
  for (const way of ways) {
    let previous: { cells: number; cpu: number } | null = null;
    let at400: number | null = null;
    for (const size of sizes) {
      const { definition, facts } = syntheticScenario({ members: size.members, from: 2025, to: 2025 + size.years - 1 });
      const resolved = engine.resolveScenario(definition, facts);
      // At least two runs to warm up: the first runs of a large size also grow the heap to its working size.
      const measured = medianWithCpu(() => way.run(resolved), size.runs, Math.max(2, Math.floor(size.runs / 5)));
      const cells = size.members * size.years;
      const perCell = (measured.cpu * 1e6) / cells; // ns of CPU per member-year
      if (size.members === 400) at400 = perCell;
      const exponent = previous ? Math.log(measured.cpu / previous.cpu) / Math.log(cells / previous.cells) : null;
      const parts = [
        `${perCell.toFixed(0)} ns CPU per member-year`,
        // The flatness target is for the ways that serve the scenario, the trails and the annex; a
        // whole result held at once is shown beside them for comparison.
        at400 !== null && size.members > 400 ? `${(perCell / at400).toFixed(2)}x the 400 x 10 cost per member-year${way.alternative ? ' (every member held at once, for comparison)' : ' (target within 1.5x)'}` : null,
        exponent === null ? 'smallest size' : `growth exponent ${exponent.toFixed(2)} from the size before`,
        how,
      ];
      const target = way.target?.(cells);
      results.push({
        name: `${way.label}, ${size.members} members x ${size.years} years`,
        median: measured.wall,
        cpu: measured.cpu,
        unit: 'ms',
        runs: size.runs,
        ...(target === undefined ? {} : { target }),
        note: parts.filter((x) => x !== null).join('; '),
      });
      previous = { cells, cpu: measured.cpu };
    }
  }
  return results;
}

async function median(fn: () => unknown, runs: number, warmup: number): Promise<number> {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return times.length % 2 ? (times[mid] as number) : ((times[mid - 1] as number) + (times[mid] as number)) / 2;
}

export async function run(): Promise<BenchResult[]> {
  const { engine, how } = await loadEngine();
  const { computeFigures, computeScenario, explainCharge, resolveScenario, sweepParameter, sweepValues } = engine;
  const { definition, facts } = syntheticScenario();
  const resolved = resolveScenario(definition, facts);
  const values = sweepValues(0, 50, 49); // 50 steps from 0 % to 50 %
  const resolveMs = await median(() => resolveScenario(definition, facts), 30, 5);
  const figuresMs = await median(() => computeFigures(resolved), 200, 50);
  const computeMs = await median(() => computeScenario(resolved), 100, 20);
  const explainMs = await median(() => explainCharge(resolved, 'm123', 2030), 100, 20);
  const sweepMs = await median(() => sweepParameter(resolved, 'equalShare', values), 15, 3);
  const note = `${MEMBERS} members x ${TO - FROM + 1} years, 9 component types, 2 subsidies, joins/leaves/observers; ${how}`;
  return [
    ...growth(engine, how),
    { name: 'computeFigures (every charge per member, year and component, in columns)', median: figuresMs, unit: 'ms', runs: 200, target: 2, note: `${note}; what the studio runs per slider step` },
    { name: 'computeScenario (the same, one object per member-year and charge)', median: computeMs, unit: 'ms', runs: 100, note: `${note}; what the invoicing file, the PDF and compare read; about 34 000 objects per run; its median is about 1.5 ms or about 2.8 ms depending on whether V8 decides early in a run to allocate them straight into the old generation (allocation-site pretenuring; with --no-allocation-site-pretenuring every run gives 1.6–1.9 ms)` },
    { name: 'explainCharge (one member-year with its trail)', median: explainMs, unit: 'ms', runs: 100, note: 'what "Why this amount?" costs' },
    { name: 'resolveScenario (validation, once per edit)', median: resolveMs, unit: 'ms', runs: 30, target: 20, note: 'zod parse, dates, metric projection, per-member tables' },
    { name: '50-step sweep of the equal share (0–50 %)', median: sweepMs, unit: 'ms', runs: 15, target: 100, note: 'only the pool is recomputed per step; results built on demand' },
  ];
}
