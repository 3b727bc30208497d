/**
 * Comparison of a scenario with its baseline, member by member and year by year: who pays
 * more, who pays less (net of subsidies). Members present in only one of them count from 0.
 */
import type { ScenarioFigures, ScenarioResult } from './result.types';

export interface MemberDelta {
  readonly id: string;
  readonly name: string;
  /** Per year of the union of horizons: scenario net - baseline net. */
  readonly byYear: readonly { readonly year: number; readonly baseline: number; readonly scenario: number; readonly delta: number }[];
  readonly totalDelta: number;
  readonly verdict: 'pays-more' | 'pays-less' | 'unchanged';
}

export interface Comparison {
  readonly years: readonly number[];
  readonly members: readonly MemberDelta[];
  readonly paysMore: readonly string[];
  readonly paysLess: readonly string[];
  readonly totalDeltaByYear: readonly number[];
}

type NetByMember = Map<string, { name: string; net: Map<number, number> }>;

/** Each member's net charge per year, from the detailed result or from the columnar figures. */
function netByMember(r: ScenarioResult | ScenarioFigures): NetByMember {
  if ('net' in r) {
    const nm = r.members.length;
    return new Map(r.members.map((m, i) => [m.id, { name: m.name, net: new Map(r.years.map((year, t) => [year, r.net[t * nm + i] as number])) }]));
  }
  return new Map(r.members.map((m) => [m.id, { name: m.name, net: new Map(m.years.map((y) => [y.year, y.net])) }]));
}

export function compareWithBaseline(baseline: ScenarioResult | ScenarioFigures, scenario: ScenarioResult | ScenarioFigures): Comparison {
  const years = [...new Set([...baseline.years, ...scenario.years])].sort((a, b) => a - b);
  const b = netByMember(baseline);
  const s = netByMember(scenario);
  const ids = [...new Set([...b.keys(), ...s.keys()])].sort();
  const members = ids.map((id): MemberDelta => {
    const bm = b.get(id);
    const sm = s.get(id);
    const byYear = years.map((year) => {
      const base = bm?.net.get(year) ?? 0;
      const scen = sm?.net.get(year) ?? 0;
      return { year, baseline: base, scenario: scen, delta: scen - base };
    });
    const totalDelta = byYear.reduce((acc, y) => acc + y.delta, 0);
    return { id, name: (sm ?? bm)?.name ?? id, byYear, totalDelta, verdict: totalDelta > 0 ? 'pays-more' : totalDelta < 0 ? 'pays-less' : 'unchanged' };
  });
  return {
    years,
    members,
    paysMore: members.filter((m) => m.verdict === 'pays-more').map((m) => m.id),
    paysLess: members.filter((m) => m.verdict === 'pays-less').map((m) => m.id),
    totalDeltaByYear: years.map((_, t) => members.reduce((acc, m) => acc + (m.byYear[t]?.delta ?? 0), 0)),
  };
}
