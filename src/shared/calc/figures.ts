/**
 * computeFigures(resolved): the numbers of computeScenario in columns, one typed array per
 * component and per sum, indexed [year * members + member]. The studio recomputes on every
 * slider step and shows one year of 400 members: it reads these columns, and building an object
 * per member-year and charge (computeScenario) would cost more than computing them.
 */
import type { CoreResult } from './core';
import { computeCore } from './core';
import { summarise } from './compute-scenario';
import type { KeyTables, ScenarioPlan } from './plan';
import { buildPlan, keyTables } from './plan';
import type { ResolvedScenario } from './resolved.types';
import type { FiguresComponent, ScenarioFigures } from './result.types';

export function computeFigures(r: ResolvedScenario): ScenarioFigures {
  const plan = buildPlan(r);
  const kt = keyTables(plan, r.key);
  // The core's buffers become the figures' columns: they are not given back for reuse.
  return figuresOf(r, plan, kt, computeCore(r, plan, kt));
}

function figuresOf(r: ResolvedScenario, plan: ScenarioPlan, kt: KeyTables, core: CoreResult): ScenarioFigures {
  const { nm, ny } = plan;
  const size = nm * ny;
  const components: FiguresComponent[] = kt.key.components.map((c) => ({ id: c.id, kind: c.kind, label: c.label }));
  const amounts = new Array<Float64Array>(components.length);
  kt.pool.forEach((pt, p) => (amounts[pt.compIndex] = core.poolAmounts[p] as Float64Array));
  kt.entries.forEach((e, k) => (amounts[e.compIndex] = core.entryAmounts[k] as Float64Array));
  const net = new Float64Array(size);
  const totalGross = new Float64Array(nm);
  const totalNet = new Float64Array(nm);
  for (let t = 0; t < ny; t++) {
    const list = plan.chargedList[t] as Int32Array;
    const base = t * nm;
    for (let k = 0; k < list.length; k++) {
      const i = list[k] as number;
      const gross = core.gross[base + i] as number;
      const n = gross - (core.subsidies[base + i] as number);
      net[base + i] = n;
      totalGross[i] = (totalGross[i] as number) + gross;
      totalNet[i] = (totalNet[i] as number) + n;
    }
  }
  return {
    ...summarise(r, plan, kt, core),
    members: plan.members.map((m) => ({ id: m.id, name: m.name, category: m.category, role: m.role, invoicedVia: m.invoicedVia })),
    components,
    // A copy: the plan's own table is shared by every computation of the scenario.
    charged: plan.charged.slice(),
    amounts,
    poolTotal: core.poolTotal,
    roundingAdjustment: core.adjustment,
    adjustment: core.memberAdj,
    gross: core.gross,
    subsidies: core.subsidies,
    net,
    totalGross,
    totalNet,
  };
}
