/**
 * A sweep over one key parameter (e.g. the equal share from 0 to 50 %) for charts: the key is
 * renormalised per step (cheap, no zod), members and metrics are reused, trails are skipped.
 */
import { invalidInput } from '../errors';
import { computeScenario } from './compute-scenario';
import { normalizeKey } from './normalize-key';
import type { ResolvedScenario } from './resolved.types';
import type { ScenarioResult } from './result.types';

export interface SweepStep {
  readonly value: string;
  /** Per member (same order as result.members), per year: net charge in minor units. */
  readonly net: readonly (readonly number[])[];
  readonly totalNet: readonly number[];
  readonly result: ScenarioResult;
}

export function withParameters(r: ResolvedScenario, parameters: Readonly<Record<string, string>>): ResolvedScenario {
  const merged = { ...r.parameters, ...parameters };
  const key = normalizeKey(r.keyDefinition, { currency: r.currency, parameters: merged, extraSubsidies: r.extraSubsidies });
  return { ...r, key, parameters: merged };
}

export function sweepParameter(r: ResolvedScenario, parameter: string, values: readonly string[]): SweepStep[] {
  if (!(parameter in r.keyDefinition.parameters)) throw invalidInput('parameter', `the key has no parameter "${parameter}"`);
  return values.map((value) => {
    const result = computeScenario(withParameters(r, { [parameter]: value }), { trail: false });
    return {
      value,
      net: result.members.map((m) => m.years.map((y) => y.net)),
      totalNet: result.totals.map((t) => t.net),
      result,
    };
  });
}

/** Decimal text values from `from` to `to` in `steps` equal steps, exact (e.g. 0..50 in 50 steps). */
export function sweepValues(from: number, to: number, steps: number): string[] {
  const out: string[] = [];
  for (let i = 0; i <= steps; i++) {
    // Exact in hundredths: (from*(steps-i) + to*i)/steps rounded to 2 places via integers.
    const hundredths = Math.round(((from * (steps - i) + to * i) * 100) / steps);
    const sign = hundredths < 0 ? '-' : '';
    const abs = Math.abs(hundredths);
    out.push(`${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`);
  }
  return out;
}
