/**
 * The inputs of one stored scenario, for the renderer's instant previews: the definition, the
 * cooperation's keys and the facts, exactly what the main side resolves before computing.
 */
import type { StudioInputs } from '../../../shared/api/channels/studio.channels';
import type { KeyDefinitionInput, ScenarioDefinitionInput } from '../../../shared/calc';
import { notFoundError } from '../../../shared/errors';
import { parseJsonColumn } from '../../document/canonical-json';
import { withRowVersion } from '../../repositories/row-version';
import { findScenarioRow } from '../../repositories/scenario.repository';
import { linkBudgetFunding } from '../budgets/budget-funding-link';
import { buildCooperationFacts, loadCooperationKeys, type Db } from '../scenarios/scenario-facts.service';

export async function loadStudioInputs(db: Db, scenarioId: number): Promise<StudioInputs> {
  const row = await findScenarioRow(db, scenarioId);
  if (!row) throw notFoundError('scenario', scenarioId);
  const [facts, keys] = await Promise.all([buildCooperationFacts(db, row.cooperationId), loadCooperationKeys(db, row.cooperationId)]);
  // The scenario's row version: the editor sends it back with its save (`expectedVersion`).
  const { rowVersion } = await withRowVersion(db, 'scenarios', row);
  return {
    scenarioId: row.id,
    rowVersion,
    cooperationId: row.cooperationId,
    cooperationName: facts.cooperation.name,
    name: row.name,
    description: row.description,
    keyId: row.keyId,
    baselineScenarioId: row.baselineScenarioId,
    // Funding lines that refer to the budget show the budget's amounts.
    definition: (await linkBudgetFunding(db, row.cooperationId, facts.cooperation.currency, parseJsonColumn(row.definition) as Record<string, unknown>)) as ScenarioDefinitionInput,
    keys: keys.map((key) => key.definition as KeyDefinitionInput),
    facts: facts.facts,
    members: facts.members,
    warnings: facts.warnings,
  };
}
