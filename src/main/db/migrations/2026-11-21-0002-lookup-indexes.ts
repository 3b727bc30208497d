/**
 * Indexes for the lookups the views make (members of a cooperation, a body's meetings, a meeting's
 * agenda). A separate migration on purpose: it is the smallest real schema change, and it keeps the
 * backup-before-migrate path exercised by every file written before it.
 */
import { sql, type Kysely } from 'kysely';

const indexes: [name: string, table: string, columns: string][] = [
  ['participations_by_cooperation', 'participations', 'cooperation_id, organisation_id'],
  ['participations_by_organisation', 'participations', 'organisation_id'],
  ['bodies_by_cooperation', 'bodies', 'cooperation_id'],
  ['seats_by_body', 'seats', 'body_id'],
  ['meetings_by_body', 'meetings', 'body_id, starts_at'],
  ['agenda_items_by_meeting', 'agenda_items', 'meeting_id, position'],
  ['attendance_by_meeting', 'attendance', 'meeting_id'],
  ['decision_links_by_decision', 'decision_links', 'decision_id'],
  ['agreement_parties_by_agreement', 'agreement_parties', 'agreement_id'],
  ['budget_lines_by_cooperation', 'budget_lines', 'cooperation_id, year, position'],
  ['funding_amounts_by_source', 'funding_amounts', 'funding_source_id, year'],
  ['scenarios_by_cooperation', 'scenarios', 'cooperation_id'],
  ['snapshots_by_scenario', 'snapshots', 'scenario_id'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, table, columns] of indexes) await sql.raw(`CREATE INDEX ${name} ON ${table} (${columns})`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [name] of indexes) await sql.raw(`DROP INDEX ${name}`).execute(db);
}
