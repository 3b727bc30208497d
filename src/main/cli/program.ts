/**
 * The `andel` command line. Each command lives in its own module under commands/; this file knows
 * only their names (light metadata) and loads a command's module when that command is run, so
 * `andel info` never loads the exports (exceljs) or the engine. Help and an unknown command list
 * the commands from command-table.ts, and `--version` needs none: neither loads a command module.
 */
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from './cli-io';
import { commandTable } from './command-table';

type Register = (program: Command, io: CliIo) => void;

// The same as cli-error.ts's; that module (with the message catalogue) is loaded only on an error.
const EXIT_OK = 0;
const EXIT_USAGE = 2;

/** The top-level command names each module registers, and how to load it. */
export const commandModules: readonly { names: readonly string[]; load: () => Promise<Register> }[] = [
  { names: ['demo'], load: async () => (await import('./commands/demo.command')).registerDemoCommand },
  { names: ['info'], load: async () => (await import('./commands/info.command')).registerInfoCommand },
  { names: ['decisions'], load: async () => (await import('./commands/decisions.command')).registerDecisionsCommand },
  { names: ['export-json'], load: async () => (await import('./commands/export-json.command')).registerExportJsonCommand },
  { names: ['import-json'], load: async () => (await import('./commands/import-json.command')).registerImportJsonCommand },
  { names: ['scenario', 'keys', 'adopt'], load: async () => (await import('./commands/scenario.command')).registerScenarioCommands },
  { names: ['key', 'scenario-def'], load: async () => (await import('./commands/definitions.command')).registerDefinitionCommands },
  { names: ['budget'], load: async () => (await import('./commands/budget.command')).registerBudgetCommand },
  { names: ['annex'], load: async () => (await import('./commands/annex.command')).registerAnnexCommand },
  { names: ['invoicing'], load: async () => (await import('./commands/invoicing.command')).registerInvoicingCommand },
  { names: ['register'], load: async () => (await import('./commands/register.command')).registerRegisterCommand },
  { names: ['batch'], load: async () => (await import('./commands/batch.command')).registerBatchCommand },
  { names: ['backups', 'backup'], load: async () => (await import('./commands/backup.command')).registerBackupCommands },
  { names: ['restore'], load: async () => (await import('./commands/restore.command')).registerRestoreCommand },
  { names: ['create-workspace', 'cooperation', 'organisation', 'participant'], load: async () => (await import('./commands/cooperations.command')).registerCooperationCommands },
  { names: ['serve'], load: async () => (await import('./commands/serve.command')).registerServeCommand },
  { names: ['users'], load: async () => (await import('./commands/users.command')).registerUsersCommands },
  { names: ['import-population', 'body', 'decision'], load: async () => (await import('./commands/consortium-data.command')).registerConsortiumDataCommands },
  { names: ['minutes', 'extract', 'pack', 'calendar'], load: async () => (await import('./commands/minutes.command')).registerMinutesCommands },
  { names: ['publish', 'take-copy', 'diff'], load: async () => (await import('./commands/sync.command')).registerSyncCommands },
];

/** Andel's version, from the nearest package.json above this module (src/main/cli, or out/cli when built). */
export function andelVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      const parent = dirname(dir);
      if (parent === dir) return 'unknown';
      dir = parent;
    }
  }
}

/** The first word of the command line that is not an option: the command to load. */
function commandWord(argv: readonly string[]): string | undefined {
  return argv.find((arg) => !arg.startsWith('-'));
}

/** Whether the reader may want Swedish or Norwegian (`--lang`, ANDEL_LANG, the locale): only then is the catalogue loaded before the command runs. */
function mayReadNordic(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): boolean {
  return [...argv, env['ANDEL_LANG'], env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].some((value) => /^(?:--lang=)?(?:sv|nb|nn|no)(?:[-_.]|$)/iu.test(value ?? ''));
}

/** Commands that only stand in the help: each as the table describes it, never run (its module is loaded when it is named). */
function addCommandSummaries(program: Command): void {
  for (const summary of commandTable) {
    const command = program.command(summary.name).description(summary.description);
    if (summary.args) command.arguments(summary.args);
    // A group lists no options and no arguments of its own; a placeholder subcommand makes it one.
    if (summary.group) command.command('…', { hidden: true });
  }
}

/** Every command that runs (not a group such as `cooperation`), so each takes `--lang` for its messages. */
function leafCommands(command: Command): Command[] {
  return command.commands.length === 0 ? [command] : command.commands.flatMap(leafCommands);
}

/** The program with the modules of the commands in `argv` (every module when the command is not known: help, a typo). */
export async function createProgram(io: CliIo, argv: readonly string[] = [], env: Readonly<Record<string, string | undefined>> = process.env): Promise<Command> {
  const program = new Command()
    .name('andel')
    .description('Andel on the command line: workspaces, the demo, and the workspace document')
    .version(andelVersion(), '-V, --version', 'print the version of Andel')
    // `andel --version` is the program's; after a command word, `--version` is that command's own
    // option (`key export --version 2`).
    .enablePositionalOptions()
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  let nordic: 'sv' | 'nb' | undefined;
  if (mayReadNordic(argv, env)) {
    const [{ cliLanguage }, { seeHelp, usageError }] = await Promise.all([import('./cli-error'), import('./usage-words')]);
    const lang = cliLanguage(argv, env);
    // Commander's own mistakes in the reader's language, with a hint to --help rather than the English help text.
    if (lang !== 'en') program.showHelpAfterError(seeHelp(lang)).configureOutput({ writeOut: io.out, writeErr: io.err, outputError: (text, write) => write(usageError(text, lang)) });
    if (lang !== 'en') nordic = lang;
  }
  const word = commandWord(argv);
  // `andel help <command>` is that command's help: its module is needed.
  const target = word === 'help' ? (commandWord(argv.slice(argv.indexOf(word) + 1)) ?? word) : word;
  const wanted = commandModules.filter((module) => target !== undefined && module.names.includes(target));
  if (wanted.length > 0) {
    for (const module of wanted) (await module.load())(program, io);
  } else if (!(word === undefined && argv.some((arg) => arg === '-V' || arg === '--version'))) {
    // Help, no command or a mistyped word: the list (names, arguments, descriptions, suggestions)
    // comes from the table, so no command module is loaded. `andel --version` needs none at all.
    addCommandSummaries(program);
  }
  for (const command of leafCommands(program)) {
    if (command !== program && !command.options.some((option) => option.long === '--lang')) command.option('--lang <language>', 'the language of messages: sv, nb or en');
  }
  // The help in the reader's language (descriptions, headings); English needs no words table.
  if (nordic) (await import('./help-words')).localizeHelp(program, nordic);
  return program;
}

/** Runs the CLI and returns the exit code instead of exiting, so it can also run in-process. */
export async function runCli(argv: readonly string[], io: CliIo, debug = false, env: Readonly<Record<string, string | undefined>> = process.env): Promise<number> {
  try {
    const program = await createProgram(io, argv, env);
    await program.parseAsync(argv as string[], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are "errors" to commander; usage mistakes were already printed.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    const { CliExit, cliLanguage, reportError } = await import('./cli-error');
    if (error instanceof CliExit) return error.exitCode;
    return reportError(error, io.err, debug, cliLanguage(argv, env));
  }
}
