/**
 * Votes and the minutes' workflow.
 *
 * - body_voting_rules: the rule a body decides by (a JSON list of conditions, see
 *   shared/governance/vote-tally), the key metric that weighs a seat (its organisation's value,
 *   e.g. population) and the reference date of that metric (the meeting's date when null).
 * - votes: per agenda item and voting seat, yes / no / abstain; a vote cast by another seat's
 *   holder names that seat as the proxy.
 * - meeting_minutes: who drafted the minutes and when, who approved them and when, and the SHA-256
 *   of the approved minutes document, with the minutes as approved (canonical JSON: what the PDF is
 *   made from, so later changes to a metric or a rule cannot alter them). An approved row locks its meeting.
 * - minutes_adjusters: the seats chosen to check the minutes (justerare), and when each checked.
 *
 * New tables only, written with the schema builder; CHECKs valid in SQLite and PostgreSQL.
 * Frozen in time: never imports app code, never changes once released.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('body_voting_rules')
    .addColumn('body_id', 'integer', (col) => col.primaryKey().references('bodies.id').onDelete('cascade'))
    .addColumn('rule', 'text', (col) => col.notNull())
    .addColumn('metric', 'text')
    .addColumn('reference_date', 'text', (col) => col.check(sql`reference_date IS NULL OR length(reference_date) = 10`))
    .execute();

  await db.schema
    .createTable('votes')
    .addColumn('id', 'integer', (col) => col.primaryKey())
    .addColumn('agenda_item_id', 'integer', (col) => col.notNull().references('agenda_items.id').onDelete('cascade'))
    .addColumn('seat_id', 'integer', (col) => col.notNull().references('seats.id').onDelete('cascade'))
    .addColumn('choice', 'text', (col) => col.notNull().check(sql`choice IN ('yes', 'no', 'abstain')`))
    .addColumn('proxy_seat_id', 'integer', (col) => col.references('seats.id').onDelete('set null'))
    .addUniqueConstraint('votes_one_per_seat', ['agenda_item_id', 'seat_id'])
    .addCheckConstraint('votes_proxy_other_seat', sql`proxy_seat_id IS NULL OR proxy_seat_id <> seat_id`)
    .execute();

  await db.schema
    .createTable('meeting_minutes')
    .addColumn('meeting_id', 'integer', (col) => col.primaryKey().references('meetings.id').onDelete('cascade'))
    .addColumn('drafted_by', 'text', (col) => col.notNull())
    .addColumn('drafted_at', 'text', (col) => col.notNull())
    .addColumn('approved_by', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('sha256', 'text', (col) => col.check(sql`sha256 IS NULL OR length(sha256) = 64`))
    .addColumn('content', 'text')
    .addCheckConstraint(
      'meeting_minutes_approval_whole',
      sql`(approved_at IS NULL AND approved_by IS NULL AND sha256 IS NULL AND content IS NULL) OR (approved_at IS NOT NULL AND approved_by IS NOT NULL AND sha256 IS NOT NULL AND content IS NOT NULL)`,
    )
    .execute();

  await db.schema
    .createTable('minutes_adjusters')
    .addColumn('id', 'integer', (col) => col.primaryKey())
    .addColumn('meeting_id', 'integer', (col) => col.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('seat_id', 'integer', (col) => col.notNull().references('seats.id').onDelete('cascade'))
    .addColumn('checked_by', 'text')
    .addColumn('checked_at', 'text')
    .addUniqueConstraint('minutes_adjusters_one_per_seat', ['meeting_id', 'seat_id'])
    .addCheckConstraint('minutes_adjusters_check_whole', sql`(checked_at IS NULL) = (checked_by IS NULL)`)
    .execute();
  await db.schema.createIndex('votes_by_item').on('votes').column('agenda_item_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('minutes_adjusters').execute();
  await db.schema.dropTable('meeting_minutes').execute();
  await db.schema.dropTable('votes').execute();
  await db.schema.dropTable('body_voting_rules').execute();
}
