/**
 * `andel users add|list|set-role|remove <file> …`: who may sign in to `andel serve` on this
 * workspace. Passwords come from standard input (--password-stdin), never from the command line,
 * where other users of the machine could read them.
 */
import type { Command } from 'commander';
import { AndelError, ref } from '../../../shared/errors';
import { translate, type MessageLanguage } from '../../../shared/i18n/translate';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.types';
import { openWorkspace } from '../../db/open-workspace';
import { openPostgresWorkspace } from '../../db/postgres/open-postgres-workspace';
import { isPostgresUrl } from '../../server/served-workspace';
import { systemClock } from '../../services/clock';
import { addUser, listUsers, removeUser, setRole, type ServerUserSummary } from '../../server/users';
import { cliLanguage } from '../cli-error';
import type { CliIo } from '../cli-io';
import { commandDescription } from '../command-table';

async function readPasswordFromStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer));
  // The first line; a trailing newline (printf "%s\n", echo) is not part of the password.
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/u)[0] ?? '';
}

const organisationOption = (value: string | undefined): number | null => {
  if (value === undefined) return null;
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new AndelError('INVALID_INPUT', ref('error.server.viewerNeedsOrganisation'));
  return id;
};

function describe(user: ServerUserSummary, language: MessageLanguage): string {
  const role = translate(language, `server.role.${user.role}`);
  return user.organisationId === null ? role : `${role}, ${translate(language, 'server.cli.organisation', { id: user.organisationId })}`;
}

/** A workspace file, or a PostgreSQL database holding a workspace (postgresql://…). */
export async function openWorkspaceOrDatabase(workspace: string): Promise<{ db: Kysely<Database>; close(): Promise<void> }> {
  return isPostgresUrl(workspace) ? openPostgresWorkspace(workspace, { max: 1 }) : openWorkspace(workspace);
}

async function withWorkspace<T>(file: string, work: (workspace: { db: Kysely<Database> }) => Promise<T>): Promise<T> {
  const workspace = await openWorkspaceOrDatabase(file);
  try {
    return await work(workspace);
  } finally {
    await workspace.close();
  }
}

export function registerUsersCommands(program: Command, io: CliIo, stdin: NodeJS.ReadableStream = process.stdin): void {
  const language = (): MessageLanguage => cliLanguage(process.argv.slice(2), process.env);
  const users = program.command('users').description(commandDescription('users'));

  users
    .command('add')
    .description('add a user: --role administrator|treasurer|project_manager|chair|member_viewer (a member viewer with --organisation <id>); the password is read from standard input')
    .argument('<file>', 'the workspace file, or a PostgreSQL database holding one (postgresql://…)')
    .argument('<user>', 'the user name (letters, digits, . _ @ -)')
    .requiredOption('--role <role>', 'administrator, treasurer, project_manager, chair or member_viewer')
    .option('--organisation <id>', 'the one organisation a member viewer sees')
    .option('--password-stdin', 'read the password from standard input (the first line)')
    .action(async (file: string, userName: string, options: { role: string; organisation?: string; passwordStdin?: boolean }) => {
      if (!options.passwordStdin) throw new AndelError('INVALID_INPUT', ref('error.server.passwordStdin'));
      const password = await readPasswordFromStdin(stdin);
      const added = await withWorkspace(file, (workspace) => addUser(workspace.db, systemClock, { userName, password, role: options.role, organisationId: organisationOption(options.organisation) }));
      io.out(`${translate(language(), 'server.cli.userAdded', { user: added.userName, role: describe(added, language()) })}\n`);
    });

  users
    .command('list')
    .description('list the users and their roles')
    .argument('<file>', 'the workspace file, or a PostgreSQL database holding one (postgresql://…)')
    .option('--json', 'print the list as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      const list = await withWorkspace(file, (workspace) => listUsers(workspace.db));
      if (options.json) return io.out(`${JSON.stringify(list, null, 2)}\n`);
      if (list.length === 0) return io.out(`${translate(language(), 'server.cli.noUsersListed')}\n`);
      io.out(list.map((user) => `${user.userName.padEnd(24)} ${describe(user, language())}\n`).join(''));
    });

  users
    .command('set-role')
    .description('change a user\'s role (a member viewer with --organisation <id>)')
    .argument('<file>', 'the workspace file, or a PostgreSQL database holding one (postgresql://…)')
    .argument('<user>', 'the user name')
    .argument('<role>', 'administrator, treasurer, project_manager, chair or member_viewer')
    .option('--organisation <id>', 'the one organisation a member viewer sees')
    .action(async (file: string, userName: string, role: string, options: { organisation?: string }) => {
      const changed = await withWorkspace(file, (workspace) => setRole(workspace.db, systemClock, userName, role, organisationOption(options.organisation)));
      io.out(`${translate(language(), 'server.cli.roleSet', { user: changed.userName, role: describe(changed, language()) })}\n`);
    });

  users
    .command('remove')
    .description('remove a user (the last administrator stays)')
    .argument('<file>', 'the workspace file, or a PostgreSQL database holding one (postgresql://…)')
    .argument('<user>', 'the user name')
    .action(async (file: string, userName: string) => {
      await withWorkspace(file, (workspace) => removeUser(workspace.db, systemClock, userName));
      io.out(`${translate(language(), 'server.cli.userRemoved', { user: userName })}\n`);
    });
}
