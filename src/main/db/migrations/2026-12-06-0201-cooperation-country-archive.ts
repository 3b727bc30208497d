/**
 * A cooperation's country (SE or NO: which statistics office's codes and whose rules apply) and the
 * date it was archived (it stays readable, it is only left out of the pickers). Both nullable and
 * added columns only: a file written before keeps every row as it was.
 *
 * Frozen in time: never imports app code, never changes once released.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE cooperations ADD COLUMN country_code TEXT CHECK (country_code IS NULL OR country_code IN ('SE', 'NO'))`.execute(db);
  await sql`ALTER TABLE cooperations ADD COLUMN archived_on TEXT CHECK (archived_on IS NULL OR archived_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE cooperations DROP COLUMN archived_on`.execute(db);
  await sql`ALTER TABLE cooperations DROP COLUMN country_code`.execute(db);
}
