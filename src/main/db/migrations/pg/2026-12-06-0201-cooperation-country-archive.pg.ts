/**
 * The PostgreSQL form of 2026-12-06-0201: the same two nullable columns and CHECKs, the date checked
 * by a regular expression instead of GLOB. Frozen in time like its SQLite twin.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE cooperations ADD COLUMN country_code TEXT COLLATE "C" CHECK (country_code IS NULL OR country_code IN ('SE', 'NO'))`.execute(db);
  await sql`ALTER TABLE cooperations ADD COLUMN archived_on TEXT COLLATE "C" CHECK (archived_on IS NULL OR archived_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE cooperations DROP COLUMN archived_on`.execute(db);
  await sql`ALTER TABLE cooperations DROP COLUMN country_code`.execute(db);
}
