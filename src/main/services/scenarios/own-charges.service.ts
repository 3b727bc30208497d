/**
 * "Our charges": every adopted snapshot whose frozen member list holds the organisation, recomputed
 * from the snapshot's own input (not today's data) for the organisation's row only.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { OwnAdoptedCharge } from '../../../shared/api/channels/scenarios.channels';
import type { ParsedInput } from '../../../shared/api/contract';
import { resolveScenario, type KeyDefinitionInput, type ScenarioDefinitionInput, type ScenarioFactsInput } from '../../../shared/calc';
import type { Database } from '../../db/database.types';
import { parseJsonColumn } from '../../document/canonical-json';
import { readSnapshotContent } from '../../document/snapshot-content';
import { findSnapshotRow, listSnapshotSummaries } from '../../repositories/snapshot.repository';
import { chargeExplanation } from './scenario.service';
import { withDecisions } from './snapshot.service';

const frozenMembers = z.object({ members: z.array(z.object({ memberId: z.string(), organisationId: z.number().int(), name: z.string() })) });

export async function listOwnCharges(db: Kysely<Database>, input: ParsedInput<'charges:own'>): Promise<OwnAdoptedCharge[]> {
  return db.transaction().execute(async (trx) => {
    const summaries = await withDecisions(trx, await listSnapshotSummaries(trx, {}));
    const charges: OwnAdoptedCharge[] = [];
    for (const summary of summaries) {
      const row = await findSnapshotRow(trx, summary.id);
      if (!row) continue;
      const raw = parseJsonColumn(row.content);
      const members = frozenMembers.safeParse(raw);
      const own = members.success ? members.data.members.filter((m) => m.organisationId === input.organisationId) : [];
      if (own.length === 0) continue;
      const content = readSnapshotContent(summary.id, raw);
      const resolved = resolveScenario(content.input.definition as ScenarioDefinitionInput, content.input.facts as ScenarioFactsInput, {
        keys: content.input.keys as KeyDefinitionInput[],
      });
      charges.push({
        snapshotId: summary.id,
        scenarioId: summary.scenarioId,
        scenarioName: content.scenario.name,
        cooperationId: summary.cooperationId,
        cooperationName: content.scenario.cooperationName,
        adoptedAt: summary.createdAt,
        currency: resolved.currency,
        decisions: summary.decisions,
        years: own.flatMap((member) =>
          resolved.years.map((year) =>
            chargeExplanation(resolved, { scenarioId: summary.scenarioId, organisationId: input.organisationId, memberId: member.memberId, memberName: member.name }, year, input.language),
          ),
        ),
      });
    }
    return charges;
  });
}
