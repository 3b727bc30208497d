/**
 * computeScenario(resolved): every member's charge per year and component, what each funder
 * pays, totals, the funding summary and the balance. Pure and deterministic; no validation
 * or parsing happens here (resolveScenario did it), so it is fast enough for sweeps.
 */
import { invalidInput } from '../errors';
import { allocate } from './allocate';
import type { PoolPart } from './allocate';
import { roundProduct } from './exact';
import type { ProRataFactor } from './fees';
import { chargeFee, proRataFactor } from './fees';
import type { FeeComponent, OverrideComponent, Subsidy } from './key.types';
import type { ResolvedMember, ResolvedScenario } from './resolved.types';
import type { BalanceYear, ComponentCharge, FunderResult, FundingSummary, MemberResult, MemberYearCharge, ScenarioResult, YearTotals } from './result.types';
import { applySubsidies, eligibleMember } from './subsidies';
import { overrideRelevant } from './resolve-scenario';

export interface ComputeOptions {
  /** Build the explanation trail of every charge (default true); sweeps turn it off. */
  readonly trail?: boolean;
}

const NO_SUBSIDIES: readonly never[] = [];

function overrideMatches(o: OverrideComponent, fees: readonly FeeComponent[], m: ResolvedMember, t: number): boolean {
  if (!overrideRelevant(o, fees, m)) return false;
  if (o.metric !== null) {
    const v = m.metrics[o.metric.key]?.values[t] as number;
    if (o.above !== null && !(v > o.above)) return false;
    if (o.atLeast !== null && !(v >= o.atLeast)) return false;
  }
  return true;
}

