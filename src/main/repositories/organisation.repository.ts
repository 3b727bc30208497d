import type { Expression, SqlBool } from 'kysely';
import type { Db } from '../db/db-handle';
import { sql } from 'kysely';
import type { NewOrganisation, OrganisationRow, OrganisationUpdate } from '../db/database.types';
import { isPostgres } from '../db/dialect';
import { versionedUpdate } from './row-version';

const columns = ['id', 'name', 'kind', 'orgNumber', 'officialCode', 'countryCode', 'notes'] as const;

export async function findOrganisation(db: Db, id: number): Promise<OrganisationRow | undefined> {
  return db.selectFrom('organisations').select(columns).where('id', '=', id).executeTakeFirst();
}

export async function listOrganisations(db: Db): Promise<OrganisationRow[]> {
  return db.selectFrom('organisations').select(columns).orderBy('id').execute();
}

/** What members:list asks for: organisations in one cooperation and/or matching a search. */
export interface OrganisationFilter {
  readonly cooperationId?: number | undefined;
  readonly search?: string | undefined;
}

/** What separates words inside a name, organisation number or code ("Borås-Sjuhärad", "212000-1579"). */
const WORD_BREAK = "[ ,./()'&+:;_-]";

/** One character of a search word as a GLOB pattern: both cases, GLOB's own special characters literal. */
function globChar(ch: string): string {
  if (ch === '*' || ch === '?' || ch === '[') return `[${ch}]`;
  return bothCases(ch) ?? ch;
}

/** The same for a PostgreSQL regular expression: both cases, every other character literal. */
function regexChar(ch: string): string {
  return bothCases(ch) ?? (/[\p{L}\p{N}]/u.test(ch) ? ch : `[${ch === '\\' || ch === ']' || ch === '^' ? `\\${ch}` : ch}]`);
}

/** `[lL]` for a letter with one lower and one upper case form, else null. */
function bothCases(ch: string): string | null {
  const lower = ch.toLocaleLowerCase('sv');
  const upper = ch.toLocaleUpperCase('sv');
  if (lower === upper || [...lower].length !== 1 || [...upper].length !== 1) return null;
  return `[${lower}${upper}]`;
}

/** A field matches a word at its start or after a word break: GLOB in SQLite, `~` in PostgreSQL. */
function wordStartConditions(db: Db, field: 'o.name' | 'o.orgNumber' | 'o.officialCode', word: string): Expression<SqlBool>[] {
  if (isPostgres(db)) {
    const pattern = `(^|${WORD_BREAK})${[...word].map(regexChar).join('')}`;
    return [sql<SqlBool>`${sql.ref(field)} ~ ${pattern}`];
  }
  const pattern = [...word].map(globChar).join('');
  return [sql<SqlBool>`${sql.ref(field)} GLOB ${`${pattern}*`}`, sql<SqlBool>`${sql.ref(field)} GLOB ${`*${WORD_BREAK}${pattern}*`}`];
}

/** The words of a search (split at white space); empty when there is nothing to search for. */
export function searchWords(search: string | undefined): string[] {
  return (search ?? '').split(/\s+/u).filter((w) => w.length > 0);
}

/**
 * Organisation ids matching the filter, as a subquery: in the cooperation (any role), and every
 * search word the start of a word (case-insensitive, also for å ä ö) of the name, the
 * organisation number or the official code. Words are matched whole-field-by-field: "Skö" finds
 * "Skövde" and "Nya Sköldinge", never letters run together across fields or words.
 */
export function matchingIds(db: Db, filter: OrganisationFilter) {
  let q = db.selectFrom('organisations as o').select('o.id');
  const cooperationId = filter.cooperationId;
  if (cooperationId !== undefined) {
    q = q.where((eb) => eb.exists(eb.selectFrom('participations as p').select('p.id').whereRef('p.organisationId', '=', 'o.id').where('p.cooperationId', '=', cooperationId)));
  }
  for (const word of searchWords(filter.search)) {
    const conditions = (['o.name', 'o.orgNumber', 'o.officialCode'] as const).flatMap((field) => wordStartConditions(db, field, word));
    q = q.where((eb) => eb.or(conditions));
  }
  return q;
}

