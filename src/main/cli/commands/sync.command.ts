/**
 * Moving a workspace between a file and a server, through the lossless workspace document:
 *
 * - `andel publish <file.andel> --database <url>` writes the file's whole document into an EMPTY
 *   PostgreSQL database (refusing one that holds anything);
 * - `andel take-copy --database <url> <new-file.andel>` writes the server's document into a new
 *   local file (a chair working offline), refusing an existing file unless --force;
 * - `andel diff <a> [<b>] [--database <url>]` shows what differs between two workspaces (files,
 *   workspace documents or databases): exit 0 when they hold the same, 1 when not.
 */
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { sql } from 'kysely';
import { documentCollections, type WorkspaceDocument } from '../../../shared/document/workspace-document.schema';
import { AndelError, invalidField, ref } from '../../../shared/errors';
import { translate, type MessageKey, type MessageLanguage } from '../../../shared/i18n/translate';
import { readingWorkspace } from '../../db/read-workspace';
import { createPgKysely } from '../../db/postgres/pg-kysely';
import { createPostgresWorkspace, openPostgresWorkspace, postgresLabel } from '../../db/postgres/open-postgres-workspace';
import { compareDocuments, showValue, type DocumentDifference, type FieldChange, type RecordRef } from '../../document/compare-documents';
import { exportDocument } from '../../document/export-document';
import { importDocument, writeDocumentRows } from '../../document/import-document';
import { assertValidDocument } from '../../document/validate-document';
import { syncFolder } from '../../files/durable-write';
import { keepSafetyCopy } from '../../files/safety-copy';
import { isPostgresUrl } from '../../server/served-workspace';
import { writeWorkspaceReplacing } from '../../workspace/write-workspace-replacing';
import { asBadOption, CliExit, cliLanguage, EXIT_FAILED } from '../cli-error';
import type { CliIo } from '../cli-io';
import { readJsonFile } from '../read-json-file';
import { commandDescription } from '../command-table';

const languageOf = (options: { lang?: string }): MessageLanguage => cliLanguage(options.lang === undefined ? [] : ['--lang', options.lang], process.env);

/** `--database` takes a PostgreSQL address; anything else is a mistake on the command line. */
function assertDatabaseUrl(value: string | undefined): void {
  if (value !== undefined && !isPostgresUrl(value)) throw asBadOption(invalidField('--database', 'error.sync.notDatabaseUrl', { value }));
}

const recordCount = (document: WorkspaceDocument): number => documentCollections.reduce((sum, collection) => sum + document[collection].length, 0);

/** The workspace document of a file (only read: no lock, nothing written) or of a workspace document (.json). */
async function documentOfFile(file: string): Promise<WorkspaceDocument> {
  if (/\.json$/iu.test(file)) return assertValidDocument(readJsonFile(resolve(file)));
  return readingWorkspace(file, (db) => exportDocument(db));
}

/** The workspace document held by the database at `url` (its schema brought up to date first, as any opening does). */
async function documentOfDatabase(url: string): Promise<WorkspaceDocument> {
  const handle = await openPostgresWorkspace(url, { max: 1, applicationName: 'andel take-copy' });
  try {
    return await exportDocument(handle.db);
  } finally {
    await handle.close();
  }
}

const documentOf = (side: string): Promise<WorkspaceDocument> => (isPostgresUrl(side) ? documentOfDatabase(side) : documentOfFile(side));

