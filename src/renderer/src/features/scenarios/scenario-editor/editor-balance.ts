/**
 * The editor's balance per year, read from the engine's result (balance and funding by status).
 * "Only secured funding" keeps the members' charges as the scenario sets them (they are decided
 * with the plan's funding in mind) and leaves out the external money that is not secured, so the
 * balance shows the deficit when that money does not come.
 */
import type { ScenarioSummary } from '../../../../../shared/calc';

export interface EditorBalanceYear {
  year: number;
  /** Null when the scenario has no costs. */
  costs: number | null;
  memberCharges: number;
  subsidies: number;
  /** External funding counted in this view, by status (expected and uncertain are 0 with "only secured"). */
  secured: number;
  expected: number;
  uncertain: number;
  /** Planned member contributions of funding lines of kind "members" (shown, not counted). */
  plannedMemberFunding: number;
  /** memberCharges + subsidies + counted external funding − costs; null without costs. */
  balance: number | null;
}

export interface EditorBalance {
  years: EditorBalanceYear[];
  /** Sum of the yearly balances (null without costs). */
  total: number | null;
  /** Sum of the negative yearly balances, as a negative number (0 when no year is short). */
  deficit: number;
}

export function editorBalance(summary: Pick<ScenarioSummary, 'balance' | 'funding'>, securedOnly: boolean): EditorBalance {
  const years = summary.balance.map((b, t): EditorBalanceYear => {
    const byStatus = { secured: 0, expected: 0, uncertain: 0 };
    for (const source of summary.funding.sources) {
      if (source.kind !== 'external') continue;
      const entry = source.byYear[t];
      if (entry?.status) byStatus[entry.status] += entry.amount;
    }
    const notCounted = securedOnly ? byStatus.expected + byStatus.uncertain : 0;
    return {
      year: b.year,
      costs: b.costs,
      memberCharges: b.memberCharges,
      subsidies: b.subsidies,
      secured: byStatus.secured,
      expected: securedOnly ? 0 : byStatus.expected,
      uncertain: securedOnly ? 0 : byStatus.uncertain,
      plannedMemberFunding: b.plannedMemberFunding,
      balance: b.balance === null ? null : b.balance - notCounted,
    };
  });
  const total = years.some((y) => y.balance === null) ? null : years.reduce((s, y) => s + (y.balance ?? 0), 0);
  const deficit = years.reduce((s, y) => s + Math.min(0, y.balance ?? 0), 0);
  return { years, total, deficit };
}