/** Whether the filter leaves anything out. */
export function filters(filter: OrganisationFilter): boolean {
  return filter.cooperationId !== undefined || searchWords(filter.search).length > 0;
}

/** Organisations matching the filter (see matchingIds), filtered in SQL, by id. */
export async function listOrganisationsMatching(db: Db, filter: OrganisationFilter): Promise<OrganisationRow[]> {
  const q = db.selectFrom('organisations').select(columns);
  if (!filters(filter)) return q.orderBy('id').execute();
  return q.where('id', 'in', matchingIds(db, filter)).orderBy('id').execute();
}

/** Updates the organisation and its row version; with `expectedVersion`, refuses a stale write (row-version.ts). */
export async function updateOrganisation(db: Db, id: number, changes: OrganisationUpdate, expectedVersion?: number): Promise<void> {
  await versionedUpdate(db, { table: 'organisations', entity: 'organisation', id }, expectedVersion, async (trx) => {
    await trx.updateTable('organisations').set(changes).where('id', '=', id).execute();
  });
}

export async function insertOrganisation(db: Db, row: NewOrganisation): Promise<number> {
  const inserted = await db.insertInto('organisations').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

/** Deletes the organisation; with `expectedVersion`, only if it is still the one read (else CONFLICT, naming who changed it). */
export async function deleteOrganisationRow(db: Db, id: number, expectedVersion?: number): Promise<void> {
  await versionedUpdate(db, { table: 'organisations', entity: 'organisation', id }, expectedVersion, async (trx) => {
    await trx.deleteFrom('organisations').where('id', '=', id).execute();
  });
}

/** Organisations with an official code, for matching picks from the reference list. */
export async function listOrganisationsWithCode(db: Db): Promise<OrganisationRow[]> {
  return db.selectFrom('organisations').select(columns).where('officialCode', 'is not', null).orderBy('id').execute();
}

/** Where an organisation is referred to, besides its own metric values (which a delete takes along). */
export async function countOrganisationReferences(db: Db, id: number): Promise<number> {
  const checks = [
    db.selectFrom('participations').select((eb) => eb.fn.countAll<number>().as('n')).where((eb) => eb.or([eb('organisationId', '=', id), eb('viaOrganisationId', '=', id)])),
    db.selectFrom('cooperations').select((eb) => eb.fn.countAll<number>().as('n')).where('hostOrganisationId', '=', id),
    db.selectFrom('persons').select((eb) => eb.fn.countAll<number>().as('n')).where('organisationId', '=', id),
    db.selectFrom('seats').select((eb) => eb.fn.countAll<number>().as('n')).where('organisationId', '=', id),
    db.selectFrom('agreementParties').select((eb) => eb.fn.countAll<number>().as('n')).where('organisationId', '=', id),
    db.selectFrom('agreements').select((eb) => eb.fn.countAll<number>().as('n')).where('counterpartyOrganisationId', '=', id),
    db.selectFrom('fundingSources').select((eb) => eb.fn.countAll<number>().as('n')).where('funderOrganisationId', '=', id),
    db.selectFrom('metricValues').select((eb) => eb.fn.countAll<number>().as('n')).where('organisationId', '=', id),
  ];
  let total = 0;
  for (const check of checks) total += Number((await check.executeTakeFirstOrThrow()).n);
  return total;
}

/** Organisation numbers (where one is recorded) of the given organisations, by id. */
export async function organisationNumbersById(db: Db, ids: readonly number[]): Promise<Map<number, string | null>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('organisations').select(['id', 'orgNumber']).where('id', 'in', [...ids]).execute();
  return new Map(rows.map((r) => [r.id, r.orgNumber]));
}
