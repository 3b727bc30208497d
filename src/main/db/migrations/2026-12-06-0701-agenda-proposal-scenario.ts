/**
 * An agenda item's proposal may name the scenario it proposes to adopt, before any decision exists
 * (its figures go into the meeting pack). Deferred so that a workspace document, which writes agenda
 * items before scenarios, still imports in one transaction; a deleted scenario leaves the proposal
 * without one rather than blocking the deletion.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`ALTER TABLE agenda_items ADD COLUMN proposal_scenario_id INTEGER REFERENCES scenarios(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED`)
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`ALTER TABLE agenda_items DROP COLUMN proposal_scenario_id`).execute(db);
}
