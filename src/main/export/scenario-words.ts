/**
 * How a scenario's figures came about, in the export language: the key as the scenario uses it
 * (its components with the parameter values in force, not the key's stored name, which may
 * quote other values), and the metric values that are projected rather than known. Used by the
 * annex cover and the meeting pack, so both state the same thing.
 */
import type { MetricProjection, ResolvedScenario } from '../../shared/calc';
import { describeKey, metricLabel, numberText } from '../../shared/calc/describe-key';
import type { ExportLanguage } from './export-language';

interface ScenarioWords {
  /** The key by id and version (its stored name may quote other values than those in force). */
  readonly key: (id: string, version: number) => string;
  readonly parameters: (list: string) => string;
  readonly parameter: (name: string, value: string) => string;
  /** A parameter the scenario sets to another value than the key's. */
  readonly parameterChanged: (name: string, value: string, keyValue: string) => string;
  readonly projected: (metric: string, year: number, from: number, years: number, rate: string, members: number) => string;
  readonly projectedHeading: string;
}

const years = (n: number, one: string, other: string): string => `${n} ${n === 1 ? one : other}`;

const WORDS: Readonly<Record<ExportLanguage, ScenarioWords>> = {
  sv: {
    key: (id, version) => `nyckel ${id} v${version}`,
    parameters: (list) => `parametrar ${list}`,
    parameter: (name, value) => `${name} = ${value}`,
    parameterChanged: (name, value, keyValue) => `${name} = ${value} (satt i scenariot; nyckelns värde ${keyValue})`,
    projected: (metric, year, from, n, rate, members) =>
      `${metric} för ${year} framskriven från ${from} (${years(n, 'år', 'år')}, ${rate} % tillväxt per år; ${members} ${members === 1 ? 'medlem' : 'medlemmar'})`,
    projectedHeading: 'Framskrivna värden (inte kända)',
  },
  nb: {
    key: (id, version) => `nøkkel ${id} v${version}`,
    parameters: (list) => `parametere ${list}`,
    parameter: (name, value) => `${name} = ${value}`,
    parameterChanged: (name, value, keyValue) => `${name} = ${value} (satt i scenarioet; nøkkelens verdi ${keyValue})`,
    projected: (metric, year, from, n, rate, members) =>
      `${metric} for ${year} framskrevet fra ${from} (${years(n, 'år', 'år')}, ${rate} % vekst per år; ${members} ${members === 1 ? 'medlem' : 'medlemmer'})`,
    projectedHeading: 'Framskrevne verdier (ikke kjente)',
  },
  en: {
    key: (id, version) => `key ${id} v${version}`,
    parameters: (list) => `parameters ${list}`,
    parameter: (name, value) => `${name} = ${value}`,
    parameterChanged: (name, value, keyValue) => `${name} = ${value} (set by the scenario; the key's value ${keyValue})`,
    projected: (metric, year, from, n, rate, members) =>
      `${metric} for ${year} projected from ${from} (${years(n, 'year', 'years')}, ${rate} %/yr growth; ${members} ${members === 1 ? 'member' : 'members'})`,
    projectedHeading: 'Projected figures (not known)',
  },
};

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The scenario's key in words, each component with the parameter values the scenario uses. */
export function describeKeyAsUsed(resolved: ResolvedScenario, language: ExportLanguage): string {
  return capitalised(
    describeKey(resolved.key, resolved.currency, language)
      .components.map((c) => c.text)
      .join('; '),
  );
}

/**
 * Which key it is, by id and version rather than by its stored name (a name such as "15 % lika,
 * 85 % efter folkmängd" may quote other values than the scenario uses), with every parameter's
 * value in force and, where the scenario overrides it, the key's own value.
 */
export function keyOrigin(resolved: ResolvedScenario, language: ExportLanguage): string {
  const w = WORDS[language];
  const key = resolved.keyDefinition;
  const parameters = Object.entries(resolved.key.parameters).map(([name, value]) => {
    const own = key.parameters[name];
    return own !== undefined && own !== value ? w.parameterChanged(name, value, own) : w.parameter(name, value);
  });
  return parameters.length === 0 ? w.key(key.id, key.version) : `${w.key(key.id, key.version)}; ${w.parameters(parameters.join(', '))}`;
}

/** One sentence per projected metric value: what, for which year, from which known year, how far and at what rate. */
export function projectionLines(projections: readonly MetricProjection[], language: ExportLanguage): string[] {
  const w = WORDS[language];
  return projections.map((p) => capitalised(w.projected(metricLabel(p.metric, language), p.year, p.fromYear, p.year - p.fromYear, numberText(Number(p.rate), language), p.members.length)));
}

/** The heading over the projection lines. */
export function projectedHeading(language: ExportLanguage): string {
  return WORDS[language].projectedHeading;
}
