import type { Kysely } from 'kysely';
import type { CooperationRecord } from '../../shared/document/workspace-document.schema';
import type { Database } from '../db/database.types';
import { countParticipantsByRole, listCooperations } from '../repositories/cooperation.repository';
import type { CooperationSummary } from './service-types';

export async function listCooperationSummaries(db: Kysely<Database>): Promise<CooperationSummary[]> {
  return db.transaction().execute(async (trx) => {
    const [cooperations, counts] = await Promise.all([listCooperations(trx), countParticipantsByRole(trx)]);
    const countOf = (cooperationId: number, role: string): number =>
      counts.find((c) => c.cooperationId === cooperationId && c.role === role)?.count ?? 0;
    return cooperations.map((cooperation) => ({
      ...(cooperation as CooperationRecord),
      memberCount: countOf(cooperation.id, 'member'),
      observerCount: countOf(cooperation.id, 'observer'),
      administrativePartyCount: countOf(cooperation.id, 'administrative_party'),
    }));
  });
}
