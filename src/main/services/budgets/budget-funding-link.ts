/**
 * One source for funding (docs/workspace-document.md): a scenario's funding line may refer to one of
 * the budget's funding sources by id (`budgetSource`), and then takes the source's name, amounts and
 * statuses from the budget whenever the scenario is saved, computed or opened, so nothing is typed
 * twice and a change in the budget reaches every scenario that uses the source.
 */
import { minorToText } from '../../../shared/calc';
import { invalidField } from '../../../shared/errors';
import { listFundingAmountsOf, listFundingSources } from '../../repositories/budget.repository';
import { listScenarioRows } from '../../repositories/scenario.repository';
import { parseJsonColumn } from '../../document/canonical-json';
import type { FundingStatus } from '../../../shared/calc';
import type { Db } from '../../db/db-handle';

type Definition = Record<string, unknown>;

/** The weakest status wins when a source has more than one amount in a year: nothing is counted as surer than it is. */
const WEAKNESS: Record<FundingStatus, number> = { secured: 0, expected: 1, uncertain: 2 };

const budgetSourceOf = (line: unknown): number | null => {
  if (line === null || typeof line !== 'object') return null;
  const id = (line as { budgetSource?: unknown }).budgetSource;
  return typeof id === 'number' ? id : null;
};

/** Whether any funding line of the definition refers to the budget. */
export function refersToBudget(definition: Definition): boolean {
  return Array.isArray(definition.funding) && definition.funding.some((line) => budgetSourceOf(line) !== null);
}

/** Major units as decimal text without needless zeros: 1 000 000 000 öre → "10000000", 50 öre → "0.5". */
function amountText(minor: number, currency: string): string {
  const text = minorToText(minor, currency);
  return text.includes('.') ? text.replace(/0+$/u, '').replace(/\.$/u, '') : text;
}

/**
 * The definition with each line that refers to the budget filled from it: `source` is the budget
 * source's name and `byYear` its amounts and statuses in the horizon (several amounts of a year are
 * added, with the weakest status). A reference to a source the cooperation's budget does not have
 * is refused at `<prefix>.funding[i].budgetSource`.
 */
export async function linkBudgetFunding(db: Db, cooperationId: number, currency: string, definition: Definition, prefix = 'definition'): Promise<Definition> {
  if (!refersToBudget(definition)) return definition;
  const sources = await listFundingSources(db, cooperationId);
  const amounts = await listFundingAmountsOf(db, sources.map((s) => s.id));
  const horizon = definition.horizon as { from?: unknown; to?: unknown } | undefined;
  const from = typeof horizon?.from === 'number' ? horizon.from : -Infinity;
  const to = typeof horizon?.to === 'number' ? horizon.to : Infinity;
  const funding = (definition.funding as unknown[]).map((line, i) => {
    const id = budgetSourceOf(line);
    if (id === null) return line;
    const source = sources.find((s) => s.id === id);
    if (!source) throw invalidField(`${prefix}.funding[${i}].budgetSource`, 'error.scenario.noBudgetSource', { id });
    const byYear: Record<string, { minor: number; status: FundingStatus }> = {};
    for (const a of amounts) {
      if (a.fundingSourceId !== id || a.year < from || a.year > to) continue;
      const status = a.status as FundingStatus;
      const seen = byYear[String(a.year)];
      byYear[String(a.year)] = seen ? { minor: seen.minor + a.amount, status: WEAKNESS[status] > WEAKNESS[seen.status] ? status : seen.status } : { minor: a.amount, status };
    }
    return {
      ...(line as Definition),
      source: source.name,
      byYear: Object.fromEntries(Object.entries(byYear).map(([year, v]) => [year, { amount: amountText(v.minor, currency), status: v.status }])),
    };
  });
  return { ...definition, funding };
}

/** The scenarios of a cooperation that use each budget funding source (source id → scenarios, in id order). */
export async function scenariosByBudgetSource(db: Db, cooperationId: number): Promise<Map<number, { id: number; name: string }[]>> {
  const uses = new Map<number, { id: number; name: string }[]>();
  for (const row of await listScenarioRows(db, cooperationId)) {
    const definition = parseJsonColumn(row.definition) as Definition;
    if (!Array.isArray(definition.funding)) continue;
    const ids = new Set(definition.funding.map(budgetSourceOf).filter((id): id is number => id !== null));
    for (const id of ids) uses.set(id, [...(uses.get(id) ?? []), { id: row.id, name: row.name }]);
  }
  return uses;
}
