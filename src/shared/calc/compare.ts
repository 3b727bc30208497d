/**
 * Comparison of a scenario with its baseline, member by member and year by year: who pays
 * more, who pays less (net of subsidies). Members present in only one of them count from 0.
 */
import type { ScenarioResult } from './result.types';

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

export function compareWithBaseline(baseline: ScenarioResult, scenario: ScenarioResult): Comparison {
  const years = [...new Set([...baseline.years, ...scenario.years])].sort((a, b) => a - b);
  const index = (r: ScenarioResult): Map<string, { name: string; net: Map<number, number> }> =>
    new Map(r.members.map((m) => [m.id, { name: m.name, net: new Map(m.years.map((y) => [y.year, y.net])) }]));
  const b = index(baseline);
  const s = index(scenario);
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
