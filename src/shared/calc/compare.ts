/**
 * Comparison of a scenario with its baseline, member by member and year by year: who pays
 * more, who pays less (net of subsidies). The change is always scenario − baseline, so a member
 * who pays less under the scenario has a negative change wherever it is shown.
 *
 * Years are compared with the same year only. A year one side does not cover has no change
 * (null), never a change against 0: a 2027 scenario against a 2017 baseline says "no baseline
 * for 2027" rather than "+ everything". Within a year both cover, a member present in only one
 * of them counts from 0 (it joins or leaves).
 */
import type { ScenarioFigures, ScenarioResult } from './result.types';

export interface YearDelta {
  readonly year: number;
  /** The member's net charge under the baseline; null where the baseline does not cover the year. */
  readonly baseline: number | null;
  /** The member's net charge under the scenario; null where the scenario does not cover the year. */
  readonly scenario: number | null;
  /** scenario − baseline; null unless both cover the year. */
  readonly delta: number | null;
}

export interface MemberDelta {
  readonly id: string;
  readonly name: string;
  /** Per year of the union of horizons. */
  readonly byYear: readonly YearDelta[];
  /** Sum of the changes over the years both cover. */
  readonly totalDelta: number;
  readonly verdict: 'pays-more' | 'pays-less' | 'unchanged';
}

export interface Comparison {
  /** The union of both horizons. */
  readonly years: readonly number[];
  /** The years both cover: the only ones with a change. */
  readonly comparedYears: readonly number[];
  /** Years of the scenario the baseline has no figures for. */
  readonly yearsWithoutBaseline: readonly number[];
  readonly members: readonly MemberDelta[];
  readonly paysMore: readonly string[];
  readonly paysLess: readonly string[];
  /** Per year (as `years`): the change summed over members; null where the year is not compared. */
  readonly totalDeltaByYear: readonly (number | null)[];
}

type Figures = ScenarioResult | ScenarioFigures;

/** Each member's name and net charge in one year (an empty map when the result does not cover it). */
function netInYear(r: Figures, year: number): Map<string, { name: string; net: number }> {
  const out = new Map<string, { name: string; net: number }>();
  const t = r.years.indexOf(year);
  if (t < 0) return out;
  if ('net' in r) {
    const nm = r.members.length;
    r.members.forEach((m, i) => out.set(m.id, { name: m.name, net: r.net[t * nm + i] as number }));
  } else {
    for (const m of r.members) out.set(m.id, { name: m.name, net: m.years.find((y) => y.year === year)?.net ?? 0 });
  }
  return out;
}

/**
 * One year of the comparison, per member of either side: the rule every view that shows a
 * change uses (the studio's table, Compare, the meeting pack). `baseline` null means there is
 * nothing to compare with at all.
 */
export function compareYear(baseline: Figures | null, scenario: Figures, year: number): Map<string, YearDelta & { readonly name: string }> {
  const bCovers = baseline !== null && baseline.years.includes(year);
  const sCovers = scenario.years.includes(year);
  const b = baseline === null ? new Map<string, { name: string; net: number }>() : netInYear(baseline, year);
  const s = netInYear(scenario, year);
  const out = new Map<string, YearDelta & { readonly name: string }>();
  const add = (id: string, name: string): void => {
    const base = bCovers ? (b.get(id)?.net ?? 0) : null;
    const scen = sCovers ? (s.get(id)?.net ?? 0) : null;
    out.set(id, { year, name, baseline: base, scenario: scen, delta: base === null || scen === null ? null : scen - base });
  };
  for (const [id, m] of s) add(id, m.name);
  for (const [id, m] of b) if (!out.has(id)) add(id, m.name);
  return out;
}

/** The member ids and names of a result, whatever years it covers. */
function membersOf(r: Figures): Map<string, string> {
  return new Map(r.members.map((m) => [m.id, m.name]));
}

export function compareWithBaseline(baseline: Figures, scenario: Figures): Comparison {
  const years = [...new Set([...baseline.years, ...scenario.years])].sort((a, b) => a - b);
  const comparedYears = years.filter((y) => baseline.years.includes(y) && scenario.years.includes(y));
  const yearsWithoutBaseline = scenario.years.filter((y) => !baseline.years.includes(y));
  const names = new Map([...membersOf(baseline), ...membersOf(scenario)]);
  const perYear = years.map((year) => compareYear(baseline, scenario, year));
  const ids = [...names.keys()].sort();
  const members = ids.map((id): MemberDelta => {
    const byYear = years.map((year, t): YearDelta => {
      const d = perYear[t]?.get(id);
      const bCovers = baseline.years.includes(year);
      const sCovers = scenario.years.includes(year);
      if (d) return { year, baseline: d.baseline, scenario: d.scenario, delta: d.delta };
      return { year, baseline: bCovers ? 0 : null, scenario: sCovers ? 0 : null, delta: bCovers && sCovers ? 0 : null };
    });
    const totalDelta = byYear.reduce((acc, y) => acc + (y.delta ?? 0), 0);
    return { id, name: names.get(id) ?? id, byYear, totalDelta, verdict: totalDelta > 0 ? 'pays-more' : totalDelta < 0 ? 'pays-less' : 'unchanged' };
  });
  return {
    years,
    comparedYears,
    yearsWithoutBaseline,
    members,
    paysMore: members.filter((m) => m.verdict === 'pays-more').map((m) => m.id),
    paysLess: members.filter((m) => m.verdict === 'pays-less').map((m) => m.id),
    totalDeltaByYear: years.map((year, t) => (comparedYears.includes(year) ? members.reduce((acc, m) => acc + (m.byYear[t]?.delta ?? 0), 0) : null)),
  };
}