export function computeScenario(r: ResolvedScenario, options: ComputeOptions = {}): ScenarioResult {
  const withTrail = options.trail !== false;
  const key = r.key;
  const years = r.years;
  const members = r.members;
  const nm = members.length;

  // Subsidies grouped by component, with member eligibility worked out once.
  const subsByComponent = new Map<string, { subs: Subsidy[]; eligible: boolean[][] }>();
  for (const s of key.subsidies) {
    let g = subsByComponent.get(s.componentId);
    if (!g) {
      g = { subs: [], eligible: members.map(() => []) };
      subsByComponent.set(s.componentId, g);
    }
    g.subs.push(s);
    members.forEach((m, i) => (g.eligible[i] as boolean[]).push(eligibleMember(s, m)));
  }
  const funderTotals = new Map<string, number[]>();
  for (const s of key.subsidies) if (!funderTotals.has(s.funder)) funderTotals.set(s.funder, years.map(() => 0));

  const memberYears: MemberYearCharge[][] = members.map(() => []);
  const totals: YearTotals[] = [];
  const idsAll = members.map((m) => m.id);

  for (let t = 0; t < years.length; t++) {
    const year = years[t] as number;
    const diy = r.daysInYear[t] as number;
    const charged: boolean[] = new Array<boolean>(nm);
    const chargedIdx: number[] = [];
    for (let i = 0; i < nm; i++) {
      const m = members[i] as ResolvedMember;
      const c = m.role === 'member' && (m.startDay[t] as number) > 0;
      charged[i] = c;
      if (c) chargedIdx.push(i);
    }

    // Allocation of the pool among the members charged this year.
    let poolTotals: number[] | null = null;
    let poolFactors: ProRataFactor[] | null = null;
    let partWeights: number[][] = [];
    let partTotals: number[] = [];
    const pool = r.pools ? (r.pools[t] as number) : 0;
    if (key.pool.length > 0) {
      if (chargedIdx.length === 0 && pool > 0) throw invalidInput(`costs.byYear.${year}`, `no paying members in ${year} to share the pool (observers are left out)`);
      poolFactors = chargedIdx.map((i) => proRataFactor(members[i] as ResolvedMember, t, key.proRata, diy));
      // With pro rata, weights are present days or months; without, 1 (den is then 1).
      const den = key.proRata.join === 'none' && key.proRata.leave === 'none' ? 1 : (key.proRata.join === 'day' || key.proRata.leave === 'day' ? diy : 12);
      partWeights = key.pool.map((c) =>
        chargedIdx.map((i, k) => {
          const f = (poolFactors as ProRataFactor[])[k] as ProRataFactor;
          const presence = f.d === 1 ? den : f.n;
          if (c.kind === 'equal') return presence;
          const v = (members[i] as ResolvedMember).metrics[c.metric.key]?.values[t] as number;
          const w = presence * v;
          if (!Number.isSafeInteger(w)) throw invalidInput(`key.components[${c.index}].metric`, 'metric values too large to weigh exactly');
          return w;
        }),
      );
      partTotals = partWeights.map((w) => w.reduce((s, x) => s + x, 0));
      const parts: PoolPart[] = key.pool.map((c, k) => ({ share: c.share, weights: partWeights[k] as number[], path: `key.components[${c.index}] in ${year}` }));
      poolTotals = allocate(pool, key.rounding.unit, chargedIdx.map((i) => idsAll[i] as string), parts).totals;
    }

    const byComponent: Record<string, number> = {};
    for (const c of key.components) byComponent[c.id] = 0;
    let yGross = 0;
    let ySubs = 0;
    let k = 0;
    for (let i = 0; i < nm; i++) {
      const m = members[i] as ResolvedMember;
      if (!charged[i]) {
        (memberYears[i] as MemberYearCharge[]).push({ year, charged: false, components: [], poolTotal: 0, roundingAdjustment: 0, gross: 0, subsidies: 0, net: 0 });
        continue;
      }
      const comps: ComponentCharge[] = [];
      let gross = 0;
      let subsidies = 0;
      let poolTotal = 0;
      let adjustment = 0;
      const addCharge = (id: string, kind: ComponentCharge['kind'], label: string, amount: number, factor: ProRataFactor, trail: ComponentCharge['trail']): void => {
        const g = subsByComponent.get(id);
        const subs = g && amount > 0 ? applySubsidies(g.subs, g.eligible[i] as boolean[], m, t, year, amount, factor) : NO_SUBSIDIES;
        let paid = 0;
        for (const s of subs) {
          paid += s.amount;
          const ft = funderTotals.get(s.funder) as number[];
          ft[t] = (ft[t] as number) + s.amount;
        }
        subsidies += paid;
        gross += amount;
        byComponent[id] = (byComponent[id] as number) + amount;
        comps.push({ componentId: id, kind, label, amount, subsidies: subs, trail });
      };

      if (poolTotals) {
        poolTotal = poolTotals[k] as number;
        const f = (poolFactors as ProRataFactor[])[k] as ProRataFactor;
        let sumParts = 0;
        key.pool.forEach((c, p) => {
          const w = (partWeights[p] as number[])[k] as number;
          const W = partTotals[p] as number;
          const amount = c.share.n === 0 || W === 0 ? 0 : roundProduct(pool, c.share.n, w, c.share.d, W, key.rounding, c.id);
          sumParts += amount;
          let trail: ComponentCharge['trail'] = null;
          if (withTrail) {
            const tr: { -readonly [K in keyof NonNullable<ComponentCharge['trail']>]: NonNullable<ComponentCharge['trail']>[K] } = {
              rounding: key.rounding,
              pool: { amount: pool, sharePercent: c.shareText, weight: w, totalWeight: W },
            };
            if (c.kind === 'proportional') {
              const s = m.metrics[c.metric.key];
              tr.metric = { name: c.metric.name, year: s?.sourceYears[t] as number, value: s?.values[t] as number, referenceDate: s?.referenceDates[t] ?? null, projected: s?.projected[t] ?? false };
            }
            if (f.mode !== 'none') tr.proRata = { mode: f.mode, numerator: f.n, denominator: f.d };
            trail = tr;
          }
          addCharge(c.id, c.kind, c.label, amount, f, trail);
        });
        adjustment = poolTotal - sumParts;
        gross += adjustment;
      }

      // Overrides first, to know which fee components they replace for this member and year.
      let replaced: Set<string> | null = null;
      let overrideCharges: Map<number, OverrideComponent> | null = null;
      for (const o of key.overrides) {
        if (overrideMatches(o, key.fees, m, t)) {
          replaced ??= new Set();
          overrideCharges ??= new Map();
          for (const id of o.replaces) replaced.add(id);
          overrideCharges.set(o.index, o);
        }
      }
      for (const c of key.components) {
        if (c.kind === 'equal' || c.kind === 'proportional') continue;
        let fee: FeeComponent;
        let replaces: readonly string[] | null = null;
        if (c.kind === 'override') {
          if (!overrideCharges?.has(c.index)) continue;
          fee = c.with;
          replaces = c.replaces;
        } else {
          if (replaced?.has(c.id)) continue;
          fee = c;
        }
        const ch = chargeFee(fee, m, t, year, diy, withTrail, replaces);
        if (ch) addCharge(c.id, c.kind, c.label, ch.amount, ch.factor, ch.trail);
      }
      (memberYears[i] as MemberYearCharge[]).push({ year, charged: true, components: comps, poolTotal, roundingAdjustment: adjustment, gross, subsidies, net: gross - subsidies });
      yGross += gross;
      ySubs += subsidies;
      k++;
    }
    totals.push({
      year,
      costs: r.costs ? (r.costs[t] as number) : null,
      pool: r.pools ? pool : null,
      gross: yGross,
      subsidies: ySubs,
      net: yGross - ySubs,
      byComponent,
      chargedMembers: chargedIdx.length,
    });
  }

  const memberResults: MemberResult[] = members.map((m, i) => {
    const ys = memberYears[i] as MemberYearCharge[];
    let totalGross = 0;
    let totalNet = 0;
    for (const y of ys) {
      totalGross += y.gross;
      totalNet += y.net;
    }
    return { id: m.id, name: m.name, category: m.category, role: m.role, invoicedVia: m.invoicedVia, years: ys, totalGross, totalNet };
  });

  const funders: FunderResult[] = [...funderTotals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([funder, byYear]) => ({ funder, byYear, total: byYear.reduce((s, x) => s + x, 0) }));

  const funding = summariseFunding(r);
  const balance: BalanceYear[] = years.map((year, t) => {
    const tot = totals[t] as YearTotals;
    let external = 0;
    let planned = 0;
    for (const f of r.funding) {
      if (f.kind === 'external') external += f.amounts[t] as number;
      else planned += f.amounts[t] as number;
    }
    const costs = r.costs ? (r.costs[t] as number) : null;
    return {
      year,
      costs,
      memberCharges: tot.net,
      subsidies: tot.subsidies,
      externalFunding: external,
      plannedMemberFunding: planned,
      balance: costs === null ? null : tot.net + tot.subsidies + external - costs,
    };
  });

  return {
    scenarioId: r.id,
    keyId: key.id,
    keyVersion: key.version,
    currency: r.currency,
    years,
    parameters: key.parameters,
    members: memberResults,
    totals,
    funders,
    funding,
    balance,
  };
}

export function summariseFunding(r: ResolvedScenario): FundingSummary {
  const byYear = r.years.map((year) => ({ year, secured: 0, expected: 0, uncertain: 0, total: 0 }));
  const sources = r.funding.map((f) => {
    let total = 0;
    const ys = r.years.map((year, t) => {
      const amount = f.amounts[t] as number;
      const status = f.statuses[t] ?? null;
      const y = byYear[t] as (typeof byYear)[number];
      if (status) y[status] += amount;
      y.total += amount;
      total += amount;
      return { year, amount, status };
    });
    return { source: f.source, kind: f.kind, byYear: ys, total };
  });
  const sum = (k: 'secured' | 'expected' | 'uncertain' | 'total'): number => byYear.reduce((s, y) => s + y[k], 0);
  const expected = sum('expected');
  const uncertain = sum('uncertain');
  return { sources, byYear, secured: sum('secured'), expected, uncertain, total: sum('total'), notSecured: expected + uncertain };
}
