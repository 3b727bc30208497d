/**
 * Seeded generator of random but mostly valid scenarios that use every rule of docs/key-format.md
 * (every component type, marginal bands, per-member adjustments, subsidies, pro rata, indexation,
 * growth, funding), for the differential test against the oracle (./oracle). Deterministic: case k
 * is always the same.
 */
import type { ScenarioDefinitionInput, ScenarioFactsInput } from '../../../src/shared/calc';

export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = (seed * 2654435761) >>> 0 || 1;
  }
  next(): number {
    // mulberry32
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)] as T;
  }
  subset<T>(xs: readonly T[], min = 1): T[] {
    const out = xs.filter(() => this.chance(0.5));
    while (out.length < min) {
      const x = this.pick(xs);
      if (!out.includes(x)) out.push(x);
    }
    return out;
  }
}

const CATEGORIES = ['municipality', 'region', 'other', 'company'];
const MODES = ['half-up', 'half-even', 'down', 'up'] as const;

function dim(y: number, m: number): number {
  return [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number;
}
const pad = (n: number): string => String(n).padStart(2, '0');

function date(rng: Rng, year: number): string {
  const m = rng.int(1, 12);
  const special = rng.chance(0.15);
  const d = special ? rng.pick([1, dim(year, m)]) : rng.int(1, dim(year, m));
  // Feb 29 in leap years now and then
  if (rng.chance(0.03) && dim(year, 2) === 29) return `${year}-02-29`;
  return `${year}-${pad(m)}-${pad(d)}`;
}

function decimal(rng: Rng, max: number, places: number): string {
  const whole = rng.int(0, max);
  if (places === 0 || rng.chance(0.5)) return String(whole);
  const frac = String(rng.int(0, 10 ** places - 1)).padStart(places, '0');
  return `${whole}.${frac}`;
}

export interface GeneratedCase {
  readonly definition: ScenarioDefinitionInput;
  readonly facts: ScenarioFactsInput;
  /** A parameter of the key to sweep, and values, when there is one. */
  readonly sweep: { readonly parameter: string; readonly values: string[] } | null;
  readonly label: string;
}

type Json = Record<string, unknown>;

export function generateCase(seed: number, opts: { members?: number; years?: number } = {}): GeneratedCase {
  const rng = new Rng(seed + 1);
  const huge = rng.chance(0.08); // BigInt-range pools and metrics
  // Exact ties: repeated metric values, few whole-year members, small pools and round shares, so
  // largest remainder meets equal remainders, equal weights and fractional parts adding up to 1.
  const ties = !huge && rng.chance(0.3);
  const allocation = rng.chance(0.7);
  const from = rng.int(2019, 2026);
  const nYears = opts.years ?? rng.int(1, 6);
  const to = from + nYears - 1;
  const nMembers = opts.members ?? rng.int(1, rng.chance(0.2) ? 60 : 14);

  const unitMajor = rng.pick(['0.01', '0.01', '1', '1', '100', '0.05']);
  const unitMinor = Math.round(Number(unitMajor) * 100);
  const rounding = { unit: unitMajor, mode: rng.pick(MODES) };
  // Dates shared by joins and offer windows, so window edges meet join dates exactly.
  const anchors = [`${from}-01-01`, `${from}-04-01`, `${from}-12-31`, `${from + 1}-06-30`, `${from - 1}-11-01`];
  const proRataChoice = rng.pick([
    { join: 'none', leave: 'none' },
    { join: 'day', leave: 'day' },
    { join: 'day', leave: 'day' },
    { join: 'month', leave: 'month' },
    { join: 'month', leave: 'month' },
    { join: 'day', leave: 'none' },
    { join: 'none', leave: 'month' },
  ]);

  // Metrics: population always, loans sometimes.
  const useLoans = rng.chance(0.4);
  const metricRef = (): unknown => {
    const name = useLoans && rng.chance(0.3) ? 'loans' : 'population';
    const r = rng.int(0, 3);
    if (r === 0) return name;
    if (r === 1) return { name, yearOffset: -1 };
    if (r === 2) return { name, yearOffset: -1, asOf: '12-31' };
    return { name, yearOffset: 0 };
  };
  const parameters: Record<string, string> = {};
  let sweep: GeneratedCase['sweep'] = null;

  const components: Json[] = [];
  if (allocation) {
    const k = rng.pick([1, 2, 2, 2, 2, 3]);
    if (k === 1) {
      components.push(rng.chance(0.5) ? { type: 'equal', id: 'equal', share: '100' } : { type: 'proportional', id: 'prop', share: '100', metric: metricRef() });
    } else {
      const eq = ties || rng.chance(0.2) ? rng.pick(['0', '50', '100', '33.33', '12.5', '25', '20', '40', '60', '75']) : decimal(rng, rng.chance(0.5) ? 50 : 99, 2);
      const useParam = rng.chance(0.6);
      if (useParam) {
        parameters.equalShare = eq;
        sweep = { parameter: 'equalShare', values: ['0', '7.5', '15', '33.33', '50'].slice(0, rng.int(2, 5)) };
      }
      components.push({ type: 'equal', id: 'equal', share: useParam ? { param: 'equalShare' } : eq });
      if (k === 3) {
        const second = decimal(rng, Math.max(0, Math.floor(100 - Number(eq))), 0);
        components.push({ type: 'proportional', id: 'by-loans', share: second, metric: { name: useLoans ? 'loans' : 'population', yearOffset: -1 } });
      }
      components.push({ type: 'proportional', id: 'by-pop', share: 'rest', metric: metricRef() });
      if (Number(eq) > 100) components.length = 0;
    }
  }

  const bands = (rate: boolean): Json[] => {
    const n = rng.int(1, 4);
    const out: Json[] = [];
    let fromV = 0;
    for (let i = 0; i < n; i++) {
      const last = i === n - 1;
      const toV = fromV + rng.pick([1, 1000, 5000, 15000, 50000, 250000]);
      const b: Json = { from: fromV };
      if (!last) b.to = toV;
      if (rate && rng.chance(0.75)) b.rate = rng.pick(['0.70', '0.5', '1.25', '0.001', '3']);
      else b.amount = decimal(rng, 90000, 2);
      out.push(b);
      fromV = toV;
    }
    return out;
  };
  const feeCommon = (c: Json): Json => {
    if (rng.chance(0.25)) c.appliesTo = rng.chance(0.7) ? { categories: rng.subset(CATEGORIES) } : { members: ['m01', 'm03', 'B7', 'zz'] };
    if (rng.chance(0.25)) c.proRata = rng.pick([{ join: 'day', leave: 'day' }, { join: 'month', leave: 'month' }, { join: 'none', leave: 'none' }, { join: 'month' }, { leave: 'day' }]);
    if (rng.chance(0.3)) c.rounding = { unit: rng.pick(['1', '0.01', '10']), mode: rng.pick(MODES) };
    if (rng.chance(0.2)) c.min = decimal(rng, 3000, 2);
    if (rng.chance(0.2)) c.max = String(rng.int(3000, 200000));
    if (rng.chance(0.15)) c.recurrence = 'on-join';
    return c;
  };
  const fee = (id: string, forceType?: string): Json => {
    const type = forceType ?? rng.pick(['banded', 'per-unit', 'per-unit', 'category', 'fixed']);
    switch (type) {
      case 'banded':
        return feeCommon({ type, id, metric: metricRef(), edge: rng.pick(['lower-inclusive', 'upper-inclusive']), bands: bands(false) });
      case 'per-unit': {
        if (rng.chance(0.35)) return feeCommon({ type, id, metric: metricRef(), edge: rng.pick(['lower-inclusive', 'upper-inclusive']), bands: bands(true) });
        const c: Json = { type, id, metric: metricRef() };
        if (rng.chance(0.3)) {
          parameters.rate = rng.pick(['0.70', '1.10', '0.001', '2']);
          c.rate = { param: 'rate' };
          if (!sweep) sweep = { parameter: 'rate', values: ['0.5', '0.75', '1'] };
        } else c.rate = rng.pick(['0.70', '1', '0.32', '12.345', '0.005']);
        if (rng.chance(0.4)) c.rateFrom = [{ fromYear: from + rng.int(0, nYears), rate: rng.pick(['1.10', '0.65']) }];
        return feeCommon(c);
      }
      case 'category':
        return feeCommon({ type, id, amounts: Object.fromEntries(rng.subset(CATEGORIES).map((cat) => [cat, decimal(rng, 50000, 2)])) });
      default:
        return feeCommon({ type: 'fixed', id, amount: decimal(rng, 20000, 2) });
    }
  };
  const nFees = allocation ? rng.int(0, 5) : rng.int(1, 6);
  const types = ['banded', 'per-unit', 'category', 'fixed'];
  const feeIds: string[] = [];
  for (let i = 0; i < nFees; i++) {
    const id = `f${i}`;
    feeIds.push(id);
    components.push(fee(id, i < types.length && rng.chance(0.6) ? types[i] : undefined));
  }
  if (feeIds.length > 0 && rng.chance(0.6)) {
    const nO = rng.int(1, 2);
    for (let o = 0; o < nO; o++) {
      const when: Json = {};
      if (rng.chance(0.8)) {
        when.metric = metricRef();
        if (rng.chance(0.5)) when.above = rng.pick([0, 5000, 50000, 250000]);
        else when.atLeast = rng.pick([0, 5000, 50000, 250000]);
      }
      if (!when.metric || rng.chance(0.3)) when.categories = rng.subset(CATEGORIES);
      components.push({ type: 'override', id: `o${o}`, when, replaces: rng.subset(feeIds), with: fee('x') });
    }
  }
  if (components.length === 0) components.push(fee('f9', 'fixed'));

  const componentIds = components.map((c) => c.id as string);
  const subsidies: Json[] = [];
  const nSubs = rng.chance(0.6) ? rng.int(1, 4) : 0;
  for (let s = 0; s < nSubs; s++) {
    const sub: Json = { id: `s${s}`, funder: rng.pick(['Region A', 'Region B', 'Staten']), component: rng.pick(componentIds) };
    if (rng.chance(0.5)) {
      if (rng.chance(0.2)) {
        parameters.subShare = rng.pick(['50', '25']);
        sub.share = { param: 'subShare' };
        if (!sweep) sweep = { parameter: 'subShare', values: ['0', '50', '100'] };
      } else sub.share = rng.pick(['50', '100', '33.3', '12.5', '0']);
    } else sub.perUnit = { rate: rng.pick(['0.32', '1', '0.005', '25']), metric: metricRef() };
    if (rng.chance(0.3)) sub.proRata = rng.chance(0.5);
    if (rng.chance(0.5)) {
      const e: Json = {};
      if (rng.chance(0.7)) e.joinedFrom = rng.chance(0.4) ? rng.pick(anchors) : date(rng, from - rng.int(0, 2));
      if (rng.chance(0.7)) e.joinedTo = rng.chance(0.4) ? rng.pick(anchors) : date(rng, to + rng.int(0, 1));
      if (e.joinedFrom && e.joinedTo && (e.joinedTo as string) < (e.joinedFrom as string)) delete e.joinedTo;
      if (rng.chance(0.3)) e.categories = rng.subset(CATEGORIES);
      sub.eligibility = e;
    }
    if (rng.chance(0.5)) {
      const y: Json = {};
      if (rng.chance(0.5)) y.calendar = rng.subset([from, from + 1, to, to + 3]);
      if (rng.chance(0.6)) y.contract = rng.subset([1, 2, 3]);
      if (Object.keys(y).length) sub.years = y;
    }
    if (rng.chance(0.3)) sub.rounding = { unit: rng.pick(['1', '0.01']), mode: rng.pick(MODES) };
    subsidies.push(sub);
  }

  const key: Json = {
    schemaVersion: 1,
    id: `k${seed}`,
    version: 1,
    name: 'generated',
    family: allocation ? 'allocation' : 'fee-schedule',
    parameters,
    rounding,
    proRata: proRataChoice,
    components,
    subsidies,
  };

  // Costs: multiples of the rounding unit (otherwise refused); huge ones now and then.
  const costAmount = (): string => {
    const units = huge ? rng.int(1, 9) * 10 ** rng.int(10, 12) + rng.int(0, 999_999) : ties ? rng.int(0, 3 * nMembers) : rng.int(0, 3) === 0 ? rng.int(0, 50) : rng.int(1, 5_000_000);
    const minor = units * unitMinor;
    return `${Math.floor(minor / 100)}.${pad(minor % 100)}`;
  };
  let costs: Json | undefined;
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);
  if (allocation || rng.chance(0.5)) {
    if (rng.chance(0.6) || unitMinor % 1 !== 0) costs = { byYear: Object.fromEntries(years.map((y) => [String(y), costAmount()])) };
    else costs = { base: { year: from - rng.int(0, 2), amount: costAmount() }, indexRate: rng.pick(['2.5', '0', '3.1']), rounding: { unit: unitMajor, mode: rng.pick(MODES) } };
  }
  const funding: Json[] = [];
  if (rng.chance(0.4)) {
    funding.push({ source: 'State', kind: 'external', byYear: { [String(from)]: { amount: '0.00', status: rng.pick(['secured', 'expected', 'uncertain']) } } });
    funding.push({ source: 'Members', kind: 'members', byYear: { [String(to)]: { amount: '1000', status: 'secured' } } });
  }

  // Members.
  const ids = new Set<string>();
  const members: Json[] = [];
  const idPool = () => (rng.chance(0.2) ? rng.pick(['A', 'B', 'Z', 'a', 'b', '0', '9']) + rng.int(0, 99) : `m${pad(rng.int(0, 99))}`);
  for (let i = 0; i < nMembers; i++) {
    let id = idPool();
    while (ids.has(id)) id = idPool();
    ids.add(id);
    const popBase = ties ? rng.pick([0, 1000, 2000, 3000, 1500, 6000]) : huge ? rng.int(0, 3) * 10 ** rng.int(6, 10) + rng.int(0, 1e6) : rng.chance(0.1) ? rng.pick([0, 5000, 50000, 250000, 250001]) : rng.int(0, 400_000);
    const metrics: Json = {};
    const series = (base: number, asOfDate: boolean): Json => {
      const s: Json = {};
      for (let y = from - 3; y <= to; y++) {
        if (y === from - 3 || rng.chance(0.4)) {
          const v = ties ? base : Math.max(0, base + rng.int(-500, 500));
          s[String(y)] = asOfDate && rng.chance(0.5) ? { value: v, referenceDate: `${y}-12-31` } : { value: v };
        }
      }
      return s;
    };
    metrics.population = series(popBase, true);
    if (useLoans) metrics.loans = series(rng.int(0, 2_000_000), false);
    const r = rng.next();
    const role = r < 0.85 ? 'member' : r < 0.93 ? 'observer' : 'administrative-party';
    let joined: string | null = null;
    let left: string | null = null;
    const jr = rng.next();
    if (rng.chance(0.15)) joined = rng.pick(anchors);
    else if (ties && jr < 0.7) joined = rng.chance(0.5) ? null : `${from - 1}-03-01`;
    else if (jr < 0.35) joined = date(rng, from + rng.int(0, nYears - 1));
    else if (jr < 0.6) joined = date(rng, from - rng.int(1, 5));
    else if (jr < 0.65) joined = date(rng, to + 1);
    if (rng.chance(ties ? 0.1 : 0.25)) {
      const base = joined ? Number(joined.slice(0, 4)) : from;
      left = date(rng, base + rng.int(0, Math.max(0, to - base)));
      if (joined && left < joined) left = joined;
    }
    const m: Json = { id, name: `Member ${id}`, category: rng.pick(CATEGORIES), role, metrics };
    if (joined !== null || rng.chance(0.5)) m.joined = joined;
    if (left !== null) m.left = left;
    members.push(m);
  }
  const memberChanges: Json[] = [];
  const additionalMembers: Json[] = [];
  if (members.length > 1 && rng.chance(0.2)) {
    const m = rng.pick(members);
    memberChanges.push({ member: m.id, left: date(rng, to), ...(rng.chance(0.3) ? { role: 'member' } : {}) });
  }
  if (rng.chance(0.15)) {
    additionalMembers.push({ id: 'zz-new', name: 'Newcomer', category: 'municipality', joined: date(rng, from + rng.int(0, nYears - 1)), metrics: { population: { [String(from - 3)]: { value: rng.int(1000, 90000) } }, loans: { [String(from - 3)]: { value: 5 } } } });
  }

  // Newer rules, drawn last so the draws above stay as they were.
  // Marginal bands: some banded per-unit components charge slice by slice (a rate in every band,
  // now and then a key parameter); sometimes a KOMBIT-shaped component besides.
  let marginal = false;
  const toMarginal = (comp: Json): void => {
    if (comp.type !== 'per-unit' || !Array.isArray(comp.bands)) return;
    marginal = true;
    comp.bandMode = 'marginal';
    for (const b of comp.bands as Json[]) {
      if (b.amount !== undefined || rng.chance(0.3)) {
        delete b.amount;
        b.rate = rng.pick(['0.25', '1.5', '12.50', '0.003', '25']);
      }
    }
  };
  if (rng.chance(0.5)) {
    for (const comp of components) {
      toMarginal(comp);
      if (comp.type === 'override') toMarginal(comp.with as Json);
    }
  }
  if (rng.chance(0.25)) {
    marginal = true;
    parameters.rateBase = rng.pick(['25', '0.7', '3.333']);
    parameters.rateAbove = rng.pick(['12.50', '0', '0.35']);
    const edge = rng.pick([1, 5000, 150000]);
    components.push(feeCommon({ type: 'per-unit', id: 'marginal', metric: metricRef(), bandMode: 'marginal', bands: [{ from: 0, to: edge, rate: { param: 'rateBase' } }, { from: edge, rate: { param: 'rateAbove' } }] }));
    if (!sweep || rng.chance(0.3)) sweep = { parameter: 'rateAbove', values: ['0', '6.25', '12.5'] };
  }
  // Per-member adjustments: percent (written or a parameter) or fixed, surcharges and discounts
  // (discounts of 100 % meet subsidies and are capped), some limited to years, some rounded.
  const adjustments: Json[] = [];
  const allIds = [...members.map((m) => m.id as string), ...additionalMembers.map((m) => m.id as string)];
  if (allIds.length > 0 && rng.chance(0.5)) {
    const n = rng.int(1, 3);
    for (let k = 0; k < n; k++) {
      const who = [...new Set([rng.pick(allIds), rng.pick(allIds), rng.pick(allIds)].slice(0, rng.int(1, 3)))];
      const a: Json = { id: `adj${k}`, kind: rng.chance(0.55) ? 'surcharge' : 'discount', members: who, reason: `reason ${k}` };
      const r = rng.next();
      if (r < 0.2) {
        parameters.adjPercent = rng.pick(['20', '7.5', '100']);
        a.percent = { param: 'adjPercent' };
        if (!sweep || rng.chance(0.5)) sweep = { parameter: 'adjPercent', values: ['0', '10', '55.5', '100'] };
      } else if (r < 0.6) a.percent = rng.pick(['20', '7.5', '100', '0', '33.333']);
      else a.amount = rng.pick(['5000', '0.01', '123456.78', '0']);
      if (rng.chance(0.3)) a.years = rng.subset(years);
      if (rng.chance(0.3)) a.rounding = { unit: rng.pick(['1', '0.01', '100', '0.05']), mode: rng.pick(MODES) };
      adjustments.push(a);
    }
  }

  const definition = {
    schemaVersion: 1,
    id: `case-${seed}`,
    name: `Generated case ${seed}`,
    currency: rng.chance(0.15) ? 'NOK' : 'SEK',
    horizon: { from, to },
    key,
    parameters: rng.chance(0.2) && Object.keys(parameters).length ? { [Object.keys(parameters)[0] as string]: '20' } : {},
    ...(costs ? { costs } : {}),
    poolBasis: rng.chance(0.2) ? 'costs-less-external-funding' : 'costs',
    growth: rng.chance(0.9) ? { population: { rate: rng.pick(['0.5', '0.7', '0', '1.25']), mode: rng.pick(MODES) }, loans: { rate: '2' } } : {},
    memberChanges,
    additionalMembers,
    funding,
    subsidies: rng.chance(0.1) && componentIds.length ? [{ id: 'extra', funder: 'Extra funder', component: componentIds[0], share: '10' }] : [],
    adjustments,
  } as unknown as ScenarioDefinitionInput;
  return { definition, facts: { members } as unknown as ScenarioFactsInput, sweep, label: `seed ${seed}: ${allocation ? 'allocation' : 'fee-schedule'}, ${nMembers} members × ${nYears} years${huge ? ', huge' : ''}${ties ? ', ties' : ''}${marginal ? ', marginal' : ''}${adjustments.length ? ', adjustments' : ''}` };
}
