/**
 * A sweep over one key parameter (e.g. the equal share from 0 to 50 %) for charts. The resolved
 * scenario's tables are reused; per step the key is renormalised (cheap, no zod) and only the
 * parts the parameter reaches are recomputed: a component whose normalised definition and
 * subsidies are the same as in the first step keeps that step's numbers. Each step's full
 * result is built on first access only.
 */
import { invalidField } from '../errors';
import { computeScenario } from './compute-scenario';
import type { CoreResult } from './core';
import { computeCore } from './core';
import type { NormalizedKey } from './key.types';
import { normalizeKey } from './normalize-key';
import type { KeyTables } from './plan';
import { buildPlan, deriveKeyTables, keyTables, releaseBuffers, sharePlan } from './plan';
import type { ResolvedScenario } from './resolved.types';
import type { ScenarioResult } from './result.types';

export interface SweepStep {
  readonly value: string;
  /** Per member (same order as result.members), per year: net charge in minor units. */
  readonly net: readonly (readonly number[])[];
  readonly totalNet: readonly number[];
  /** The step's full result (without trails); built when first read. */
  readonly result: ScenarioResult;
}

export function withParameters(r: ResolvedScenario, parameters: Readonly<Record<string, string>>): ResolvedScenario {
  const merged = { ...r.parameters, ...parameters };
  const key = normalizeKey(r.keyDefinition, { currency: r.currency, parameters: merged, extraSubsidies: r.extraSubsidies, adjustments: r.adjustments });
  const out: ResolvedScenario = { ...r, key, parameters: merged };
  // Same members, years and pools: the member tables carry over.
  sharePlan(r, out);
  return out;
}

interface Signatures {
  readonly pool: string;
  readonly entries: string[];
  readonly subsidies: string[];
}

/** What each block's numbers depend on in the key; equal text, equal numbers. */
function signatures(key: NormalizedKey): Signatures {
  const subsidies = key.subsidies.map((s) => JSON.stringify(s));
  const subsOf = (id: string): string => key.subsidies.map((s, i) => (s.componentId === id ? subsidies[i] : '')).join('|');
  const structure = JSON.stringify([key.overrides.map((o) => [o.metric, o.above, o.atLeast, o.categories, o.replaces]), key.fees.map((f) => [f.id, f.categories, f.members])]);
  return {
    pool: JSON.stringify([key.pool, key.rounding, key.proRata]) + key.pool.map((c) => subsOf(c.id)).join('#'),
    entries: key.components.filter((c) => c.kind !== 'equal' && c.kind !== 'proportional').map((c) => JSON.stringify(c) + subsOf(c.id) + structure),
    subsidies,
  };
}

export function sweepParameter(r: ResolvedScenario, parameter: string, values: readonly string[]): SweepStep[] {
  if (!(parameter in r.keyDefinition.parameters)) throw invalidField('parameter', 'error.engine.noSuchParameter', { name: parameter });
  const plan = buildPlan(r);
  const { nm, ny } = plan;
  let first: { core: CoreResult; sig: Signatures; kt: KeyTables } | null = null;
  const steps = values.map((value) => {
    const step = withParameters(r, { [parameter]: value });
    const sig = signatures(step.key);
    let kt: KeyTables;
    let core: CoreResult;
    if (first === null) {
      kt = keyTables(plan, step.key);
      core = computeCore(step, plan, kt);
      first = { core, sig, kt };
    } else {
      const base = first;
      const entries = sig.entries.map((s, k) => s === base.sig.entries[k]);
      kt = deriveKeyTables(plan, step.key, { prev: base.kt, subsidies: sig.subsidies.map((s, k) => s === base.sig.subsidies[k]), entries });
      core = computeCore(step, plan, kt, 0, ny, { base: base.core, pool: sig.pool === base.sig.pool, entries });
    }
    const net: number[][] = new Array<number[]>(nm);
    for (let i = 0; i < nm; i++) {
      const row = new Array<number>(ny);
      for (let t = 0; t < ny; t++) {
        const idx = t * nm + i;
        row[t] = plan.charged[idx] === 1 ? (core.gross[idx] as number) - (core.subsidies[idx] as number) : 0;
      }
      net[i] = row;
    }
    const totalNet = Array.from({ length: ny }, (_, t) => (core.yearGross[t] as number) - (core.yearSubsidies[t] as number));
    if (first.core !== core) releaseBuffers(plan, core.owned);
    let result: ScenarioResult | null = null;
    const out = { value, net, totalNet } as { value: string; net: number[][]; totalNet: number[]; result: ScenarioResult };
    Object.defineProperty(out, 'result', {
      enumerable: true,
      get: (): ScenarioResult => (result ??= computeScenario(step)),
    });
    return out;
  });
  const base = first as { core: CoreResult } | null;
  if (base) releaseBuffers(plan, base.core.owned);
  return steps;
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
