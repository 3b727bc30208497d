/** Votes on agenda items and the rule a body votes by (migration 0702). */
import type { Selectable } from 'kysely';
import type { Db } from '../db/db-handle';
import type { BodyVotingRuleTable, VoteTable } from '../db/database.types';

export type VoteRow = Selectable<VoteTable>;
export type BodyVotingRuleRow = Selectable<BodyVotingRuleTable>;

export async function listVotes(db: Db, agendaItemIds: readonly number[]): Promise<VoteRow[]> {
  if (agendaItemIds.length === 0) return [];
  return db.selectFrom('votes').selectAll().where('agendaItemId', 'in', [...agendaItemIds]).orderBy('id').execute();
}

/** Sets one seat's vote on an item (null choice removes it); returns the previous row. */
export async function putVote(db: Db, agendaItemId: number, seatId: number, choice: string | null, proxySeatId: number | null): Promise<VoteRow | undefined> {
  const before = await db.selectFrom('votes').selectAll().where('agendaItemId', '=', agendaItemId).where('seatId', '=', seatId).executeTakeFirst();
  if (choice === null) {
    if (before) await db.deleteFrom('votes').where('id', '=', before.id).execute();
  } else if (before) {
    await db.updateTable('votes').set({ choice, proxySeatId }).where('id', '=', before.id).execute();
  } else {
    await db.insertInto('votes').values({ agendaItemId, seatId, choice, proxySeatId }).execute();
  }
  return before;
}

export async function findVotingRule(db: Db, bodyId: number): Promise<BodyVotingRuleRow | undefined> {
  return db.selectFrom('bodyVotingRules').selectAll().where('bodyId', '=', bodyId).executeTakeFirst();
}

export async function putVotingRule(db: Db, row: BodyVotingRuleRow): Promise<void> {
  const exists = await findVotingRule(db, row.bodyId);
  if (exists) await db.updateTable('bodyVotingRules').set({ rule: row.rule, metric: row.metric, referenceDate: row.referenceDate }).where('bodyId', '=', row.bodyId).execute();
  else await db.insertInto('bodyVotingRules').values(row).execute();
}