/** Refuses a database that holds anything: a workspace (named), or any table that is not Andel's empty schema. */
async function assertEmptyDatabase(url: string): Promise<void> {
  const database = postgresLabel(url);
  const db = createPgKysely(url, { max: 1, applicationName: 'andel publish' });
  try {
    let tables: string[];
    try {
      const found = await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name`.execute(db);
      tables = found.rows.map((row) => row.name);
    } catch (error) {
      throw new AndelError('FILE_ERROR', ref('error.postgres.cannotConnect', { name: database, detail: (error as Error).message }));
    }
    if (tables.includes('meta')) {
      const meta = await db.selectFrom('meta').select('workspaceName').where('id', '=', 1).executeTakeFirst().catch(() => undefined);
      if (meta) throw new AndelError('CONFLICT', ref('error.sync.databaseHoldsWorkspace', { database, name: meta.workspaceName }));
    }
    // Andel's own schema without a workspace in it is what a publish that failed in its transaction
    // leaves (the schema comes first, the rows roll back): publishing again goes on from there.
    if (tables.includes('kysely_migration')) return;
    if (tables.length > 0) throw new AndelError('CONFLICT', ref('error.sync.databaseNotEmpty', { database, tables: tables.slice(0, 10).join(', ') }));
  } finally {
    await db.destroy();
  }
}

function registerPublish(program: Command, io: CliIo): void {
  program
    .command('publish')
    .description(commandDescription('publish'))
    .argument('<file>', 'the workspace file (or a workspace document, .json)')
    .requiredOption('--database <url>', 'the empty PostgreSQL database, postgresql://…')
    .action(async (file: string, options: { database: string; lang?: string }) => {
      assertDatabaseUrl(options.database);
      const document = assertValidDocument(await documentOfFile(file));
      await assertEmptyDatabase(options.database);
      // createPostgresWorkspace checks again in its own transaction: a race with another publish is refused too.
      await createPostgresWorkspace(options.database, document.workspace, { fill: (trx) => writeDocumentRows(trx, document) });
      const database = postgresLabel(options.database);
      io.out(`${translate(languageOf(options), 'sync.publish.done', { file: resolve(file), database, records: recordCount(document) })}\n`);
    });
}

function registerTakeCopy(program: Command, io: CliIo): void {
  program
    .command('take-copy')
    .description(commandDescription('take-copy'))
    .requiredOption('--database <url>', 'the PostgreSQL database holding the workspace, postgresql://…')
    .argument('<new-file>', 'the workspace file to create')
    .option('--force', 'replace the file if it exists (a copy of it is kept first, as restore keeps one)')
    .action(async (file: string, options: { database: string; force?: boolean; lang?: string }) => {
      assertDatabaseUrl(options.database);
      const path = resolve(file);
      if (existsSync(path) && !options.force) throw new AndelError('FILE_ERROR', ref('error.sync.copyExists', { path }));
      const document = await documentOfDatabase(options.database);
      const language = languageOf(options);
      const kept = options.force ? keepSafetyCopy(path) : null;
      const written = options.force ? await writeWorkspaceReplacing(path, document) : await importDocument(path, document);
      // The new file's name is linked or renamed into its folder: make that lasting too.
      syncFolder(dirname(written));
      if (kept) io.out(`${translate(language, 'sync.takeCopy.keptCopy', { path: kept })}\n`);
      io.out(`${translate(language, 'sync.takeCopy.done', { database: postgresLabel(options.database), file: written, records: recordCount(document) })}\n`);
    });
}

/** A side as the reader named it: the path given, or the address without its password. */
const sideName = (side: string): string => (isPostgresUrl(side) ? postgresLabel(side) : resolve(side));

function recordName(record: RecordRef): string {
  return record.label === null ? `#${record.id}` : `#${record.id} ${JSON.stringify(record.label)}`;
}

function changeLines(changes: readonly FieldChange[], indent: string): string[] {
  return changes.map((change) => `${indent}${change.field}: ${showValue(change.before)} → ${showValue(change.after)}`);
}

/** The difference in the reader's language, one line per record, one more per changed field. */
export function describeDifference(difference: DocumentDifference, first: string, second: string, language: MessageLanguage): string {
  if (difference.equal) return `${translate(language, 'sync.diff.equal', { first, second })}\n`;
  const lines = [translate(language, 'sync.diff.heading', { first, second })];
  const word = (key: MessageKey): string => translate(language, key);
  if (difference.workspace.length > 0) {
    lines.push('', `${word('sync.collection.workspace')}:`, ...changeLines(difference.workspace, '  '));
  }
  for (const collection of difference.collections) {
    const counts = translate(language, 'sync.diff.counts', { added: collection.added.length, removed: collection.removed.length, changed: collection.changed.length });
    lines.push('', `${word(`sync.collection.${collection.collection}`)} (${counts}):`);
    for (const record of collection.added) lines.push(`  + ${word('sync.diff.added')} ${recordName(record)}`);
    for (const record of collection.removed) lines.push(`  − ${word('sync.diff.removed')} ${recordName(record)}`);
    for (const record of collection.changed) lines.push(`  ~ ${word('sync.diff.changed')} ${recordName(record)}`, ...changeLines(record.changes, '      '));
  }
  return `${lines.join('\n')}\n`;
}

function registerDiff(program: Command, io: CliIo): void {
  program
    .command('diff')
    .description(commandDescription('diff'))
    .argument('<first>', 'a workspace file, a workspace document (.json), or a database postgresql://…')
    .argument('[second]', 'the same; or leave it out and give --database')
    .option('--database <url>', 'the PostgreSQL database to compare with, postgresql://…: it is then the first side (what the file changed from the server)')
    .option('--format <format>', 'text or json', 'text')
    .action(async (first: string, secondGiven: string | undefined, options: { database?: string; format: string; lang?: string }) => {
      assertDatabaseUrl(options.database);
      // With --database the server is the base: what the copy (or file) holds that differs from it.
      const sides = [options.database, first, secondGiven].filter((side): side is string => side !== undefined);
      if (sides.length !== 2) throw asBadOption(new AndelError('INVALID_INPUT', ref('error.sync.diffSides')));
      if (options.format !== 'text' && options.format !== 'json') throw asBadOption(invalidField('--format', 'error.option.format', { value: options.format, formats: 'text, json' }));
      const [a, b] = sides as [string, string];
      const difference = compareDocuments(await documentOf(a), await documentOf(b));
      if (options.format === 'json') io.out(`${JSON.stringify({ first: sideName(a), second: sideName(b), ...difference }, null, 2)}\n`);
      else io.out(describeDifference(difference, sideName(a), sideName(b), languageOf(options)));
      if (!difference.equal) throw new CliExit(EXIT_FAILED);
    });
}

export function registerSyncCommands(program: Command, io: CliIo): void {
  registerPublish(program, io);
  registerTakeCopy(program, io);
  registerDiff(program, io);
}
