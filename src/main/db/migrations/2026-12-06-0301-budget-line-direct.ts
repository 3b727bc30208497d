/**
 * "Direct cost" becomes a property of a budget line the user sets. Existing lines get it from the
 * rule that held until now (a cost filed as purchased_services or media_costs was direct), restated
 * here because a migration never imports app code.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`ALTER TABLE budget_lines ADD COLUMN direct INTEGER NOT NULL DEFAULT 0 CHECK (direct IN (0, 1) AND (direct = 0 OR kind = 'cost'))`)
    .execute(db);
  await sql.raw(`UPDATE budget_lines SET direct = 1 WHERE kind = 'cost' AND category IN ('purchased_services', 'media_costs')`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`ALTER TABLE budget_lines DROP COLUMN direct`).execute(db);
}
